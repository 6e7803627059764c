/**
 * The declaration language for forms: sections and fields with Dutch labels,
 * help text and limits. One declaration drives the form island, validation,
 * autosave, JSON import/export, the blank print sheet and the PDF.
 */

export interface FieldBase {
  /** Stable key in the stored data; never rename without a migration. */
  id: string;
  label: string;
  /** Short guidance shown beside the field. */
  help?: string;
  /** Writing lines on the blank (pen and paper) sheet. */
  lines?: number;
}

export interface TextField extends FieldBase { kind: 'text'; maxLength?: number; autocomplete?: string }
export interface DateField extends FieldBase { kind: 'date' }
export interface TextareaField extends FieldBase { kind: 'textarea'; maxLength?: number; rows?: number }
export interface ChecklistField extends FieldBase { kind: 'checklist'; options: { id: string; label: string }[] }
/** A growing list of short texts (agenda items, strengths). */
export interface ListField extends FieldBase {
  kind: 'list';
  itemLabel: string;
  addLabel: string;
  maxItems?: number;
  /** Warn (never block) when the list grows past this count. */
  warnAbove?: number;
}
/** A growing list of records, e.g. earlier agreements with their status. */
export interface RowsField extends FieldBase {
  kind: 'rows';
  itemLabel: string;
  addLabel: string;
  columns: RowColumn[];
  maxItems?: number;
  warnAbove?: number;
}
export type RowColumn =
  | { id: string; label: string; kind: 'text' | 'textarea'; help?: string; maxLength?: number }
  | { id: string; label: string; kind: 'select'; options: { id: string; label: string }[] };
/** Questions picked from the personal question list (see stores/myQuestions). */
export interface QuestionsField extends FieldBase { kind: 'questions' }

export type Field = TextField | DateField | TextareaField | ChecklistField | ListField | RowsField | QuestionsField;

export interface Section {
  id: string;
  title: string;
  intro?: string;
  fields: Field[];
}

export interface FormDefinition {
  /** Document kind, also used in file names and storage keys. */
  kind: string;
  /** Version of the data shape; bump with a migration in documents/migrate. */
  version: number;
  title: string;
  /** Who fills it in, for headings and file names. */
  audience: string;
  intro: string;
  /** Field whose value names the document (e.g. the employee's name). */
  nameField: string;
  /** Field holding the date of the talk, for file names. */
  dateField?: string;
  sections: Section[];
}

export const DEFAULT_TEXT_MAX = 200;
export const DEFAULT_TEXTAREA_MAX = 10_000;

export type RowValue = Record<string, string>;
export interface PickedQuestion { id: string; text: string }
export type FieldValue = string | string[] | RowValue[] | PickedQuestion[];
export type FormData = Record<string, FieldValue>;

export function allFields(def: FormDefinition): Field[] {
  return def.sections.flatMap((s) => s.fields);
}

export function emptyValue(field: Field): FieldValue {
  switch (field.kind) {
    case 'text':
    case 'date':
    case 'textarea':
      return '';
    default:
      return [];
  }
}

export function emptyData(def: FormDefinition): FormData {
  return Object.fromEntries(allFields(def).map((f) => [f.id, emptyValue(f)]));
}

export function maxLengthOf(field: Field | RowColumn): number {
  if ('maxLength' in field && field.maxLength) return field.maxLength;
  return field.kind === 'textarea' ? DEFAULT_TEXTAREA_MAX : DEFAULT_TEXT_MAX;
}
