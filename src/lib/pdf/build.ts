/**
 * The PDF writer's entry point: what the browser loads to make a PDF (see loader.ts). It does not
 * include the reader (attachments.ts), which uses pdf-lib.
 */
import { addAttachments, createDocument, saveDocument, setMetadata } from './document.ts';
import { Layout } from './layout.ts';
import type { PdfDocumentModel, PdfFonts } from './model.ts';
import { renderBlocks } from './render.ts';

export { PDF_ENGINE_VERSION, resolveFonts } from './document.ts';
export { fontSetFor, undrawableIn } from './fontSets.ts';

/** Lays out the blocks on A4 pages and returns the PDF bytes. Never throws for odd text input. */
export async function buildPdf(model: PdfDocumentModel, fonts: PdfFonts): Promise<Uint8Array> {
  const { doc, faces } = await createDocument(fonts, model);
  setMetadata(doc, model);
  const layout = new Layout(doc, faces);
  renderBlocks(layout, Array.isArray(model.blocks) ? model.blocks : []);
  layout.finish({ left: model.footerLeft, center: model.footerCenter });
  addAttachments(doc, model.attachments, model.creationDate);
  return saveDocument(doc);
}
