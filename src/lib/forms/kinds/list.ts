/** A growing list of short texts (agenda items, strengths). */
import type { ListField } from '../definition.ts';
import { countIssue, filled, list, normalizeText, text } from './shared.ts';
import type { KindModule } from './types.ts';

export const listKind: KindModule<ListField, string[]> = {
  empty: () => [],
  schema: () => list(text()),
  isEmpty: (v) => !v.some(filled),
  issues: (field, v) => countIssue(v.filter(filled).length, field.maxItems, field.itemLabel),
  canonical: (_f, v) => v.map(normalizeText).filter(Boolean),
  entries: (field, v) =>
    v.filter(filled).map((item, i) => ({ key: `${field.id}.${i}`, label: `${field.itemLabel} ${i + 1}`, text: item.trim(), group: field.label })),
  pdf: (field, v) => {
    const items = v.filter(filled);
    return [
      { type: 'heading', text: field.label, level: 3 },
      items.length ? { type: 'list', items, ordered: true } : { type: 'paragraph', text: '' },
    ];
  },
  blank: (field) => ({ type: 'lines', count: field.lines ?? 4 }),
  fillable: (field) => ({ type: 'question', lines: field.lines ?? 4 }),
};
