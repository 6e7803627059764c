import type { ChecklistField } from '../../../lib/forms/definition.ts';
import { fieldDomId } from '../focus.ts';
import { describedBy, Help } from '../Field.tsx';
import type { ControlProps } from './types.ts';

export function ChecklistControl({ field, value, onChange, hintsId }: ControlProps<ChecklistField, string[]>) {
  return (
    <fieldset class="checklist" aria-describedby={describedBy(field, hintsId)}>
      <legend>{field.label}</legend>
      <Help field={field} />
      {field.options.map((o) => {
        const id = `${fieldDomId(field.id)}-${o.id}`;
        return (
          <div class="check" key={o.id}>
            <input
              type="checkbox"
              id={id}
              name={id}
              checked={value.includes(o.id)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                onChange(on ? [...value.filter((v) => v !== o.id), o.id] : value.filter((v) => v !== o.id));
              }}
            />
            <label for={id}>{o.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
