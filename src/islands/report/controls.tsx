/** Small labelled controls for the report form (text, textarea, date, select, row tools). */
import type { ComponentChildren } from 'preact';

/** The typed text as plain text, shown instead of the control when printing. */
export function PrintValue({ text }: { text: string }) {
  return <div class="print-value" aria-hidden="true">{text || '—'}</div>;
}

const ids = (...xs: (string | false | undefined | null)[]) => xs.filter(Boolean).join(' ') || undefined;

interface BaseProps {
  id: string;
  label: string;
  help?: ComponentChildren;
  /** Extra ids for aria-describedby (e.g. a hint box). */
  describedBy?: string;
  children?: ComponentChildren;
  class?: string;
}

function Help({ id, help }: { id: string; help?: ComponentChildren }) {
  return help ? <p class="field-help" id={`${id}-hulp`}>{help}</p> : null;
}

export function TextField(p: BaseProps & { value: string; onInput: (v: string) => void; autocomplete?: string; type?: 'text' | 'date' }) {
  return (
    <div class={`field ${p.class ?? ''}`}>
      <label for={p.id}>{p.label}</label>
      <Help id={p.id} help={p.help} />
      <input
        id={p.id}
        type={p.type ?? 'text'}
        value={p.value}
        autocomplete={p.autocomplete ?? 'off'}
        aria-describedby={ids(p.help ? `${p.id}-hulp` : '', p.describedBy)}
        onInput={(e) => p.onInput((e.currentTarget as HTMLInputElement).value)}
      />
      <PrintValue text={p.type === 'date' ? formatDateShort(p.value) : p.value} />
      {p.children}
    </div>
  );
}

export function TextArea(p: BaseProps & { value: string; onInput: (v: string) => void; rows?: number }) {
  return (
    <div class={`field ${p.class ?? ''}`}>
      <label for={p.id}>{p.label}</label>
      <Help id={p.id} help={p.help} />
      <textarea
        id={p.id}
        rows={p.rows ?? 4}
        value={p.value}
        aria-describedby={ids(p.help ? `${p.id}-hulp` : '', p.describedBy)}
        onInput={(e) => p.onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <PrintValue text={p.value} />
      {p.children}
    </div>
  );
}

/** A compact cell inside a row (agreement, look-back item). */
export function Cell(p: {
  id: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  kind?: 'text' | 'date' | 'textarea';
  describedBy?: string;
  wide?: boolean;
  invalid?: boolean;
}) {
  const common = {
    id: p.id,
    value: p.value,
    'aria-describedby': p.describedBy,
  };
  return (
    <div class={`cell ${p.wide ? 'cell-wide' : ''}`}>
      <label for={p.id}>{p.label}</label>
      {p.kind === 'textarea' ? (
        <textarea {...common} rows={2} onInput={(e) => p.onInput((e.currentTarget as HTMLTextAreaElement).value)} />
      ) : (
        <input {...common} type={p.kind ?? 'text'} autocomplete="off" onInput={(e) => p.onInput((e.currentTarget as HTMLInputElement).value)} />
      )}
      <PrintValue text={p.kind === 'date' ? formatDateShort(p.value) : p.value} />
    </div>
  );
}

export function SelectCell<T extends string>(p: {
  id: string;
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (v: T) => void;
  describedBy?: string;
}) {
  return (
    <div class="cell">
      <label for={p.id}>{p.label}</label>
      <select id={p.id} value={p.value} aria-describedby={p.describedBy} onChange={(e) => p.onChange((e.currentTarget as HTMLSelectElement).value as T)}>
        <option value="">— kies —</option>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <PrintValue text={p.options.find((o) => o.value === p.value)?.label ?? ''} />
    </div>
  );
}

/** Move up / down / remove buttons for one row. */
export function RowTools({ name, index, count, onMove, onRemove }: { name: string; index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  return (
    <div class="item-tools">
      <button type="button" class="icon secondary" disabled={index === 0} aria-label={`${name} ${index + 1} omhoog`} onClick={() => onMove(index - 1)}>↑</button>
      <button type="button" class="icon secondary" disabled={index === count - 1} aria-label={`${name} ${index + 1} omlaag`} onClick={() => onMove(index + 1)}>↓</button>
      <button type="button" class="icon danger" aria-label={`${name} ${index + 1} verwijderen`} onClick={onRemove}>✕</button>
    </div>
  );
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** '2026-12-01' → '1 december 2026'; anything else unchanged. */
export function formatDateShort(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** An ISO date-time → '22 november 2026 om 14:05' in the browser's local time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()} om ${p(d.getHours())}:${p(d.getMinutes())}`;
}
