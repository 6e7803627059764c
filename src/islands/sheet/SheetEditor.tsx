/**
 * The preparation sheet island: the declared form, autosaved, with the PDF as the one main
 * action. The server renders the empty form; after mount the stored document is loaded.
 */
import type { FieldValue, FormData } from '../../lib/forms/definition.ts';
import { SHEETS, type SheetAudience } from '../../lib/forms/sheets/index.ts';
import { documentDate, documentName } from '../../lib/forms/pdfModel.ts';
import { exportFileName } from '../../lib/documents/fileName.ts';
import { DocumentBar } from '../ui/DocumentBar.tsx';
import { FormView } from '../ui/FormView.tsx';
import { useDocument } from '../ui/useDocument.ts';
import { useStore } from '@nanostores/preact';
import { $alive } from '../ui/Later.tsx';
import { loadPdfChunk, prefetchPdf, usePdfDownload } from '../ui/usePdfDownload.ts';

export default function SheetEditor({ audience }: { audience: SheetAudience }) {
  const { def, codec } = SHEETS[audience];
  const doc = useDocument(codec);
  const data = doc.data as FormData;
  const alive = useStore($alive);
  const fileParts = (d: object): [string, string] => [documentName(def, d as FormData), documentDate(def, d as FormData)];
  const pdf = usePdfDownload(
    async () => {
      const { sheetPdf, undrawable } = await loadPdfChunk();
      const [bytes, undrawn] = await Promise.all([sheetPdf(def, { id: doc.env.id, data }, new Date(doc.env.updatedAt || Date.now())), undrawable(data)]);
      return { bytes, name: exportFileName(def.kind, ...fileParts(data), 'pdf'), undrawn };
    },
    (name) =>
      `De PDF “${name}” is gedownload. Open hem om hem na te lezen, druk hem af of neem hem mee naar het gesprek. ${
        audience === 'medewerker' ? 'Je kunt hem ook aan je leidinggevende sturen, als je dat wilt: ' : 'Bewaar hem bij je eigen notities: '
      }de leidinggevende kan er later het verslag mee beginnen.`,
  );
  const setField = (id: string, value: FieldValue) => {
    prefetchPdf(value);
    doc.store.update((d) => ({ ...d, [id]: value }));
  };

  return (
    <div class="sheet-editor">
      <DocumentBar doc={doc} noun={{ one: 'voorbereiding', this: 'deze voorbereiding', new: 'Nieuwe voorbereiding' }} fileParts={fileParts}>
        <button type="button" onClick={pdf.download} onPointerEnter={pdf.warmUp} onFocus={pdf.warmUp} disabled={pdf.state.busy} aria-describedby="pdf-status">
          {pdf.state.busy ? 'PDF wordt gemaakt…' : 'Download als PDF'}
        </button>
      </DocumentBar>
      <p id="pdf-status" class={`notice ${pdf.state.error ? 'error' : 'ok'} no-print`} role="status" aria-live="polite" hidden={!pdf.state.message}>
        {pdf.state.message}
      </p>
      <form class="sheet" onSubmit={(e) => e.preventDefault()} aria-label={def.title}>
        {/* Locked until the stored document is loaded and every section is alive, so nothing typed early is lost. */}
        <fieldset class="form-lock" disabled={doc.save.kind === 'loading' || !alive}>
          <FormView def={def} data={data} setField={setField} />
        </fieldset>
      </form>
    </div>
  );
}
