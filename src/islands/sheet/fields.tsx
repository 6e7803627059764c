/** Form controls for each field kind of a declared form (see lib/forms/definition). */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ChecklistField, Field, ListField, PickedQuestion, RowValue, RowsField, TextareaField } from '../../lib/forms/definition.ts';
import { maxLengthOf } from '../../lib/forms/definition.ts';

export const fieldDomId = (fieldId: string) => `veld-${fieldId}`;

function Help({ field }: { field: Field }) {
  return field.help ? <p class="field-help" id={`${fieldDomId(field.id)}-hulp`}>{field.help}</p> : null;
}

const describedBy = (field: Field, extra?: string) =>
  [field.help ? `${fieldDomId(field.id)}-hulp` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;

/** Counter that appears near the limit; the text is never cut. */
function Counter({ id, length, max }: { id: string; length: number; max: number }) {
  if (length < max * 0.8) return null;
  return (
    <p class={`counter ${length > max ? 'over' : ''}`} id={id}>
      {length > max ? `${length} van ${max} tekens: te lang om goed te bespreken. Je tekst blijft bewaard.` : `${length} van ${max} tekens`}
    </p>
  );
}

/** The typed text as plain text, shown instead of the control when printing. */
function PrintValue({ text }: { text: string }) {
  return <div class="print-value" aria-hidden="true">{text || '—'}</div>;
}

export function TextControl({ field, value, onChange }: { field: Field & { kind: 'text' | 'date' }; value: string; onChange: (v: string) => void }) {
  const id = fieldDomId(field.id);
  return (
    <div class="field">
      <label for={id}>{field.label}</label>
      <Help field={field} />
      <input
        id={id}
        type={field.kind === 'date' ? 'date' : 'text'}
        value={value}
        autocomplete={field.kind === 'text' ? field.autocomplete ?? 'off' : 'off'}
        aria-describedby={describedBy(field)}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
      />
      <PrintValue text={value} />
    </div>
  );
}

export function TextareaControl({ field, value, onChange }: { field: TextareaField; value: string; onChange: (v: string) => void }) {
  const id = fieldDomId(field.id);
  const max = maxLengthOf(field);
  return (
    <div class="field">
      <label for={id}>{field.label}</label>
      <Help field={field} />
      <textarea
        id={id}
        rows={field.rows ?? Math.max(3, field.lines ?? 3)}
        value={value}
        aria-describedby={describedBy(field, value.length >= max * 0.8 ? `${id}-teller` : undefined)}
        onInput={(e) => onChange((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <Counter id={`${id}-teller`} length={value.length} max={max} />
      <PrintValue text={value} />
    </div>
  );
}

export function ChecklistControl({ field, value, onChange }: { field: ChecklistField; value: string[]; onChange: (v: string[]) => void }) {
  return (
    <fieldset class="field checklist" aria-describedby={describedBy(field)}>
      <legend>{field.label}</legend>
      <Help field={field} />
      {field.options.map((o) => {
        const id = `${fieldDomId(field.id)}-${o.id}`;
        const checked = value.includes(o.id);
        return (
          <div class="check" key={o.id}>
            <input
              type="checkbox"
              id={id}
              checked={checked}
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

/** Move an item within a list: returns a new array. */
export function move<T>(items: T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return items;
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** Focus a control after the next render (e.g. the new row or the moved item). */
export function focusSoon(selector: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

function ItemTools({ base, index, count, name, onMove, onRemove }: { base: string; index: number; count: number; name: string; onMove: (to: number) => void; onRemove: () => void }) {
  return (
    <div class="item-tools">
      <button type="button" class="icon secondary" disabled={index === 0} data-focus={`${base}-op-${index}`} aria-label={`${name} ${index + 1} omhoog`} onClick={() => onMove(index - 1)}>↑</button>
      <button type="button" class="icon secondary" disabled={index === count - 1} data-focus={`${base}-neer-${index}`} aria-label={`${name} ${index + 1} omlaag`} onClick={() => onMove(index + 1)}>↓</button>
      <button type="button" class="icon danger" aria-label={`${name} ${index + 1} verwijderen`} onClick={onRemove}>✕</button>
    </div>
  );
}

export function ListControl({ field, value, onChange, children }: { field: ListField; value: string[]; onChange: (v: string[]) => void; children?: ComponentChildren }) {
  const base = fieldDomId(field.id);
  return (
    <fieldset class="field list" aria-describedby={describedBy(field)}>
      <legend>{field.label}</legend>
      <Help field={field} />
      {value.length > 0 && (
        <ol class="items">
          {value.map((item, i) => (
            <li key={i} class="item">
              <label class="visually-hidden" for={`${base}-${i}`}>{`${field.itemLabel} ${i + 1}`}</label>
              <textarea
                id={`${base}-${i}`}
                rows={2}
                value={item}
                onInput={(e) => onChange(value.map((v, j) => (j === i ? (e.currentTarget as HTMLTextAreaElement).value : v)))}
              />
              <PrintValue text={item} />
              <ItemTools
                base={base}
                index={i}
                count={value.length}
                name={field.itemLabel}
                onMove={(to) => { onChange(move(value, i, to)); focusSoon(`#${base}-${to}`); }}
                onRemove={() => { onChange(value.filter((_, j) => j !== i)); focusSoon(`#${base}-toevoegen`); }}
              />
            </li>
          ))}
        </ol>
      )}
      {children}
      <button type="button" class="secondary add" id={`${base}-toevoegen`} onClick={() => { onChange([...value, '']); focusSoon(`#${base}-${value.length}`); }}>
        + {field.addLabel}
      </button>
    </fieldset>
  );
}

export function RowsControl({ field, value, onChange, children }: { field: RowsField; value: RowValue[]; onChange: (v: RowValue[]) => void; children?: ComponentChildren }) {
  const base = fieldDomId(field.id);
  const setCell = (i: number, col: string, v: string) => onChange(value.map((row, j) => (j === i ? { ...row, [col]: v } : row)));
  return (
    <fieldset class="field rows" aria-describedby={describedBy(field)}>
      <legend>{field.label}</legend>
      <Help field={field} />
      {value.length > 0 && (
        <ol class="items">
          {value.map((row, i) => (
            <li key={i} class="item row-item">
              <fieldset class="row-fields">
                <legend>{`${field.itemLabel} ${i + 1}`}</legend>
                {field.columns.map((col, c) => {
                  const id = `${base}-${i}-${col.id}`;
                  const v = row[col.id] ?? '';
                  return (
                    <div class="cell" key={col.id}>
                      <label for={id}>{col.label}</label>
                      {col.kind === 'select' ? (
                        <select id={id} value={v} onChange={(e) => setCell(i, col.id, (e.currentTarget as HTMLSelectElement).value)}>
                          <option value="">— kies —</option>
                          {col.options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
                        </select>
                      ) : col.kind === 'textarea' ? (
                        <textarea id={id} rows={2} value={v} onInput={(e) => setCell(i, col.id, (e.currentTarget as HTMLTextAreaElement).value)} />
                      ) : (
                        <input id={id} type="text" value={v} data-first={c === 0 ? '' : undefined} onInput={(e) => setCell(i, col.id, (e.currentTarget as HTMLInputElement).value)} />
                      )}
                      <PrintValue text={col.kind === 'select' ? col.options.find((o) => o.id === v)?.label ?? '' : v} />
                    </div>
                  );
                })}
              </fieldset>
              <ItemTools
                base={base}
                index={i}
                count={value.length}
                name={field.itemLabel}
                onMove={(to) => onChange(move(value, i, to))}
                onRemove={() => { onChange(value.filter((_, j) => j !== i)); focusSoon(`#${base}-toevoegen`); }}
              />
            </li>
          ))}
        </ol>
      )}
      {children}
      <button type="button" class="secondary add" id={`${base}-toevoegen`} onClick={() => { onChange([...value, {}]); focusSoon(`#${base}-${value.length}-${field.columns[0]?.id}`); }}>
        + {field.addLabel}
      </button>
    </fieldset>
  );
}

export function QuestionsControl({ field, value, onChange, available }: { field: Field; value: PickedQuestion[]; onChange: (v: PickedQuestion[]) => void; available: PickedQuestion[] }) {
  const base = fieldDomId(field.id);
  const [own, setOwn] = useState('');
  const picked = new Set(value.map((q) => q.id));
  const notPicked = available.filter((q) => !picked.has(q.id));
  return (
    <fieldset class="field questions" aria-describedby={describedBy(field)}>
      <legend>{field.label}</legend>
      <Help field={field} />
      {value.length > 0 && (
        <ol class="items">
          {value.map((q, i) => (
            <li key={q.id} class="item">
              <label class="visually-hidden" for={`${base}-${i}`}>{`Vraag ${i + 1}`}</label>
              <textarea id={`${base}-${i}`} rows={2} value={q.text} onInput={(e) => onChange(value.map((v, j) => (j === i ? { ...v, text: (e.currentTarget as HTMLTextAreaElement).value } : v)))} />
              <PrintValue text={q.text} />
              <ItemTools base={base} index={i} count={value.length} name="Vraag" onMove={(to) => onChange(move(value, i, to))} onRemove={() => onChange(value.filter((_, j) => j !== i))} />
            </li>
          ))}
        </ol>
      )}
      <div class="no-print pick-from-list">
        {available.length === 0 ? (
          <p class="muted">Je lijst met vragen is nog leeg. <a href="/vragen/">Kies vragen in de vragenbank</a> met "Voeg toe aan mijn vragen"; ze verschijnen dan hier.</p>
        ) : notPicked.length === 0 ? (
          <p class="muted">Alle vragen uit <a href="/vragen/">je lijst</a> staan op dit blad.</p>
        ) : (
          <details>
            <summary>Kies uit mijn vragenlijst ({notPicked.length})</summary>
            <ul class="pick-list">
              {notPicked.map((q) => (
                <li key={q.id}>
                  <span>{q.text}</span>
                  <button type="button" class="secondary small" aria-label={`Zet op dit blad: ${q.text}`} onClick={() => onChange([...value, { id: q.id, text: q.text }])}>Zet op blad</button>
                </li>
              ))}
            </ul>
            <button type="button" class="secondary small" onClick={() => onChange([...value, ...notPicked])}>Zet ze allemaal op het blad</button>
          </details>
        )}
        <form
          class="own-question"
          onSubmit={(e) => {
            e.preventDefault();
            const text = own.trim();
            if (!text) return;
            onChange([...value, { id: `eigen-${Date.now().toString(36)}`, text }]);
            setOwn('');
          }}
        >
          <label for={`${base}-eigen`}>Eigen vraag</label>
          <div class="inline">
            <input id={`${base}-eigen`} type="text" value={own} onInput={(e) => setOwn((e.currentTarget as HTMLInputElement).value)} />
            <button type="submit" class="secondary">Toevoegen</button>
          </div>
        </form>
      </div>
    </fieldset>
  );
}
