/** A document codec (see documents/envelope) for any declared form: migrations, then validation. */
import type { Codec } from '../documents/envelope.ts';
import type { DataOf, FormDefinition } from './definition.ts';
import { describePart } from './parts.ts';
import { emptyData, parseData } from './schema.ts';
import { documentName } from './pdfModel.ts';
import { isRecord } from '../shared/json.ts';
import { fail } from '../shared/result.ts';

/** Brings data of version `from` to version `from + 1`. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export interface FormCodecOptions {
  /** Dutch name of the kind, e.g. "voorbereiding van de medewerker". */
  label: string;
  /** Migrations by the version they start from: { 1: v1 → v2, 2: v2 → v3 }. */
  migrations?: Record<number, Migration>;
  nameOf?: (data: never) => string;
}

export function formCodec<D extends FormDefinition>(def: D, o: FormCodecOptions): Codec<DataOf<D>> {
  return {
    kind: def.kind,
    version: def.version,
    label: o.label,
    empty: () => emptyData(def),
    parse(data, fromVersion) {
      if (!isRecord(data)) return fail(`Dit bestand bevat geen ${o.label}.`);
      let d: Record<string, unknown> = data;
      for (let v = fromVersion; v < def.version; v++) {
        const step = o.migrations?.[v];
        if (!step) return fail(`Gegevens van versie ${fromVersion} kunnen niet meer gelezen worden.`);
        d = step(d);
      }
      return parseData(def, d);
    },
    nameOf: (data) => (o.nameOf ? o.nameOf(data as never) : documentName(def, data as never).slice(0, 80)),
    describePart: (path) => describePart(def, path),
  };
}
