import type { TextField } from '../../../lib/forms/definition.ts';
import { fieldDomId } from '../focus.ts';
import { describedBy, Help, PrintValue } from '../Field.tsx';
import type { ControlProps } from './types.ts';

export function TextControl({ field, value, onChange, hintsId }: ControlProps<TextField, string>) {
  const id = fieldDomId(field.id);
  const quick = field.quickFill;
  return (
    <>
      <label for={id}>{field.label}</label>
      <Help field={field} />
      <input
        id={id}
        name={field.id}
        type="text"
        value={value}
        autocomplete={field.autocomplete ?? 'off'}
        aria-describedby={describedBy(field, hintsId)}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
      />
      <PrintValue text={value} />
      {quick && value.trim() !== quick.value && (
        <button type="button" class="secondary small no-print quick" onClick={() => onChange(quick.value)}>
          {quick.label}
        </button>
      )}
    </>
  );
}
