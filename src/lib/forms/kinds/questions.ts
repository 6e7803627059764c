/** Questions picked from the personal question list, or typed in. */
import { z } from 'zod/mini';
import type { PickedQuestion, QuestionsField } from '../definition.ts';
import { filled, list, normalizeText, text } from './shared.ts';
import type { KindModule } from './types.ts';

export const questionsKind: KindModule<QuestionsField, PickedQuestion[]> = {
  empty: () => [],
  schema: () => list(z.object({ id: z.string().check(z.maxLength(100)), text: text() })),
  isEmpty: (v) => !v.some((q) => filled(q.text)),
  issues: () => [],
  canonical: (_f, v) => v.map((q) => normalizeText(q.text)).filter(Boolean),
  entries: (field, v) =>
    v.filter((q) => filled(q.text)).map((q, i) => ({ key: `${field.id}.${i}`, label: `Vraag ${i + 1}`, text: q.text.trim(), group: field.label })),
  pdf: (field, v) => {
    const items = v.map((q) => q.text).filter(filled);
    return [
      { type: 'heading', text: field.label, level: 3 },
      items.length ? { type: 'list', items, ordered: true } : { type: 'paragraph', text: '' },
    ];
  },
  blank: (field) => ({ type: 'lines', count: field.lines ?? 4 }),
  fillable: (field) => ({ type: 'question', lines: field.lines ?? 4 }),
};
