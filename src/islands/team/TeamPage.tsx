/**
 * /team/: the owner's year on one page. What falls due across the team, every person with the
 * last conversation and its status, follow-up dates, the agreement checklist and the documents;
 * planning a round; and the backup of everything. Everything is read from this browser.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { localIsoDate } from '../../lib/shared/dates.ts';
import { KEY_PREFIX } from '../../lib/stores/keys.ts';
import { $team, $teamProblem, changeTeam, loadTeam } from '../../lib/stores/team.ts';
import { addPerson } from '../../lib/team/data.ts';
import { buildOverview } from '../../lib/team/overview.ts';
import { BackupReminder } from '../ui/BackupReminder.tsx';
import { BackupPanel } from './BackupPanel.tsx';
import { DueList } from './DueList.tsx';
import { PersonCard, type Say } from './PersonCard.tsx';
import { RoundPlanner } from './RoundPlanner.tsx';
import { useTeamDocs } from './useTeamDocs.ts';

const WEEKS = 4;

export default function TeamPage() {
  const [version, setVersion] = useState(0);
  const { docs, problems, memory } = useTeamDocs(version);
  const team = useStore($team);
  const teamProblem = useStore($teamProblem);
  const [msg, setMsg] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [newName, setNewName] = useState('');

  useEffect(() => {
    loadTeam();
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key.startsWith(KEY_PREFIX)) {
        loadTeam();
        setVersion((v) => v + 1);
      }
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  const say: Say = (tone, text) => setMsg({ tone, text });
  const message = (
    <div role="status" aria-live="polite" class="team-message">
      {msg && <p class={`notice ${msg.tone}`}>{msg.text}</p>}
    </div>
  );

  // Until the documents are read (and on the server), the sections are there, with a short note.
  const o = buildOverview(docs ?? [], team, localIsoDate(new Date()), { weeks: WEEKS });
  const all = [...o.people, ...o.archived];
  const loading = <p class="muted">Je documenten worden gelezen…</p>;

  function add(e: Event) {
    e.preventDefault();
    const r = addPerson($team.get(), newName, all.map((p) => p.name));
    if (!r.ok) return say('error', r.message);
    const w = changeTeam(() => r.value);
    say(w.ok ? 'ok' : 'error', w.ok ? `“${newName.trim()}” staat nu in je team.` : w.message);
    if (w.ok) setNewName('');
  }

  return (
    <div class="team">
      <BackupReminder href="#reservekopie" />
      {memory && <p class="notice error">Je browser laat deze site niets bewaren. Hier staat dus niets, en wat je toevoegt, is na herladen weg.</p>}
      {[...problems, ...(teamProblem ? [teamProblem] : [])].map((p) => <p key={p} class="notice error">{p}</p>)}

      <section aria-labelledby="binnenkort-titel" class="team-due">
        <h2 id="binnenkort-titel">Binnenkort</h2>
        <p class="small muted">Wat voorbij is of in de komende {WEEKS} weken valt: tussentijdse gesprekken, functioneringsgesprekken en afspraken die nog niet gedaan zijn.</p>
        {docs ? <DueList due={o.due} weeks={WEEKS} /> : loading}
      </section>

      <section aria-labelledby="mensen-titel" class="team-people">
        <h2 id="mensen-titel">Mensen</h2>
        {message}
        {!docs && loading}
        {docs && o.people.length === 0 && <p>Nog niemand. Zodra je een voorbereiding of verslag met een naam invult, staat die persoon hier. Je kunt ook zelf iemand toevoegen.</p>}
        <div class="people-grid">
          {o.people.map((p) => <PersonCard key={p.id} p={p} others={all.filter((x) => x.id !== p.id)} say={say} />)}
        </div>
        {o.unnamed.length > 0 && (
          <p class="small muted">{o.unnamed.length === 1 ? 'Eén document heeft' : `${o.unnamed.length} documenten hebben`} nog geen naam van een medewerker en {o.unnamed.length === 1 ? 'staat' : 'staan'} daarom bij niemand.</p>
        )}
        <form class="add-person inline" onSubmit={add}>
          <label for="nieuwe-persoon" class="block">Iemand toevoegen aan je team</label>
          <input id="nieuwe-persoon" type="text" maxLength={120} autocomplete="off" value={newName} onInput={(e) => setNewName((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="secondary">Toevoegen</button>
        </form>
        {o.archived.length > 0 && (
          <details class="archived">
            <summary>Gearchiveerd ({o.archived.length})</summary>
            <div class="people-grid">
              {o.archived.map((p) => <PersonCard key={p.id} p={p} others={all.filter((x) => x.id !== p.id)} say={say} />)}
            </div>
          </details>
        )}
      </section>

      <section aria-labelledby="ronde-titel" id="ronde" class="team-round">
        <h2 id="ronde-titel">Een ronde plannen</h2>
        <p>Kies met wie je een functioneringsgesprek wilt en in welke week. Je krijgt een voorstel van dagen en uren, één agendabestand met alle gesprekken, en per persoon een uitnodiging om te kopiëren.</p>
        {docs ? <RoundPlanner people={o.people.map((p) => p.name)} /> : loading}
      </section>

      <section aria-labelledby="reservekopie-titel" id="reservekopie" class="team-backup">
        <h2 id="reservekopie-titel">Reservekopie van alles</h2>
        <BackupPanel onRestored={() => setVersion((v) => v + 1)} />
      </section>
    </div>
  );
}
