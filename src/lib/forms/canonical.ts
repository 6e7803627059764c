/**
 * The canonical form of a document's content, for fingerprints: fields in sorted order, text
 * normalised (NFC, unified line breaks, spaces), row ids and empty rows dropped, signatures left
 * out (report/signing.ts hashes each signature record next to this). Two copies with the same
 * content give the same string, whatever device or browser made them.
 */
import { allFields, type FormData, type FormDefinition } from './definition.ts';
import { kindOf, type Json } from './kinds/index.ts';

export function canonicalContent(def: FormDefinition, data: FormData, { omit = [] as readonly string[] } = {}): { [k: string]: Json } {
  const out: { [k: string]: Json } = {};
  const fields = allFields(def)
    .filter((f) => f.kind !== 'signatures' && !omit.includes(f.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const f of fields) {
    const k = kindOf(f);
    out[f.id] = k.canonical(f, data[f.id] ?? k.empty(f));
  }
  return out;
}

/** Canonical JSON text of any value: object keys sorted at every level. */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.filter((k) => value[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(',')}}`;
}

/** Is there anything in the document (besides signatures)? */
export function hasContent(def: FormDefinition, data: FormData): boolean {
  return allFields(def).some((f) => f.kind !== 'signatures' && !kindOf(f).isEmpty(data[f.id] ?? kindOf(f).empty(f)));
}
