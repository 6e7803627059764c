import type { DateField } from '../../../lib/forms/definition.ts';
import { formatDate } from '../../../lib/shared/dates.ts';
import { fieldDomId } from '../focus.ts';
import { describedBy, Help, PrintValue } from '../Field.tsx';
import type { ControlProps } from './types.ts';

export function DateControl({ field, value, onChange, hintsId, suggestion }: ControlProps<DateField, string>) {
  const id = fieldDomId(field.id);
  return (
    <>
      <label for={id}>{field.label}</label>
      <Help field={field} />
      <input id={id} name={field.id} type="date" value={value} aria-describedby={describedBy(field, hintsId)} onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)} />
      <PrintValue text={formatDate(value)} />
      {suggestion && suggestion !== value && (
        <button type="button" class="secondary small no-print quick" onClick={() => onChange(suggestion)}>
          Stel voor: {formatDate(suggestion)}
        </button>
      )}
    </>
  );
}
