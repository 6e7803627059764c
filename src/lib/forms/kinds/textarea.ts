/** A longer answer; line breaks are kept. */
import type { TextareaField } from '../definition.ts';
import type { Block } from '../../pdf/model.ts';
import { filled, lengthIssue, normalizeText, text } from './shared.ts';
import type { KindModule } from './types.ts';

export const textareaKind: KindModule<TextareaField, string> = {
  empty: () => '',
  schema: () => text(),
  isEmpty: (v) => !filled(v),
  issues: (field, v) => lengthIssue(field, v),
  canonical: (_f, v) => normalizeText(v),
  entries: (field, v) => [{ key: field.id, label: field.label, text: v.trim() }],
  pdf: (field, v): Block[] => [
    { type: 'heading', text: field.label, level: 3 },
    { type: 'paragraph', text: v },
  ],
  blank: (field) => ({ type: 'lines', count: field.lines ?? 4 }),
  fillable: (field) => ({ type: 'question', lines: field.lines ?? 4 }),
};
