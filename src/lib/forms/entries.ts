/**
 * A document as labelled text, section by section: the read-only view (a report to read on a
 * phone before signing, the check page) and the field-by-field comparison of two copies.
 */
import { allFields, type FormData, type FormDefinition } from './definition.ts';
import { kindOf, type Entry } from './kinds/index.ts';

export interface SectionEntries {
  id: string;
  title: string;
  fields: { id: string; label: string; kind: string; entries: Entry[] }[];
}

export function documentEntries(def: FormDefinition, data: FormData): SectionEntries[] {
  return def.sections.map((s) => ({
    id: s.id,
    title: s.title,
    fields: s.fields.map((f) => {
      const k = kindOf(f);
      return { id: f.id, label: f.label, kind: f.kind, entries: k.entries(f, data[f.id] ?? k.empty(f)) };
    }),
  }));
}

export interface Difference {
  section: string;
  key: string;
  label: string;
  a: string;
  b: string;
}

/** Every place where two copies of a document differ, in the order of the declaration. */
export function compareDocuments(def: FormDefinition, a: FormData, b: FormData): Difference[] {
  const out: Difference[] = [];
  for (const s of def.sections) {
    for (const f of s.fields) {
      const k = kindOf(f);
      const ea = k.entries(f, a[f.id] ?? k.empty(f));
      const eb = k.entries(f, b[f.id] ?? k.empty(f));
      const mb = new Map(eb.map((e) => [e.key, e]));
      const seen = new Set<string>();
      for (const x of ea) {
        seen.add(x.key);
        const y = mb.get(x.key);
        if ((y?.text ?? '') !== x.text) out.push({ section: s.title, key: x.key, label: x.label, a: x.text, b: y?.text ?? '' });
      }
      for (const y of eb) if (!seen.has(y.key) && y.text !== '') out.push({ section: s.title, key: y.key, label: y.label, a: '', b: y.text });
    }
  }
  return out;
}

/** The number of fields with something in them, for progress messages. */
export function filledCount(def: FormDefinition, data: FormData): number {
  return allFields(def).filter((f) => !kindOf(f).isEmpty(data[f.id] ?? kindOf(f).empty(f))).length;
}
