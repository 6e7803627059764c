/**
 * Loaded on demand: builds the PDF of any declared document through the PDF loader (engine and
 * subset fonts; a larger font set only when the text needs it), with its data embedded so that
 * it can be opened again. Writing only: reading a PDF back lives in the report's pdfTools.ts.
 */
import { loadPdfEngine } from '../../lib/pdf/loader.ts';
import type { PdfDocumentModel } from '../../lib/pdf/model.ts';
import type { FormData, FormDefinition } from '../../lib/forms/definition.ts';
import { documentPdfModel } from '../../lib/forms/pdfModel.ts';
import { canonicalJson } from '../../lib/forms/canonical.ts';
import type { Json } from '../../lib/forms/kinds/index.ts';
import { FORMAT } from '../../lib/documents/envelope.ts';
import { PREPARATION_ATTACHMENT } from '../../lib/report/files.ts';

export async function renderPdf(model: PdfDocumentModel): Promise<Uint8Array> {
  return (await loadPdfEngine()).buildPdf(model);
}

/** Characters of a document's data that no font of the PDF has (they appear as □), for the message after a download. */
export async function undrawable(data: unknown): Promise<string[]> {
  return (await loadPdfEngine()).engine.undrawableIn(data);
}

/** A filled preparation sheet as PDF, with its data inside (to start the report from). */
export function sheetPdf(def: FormDefinition, env: { id: string; data: FormData }, creationDate: Date): Promise<Uint8Array> {
  const json = canonicalJson({ format: FORMAT, kind: def.kind, version: def.version, id: env.id, data: env.data as unknown as Json });
  return renderPdf(
    documentPdfModel(def, env.data, {
      creationDate,
      subject: 'Voorbereiding van een functioneringsgesprek',
      keywords: ['functioneringsgesprek', 'voorbereiding', def.audience],
      attachments: [{ name: PREPARATION_ATTACHMENT, data: new TextEncoder().encode(json), mimeType: 'application/json', description: 'De voorbereiding als gegevens, om te gebruiken in het verslag van Gesprekswijzer' }],
    }),
  );
}
