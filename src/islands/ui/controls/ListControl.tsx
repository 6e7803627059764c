import type { ListField } from '../../../lib/forms/definition.ts';
import { fieldDomId, focusSoon, move } from '../focus.ts';
import { describedBy, Help, PrintValue } from '../Field.tsx';
import { GrowingTextarea } from '../GrowingTextarea.tsx';
import { RowTools, useUndoRemove } from '../RowTools.tsx';
import type { ControlProps } from './types.ts';

export function ListControl({ field, value, onChange, hintsId }: ControlProps<ListField, string[]>) {
  const base = fieldDomId(field.id);
  const add = `${base}-toevoegen`;
  const undo = useUndoRemove(value, onChange, field.itemLabel, add);
  return (
    <fieldset class="list" aria-describedby={describedBy(field, hintsId)}>
      <legend>{field.label}</legend>
      <Help field={field} />
      {value.length > 0 && (
        <ol class="items">
          {value.map((item, i) => (
            <li key={i} class="item">
              <label class="visually-hidden" for={`${base}-${i}`}>{`${field.itemLabel} ${i + 1}`}</label>
              <GrowingTextarea id={`${base}-${i}`} rows={2} value={item} onInput={(v) => onChange(value.map((x, j) => (j === i ? v : x)))} />
              <PrintValue text={item} />
              <RowTools
                name={field.itemLabel}
                index={i}
                count={value.length}
                onMove={(to) => { onChange(move(value, i, to)); focusSoon(`#${base}-${to}`); }}
                onRemove={() => undo.remove(i)}
              />
            </li>
          ))}
        </ol>
      )}
      {undo.undo}
      <button type="button" class="secondary add no-print" id={add} onClick={() => { onChange([...value, '']); focusSoon(`#${base}-${value.length}`); }}>
        + {field.addLabel}
      </button>
    </fieldset>
  );
}
