/** Agreements: one row each (what, who, by when, how measured, support) with live SMART tips. */
import { useCallback, useRef } from 'preact/hooks';
import type { Agreement, AgreementsField } from '../../../lib/forms/definition.ts';
import { AGREEMENT_COLUMNS, AGREEMENT_ITEM } from '../../../lib/forms/kinds/agreements.ts';
import { checkAgreement, type Hint } from '../../../lib/forms/smart.ts';
import { newId } from '../../../lib/shared/ids.ts';
import { fieldDomId, focusSoon, move } from '../focus.ts';
import { describedBy, Help } from '../Field.tsx';
import { memo } from '../memo.ts';
import { RowTools, useUndoRemove } from '../RowTools.tsx';
import { Cells } from './Cells.tsx';
import type { ControlProps } from './types.ts';

function SmartPanel({ base, hints }: { base: string; hints: Hint[] }) {
  return (
    <div class={`smart-panel ${hints.length ? 'has-hints' : 'is-smart'} no-print`} id={`${base}-smart`} role="status" aria-live="polite">
      {hints.length === 0 ? (
        <p class="smart-ok"><span aria-hidden="true">✓ </span><strong>SMART.</strong> Deze afspraak is concreet: wie, wat, tegen wanneer en hoe jullie het meten.</p>
      ) : (
        <>
          <p class="smart-title"><strong>SMART-check:</strong> {hints.length === 1 ? 'nog 1 tip' : `nog ${hints.length} tips`}</p>
          <ul>
            {hints.map((h) => <li key={h.code} id={`${base}-tip-${h.code}`} data-hint={h.code}>{h.message}</li>)}
          </ul>
        </>
      )}
    </div>
  );
}

interface RowProps {
  base: string;
  index: number;
  count: number;
  row: Agreement;
  today: string;
  setRow: (index: number, row: Agreement) => void;
  moveRow: (from: number, to: number) => void;
  removeRow: (index: number) => void;
}

const AgreementRow = memo(function AgreementRow({ base, index, count, row, today, setRow, moveRow, removeRow }: RowProps) {
  const rowBase = `${base}-${index}`;
  const hints = checkAgreement(row, { today });
  const tips = (col: string) => hints.filter((h) => h.field === col).map((h) => `${rowBase}-tip-${h.code}`).join(' ') || undefined;
  return (
    <li class="item row-item agreement">
      <fieldset class="row-fields">
        <legend>{`${AGREEMENT_ITEM} ${index + 1}`}</legend>
        <Cells base={rowBase} columns={AGREEMENT_COLUMNS} row={row as unknown as Record<string, string>} describedBy={tips} onCell={(col, v) => setRow(index, { ...row, [col]: v })} />
      </fieldset>
      <RowTools name={AGREEMENT_ITEM} index={index} count={count} onMove={(to) => moveRow(index, to)} onRemove={() => removeRow(index)} />
      <SmartPanel base={rowBase} hints={hints} />
    </li>
  );
});

export function AgreementsControl({ field, value, onChange, hintsId, today }: ControlProps<AgreementsField, Agreement[]>) {
  const base = fieldDomId(field.id);
  const add = `${base}-toevoegen`;
  const undo = useUndoRemove(value, onChange, AGREEMENT_ITEM, add);
  // Stable callbacks that read the latest list, so unchanged rows skip re-rendering.
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };
  const setRow = useCallback((i: number, row: Agreement) => latest.current.onChange(latest.current.value.map((r, j) => (j === i ? row : r))), []);
  const moveRow = useCallback((from: number, to: number) => latest.current.onChange(move(latest.current.value, from, to)), []);
  return (
    <fieldset class="rows agreements" aria-describedby={describedBy(field, hintsId)}>
      <legend>{field.label}</legend>
      <Help field={field} />
      {value.length > 0 ? (
        <ol class="items report-rows">
          {value.map((row, i) => (
            <AgreementRow key={row.id} base={base} index={i} count={value.length} row={row} today={today} setRow={setRow} moveRow={moveRow} removeRow={undo.remove} />
          ))}
        </ol>
      ) : (
        <p class="muted">Nog geen afspraken. Een goed gesprek eindigt meestal met minstens één concrete afspraak.</p>
      )}
      {undo.undo}
      <button
        type="button"
        class="secondary add no-print"
        id={add}
        onClick={() => {
          onChange([...value, { id: newId(6), what: '', owner: '', ownerName: '', due: '', measure: '', support: '' }]);
          focusSoon(`#${base}-${value.length}-what`);
        }}
      >
        + Afspraak toevoegen
      </button>
    </fieldset>
  );
}
