/**
 * Validation derived from a declaration: a zod schema that accepts any data a person could have
 * typed (types are checked, lengths only against absurd files: a long answer is never thrown
 * away), and parsing with one Dutch sentence that says where a problem is.
 */
import { z } from './zod.ts';
import type { ZodMiniType } from 'zod/mini';
import { allFields, type DataOf, type Field, type FieldValue, type FormData, type FormDefinition } from './definition.ts';
import { kindOf } from './kinds/index.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import { isRecord } from '../shared/json.ts';

export function emptyData<D extends FormDefinition>(def: D): DataOf<D> {
  return Object.fromEntries(allFields(def).map((f) => [f.id, kindOf(f).empty(f)])) as DataOf<D>;
}

const cache = new WeakMap<FormDefinition, ZodMiniType<FormData>>();

/** Schema of a document's data: unknown keys dropped, missing fields filled with their empty value. */
export function dataSchema<D extends FormDefinition>(def: D): ZodMiniType<DataOf<D>> {
  let schema = cache.get(def);
  if (!schema) {
    const shape = Object.fromEntries(allFields(def).map((f) => [f.id, z.optional(kindOf(f).schema(f) as ZodMiniType<FieldValue>)]));
    schema = z.pipe(
      z.object(shape),
      z.transform((data: { [k: string]: FieldValue | undefined }) => {
        const out = emptyData(def) as FormData;
        for (const [k, v] of Object.entries(data)) if (v !== undefined) out[k] = v;
        return out;
      }),
    ) as unknown as ZodMiniType<FormData>;
    cache.set(def, schema);
  }
  return schema as unknown as ZodMiniType<DataOf<D>>;
}

type Issue = z.core.$ZodRawIssue;

/** '‘Afspraken, rij 3, Tegen wanneer?’' — where in the document a path points. */
export function describePath(def: FormDefinition, path: readonly PropertyKey[]): string {
  const field = allFields(def).find((f) => f.id === path[0]);
  if (!field) return path.length ? String(path[0]) : '';
  const parts = [field.label];
  const [, row, col] = path;
  if (typeof row === 'number') parts.push(`rij ${row + 1}`);
  else if (typeof row === 'string') parts.push(row === 'manager' ? 'leidinggevende' : row === 'employee' ? 'medewerker' : row);
  if (typeof col === 'string') {
    const column = kindOf(field).columns?.(field).find((c) => c.id === col);
    parts.push(column?.label ?? col);
  }
  return parts.join(', ');
}

function kindAt(def: FormDefinition, path: readonly PropertyKey[]): { field?: Field; last: string } {
  const field = allFields(def).find((f) => f.id === path[0]);
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return { field, last: typeof last === 'string' ? last : '' };
}

/** The Dutch message for one issue, from its code and where it is (never from zod's own text). */
export function issueMessage(def: FormDefinition, issue: Pick<Issue, 'code' | 'path'> & { format?: string }): string {
  const path = issue.path ?? [];
  const where = describePath(def, path);
  const at = where ? `Bij ‘${where}’` : 'In dit document';
  const { field, last } = kindAt(def, path);
  switch (issue.code) {
    case 'invalid_format':
      if (last === 'signedAt') return `${at} staat geen geldig tijdstip van ondertekening.`;
      if (last === 'fingerprint') return `${at} staat geen geldige vingerafdruk.`;
      if (field?.kind === 'date' || last === 'due' || issue.format === 'date') return `${at} staat geen geldige datum. Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2025-03-14.`;
      return `${at} staat een waarde in een vorm die Gesprekswijzer niet kent.`;
    case 'invalid_value':
    case 'invalid_union':
      return field?.kind === 'date' || last === 'due' ? `${at} staat geen geldige datum. Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2025-03-14.` : `${at} staat een keuze die Gesprekswijzer niet kent.`;
    case 'too_big':
      return `${at} staat te veel: meer dan Gesprekswijzer ooit bewaart.`;
    default:
      return `${at} staat een waarde die Gesprekswijzer niet kan lezen.`;
  }
}

/** Validates data against the declaration; never throws. The message says where the first problem is. */
export function parseData<D extends FormDefinition>(def: D, input: unknown): Result<DataOf<D>> {
  if (!isRecord(input)) return fail('Dit bestand bevat geen gegevens die Gesprekswijzer kan lezen.');
  const r = dataSchema(def).safeParse(input, { error: (iss) => issueMessage(def, iss as Issue & { format?: string }) });
  if (r.success) return ok(r.data);
  const first = r.error.issues[0];
  const more = r.error.issues.length - 1;
  const rest = more > 0 ? ` Er ${more === 1 ? 'is nog 1 ander probleem' : `zijn nog ${more} andere problemen`}.` : '';
  return fail(`${first?.message ?? 'De gegevens kloppen niet.'}${rest}`);
}

export interface FieldIssue { fieldId: string; message: string }

/** Soft issues, shown beside the field, never blocking a save, print or PDF. */
export function fieldIssues(def: FormDefinition, data: FormData): FieldIssue[] {
  return allFields(def).flatMap((f) => kindOf(f).issues(f, data[f.id] ?? kindOf(f).empty(f)).map((message) => ({ fieldId: f.id, message })));
}
