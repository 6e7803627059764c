/** One person on the team page: last conversation, follow-up, the agreement checklist, documents, and managing the person. */
import { useEffect, useState } from 'preact/hooks';
import { kindLabel } from '../../lib/documents/kinds.ts';
import { formatDate } from '../../lib/shared/dates.ts';
import { CHECK_STATUS, mergePeople, renamePerson, setArchived, setCheck, type CheckStatus } from '../../lib/team/data.ts';
import { documentHref, REPORT_STATUS_LABEL, type AgreementView, type PersonView } from '../../lib/team/overview.ts';
import { $team, changeTeam } from '../../lib/stores/team.ts';

export type Say = (tone: 'ok' | 'error', text: string) => void;

const dateOr = (iso: string, none: string) => (iso ? formatDate(iso) : none);

function AgreementItem({ a, n, say }: { a: AgreementView; n: number; say: Say }) {
  const [note, setNote] = useState(a.note);
  // A restore or another tab may change the stored note.
  useEffect(() => setNote(a.note), [a.note]);
  const base = `afspraak-${a.reportId}-${a.agreementId}`;
  const save = (status: CheckStatus, text: string) => {
    const r = changeTeam((t) => setCheck(t, a.reportId, a.agreementId, { status, note: text }));
    const label = CHECK_STATUS.find((s) => s.id === status)!.label.toLowerCase();
    say(r.ok ? 'ok' : 'error', r.ok ? `Bewaard: afspraak ${n} staat op “${label}”${text ? ', met je notitie' : ''}.` : r.message);
  };
  return (
    <li class={`agreement-check status-${a.status}`}>
      <p class="agreement-what" id={`${base}-wat`}>{a.what}</p>
      <p class="small muted">{[a.who, a.due && `tegen ${formatDate(a.due)}`].filter(Boolean).join(' · ')}</p>
      <div class="agreement-controls">
        <div class="cell">
          <label for={`${base}-stand`}>Stand van afspraak {n}</label>
          <select id={`${base}-stand`} value={a.status} aria-describedby={`${base}-wat`} onChange={(e) => save((e.currentTarget as HTMLSelectElement).value as CheckStatus, note)}>
            {CHECK_STATUS.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
          </select>
        </div>
        <div class="cell">
          <label for={`${base}-notitie`}>Korte notitie bij afspraak {n}</label>
          <input id={`${base}-notitie`} type="text" maxLength={500} value={note} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} onChange={(e) => save(a.status, (e.currentTarget as HTMLInputElement).value)} />
        </div>
      </div>
    </li>
  );
}

export function PersonCard({ p, others, say }: { p: PersonView; others: PersonView[]; say: Say }) {
  const [newName, setNewName] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const id = `persoon-${p.id}`;
  const last = p.lastReport;

  function rename() {
    const next = renamePerson($team.get(), p.id, p.name, newName);
    if (!next.ok) return say('error', next.message);
    const r = changeTeam(() => next.value);
    say(r.ok ? 'ok' : 'error', r.ok ? `“${p.name}” heet nu “${newName.trim()}”. De documenten blijven zoals ze zijn.` : r.message);
    if (r.ok) setNewName('');
  }
  function merge() {
    const into = others.find((o) => o.id === mergeInto);
    if (!into) return say('error', 'Kies eerst met wie je wilt samenvoegen.');
    const r = changeTeam((t) => mergePeople(t, p, into));
    say(r.ok ? 'ok' : 'error', r.ok ? `“${p.name}” en “${into.name}” zijn nu één persoon: “${into.name}”.` : r.message);
  }
  function archive() {
    const r = changeTeam((t) => setArchived(t, p.id, p.name, !p.archived));
    say(r.ok ? 'ok' : 'error', r.ok ? (p.archived ? `“${p.name}” staat weer bij je team.` : `“${p.name}” is gearchiveerd. De documenten blijven bewaard; je vindt de persoon onderaan bij “Gearchiveerd”.`) : r.message);
  }

  return (
    <article class="person card" id={id} aria-labelledby={`${id}-naam`} data-testid="persoon">
      <h3 id={`${id}-naam`}>{p.name}</h3>
      <dl class="person-facts">
        <dt>Laatste gesprek</dt>
        <dd data-testid="laatste-gesprek">
          {last ? (
            <>
              {dateOr(last.talkDate, 'zonder datum')} · <span class={`report-status status-${last.status}`}>{REPORT_STATUS_LABEL[last.status ?? 'draft']}</span>
            </>
          ) : (
            'Nog geen verslag'
          )}
        </dd>
        <dt>Tussentijds gesprek</dt>
        <dd data-testid="tussentijds">{dateOr(p.checkIn, 'niet gepland')}</dd>
        <dt>Volgend functioneringsgesprek</dt>
        <dd data-testid="volgend">{dateOr(p.nextTalk, 'niet gepland')}</dd>
      </dl>

      {p.agreementsFrom && p.agreements.length > 0 && (
        <div class="person-agreements">
          <h4>Afspraken uit het getekende verslag van {dateOr(p.agreementsFrom.talkDate, 'zonder datum')}</h4>
          <p class="small muted">Vink af hoe ver elke afspraak staat. Dat komt niet in het getekende verslag: het blijft zoals jullie het tekenden. Bij het volgende verslag neemt “Neem over uit een verslag in deze browser” de stand mee.</p>
          <ol class="agreement-list">
            {p.agreements.map((a, i) => <AgreementItem key={`${a.reportId}-${a.agreementId}`} a={a} n={i + 1} say={say} />)}
          </ol>
        </div>
      )}
      {last && !p.agreementsFrom && <p class="small muted">Afspraken afvinken kan zodra een verslag getekend is.</p>}

      {p.docs.length > 0 && (
        <div class="person-docs">
          <h4>Documenten</h4>
          <ul>
            {p.docs.map((d) => (
              <li key={d.id}>
                <a href={documentHref(d.kind, d.id)}>
                  {(kindLabel(d.kind) ?? 'document').replace(/^./, (c) => c.toUpperCase())}
                  {d.talkDate ? ` van ${formatDate(d.talkDate)}` : ''}
                </a>
                {d.status && <span class="small muted"> · {REPORT_STATUS_LABEL[d.status]}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}

      <details class="person-manage">
        <summary>Naam wijzigen, samenvoegen of archiveren</summary>
        <form class="inline" onSubmit={(e) => { e.preventDefault(); rename(); }}>
          <label for={`${id}-nieuwe-naam`} class="block">Nieuwe naam voor {p.name}</label>
          <input id={`${id}-nieuwe-naam`} type="text" maxLength={120} value={newName} onInput={(e) => setNewName((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="secondary">Naam wijzigen</button>
        </form>
        {others.length > 0 && (
          <form class="inline" onSubmit={(e) => { e.preventDefault(); merge(); }}>
            <label for={`${id}-samen`} class="block">Is dit dezelfde persoon als…</label>
            <select id={`${id}-samen`} value={mergeInto} onChange={(e) => setMergeInto((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">Kies een persoon</option>
              {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            </select>
            <button type="submit" class="secondary">Samenvoegen</button>
          </form>
        )}
        <p>
          <button type="button" class="secondary" onClick={archive}>{p.archived ? 'Terug naar het team' : 'Archiveren'}</button>
        </p>
      </details>
    </article>
  );
}
