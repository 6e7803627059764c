/** Questions on a sheet: picked from "mijn vragen" (the question bank's list) or typed in. */
import { useState } from 'preact/hooks';
import type { PickedQuestion, QuestionsField } from '../../../lib/forms/definition.ts';
import { myQuestions } from '../../../lib/stores/myQuestions.ts';
import { newId } from '../../../lib/shared/ids.ts';
import { fieldDomId, move } from '../focus.ts';
import { describedBy, Help, PrintValue } from '../Field.tsx';
import { GrowingTextarea } from '../GrowingTextarea.tsx';
import { RowTools, useUndoRemove } from '../RowTools.tsx';
import { useMountedStore } from '../useMounted.ts';
import type { ControlProps } from './types.ts';

export function QuestionsControl({ field, value, onChange, hintsId }: ControlProps<QuestionsField, PickedQuestion[]>) {
  const base = fieldDomId(field.id);
  const [own, setOwn] = useState('');
  const mine = useMountedStore(myQuestions, []);
  const picked = new Set(value.map((q) => q.id));
  const notPicked = mine.filter((q) => !picked.has(q.id));
  const undo = useUndoRemove(value, onChange, 'Vraag', `${base}-eigen`);
  const addOwn = () => {
    const text = own.trim();
    if (!text) return;
    onChange([...value, { id: `eigen-${newId(4)}`, text }]);
    setOwn('');
  };
  const here = encodeURIComponent(typeof location === 'undefined' ? '' : location.pathname);
  return (
    <fieldset class="questions" aria-describedby={describedBy(field, hintsId)}>
      <legend>{field.label}</legend>
      <Help field={field} />
      {value.length > 0 && (
        <ol class="items">
          {value.map((q, i) => (
            <li key={q.id} class="item">
              <label class="visually-hidden" for={`${base}-${i}`}>{`Vraag ${i + 1}`}</label>
              <GrowingTextarea id={`${base}-${i}`} rows={2} value={q.text} onInput={(v) => onChange(value.map((x, j) => (j === i ? { ...x, text: v } : x)))} />
              <PrintValue text={q.text} />
              <RowTools name="Vraag" index={i} count={value.length} onMove={(to) => onChange(move(value, i, to))} onRemove={() => undo.remove(i)} />
            </li>
          ))}
        </ol>
      )}
      {undo.undo}
      <div class="no-print pick-from-list">
        {mine.length === 0 ? (
          <p class="muted">Je lijst met vragen is nog leeg. <a href={`/vragen/?terug=${here}`}>Kies vragen in de vragenbank</a> met “Voeg toe aan mijn vragen”; ze verschijnen dan hier.</p>
        ) : notPicked.length === 0 ? (
          <p class="muted">Alle vragen uit <a href={`/vragen/?terug=${here}`}>je lijst</a> staan op dit blad.</p>
        ) : (
          <details class="disclosure">
            <summary>Kies uit mijn vragenlijst ({notPicked.length})</summary>
            <ul class="pick-list">
              {notPicked.map((q) => (
                <li key={q.id}>
                  <span>{q.text}</span>
                  <button type="button" class="secondary small" aria-label={`Zet op dit blad: ${q.text}`} onClick={() => onChange([...value, { id: q.id, text: q.text }])}>Zet op blad</button>
                </li>
              ))}
            </ul>
            <button type="button" class="secondary small" onClick={() => onChange([...value, ...notPicked.map((q) => ({ id: q.id, text: q.text }))])}>Zet ze allemaal op het blad</button>
          </details>
        )}
        <div class="own-question">
          <label for={`${base}-eigen`}>Eigen vraag</label>
          <div class="inline">
            <input
              id={`${base}-eigen`}
              name={`${field.id}-eigen`}
              type="text"
              value={own}
              onInput={(e) => setOwn((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addOwn();
                }
              }}
            />
            <button type="button" class="secondary" onClick={addOwn}>Toevoegen</button>
          </div>
        </div>
      </div>
    </fieldset>
  );
}
