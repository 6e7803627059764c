/** A document codec (see documents/envelope) for any declared form. */
import type { Codec } from '../documents/envelope.ts';
import { emptyData, type FormData, type FormDefinition } from './definition.ts';
import { dataSchema, describeZodError } from './validation.ts';

export function formCodec(def: FormDefinition, label: string): Codec<FormData> {
  const schema = dataSchema(def);
  return {
    kind: def.kind,
    version: def.version,
    label,
    empty: () => emptyData(def),
    parse(data) {
      // Version 1 is the first shape; future versions add their migrations here.
      const r = schema.safeParse(data);
      return r.success ? { ok: true, value: r.data } : { ok: false, message: describeZodError(r.error, def) };
    },
    nameOf(data) {
      const v = data[def.nameField];
      return typeof v === 'string' ? v.trim().slice(0, 80) : '';
    },
  };
}
