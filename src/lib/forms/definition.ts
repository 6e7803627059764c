/**
 * The declaration language for documents (the preparation sheets, the report): sections and
 * fields with Dutch labels, help text and limits. One declaration drives the form, validation,
 * autosave, import/export, the blank paper sheet, the fillable PDF, the filled PDF, the
 * fingerprint's canonical form, the read-only view and the comparison of two copies.
 * What each field kind means is said once, in kinds/<kind>.ts.
 */

export interface Option {
  id: string;
  label: string;
}

export interface FieldBase {
  /** Stable key in the stored data (English); never rename without a migration. */
  id: string;
  /** Dutch label, stated once. */
  label: string;
  /** Short guidance shown beside the field. */
  help?: string;
  /** An example answer (shown under the help, greyed). */
  example?: string;
  /** A caution shown beside the field (e.g. no health details in a report). */
  caution?: string;
  /** Writing lines on the blank (pen and paper) sheet. */
  lines?: number;
  /** Half width on wide screens (two fields side by side). */
  half?: boolean;
  /** A link under the help text (e.g. to the guide). */
  link?: { href: string; text: string };
}

export interface TextField extends FieldBase { kind: 'text'; maxLength?: number; autocomplete?: string; quickFill?: { label: string; value: string } }
export interface DateField extends FieldBase {
  kind: 'date';
  /** Suggest a date some weeks after another date field (e.g. the check-in six weeks after the talk). */
  suggest?: { from: string; weeks: number };
}
export interface TextareaField extends FieldBase { kind: 'textarea'; maxLength?: number; rows?: number }
export interface ChecklistField extends FieldBase { kind: 'checklist'; options: readonly Option[] }
/** A growing list of short texts (agenda items, strengths). */
export interface ListField extends FieldBase { kind: 'list'; itemLabel: string; addLabel: string; maxItems?: number }

export type RowColumn =
  | { id: string; label: string; kind: 'text' | 'textarea' | 'date'; maxLength?: number; width?: number }
  | { id: string; label: string; kind: 'select'; options: readonly Option[]; width?: number };

/** A growing list of records, e.g. earlier agreements with their status. */
export interface RowsField extends FieldBase {
  kind: 'rows';
  itemLabel: string;
  addLabel: string;
  columns: readonly RowColumn[];
  maxItems?: number;
  /** Muted text in the PDF when there are no rows. */
  emptyText?: string;
}
/** The agreements of a talk (what, who, by when, how measured, support), checked against SMART. */
export interface AgreementsField extends FieldBase { kind: 'agreements'; maxItems?: number; emptyText?: string }
/** Questions picked from the personal question list (see stores/myQuestions). */
export interface QuestionsField extends FieldBase { kind: 'questions' }
/** The two signatures of a report (see report/signing). */
export interface SignaturesField extends FieldBase { kind: 'signatures' }

export type Field = TextField | DateField | TextareaField | ChecklistField | ListField | RowsField | AgreementsField | QuestionsField | SignaturesField;
export type FieldKind = Field['kind'];

export interface Section {
  id: string;
  title: string;
  intro?: string;
  /** The phase of the conversation (1–7) this part belongs to: links to the guide. */
  phase?: number;
  /** A heading of its own in the PDF (default: the title). */
  pdfTitle?: string;
  fields: readonly Field[];
}

export interface FormDefinition {
  /** Document kind, also used in file names and storage keys. */
  kind: string;
  /** Version of the data shape; bump it and add a migration in the document's codec. */
  version: number;
  title: string;
  /** Who fills it in, for headings and file names. */
  audience: string;
  intro: string;
  /** Field whose value names the document (e.g. the employee's name). */
  nameField: string;
  /** Field holding the date of the talk, for file names and SMART dates. */
  dateField?: string;
  sections: readonly Section[];
  /** Live guidance per field id (counts, rules of thumb); hints only, never blocking. */
  guidance?: (data: FormData) => Record<string, FieldGuidance>;
}

export interface FieldGuidance {
  /** A neutral live count, e.g. "2 ontwikkelpunten (hoogstens 3) · 4 sterke punten." */
  count?: string;
  /** Advice that deserves attention (never blocking). */
  warnings: string[];
}

export const DEFAULT_TEXT_MAX = 200;
export const DEFAULT_TEXTAREA_MAX = 10_000;

// ---------------------------------------------------------------------------
// Values, derived from the declaration's types
// ---------------------------------------------------------------------------

export interface PickedQuestion { id: string; text: string }
export type AgreementOwner = '' | 'employee' | 'manager' | 'organisation' | 'other';
export interface Agreement { id: string; what: string; owner: AgreementOwner; ownerName: string; due: string; measure: string; support: string }
export type SignerRole = 'manager' | 'employee';
export type Verdict = 'seen' | 'agreed';
export type SignMethod = 'drawn' | 'typed';
export interface StrokePoint { x: number; y: number }
export interface Signature {
  name: string;
  /** ISO instant (UTC) of signing. */
  signedAt: string;
  /** IANA zone of the device that signed; times are shown in it. */
  timeZone: string;
  verdict: Verdict;
  method: SignMethod;
  /** Drawn lines, in the coordinates of `box`. */
  strokes?: StrokePoint[][];
  box?: { width: number; height: number };
  /** Signatures that were already placed and that this one covers too. */
  covers: SignerRole[];
  /** 2: covers content and this record; 1: older files, content only. */
  scheme: 1 | 2;
  /** Hex SHA-256 (see report/signing). */
  fingerprint: string;
}
export type Signatures = Partial<Record<SignerRole, Signature>>;

type RowOf<C extends readonly RowColumn[]> = { id: string } & { [K in C[number] as K['id']]: K extends { kind: 'select'; options: readonly (infer O extends Option)[] } ? O['id'] | '' : string };

export type ValueOf<F extends Field> = F extends { kind: 'text' | 'date' | 'textarea' }
  ? string
  : F extends { kind: 'checklist' }
    ? string[]
    : F extends { kind: 'list' }
      ? string[]
      : F extends { kind: 'rows'; columns: infer C extends readonly RowColumn[] }
        ? RowOf<C>[]
        : F extends { kind: 'agreements' }
          ? Agreement[]
          : F extends { kind: 'questions' }
            ? PickedQuestion[]
            : F extends { kind: 'signatures' }
              ? Signatures
              : never;

type FieldsOf<D extends FormDefinition> = D['sections'][number]['fields'][number];
/** The data of a document, typed from its declaration. */
export type DataOf<D extends FormDefinition> = { [F in FieldsOf<D> as F['id']]: ValueOf<F> };

/** Untyped data, for code that works on any declaration. */
export type FieldValue = string | string[] | Record<string, string>[] | Agreement[] | PickedQuestion[] | Signatures;
export type FormData = Record<string, FieldValue>;
export type RowValue = Record<string, string>;

export function allFields(def: FormDefinition): Field[] {
  return def.sections.flatMap((s) => s.fields);
}

export function fieldById(def: FormDefinition, id: string): Field | undefined {
  return allFields(def).find((f) => f.id === id);
}

export function maxLengthOf(field: { kind: string; maxLength?: number }): number {
  if (field.maxLength) return field.maxLength;
  return field.kind === 'textarea' ? DEFAULT_TEXTAREA_MAX : DEFAULT_TEXT_MAX;
}
