/**
 * Step 1 of the first conversation: the invitation. The manager fills in who, when and
 * where; the island shows the text to copy and makes a calendar file (.ics) for the talk.
 * The calendar code (lib/calendar/ics) loads only when the file is asked for. What is typed stays
 * in the browser (a draft, as on the other forms) until "Leegmaken".
 */
import { useEffect, useState } from 'preact/hooks';
import {
  DURATIONS,
  EMPTY_INVITATION,
  SHEET_PATH,
  dateNote,
  invitationEvent,
  invitationFileName,
  invitationText,
  missingForCalendar,
  restoreInvitation,
  type InvitationInput,
} from '../lib/guide/invitation.ts';
import { INVITATION_KEY } from '../lib/stores/keys.ts';
import { localIsoDate } from '../lib/shared/dates.ts';

/** The stored draft, or {} (nothing stored, storage blocked, or a value that cannot be read). */
function readDraft(): Partial<InvitationInput> {
  try {
    const raw = localStorage.getItem(INVITATION_KEY);
    return raw ? restoreInvitation(JSON.parse(raw)) : {};
  } catch {
    return {};
  }
}

/** Keeps the draft; false when the browser does not let us (blocked or full storage). */
function writeDraft(input: InvitationInput | null): boolean {
  try {
    if (input) {
      const { sheetUrl: _url, ...draft } = input;
      localStorage.setItem(INVITATION_KEY, JSON.stringify(draft));
    } else localStorage.removeItem(INVITATION_KEY);
    return true;
  } catch {
    return false;
  }
}

export default function InvitationBuilder() {
  const [input, setInput] = useState<InvitationInput>(EMPTY_INVITATION);
  const [status, setStatus] = useState('');
  const [ready, setReady] = useState(false);
  const [kept, setKept] = useState(true);

  useEffect(() => {
    // After mount: the server rendered the empty form; the draft replaces it here.
    setInput((i) => ({ ...i, ...readDraft(), sheetUrl: new URL(SHEET_PATH, window.location.href).href }));
    setReady(true);
  }, []);

  const set = (key: keyof InvitationInput) => (e: Event) => {
    const el = e.currentTarget as HTMLInputElement | HTMLSelectElement;
    const next = { ...input, [key]: key === 'durationMinutes' ? Number(el.value) : el.value };
    setInput(next);
    setKept(writeDraft(next));
    setStatus('');
  };

  function clear() {
    writeDraft(null);
    setInput((i) => ({ ...EMPTY_INVITATION, sheetUrl: i.sheetUrl }));
    setKept(true);
    setStatus('Alles is leeggemaakt.');
    document.getElementById('uitn-medewerker')?.focus();
  }

  const text = invitationText(input);
  const missing = missingForCalendar(input);
  const note = ready ? dateNote(input.date, localIsoDate(new Date())) : '';

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('De tekst staat op je klembord. Plak hem in een mail of bericht.');
    } catch {
      setStatus('Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf (Ctrl+C, op een Mac ⌘+C).');
    }
  }

  async function download() {
    if (missing) {
      setStatus(missing);
      return;
    }
    try {
      const { buildIcs } = await import('../lib/calendar/ics.ts');
      const ics = buildIcs([invitationEvent(input)], { now: new Date() });
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = invitationFileName(input);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setStatus('Het agendabestand is gedownload. Open het om het gesprek in je agenda te zetten, of stuur het mee met je uitnodiging.');
    } catch {
      setStatus('Het agendabestand kon niet gemaakt worden. Kijk de datum en het uur na.');
    }
  }

  return (
    <div class="invitation">
      <form class="invitation-fields" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="uitn-medewerker">Naam van de medewerker</label>
          <input id="uitn-medewerker" type="text" autocomplete="off" value={input.employeeName} onInput={set('employeeName')} />
        </div>
        <div class="field">
          <label for="uitn-leidinggevende">Jouw naam</label>
          <input id="uitn-leidinggevende" type="text" autocomplete="name" value={input.managerName} onInput={set('managerName')} />
        </div>
        <div class="field">
          <label for="uitn-datum">Datum van het gesprek</label>
          <p class="field-help" id="uitn-datum-hulp">Liefst minstens een week na vandaag, op een dag dat de medewerker werkt.</p>
          <input id="uitn-datum" type="date" value={input.date} aria-describedby={note ? 'uitn-datum-hulp uitn-datum-let-op' : 'uitn-datum-hulp'} onInput={set('date')} />
          {note && <p class="date-note" id="uitn-datum-let-op">{note}</p>}
        </div>
        <div class="field">
          <label for="uitn-uur">Beginuur</label>
          <input id="uitn-uur" type="time" value={input.startTime} onInput={set('startTime')} />
        </div>
        <div class="field">
          <label for="uitn-duur">Duur</label>
          <select id="uitn-duur" value={String(input.durationMinutes)} onChange={set('durationMinutes')}>
            {DURATIONS.map((d) => (
              <option value={String(d)}>{d} minuten</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="uitn-plaats">Plaats</label>
          <p class="field-help" id="uitn-plaats-hulp">Een rustige, neutrale plek. Bijvoorbeeld: in het vergaderzaaltje, of online via een videogesprek.</p>
          <input id="uitn-plaats" type="text" autocomplete="off" value={input.place} aria-describedby="uitn-plaats-hulp" onInput={set('place')} />
        </div>
      </form>

      <div class="field invitation-text">
        <label for="uitn-tekst">Tekst van de uitnodiging</label>
        <p class="field-help" id="uitn-tekst-hulp">Wat tussen [haakjes] staat, vul je hierboven nog in. Na het kopiëren kun je de tekst in je mail nog aanpassen.</p>
        <textarea id="uitn-tekst" rows={16} readOnly value={text} aria-describedby="uitn-tekst-hulp" />
      </div>
      <div class="invitation-actions">
        <button type="button" class="button" onClick={copy} disabled={!ready}>Tekst kopiëren</button>
        <button type="button" class="button secondary" onClick={download} disabled={!ready}>Agendabestand (.ics) downloaden</button>
        <button type="button" class="button secondary" onClick={clear} disabled={!ready}>Leegmaken</button>
      </div>
      <p class="field-help">
        {kept
          ? 'Wat je hier invult, blijft in deze browser staan tot je op “Leegmaken” klikt. Er wordt niets verstuurd.'
          : 'Je browser laat deze site niets bewaren: na herladen is wat je hier invulde weg. Er wordt niets verstuurd.'}
      </p>
      <p class="invitation-status" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
