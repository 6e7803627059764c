/** Plan a round: people and a week, a proposed schedule, one calendar file, and per person the invitation. */
import { useEffect, useState } from 'preact/hooks';
import { DURATIONS, formatLongDate, formatTime } from '../../lib/guide/invitation.ts';
import { planRound, roundFileName, roundIcs, roundProblem, type RoundInput } from '../../lib/team/round.ts';
import { downloadFile } from '../ui/download.ts';

export function RoundPlanner({ people }: { people: string[] }) {
  const [picked, setPicked] = useState<string[]>([]);
  const [origin, setOrigin] = useState('https://localhost');
  const [f, setF] = useState({ week: '', startTime: '09:00', durationMinutes: 60, pauseMinutes: 30, perDay: 3, place: '', managerName: '', checkInWeeks: 0 });
  const [status, setStatus] = useState('');
  useEffect(() => setOrigin(location.origin), []);

  const input: RoundInput = { ...f, people: people.filter((p) => picked.includes(p)), origin };
  const problem = roundProblem(input);
  const slots = problem ? [] : planRound(input);
  const set = (key: keyof typeof f, num = false) => (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement).value;
    setF({ ...f, [key]: num ? Number(v) : v });
    setStatus('');
  };

  function download() {
    if (!slots.length) return setStatus(problem ?? 'Kies eerst mensen en een week.');
    downloadFile(roundIcs(slots, new Date()), roundFileName(slots), 'text/calendar;charset=utf-8');
    setStatus(
      `Het agendabestand “${roundFileName(slots)}” is gedownload, met ${slots.length === 1 ? 'één gesprek' : `${slots.length} gesprekken`}${f.checkInWeeks ? ' en per persoon een tussentijds gesprek (een hele dag, als geheugensteun: kies samen een uur)' : ''}. Open het om alles in je agenda te zetten.`,
    );
  }
  async function copy(text: string, who: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`De uitnodiging voor ${who} staat op je klembord.`);
    } catch {
      setStatus('Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf (Ctrl+C, op een Mac ⌘+C).');
    }
  }

  if (!people.length) return <p class="muted">Zodra er mensen in je team staan, kun je hier een ronde plannen.</p>;
  return (
    <div class="round">
      <fieldset class="round-people">
        <legend>Met wie?</legend>
        {people.map((p, i) => (
          <div class="check" key={p}>
            <input type="checkbox" id={`ronde-${i}`} checked={picked.includes(p)} onChange={(e) => setPicked((e.currentTarget as HTMLInputElement).checked ? [...picked, p] : picked.filter((x) => x !== p))} />
            <label for={`ronde-${i}`}>{p}</label>
          </div>
        ))}
      </fieldset>
      <div class="round-fields">
        <div class="field">
          <label for="ronde-week">Week</label>
          <p class="field-help" id="ronde-week-hulp">Kies een dag in die week. De planning begint op maandag.</p>
          <input id="ronde-week" type="date" value={f.week} aria-describedby="ronde-week-hulp" onInput={set('week')} />
        </div>
        <div class="field">
          <label for="ronde-uur">Eerste gesprek van de dag om</label>
          <input id="ronde-uur" type="time" value={f.startTime} onInput={set('startTime')} />
        </div>
        <div class="field">
          <label for="ronde-duur">Duur van een gesprek</label>
          <select id="ronde-duur" value={String(f.durationMinutes)} onChange={set('durationMinutes', true)}>
            {DURATIONS.map((d) => <option key={d} value={String(d)}>{d} minuten</option>)}
          </select>
        </div>
        <div class="field">
          <label for="ronde-pauze">Pauze tussen twee gesprekken</label>
          <select id="ronde-pauze" value={String(f.pauseMinutes)} onChange={set('pauseMinutes', true)}>
            {[15, 30, 45, 60].map((d) => <option key={d} value={String(d)}>{d} minuten</option>)}
          </select>
        </div>
        <div class="field">
          <label for="ronde-per-dag">Hoogstens per dag</label>
          <select id="ronde-per-dag" value={String(f.perDay)} onChange={set('perDay', true)}>
            {[1, 2, 3, 4].map((d) => <option key={d} value={String(d)}>{d === 1 ? 'één gesprek' : `${d} gesprekken`}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="ronde-plaats">Plaats</label>
          <input id="ronde-plaats" type="text" autocomplete="off" value={f.place} onInput={set('place')} />
        </div>
        <div class="field">
          <label for="ronde-tussentijds">Tussentijds gesprek in de agenda</label>
          <select id="ronde-tussentijds" value={String(f.checkInWeeks)} onChange={set('checkInWeeks', true)}>
            <option value="0">Nee, dat plan ik later</option>
            {[4, 6, 8, 12].map((w) => <option key={w} value={String(w)}>Ja, {w} weken na het gesprek</option>)}
          </select>
        </div>
        <div class="field">
          <label for="ronde-naam">Jouw naam (onder de uitnodiging)</label>
          <input id="ronde-naam" type="text" autocomplete="name" value={f.managerName} onInput={set('managerName')} />
        </div>
      </div>

      {picked.length > 0 && problem && <p class="notice error">{problem}</p>}
      {slots.length > 0 && (
        <>
          <h3>Voorstel</h3>
          <div class="table-scroll">
            <table class="round-table" data-testid="planning">
              <caption class="visually-hidden">Voorgestelde planning</caption>
              <thead><tr><th scope="col">Wie</th><th scope="col">Dag</th><th scope="col">Uur</th>{f.checkInWeeks > 0 && <th scope="col">Tussentijds gesprek</th>}</tr></thead>
              <tbody>
                {slots.map((s) => (
                  <tr key={s.person}><td>{s.person}</td><td>{formatLongDate(s.date)}</td><td>{formatTime(s.startTime)} – {formatTime(s.endTime)}</td>{s.checkIn && <td>{formatLongDate(s.checkIn)}</td>}</tr>
                ))}
              </tbody>
            </table>
          </div>
          <p><button type="button" onClick={download}>Agendabestand (.ics) met alle gesprekken downloaden</button></p>
          <h3>Uitnodigingen</h3>
          <p class="small muted">Per persoon een tekst om te kopiëren, met de link naar het voorbereidingsblad. Wat de medewerker daar invult, blijft op diens eigen toestel.</p>
          {slots.map((s, i) => (
            <details class="round-invite" key={s.person}>
              <summary>Uitnodiging voor {s.person}</summary>
              <label for={`ronde-tekst-${i}`}>Tekst voor {s.person}</label>
              <textarea id={`ronde-tekst-${i}`} rows={12} readOnly value={s.text} />
              <p>
                <button type="button" class="secondary" onClick={() => copy(s.text, s.person)}>Kopieer de uitnodiging voor {s.person}</button>
              </p>
              <p class="small">Link naar het voorbereidingsblad: <a href={s.sheetUrl}>{s.sheetUrl}</a></p>
            </details>
          ))}
        </>
      )}
      <p role="status" aria-live="polite" class="round-status">{status}</p>
    </div>
  );
}
