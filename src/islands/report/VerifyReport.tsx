/**
 * The check page: reads the report embedded in a PDF, recomputes the fingerprints and
 * says in plain Dutch whether the content still matches what each person signed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { reportCodec } from '../../lib/report/codec.ts';
import { shortFingerprint } from '../../lib/report/fingerprint.ts';
import type { Report, SignerRole } from '../../lib/report/model.ts';
import { signatureStatuses, type SignatureStatuses } from '../../lib/report/signing.ts';
import { METHOD_LABELS, VERDICT_LABELS } from '../../lib/report/labels.ts';
import { createEnvelope } from '../../lib/documents/envelope.ts';
import { DocumentStore } from '../../lib/documents/storage.ts';
import { formatDateShort, formatDateTime } from './controls.tsx';
import { readReportFile } from './readReportFile.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; file: string }
  | { kind: 'error'; file: string; message: string }
  | { kind: 'result'; file: string; report: Report; statuses: SignatureStatuses };

const ROLE_TITLE: Record<SignerRole, string> = { manager: 'Leidinggevende', employee: 'Medewerker' };

function summary(s: SignatureStatuses): { tone: 'ok' | 'bad' | 'none'; text: string } {
  const signed = (['manager', 'employee'] as const).filter((r) => s[r].status !== 'ontbreekt');
  const stale = signed.filter((r) => s[r].status === 'verouderd');
  const names = (roles: SignerRole[]) => roles.map((r) => s[r].signature?.name.trim() || ROLE_TITLE[r].toLowerCase()).join(' en ');
  if (signed.length === 0) return { tone: 'none', text: 'Deze PDF is nog door niemand getekend. Er is dus niets om na te kijken.' };
  if (stale.length > 0) {
    return {
      tone: 'bad',
      text: `Let op: de inhoud is veranderd nadat ${names(stale)} ${stale.length === 1 ? 'tekende' : 'tekenden'}. Deze versie is niet wat ${stale.length === 1 ? 'die persoon' : 'zij'} ondertekende. Vraag wat er veranderd is en laat opnieuw tekenen.`,
    };
  }
  if (signed.length === 2) return { tone: 'ok', text: 'De inhoud is niet veranderd sinds beide handtekeningen. Dit is wat beiden ondertekenden.' };
  const missing = s.manager.status === 'ontbreekt' ? 'De leidinggevende' : 'De medewerker';
  return { tone: 'ok', text: `De inhoud is niet veranderd sinds de handtekening van ${names(signed)}. ${missing} heeft nog niet getekend.` };
}

function SignatureResult({ role, s }: { role: SignerRole; s: SignatureStatuses }) {
  const st = s[role];
  const sig = st.signature;
  return (
    <li class={`verify-signature tone-${st.status}`}>
      <h4>{ROLE_TITLE[role]}</h4>
      {!sig ? (
        <p><span aria-hidden="true">○ </span>Niet getekend.</p>
      ) : (
        <>
          <p>
            <strong>{sig.name || 'Naam onbekend'}</strong> tekende op {formatDateTime(sig.date)}, <strong>{VERDICT_LABELS[sig.verdict].toLowerCase()}</strong>.
            {' '}Manier: {sig.method === 'getekend' ? 'getekend (met muis, vinger of pen)' : METHOD_LABELS.getypt.toLowerCase()}.
          </p>
          <p class={`verify-verdict tone-${st.status}`}>
            <span aria-hidden="true">{st.status === 'geldig' ? '✓ ' : '✗ '}</span>
            {st.status === 'geldig' ? 'Klopt: de inhoud is dezelfde als toen deze persoon tekende.' : 'Klopt niet: de inhoud is veranderd sinds deze handtekening.'}
          </p>
          <p class="muted small">
            Getekend voor vingerafdruk <code>{shortFingerprint(sig.fingerprint)}</code>; nu <code>{shortFingerprint(st.current)}</code>.
            {role === 'manager' && ' (Zonder de reactie van de medewerker: die mag de medewerker na de leidinggevende toevoegen.)'}
          </p>
        </>
      )}
    </li>
  );
}

export default function VerifyReport() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // A file chosen before this island woke up (slow phone) is not lost: check it now.
  useEffect(() => {
    const el = input.current;
    const early = el?.files?.[0];
    if (el && early) {
      el.value = '';
      void check(early);
    }
  }, []);

  async function check(file: File) {
    setOpenError(null);
    setState({ kind: 'busy', file: file.name });
    let next: State;
    try {
      const read = await readReportFile(file, { pdfOnly: true });
      if (!read.ok) next = { kind: 'error', file: file.name, message: read.message };
      else next = { kind: 'result', file: file.name, report: read.report, statuses: await signatureStatuses(read.report) };
    } catch (e) {
      console.error(e);
      next = { kind: 'error', file: file.name, message: 'Dit bestand kon niet nagekeken worden. Is het de PDF van een verslag van Gesprekswijzer?' };
    }
    setState(next);
    requestAnimationFrame(() => resultHeading.current?.focus());
  }

  function openInForm(report: Report) {
    try {
      const store = new DocumentStore(reportCodec, localStorage);
      store.save(createEnvelope(reportCodec, report));
      window.location.assign('/verslag/');
    } catch (e) {
      setOpenError(e instanceof Error ? e.message : 'Het verslag kon niet geopend worden.');
    }
  }

  return (
    <div class="verify">
      <div
        class={`dropzone ${dragging ? 'dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files?.[0];
          if (file) void check(file);
        }}
      >
        <label for="controleer-pdf">Kies de PDF van het verslag</label>
        <p class="field-help" id="controleer-pdf-hulp">Of sleep de PDF naar dit vak.</p>
        <input
          ref={input}
          id="controleer-pdf"
          type="file"
          accept=".pdf,application/pdf"
          aria-describedby="controleer-pdf-hulp"
          onChange={(e) => {
            const el = e.currentTarget as HTMLInputElement;
            const file = el.files?.[0];
            el.value = '';
            if (file) void check(file);
          }}
        />
      </div>

      <div class="verify-output" aria-live="polite">
        {state.kind === 'busy' && <p role="status">“{state.file}” wordt gelezen…</p>}
        {state.kind === 'error' && (
          <div class="verify-result">
            <h2 ref={resultHeading} tabIndex={-1}>Resultaat</h2>
            <div class="notice error verify-summary" role="status">
              <p><strong>{state.file}</strong></p>
              <p>{state.message}</p>
            </div>
          </div>
        )}
        {state.kind === 'result' && (() => {
          const { report, statuses } = state;
          const sum = summary(statuses);
          const d = report.details;
          const agreements = report.agreements.filter((a) => a.what.trim()).length;
          return (
            <div class="verify-result">
              <h2 ref={resultHeading} tabIndex={-1}>Resultaat</h2>
              <div class={`notice verify-summary tone-${sum.tone}`} role="status">
                <p class="muted small">{state.file}</p>
                <p>
                  <span aria-hidden="true">{sum.tone === 'ok' ? '✓ ' : sum.tone === 'bad' ? '✗ ' : '○ '}</span>
                  <strong>{sum.text}</strong>
                </p>
              </div>
              <h3>Handtekeningen</h3>
              <ul class="verify-signatures">
                <SignatureResult role="manager" s={statuses} />
                <SignatureResult role="employee" s={statuses} />
              </ul>
              <h3>Over dit verslag</h3>
              <dl class="verify-facts">
                <div><dt>Medewerker</dt><dd>{[d.employee.name, d.employee.jobTitle].filter((x) => x.trim()).join(', ') || '—'}</dd></div>
                <div><dt>Leidinggevende</dt><dd>{[d.manager.name, d.manager.jobTitle].filter((x) => x.trim()).join(', ') || '—'}</dd></div>
                <div><dt>Organisatie</dt><dd>{d.organisation || '—'}</dd></div>
                <div><dt>Datum van het gesprek</dt><dd>{d.date ? formatDateShort(d.date) : '—'}</dd></div>
                <div><dt>Aantal afspraken</dt><dd>{agreements}</dd></div>
                <div><dt>Vingerafdruk van de inhoud</dt><dd><code>{shortFingerprint(statuses.full)}</code></dd></div>
              </dl>
              <div class="inline">
                <button type="button" onClick={() => openInForm(report)}>Open in het verslagformulier</button>
                <button type="button" class="secondary" onClick={() => input.current?.click()}>Kies een andere PDF</button>
              </div>
              <p class="field-help">Het verslag wordt dan als nieuw document in je browser bewaard, met de handtekeningen erbij. Zo kan de medewerker verder werken en tekenen.</p>
              {openError && <p class="notice error" role="alert">{openError}</p>}
            </div>
          );
        })()}
      </div>
    </div>
  );
}
