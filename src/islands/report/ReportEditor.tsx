/**
 * The conversation report island: the form in the order of the seven phases, SMART hints,
 * follow-up dates, two signatures, and the signed PDF. Autosaves through the shared
 * document storage; import accepts the JSON export and the report PDF.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { reportCodec } from '../../lib/report/codec.ts';
import { canonicalContent } from '../../lib/report/fingerprint.ts';
import { emptyReport, isIsoDate, type Report } from '../../lib/report/model.ts';
import { signatureStatuses, type SignatureStatuses } from '../../lib/report/signing.ts';
import { localIsoDate } from '../../lib/report/smart.ts';
import { createEnvelope } from '../../lib/documents/envelope.ts';
import { DocumentBar } from '../documents/DocumentBar.tsx';
import { useDocument } from '../documents/useDocument.ts';
import { downloadFile, readChosenFile } from '../documents/download.ts';
import { exampleReport } from './example.ts';
import { loadPdfTools, looksLikePdf } from './readReportFile.ts';
import { loadPdfEngine, prefetchPdfEngine } from '../../lib/pdf/loader.ts';
import {
  AgreementsSection,
  ClosingSection,
  DeepeningSection,
  DetailsSection,
  EmployeeViewSection,
  FollowUpSection,
  LookBackSection,
  ManagerViewSection,
  TopicsSection,
} from './sections.tsx';
import { SignatureSection } from './signatures.tsx';

const EMPTY = canonicalContent(emptyReport());
const hasContent = (r: Report) => canonicalContent(r) !== EMPTY || !!r.signatures.manager || !!r.signatures.employee;

const NAV = [
  ['gegevens', 'Gegevens'],
  ['terugblik', 'Terugblik'],
  ['verhaal', 'Verhaal medewerker'],
  ['verdieping', 'Verdieping'],
  ['kijk-leidinggevende', 'Kijk leidinggevende'],
  ['werkomstandigheden', 'Werk en welzijn'],
  ['ontwikkelwensen', 'Ontwikkelwensen'],
  ['afspraken', 'Afspraken'],
  ['opvolging', 'Opvolging'],
  ['afsluiting', 'Afsluiting'],
  ['ondertekenen', 'Ondertekenen'],
] as const;

export default function ReportEditor() {
  const doc = useDocument(reportCodec);
  const report = doc.data;
  const [statuses, setStatuses] = useState<SignatureStatuses | null>(null);
  const [fpError, setFpError] = useState<string | null>(null);
  const [pdf, setPdf] = useState<{ busy: boolean; message?: string; error?: boolean }>({ busy: false });
  const seq = useRef(0);

  // Recompute the fingerprints whenever the content changes.
  useEffect(() => {
    const n = ++seq.current;
    signatureStatuses(report).then(
      (s) => {
        if (n === seq.current) {
          setStatuses(s);
          setFpError(null);
        }
      },
      () => n === seq.current && setFpError('kan niet berekend worden in deze browser (open de site via https).'),
    );
  }, [report]);


  // SMART dates are checked against the day of the talk (or today when there is none yet).
  const today = isIsoDate(report.details.date) ? report.details.date : localIsoDate(new Date());

  // The PDF code loads ahead: at the first input (idle, low priority), or on pointer/focus on the button.
  const warmUp = () => void Promise.all([loadPdfEngine(), loadPdfTools()]).catch(() => undefined);

  async function downloadPdf() {
    setPdf({ busy: true, message: 'De PDF wordt gemaakt…' });
    try {
      const { makeReportPdf } = await loadPdfTools();
      const { bytes, name } = await makeReportPdf(report);
      downloadFile(bytes, name, 'application/pdf');
      setPdf({ busy: false, message: `De PDF "${name}" is gedownload. De gegevens van het verslag zitten erin: je kunt hem later hier opnieuw openen of controleren.` });
    } catch (e) {
      console.error(e);
      setPdf({ busy: false, error: true, message: 'De PDF kon niet gemaakt worden. Je gegevens zijn nog bewaard; probeer het opnieuw of druk het verslag af.' });
    }
  }

  function loadExample() {
    if (hasContent(report) && !window.confirm('Het voorbeeld opent als een nieuw verslag. Je huidige verslag blijft bewaard: je vindt het terug bij "Open verslag". Doorgaan?')) return;
    doc.createNew(exampleReport());
    setPdf({ busy: false, message: 'Het voorbeeld van bakkerij De Korenbloem is geopend als nieuw verslag. Pas het gerust aan om te oefenen.' });
    requestAnimationFrame(() => document.getElementById('gegevens-titel')?.scrollIntoView({ block: 'start' }));
  }

  async function importOther(file: File) {
    const read = await readChosenFile(file, 20 * 1024 * 1024);
    if (!read.ok) return read;
    if (!looksLikePdf(read.bytes, file.name)) return null; // JSON: the bar handles it
    const { reportFromPdf } = await loadPdfTools();
    const result = await reportFromPdf(read.bytes);
    if (!result.ok) return result;
    return { ok: true as const, value: createEnvelope(reportCodec, result.report) };
  }

  const update = doc.update;
  return (
    <div class="report-editor">
      <DocumentBar
        codec={reportCodec}
        doc={doc}
        noun="verslag"
        dateOf={(r) => r.details.date}
        importOther={importOther}
        acceptImport=".json,.pdf,application/json,application/pdf"
      >
        <button type="button" onClick={downloadPdf} onPointerEnter={warmUp} onFocus={warmUp} disabled={pdf.busy} aria-describedby="pdf-status">
          {pdf.busy ? 'PDF wordt gemaakt…' : 'Download PDF'}
        </button>
        <button type="button" class="secondary" onClick={loadExample}>Voorbeeld laden</button>
      </DocumentBar>
      <p id="pdf-status" class={`notice ${pdf.error ? 'error' : 'ok'} no-print`} role="status" aria-live="polite" hidden={!pdf.message}>
        {pdf.message}
      </p>

      <nav class="report-nav no-print" aria-label="Delen van het verslag">
        <ol>
          {NAV.map(([id, label]) => (
            <li key={id}><a href={`#${id}`}>{label}</a></li>
          ))}
        </ol>
      </nav>

      <form key={doc.env.id} class="sheet report" onSubmit={(e) => e.preventDefault()} onInput={(e) => prefetchPdfEngine(loadPdfTools, e)} aria-label="Gespreksverslag">
        {/* Locked until the stored report is loaded, so nothing typed early is overwritten. */}
        <fieldset class="form-lock" disabled={doc.save.kind === 'loading'}>
        <DetailsSection report={report} update={update} />
        <LookBackSection report={report} update={update} />
        <EmployeeViewSection report={report} update={update} />
        <DeepeningSection report={report} update={update} />
        <ManagerViewSection report={report} update={update} />
        <TopicsSection report={report} update={update} />
        <AgreementsSection report={report} update={update} today={today} />
        <FollowUpSection report={report} update={update} />
        <ClosingSection report={report} update={update} />
        <SignatureSection report={report} update={update} statuses={statuses} error={fpError} />
        </fieldset>
      </form>
    </div>
  );
}
