/**
 * "Neem over uit vorig verslag": the agreements of an earlier report become the look-back rows.
 * The earlier report is one stored in this browser or a file (PDF or backup). When the owner
 * ticked the agreements off on the team page, their status and note come along.
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import type { DocumentStore } from '../../lib/stores/documents.ts';
import type { Report } from '../../lib/report/codec.ts';
import { lookBackFromReport } from '../../lib/report/prefill.ts';
import { formatDate } from '../../lib/shared/dates.ts';
import { openBrowserStorage } from '../../lib/stores/storage.ts';
import { DocumentRepo } from '../../lib/stores/repository.ts';
import { carriedStatuses, readTeam } from '../../lib/team/data.ts';
import { focusSoon } from '../ui/focus.ts';
import { readReportFile } from './readFile.ts';

export function CarryOver({ store }: { store: DocumentStore<Report> }) {
  const input = useRef<HTMLInputElement>(null);
  const [msg, setMsg] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [pick, setPick] = useState('');
  const docs = useStore(store.$docs);
  const current = store.$env.get().id;
  const others = docs.filter((d) => d.id !== current);

  function take(id: string, earlier: Report) {
    const { store: kv } = openBrowserStorage();
    const statuses = carriedStatuses(readTeam(kv).team, id);
    const rows = lookBackFromReport(earlier, statuses);
    if (rows.length === 0) return setMsg({ tone: 'error', text: 'In dat verslag staan geen afspraken. Er is niets veranderd.' });
    const first = store.$env.get().data.lookBack.length;
    store.update((r) => ({ ...r, lookBack: [...r.lookBack, ...rows] }));
    const from = [earlier.employeeName.trim(), earlier.talkDate && `gesprek van ${formatDate(earlier.talkDate)}`].filter(Boolean).join(', ');
    const ticked = rows.filter((r) => r.status).length;
    setMsg({
      tone: 'ok',
      text: `${rows.length === 1 ? 'Eén afspraak' : `${rows.length} afspraken`} uit het vorige verslag${from ? ` (${from})` : ''} ${rows.length === 1 ? 'staat' : 'staan'} nu hieronder. ${
        ticked ? `Bij ${ticked === 1 ? 'één afspraak' : `${ticked} afspraken`} staat al hoe ver ze is, zoals je het op de pagina Mijn team afvinkte. Kijk het samen na.` : 'Kies bij elke afspraak hoe ver ze staat.'
      }`,
    });
    focusSoon(`#veld-lookBack-${first}-status`);
  }

  function fromBrowser() {
    const { store: kv } = openBrowserStorage();
    const env = new DocumentRepo(store.codec, kv).get(pick);
    if (!env) return setMsg({ tone: 'error', text: 'Kies eerst een verslag uit de lijst.' });
    take(env.id, env.data);
  }

  async function onFile(e: Event) {
    const el = e.currentTarget as HTMLInputElement;
    const file = el.files?.[0];
    el.value = '';
    if (!file) return;
    setBusy(true);
    setMsg(null);
    const result = await readReportFile(file);
    setBusy(false);
    if (!result.ok) return setMsg({ tone: 'error', text: `Overnemen lukte niet. ${result.message}${/niets veranderd/.test(result.message) ? '' : ' Er is niets veranderd.'}` });
    take(result.value.id, result.value.data);
  }

  return (
    <div class="carry-over no-print">
      {others.length > 0 && (
        <div class="carry-pick">
          <label for="vorig-verslag-kies">Neem over uit een verslag in deze browser</label>
          <div class="carry-row">
            <select id="vorig-verslag-kies" value={pick} onChange={(e) => setPick((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">Kies een verslag</option>
              {others.map((d) => <option key={d.id} value={d.id}>{d.name || 'Naamloos'}</option>)}
            </select>
            <button type="button" class="secondary" onClick={fromBrowser}>Overnemen</button>
          </div>
        </div>
      )}
      <button type="button" class="secondary" disabled={busy} aria-describedby="terugblik-overnemen-hulp" onClick={() => input.current?.click()}>
        {busy ? 'Bezig met lezen…' : 'Neem over uit vorig verslag…'}
      </button>
      <p class="field-help" id="terugblik-overnemen-hulp">Kies de PDF of de reservekopie van het vorige verslag. De afspraken daaruit komen in deze lijst.</p>
      <input ref={input} name="vorig-verslag" class="visually-hidden" type="file" accept=".json,.pdf,application/json,application/pdf" tabIndex={-1} aria-hidden="true" data-testid="vorig-verslag" onChange={onFile} />
      <div role="status" aria-live="polite" class="row-message">{msg && <p class={`notice ${msg.tone}`}>{msg.text}</p>}</div>
    </div>
  );
}
