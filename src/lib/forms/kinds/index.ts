/**
 * The registry of field kinds: the one place that maps a field to what its kind means.
 * Adding a kind: one module here and one control in src/islands/ui/controls/.
 */
import type { Field, FieldKind, FieldValue } from '../definition.ts';
import { agreementsKind } from './agreements.ts';
import { checklistKind } from './checklist.ts';
import { dateKind } from './date.ts';
import { listKind } from './list.ts';
import { questionsKind } from './questions.ts';
import { rowsKind } from './rows.ts';
import { signaturesKind } from './signatures.ts';
import { textKind } from './text.ts';
import { textareaKind } from './textarea.ts';
import type { KindModule } from './types.ts';

const KINDS: { [K in FieldKind]: KindModule<Extract<Field, { kind: K }>, never> } = {
  text: textKind as never,
  date: dateKind as never,
  textarea: textareaKind as never,
  checklist: checklistKind as never,
  list: listKind as never,
  rows: rowsKind as never,
  agreements: agreementsKind as never,
  questions: questionsKind as never,
  signatures: signaturesKind as never,
};

/** The module of a field's kind, typed for untyped data (values are checked by its schema first). */
export function kindOf(field: Field): KindModule<Field, FieldValue> {
  return KINDS[field.kind] as unknown as KindModule<Field, FieldValue>;
}

export type { BlankSpec, Entry, FillableSpec, Json, KindModule, PdfContext } from './types.ts';
