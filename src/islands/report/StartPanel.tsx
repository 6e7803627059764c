/**
 * How to begin a report: from the two preparations, from a PDF someone sent you to sign, from
 * the worked example, or just by typing. Shown while the report is still empty.
 */
import { useRef, useState } from 'preact/hooks';
import type { DocumentStore } from '../../lib/stores/documents.ts';
import { importedMessage } from '../../lib/stores/documentTexts.ts';
import type { Report } from '../../lib/report/codec.ts';
import { nameMismatch, prefillFromPreparations, type EmployeePrep, type ManagerPrep } from '../../lib/report/prefill.ts';
import { fieldById } from '../../lib/forms/definition.ts';
import { reportDefinition } from '../../lib/report/declaration.ts';
import { readReportFile } from './readFile.ts';
import { focusSoon } from '../ui/focus.ts';

export function StartPanel({ store, report, empty }: { store: DocumentStore<Report>; report: Report; empty: boolean }) {
  const prep = useRef<HTMLInputElement>(null);
  const open = useRef<HTMLInputElement>(null);
  const [msg, setMsg] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onPreparations(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])].slice(0, 2);
    input.value = '';
    if (!files.length) return;
    setBusy(true);
    setMsg(null);
    let employee: EmployeePrep | undefined;
    let manager: ManagerPrep | undefined;
    const errors: string[] = [];
    for (const f of files) {
      const r = await (await import('./preparations.ts')).readPreparationFile(f);
      if (!r.ok) errors.push(`${f.name}: ${r.message}`);
      else if (r.value.audience === 'medewerker') employee = r.value.env.data as unknown as EmployeePrep;
      else manager = r.value.env.data as unknown as ManagerPrep;
    }
    setBusy(false);
    if (!employee && !manager) return setMsg({ tone: 'error', text: `Er is niets overgenomen. ${errors.join(' ')}` });
    const mismatch = nameMismatch(report, employee, manager);
    const { report: next, filled } = prefillFromPreparations(report, employee, manager);
    store.update(() => next, { prefilled: filled });
    const from = [employee && 'de medewerker', manager && 'de leidinggevende'].filter(Boolean).join(' en ');
    const labels = filled.map((id) => fieldById(reportDefinition, id)?.label ?? id);
    setMsg({
      tone: errors.length || mismatch ? 'error' : 'ok',
      text: `${mismatch ? `${mismatch} ` : ''}Uit de voorbereiding van ${from} ${filled.length === 1 ? 'is 1 veld' : `zijn ${filled.length} velden`} ingevuld: ${labels.join(', ')}. Ze zijn gemarkeerd: lees ze na en pas ze aan.${errors.length ? ` Niet gelukt: ${errors.join(' ')}` : ''}`,
    });
  }

  async function onReport(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    setMsg(null);
    const r = await readReportFile(file);
    setBusy(false);
    if (!r.ok) return setMsg({ tone: 'error', text: `Openen lukte niet. ${r.message}` });
    const imported = store.addImported(r.value, true);
    if (imported.keptAs) setMsg({ tone: 'ok', text: importedMessage(r.value.name || file.name, imported, store.codec.describePart) });
    focusSoon('#verslag-status');
  }

  // Once the report has content, only the last message stays (e.g. what was filled in).
  if (!empty) return msg ? <div class="start-panel-message no-print" role="status" aria-live="polite"><p class={`notice ${msg.tone}`}>{msg.text}</p></div> : null;
  return (
    <section class="start-panel no-print" aria-labelledby="begin-titel">
      <h2 id="begin-titel">Hoe begin je?</h2>
      <ul class="start-options">
        <li>
          <button type="button" disabled={busy} onClick={() => open.current?.click()} aria-describedby="begin-open-hulp">Open een verslag (PDF) om te lezen en te tekenen</button>
          <p class="field-help" id="begin-open-hulp">Kreeg je een verslag van je leidinggevende of medewerker? Kies de PDF: je leest het verslag en tekent, zonder iets aan de inhoud te veranderen.</p>
        </li>
        <li>
          <button type="button" class="secondary" disabled={busy} onClick={() => prep.current?.click()} aria-describedby="begin-prep-hulp">Begin met de voorbereidingen…</button>
          <p class="field-help" id="begin-prep-hulp">Kies de voorbereiding van de medewerker, van de leidinggevende, of allebei (PDF of reservekopie). Wat past, komt in het verslag; je past het daarna aan.</p>
        </li>
        <li>
          <button type="button" class="secondary" disabled={busy} onClick={async () => { store.createNew((await import('../../lib/report/example.ts')).exampleReport()); setMsg({ tone: 'ok', text: 'Het voorbeeld van bakkerij De Korenbloem is geopend als nieuw verslag. Pas het gerust aan om te oefenen.' }); }}>Voorbeeld laden</button>
        </li>
      </ul>
      <p class="muted">Of begin gewoon hieronder met typen.</p>
      <input ref={prep} class="visually-hidden" type="file" name="voorbereidingen" multiple accept=".json,.pdf,application/json,application/pdf" tabIndex={-1} aria-hidden="true" data-testid="voorbereidingen" onChange={onPreparations} />
      <input ref={open} class="visually-hidden" type="file" name="open-verslag" accept=".pdf,.json,application/pdf,application/json" tabIndex={-1} aria-hidden="true" data-testid="open-verslag" onChange={onReport} />
      <div role="status" aria-live="polite">{msg && <p class={`notice ${msg.tone}`}>{msg.text}</p>}</div>
    </section>
  );
}
