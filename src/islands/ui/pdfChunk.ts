/**
 * Loaded on demand (pdf-lib and the fonts are heavy): builds the PDF of any declared document,
 * with its data embedded so that it can be opened again, and reads embedded data back.
 */
import { buildPdf, loadFontsInBrowser, readAttachment } from '../../lib/pdf/index.ts';
import type { PdfDocumentModel } from '../../lib/pdf/model.ts';
import type { FormData, FormDefinition } from '../../lib/forms/definition.ts';
import { documentPdfModel } from '../../lib/forms/pdfModel.ts';
import { canonicalJson } from '../../lib/forms/canonical.ts';
import type { Json } from '../../lib/forms/kinds/index.ts';
import { FORMAT } from '../../lib/documents/envelope.ts';
import { PREPARATION_ATTACHMENT } from '../../lib/report/files.ts';

export { PREPARATION_ATTACHMENT };


export async function renderPdf(model: PdfDocumentModel): Promise<Uint8Array> {
  return buildPdf(model, await loadFontsInBrowser());
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

/** The bytes of an embedded file (null when there is none). Throws PdfReadError for an unreadable PDF. */
export async function attachment(bytes: Uint8Array, name: string): Promise<Uint8Array | null> {
  return (await readAttachment(bytes, name))?.data ?? null;
}
