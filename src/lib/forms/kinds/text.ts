/** A single line of text (a name, a job title, a place). */
import type { TextField } from '../definition.ts';
import { filled, lengthIssue, normalizeText, text } from './shared.ts';
import type { KindModule } from './types.ts';

export const textKind: KindModule<TextField, string> = {
  empty: () => '',
  schema: () => text(),
  isEmpty: (v) => !filled(v),
  issues: (field, v) => lengthIssue(field, v),
  canonical: (_f, v) => normalizeText(v),
  entries: (field, v) => [{ key: field.id, label: field.label, text: v.trim() }],
  pdf: (_f, v) => ({ inline: v }),
  blank: () => ({ type: 'line' }),
  fillable: () => ({ type: 'header' }),
};
