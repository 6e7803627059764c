/** The cells of one row (rows and agreements): text, long text, date or a choice. */
import type { RowColumn, RowValue } from '../../../lib/forms/definition.ts';
import { cellText } from '../../../lib/forms/kinds/rows.ts';
import { PrintValue } from '../Field.tsx';
import { GrowingTextarea } from '../GrowingTextarea.tsx';

export function Cells({ base, columns, row, onCell, describedBy }: { base: string; columns: readonly RowColumn[]; row: RowValue; onCell: (col: string, v: string) => void; describedBy?: (col: string) => string | undefined }) {
  return (
    <>
      {columns.map((col) => {
        const id = `${base}-${col.id}`;
        const v = row[col.id] ?? '';
        const desc = describedBy?.(col.id);
        return (
          <div class={`cell ${col.kind === 'textarea' ? 'cell-wide' : ''}`} key={col.id}>
            <label for={id}>{col.label}</label>
            {col.kind === 'select' ? (
              <select id={id} name={id} value={v} aria-describedby={desc} onChange={(e) => onCell(col.id, (e.currentTarget as HTMLSelectElement).value)}>
                <option value="">— kies —</option>
                {col.options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
              </select>
            ) : col.kind === 'textarea' ? (
              <GrowingTextarea id={id} rows={2} value={v} describedBy={desc} onInput={(x) => onCell(col.id, x)} />
            ) : (
              <input id={id} name={id} type={col.kind === 'date' ? 'date' : 'text'} autocomplete="off" value={v} aria-describedby={desc} onInput={(e) => onCell(col.id, (e.currentTarget as HTMLInputElement).value)} />
            )}
            <PrintValue text={cellText(col, v)} />
          </div>
        );
      })}
    </>
  );
}
