/**
 * The report island. Unsigned: the declared form in the order of the seven phases, then the
 * signing step with a completeness check. Signed: the report is locked; a status at the top,
 * the report to read (phone first), and only what the next person does: react, choose "voor
 * gezien" or "voor akkoord", sign, and send the PDF back. "Bewerken" unlocks it after saying
 * which signatures lapse.
 */
import type { ComponentChildren } from 'preact';
import type { FieldValue, SignerRole } from '../../lib/forms/definition.ts';
import { hasContent } from '../../lib/forms/canonical.ts';
import { reportCodec, type Report } from '../../lib/report/codec.ts';
import { reportDefinition } from '../../lib/report/declaration.ts';
import { missingBeforeSigning } from '../../lib/report/completeness.ts';
import { isSigned, seal, type SignatureDraft } from '../../lib/report/signing.ts';
import { reportFileName } from '../../lib/report/files.ts';
import { DocumentBar } from '../ui/DocumentBar.tsx';
import { FormView } from '../ui/FormView.tsx';
import { focusSoon } from '../ui/focus.ts';
import { useDocument, useFormKey } from '../ui/useDocument.ts';
import { $alive, Later } from '../ui/Later.tsx';
import { useStore } from '@nanostores/preact';
import { prefetchPdf, usePdfDownload } from '../ui/usePdfDownload.ts';
import { CarryOver } from './CarryOver.tsx';
import { FollowUpIcs } from './FollowUpIcs.tsx';
import { loadPdfTools } from './readFile.ts';
import { SignedReport } from './SignedReport.tsx';
import { SignPanel } from './SignPanel.tsx';
import { StartPanel } from './StartPanel.tsx';
import { useStatuses } from './useStatuses.ts';

const FIELD_TARGET: Record<string, string> = { agreements: 'veld-agreements-toevoegen' };
export const fieldHref = (fieldId: string) => `#${FIELD_TARGET[fieldId] ?? `veld-${fieldId}`}`;

const loadPdfMaker = () => import('./pdfMake.ts');

export default function ReportEditor() {
  const doc = useDocument(reportCodec);
  const formKey = useFormKey(doc.env.id, doc.save.kind === 'loading');
  const alive = useStore($alive);
  const { store, env } = doc;
  const report = doc.data;
  const signed = isSigned(report);
  const { statuses } = useStatuses(report, signed);
  const pdf = usePdfDownload(
    async () => (await loadPdfMaker()).makeReportPdf(store.$env.get()),
    (name) =>
      signed
        ? `De PDF “${name}” is gedownload. Hij bevat de handtekeningen en de gegevens van het verslag.`
        : `De PDF “${name}” is gedownload. Lees hem na. Als het verslag klaar is, teken je onderaan deze pagina.`,
  );
  const prefilled = env.meta?.prefilled ?? [];

  const setField = (id: string, value: FieldValue) => {
    prefetchPdf(value, loadPdfMaker);
    const meta = prefilled.includes(id) ? { ...env.meta, prefilled: prefilled.filter((x) => x !== id) } : undefined;
    store.update((r) => ({ ...r, [id]: value }) as Report, meta);
  };

  async function sign(role: SignerRole, draft: SignatureDraft) {
    const current = store.$env.get().data;
    const signature = await seal(current, role, draft);
    store.update((r) => ({ ...r, signatures: { ...r.signatures, [role]: signature } }));
    store.flush();
    focusSoon('#verslag-status');
  }

  const downloadButton = (label = 'Download PDF'): ComponentChildren => (
    <button type="button" onClick={pdf.download} onPointerEnter={pdf.warmUp} onFocus={pdf.warmUp} disabled={pdf.state.busy} aria-describedby="pdf-status">
      {pdf.state.busy ? 'PDF wordt gemaakt…' : label}
    </button>
  );

  const missing = missingBeforeSigning(report).map((m) => ({ text: m.message, href: fieldHref(m.fieldId) }));

  return (
    <div class="report-editor">
      <DocumentBar
        doc={doc}
        noun={{ one: 'verslag', this: 'dit verslag', new: 'Nieuw verslag' }}
        openLabel="Open een verslag"
        fileParts={(r) => [(r as Report).employeeName, (r as Report).talkDate]}
        openPdf={async (bytes) => (await loadPdfTools()).reportFromPdf(bytes)}
      >
        {downloadButton()}
      </DocumentBar>
      <p id="pdf-status" class={`notice ${pdf.state.error ? 'error' : 'ok'} no-print`} role="status" aria-live="polite" hidden={!pdf.state.message}>
        {pdf.state.message}
      </p>
      <p class="print-only print-warning">
        Dit is een afdruk van het scherm, geen getekend exemplaar. Alleen de PDF die je met “Download PDF” maakt, bevat de gegevens en kan gecontroleerd worden.
      </p>

      {signed && statuses ? (
        <SignedReport
          store={store}
          report={report}
          statuses={statuses}
          sign={sign}
          downloadButton={downloadButton}
          fileName={reportFileName(report)}
          setField={setField}
        />
      ) : signed ? (
        <p role="status">De handtekeningen worden nagekeken…</p>
      ) : (
        <>
          {/* Also while loading, as the server renders it: a first visit sees no jump. */}
          <StartPanel store={store} report={report} empty={doc.save.kind === 'loading' || !hasContent(reportDefinition, report)} />
          <nav class="report-nav no-print" aria-label="Delen van het verslag">
            <ol>
              {reportDefinition.sections.map((s) => (
                <li key={s.id}><a href={`#${s.id}`}>{s.title}</a></li>
              ))}
            </ol>
          </nav>
          <form key={formKey} class="sheet report" onSubmit={(e) => e.preventDefault()} aria-label="Gespreksverslag">
            {/* Locked until the stored report is loaded and every section is alive, so nothing typed early is lost. */}
            <fieldset class="form-lock" disabled={doc.save.kind === 'loading' || !alive}>
              <FormView
                def={reportDefinition}
                data={report}
                setField={setField}
                prefilled={prefilled}
                omit={['signatures']}
                fieldExtras={{ lookBack: <CarryOver store={store} /> }}
                sectionExtras={{ opvolging: <FollowUpIcs report={report} /> }}
              />
              <Later as="section" class="sheet-section" id="ondertekenen" aria-labelledby="ondertekenen-titel">
                <h2 id="ondertekenen-titel">Ondertekenen</h2>
                <div class="notice signature-info">
                  <p>
                    Eerst tekent de leidinggevende. Daarna leest de medewerker het verslag, schrijft eventueel een reactie en tekent ook. Na de eerste handtekening ligt het verslag vast: wie het daarna wijzigt, maakt de handtekening ongeldig.
                  </p>
                  <p>
                    Dit is een <strong>eenvoudige elektronische handtekening</strong>, geen gekwalificeerde (zoals met een eID of itsme). Ze legt vast wie tekende, wanneer, en of het voor gezien of voor akkoord was. Elke handtekening bewaart een vingerafdruk van de inhoud en van zichzelf: verandert er daarna iets in het bestand, dan zegt de controle dat. Wie een nieuw bestand maakt met deze site, kan het niet van een echt onderscheiden. Bewaar dus allebei een exemplaar.
                  </p>
                </div>
                {missing.length > 0 && (
                  <div class="notice completeness" role="status">
                    <p>Voor je tekent, ontbreekt nog:</p>
                    <ul>{missing.map((m) => <li key={m.text}><a href={m.href}>{m.text}</a></li>)}</ul>
                  </div>
                )}
                <SignPanel role="manager" defaultName={report.managerName} blocking={missing} onSign={(d) => sign('manager', d)} />
                <details class="disclosure other-signer">
                  <summary>Tekent de medewerker eerst?</summary>
                  <SignPanel role="employee" defaultName={report.employeeName} blocking={missing} reactionHint onSign={(d) => sign('employee', d)} />
                </details>
              </Later>
            </fieldset>
          </form>
        </>
      )}
    </div>
  );
}
