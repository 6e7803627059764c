/**
 * Validation derived from a form declaration: a zod schema that accepts any data
 * a person could have typed (types are checked, lengths are not: a long answer is
 * never thrown away), plus soft issues (too long, too many items) shown as hints.
 */
import { z } from 'astro/zod';
import '../zodDutch.ts';
import {
  allFields,
  emptyData,
  maxLengthOf,
  type Field,
  type FormData,
  type FormDefinition,
} from './definition.ts';

/** Hard cap per text, only against absurd or hostile files (about 20 pages of text). */
export const HARD_TEXT_CAP = 100_000;
const text = z.string().max(HARD_TEXT_CAP, 'Een tekst is langer dan 100.000 tekens.');

function fieldSchema(field: Field): z.ZodType {
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return text;
    case 'date':
      return z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Een datum heeft de vorm JJJJ-MM-DD.')]);
    case 'checklist':
      return z.array(z.enum(field.options.map((o) => o.id) as [string, ...string[]])).max(field.options.length);
    case 'list':
      return z.array(text).max(200);
    case 'rows':
      return z.array(z.record(z.string(), text)).max(200);
    case 'questions':
      return z.array(z.object({ id: z.string().max(100), text })).max(300);
  }
}

/** Schema of the data object of a document of this definition. Unknown keys are dropped, missing ones filled. */
export function dataSchema(def: FormDefinition) {
  const shape = Object.fromEntries(allFields(def).map((f) => [f.id, fieldSchema(f).optional()]));
  return z.object(shape).transform((data) => ({ ...emptyData(def), ...stripUndefined(data) }) as FormData);
}

function stripUndefined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export interface FieldIssue { fieldId: string; message: string }

/** Soft issues: shown beside the field, never blocking a save, print or PDF. */
export function fieldIssues(def: FormDefinition, data: FormData): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of allFields(def)) {
    const value = data[field.id];
    if ((field.kind === 'text' || field.kind === 'textarea') && typeof value === 'string') {
      const max = maxLengthOf(field);
      if (value.length > max) issues.push({ fieldId: field.id, message: `Dit antwoord is ${value.length} tekens lang; meer dan ${max} wordt lastig om te bespreken. Je tekst blijft bewaard, maar kort hem liefst in.` });
    }
    if ((field.kind === 'list' || field.kind === 'rows') && Array.isArray(value)) {
      if (field.maxItems && value.length > field.maxItems) issues.push({ fieldId: field.id, message: `Je hebt ${value.length} ${field.itemLabel.toLowerCase()}s; houd het bij ${field.maxItems}.` });
    }
  }
  return issues;
}

/** Turns zod issues into one Dutch sentence that says where the problem is. */
export function describeZodError(error: z.ZodError, def?: FormDefinition): string {
  const first = error.issues[0];
  if (!first) return 'De gegevens kloppen niet.';
  const key = String(first.path[0] ?? '');
  const field = def ? allFields(def).find((f) => f.id === key) : undefined;
  const where = field ? `het veld "${field.label}"` : key ? `het onderdeel "${key}"` : 'het bestand';
  return `Er klopt iets niet in ${where}: ${first.message}`;
}
