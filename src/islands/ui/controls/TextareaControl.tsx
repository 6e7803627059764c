import type { TextareaField } from '../../../lib/forms/definition.ts';
import { maxLengthOf } from '../../../lib/forms/definition.ts';
import { fieldDomId } from '../focus.ts';
import { describedBy, Help, PrintValue } from '../Field.tsx';
import { GrowingTextarea } from '../GrowingTextarea.tsx';
import type { ControlProps } from './types.ts';

/** Counter that appears near the limit; the text is never cut. */
function Counter({ id, length, max }: { id: string; length: number; max: number }) {
  if (length < max * 0.8) return null;
  return (
    <p class={`counter ${length > max ? 'over' : ''}`} id={id}>
      {length > max ? `${length} van ${max} tekens: te lang om goed te bespreken. Je tekst blijft bewaard.` : `${length} van ${max} tekens`}
    </p>
  );
}

export function TextareaControl({ field, value, onChange, hintsId }: ControlProps<TextareaField, string>) {
  const id = fieldDomId(field.id);
  const max = maxLengthOf(field);
  const near = value.length >= max * 0.8;
  return (
    <>
      <label for={id}>{field.label}</label>
      <Help field={field} />
      <GrowingTextarea id={id} name={field.id} rows={field.rows ?? Math.max(3, field.lines ?? 3)} value={value} describedBy={describedBy(field, hintsId, near && `${id}-teller`)} onInput={onChange} />
      <Counter id={`${id}-teller`} length={value.length} max={max} />
      <PrintValue text={value} />
    </>
  );
}
