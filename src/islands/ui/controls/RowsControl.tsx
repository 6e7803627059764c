import type { RowsField, RowValue } from '../../../lib/forms/definition.ts';
import { newId } from '../../../lib/shared/ids.ts';
import { fieldDomId, focusSoon, move } from '../focus.ts';
import { describedBy, Help } from '../Field.tsx';
import { RowTools, useUndoRemove } from '../RowTools.tsx';
import { Cells } from './Cells.tsx';
import type { ControlProps } from './types.ts';

export function RowsControl({ field, value, onChange, hintsId }: ControlProps<RowsField, RowValue[]>) {
  const base = fieldDomId(field.id);
  const add = `${base}-toevoegen`;
  const undo = useUndoRemove(value, onChange, field.itemLabel, add);
  const single = field.columns.length === 1;
  return (
    <fieldset class="rows" aria-describedby={describedBy(field, hintsId)}>
      <legend>{field.label}</legend>
      <Help field={field} />
      {value.length > 0 && (
        <ol class="items">
          {value.map((row, i) => (
            <li key={row.id ?? i} class="item row-item">
              <fieldset class={`row-fields${single ? ' single' : ''}`}>
                <legend>{`${field.itemLabel} ${i + 1}`}</legend>
                <Cells base={`${base}-${i}`} columns={field.columns} row={row} onCell={(col, v) => onChange(value.map((r, j) => (j === i ? { ...r, [col]: v } : r)))} />
              </fieldset>
              <RowTools name={field.itemLabel} index={i} count={value.length} onMove={(to) => onChange(move(value, i, to))} onRemove={() => undo.remove(i)} />
            </li>
          ))}
        </ol>
      )}
      {undo.undo}
      <button
        type="button"
        class="secondary add no-print"
        id={add}
        onClick={() => {
          onChange([...value, { id: newId(6), ...Object.fromEntries(field.columns.map((c) => [c.id, ''])) }]);
          focusSoon(`#${base}-${value.length}-${field.columns[0]?.id}`);
        }}
      >
        + {field.addLabel}
      </button>
    </fieldset>
  );
}
