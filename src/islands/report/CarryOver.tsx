/** "Neem over uit vorig verslag": the agreements of an earlier report become the look-back rows. */
import { useRef, useState } from 'preact/hooks';
import type { DocumentStore } from '../../lib/stores/documents.ts';
import type { Report } from '../../lib/report/codec.ts';
import { formatDate } from '../../lib/shared/dates.ts';
import { newId } from '../../lib/shared/ids.ts';
import { focusSoon } from '../ui/focus.ts';
import { readReportFile } from './readFile.ts';

export function CarryOver({ store }: { store: DocumentStore<Report> }) {
  const input = useRef<HTMLInputElement>(null);
  const [msg, setMsg] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(e: Event) {
    const el = e.currentTarget as HTMLInputElement;
    const file = el.files?.[0];
    el.value = '';
    if (!file) return;
    setBusy(true);
    setMsg(null);
    const result = await readReportFile(file);
    setBusy(false);
    if (!result.ok) return setMsg({ tone: 'error', text: `Overnemen lukte niet. ${result.message} Er is niets veranderd.` });
    const earlier = result.value.data;
    const items = earlier.agreements.filter((a) => a.what.trim());
    if (items.length === 0) return setMsg({ tone: 'error', text: 'In dat verslag staan geen afspraken. Er is niets veranderd.' });
    const first = store.$env.get().data.lookBack.length;
    store.update((r) => ({ ...r, lookBack: [...r.lookBack, ...items.map((a) => ({ id: newId(6), agreement: a.what.trim(), status: '' as const, note: '' }))] }));
    const from = [earlier.employeeName.trim(), earlier.talkDate && `gesprek van ${formatDate(earlier.talkDate)}`].filter(Boolean).join(', ');
    setMsg({
      tone: 'ok',
      text: `${items.length === 1 ? 'Eén afspraak' : `${items.length} afspraken`} uit het vorige verslag${from ? ` (${from})` : ''} ${items.length === 1 ? 'staat' : 'staan'} nu hieronder. Kies bij elke afspraak hoe ver ze staat.`,
    });
    focusSoon(`#veld-lookBack-${first}-status`);
  }

  return (
    <div class="carry-over no-print">
      <button type="button" class="secondary" disabled={busy} aria-describedby="terugblik-overnemen-hulp" onClick={() => input.current?.click()}>
        {busy ? 'Bezig met lezen…' : 'Neem over uit vorig verslag…'}
      </button>
      <p class="field-help" id="terugblik-overnemen-hulp">Kies de PDF of de reservekopie van het vorige verslag. De afspraken daaruit komen in deze lijst.</p>
      <input ref={input} name="vorig-verslag" class="visually-hidden" type="file" accept=".json,.pdf,application/json,application/pdf" tabIndex={-1} aria-hidden="true" data-testid="vorig-verslag" onChange={onFile} />
      <div role="status" aria-live="polite" class="row-message">{msg && <p class={`notice ${msg.tone}`}>{msg.text}</p>}</div>
    </div>
  );
}
