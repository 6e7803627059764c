/**
 * In-browser PDF engine (also runs in Node). Load on demand:
 *   const { buildPdf, loadFontsInBrowser, safeFileName } = await import('../lib/pdf/index.ts');
 *   const bytes = await buildPdf(model, await loadFontsInBrowser());
 */
import { addAttachments, createDocument, saveDocument, setMetadata } from './document.ts';
import { Layout } from './layout.ts';
import type { PdfDocumentModel, PdfFonts } from './model.ts';
import { renderBlocks } from './render.ts';

export type {
  Block,
  FillableHeaderField,
  FillableModel,
  FillableQuestion,
  FillableSection,
  PdfAttachment,
  PdfDocumentModel,
  PdfFonts,
  SignatureBlock,
  TableColumn,
} from './model.ts';
export { buildFillablePdf } from './fillable.ts';
export { readAttachment, listAttachments, PdfReadError, type PdfReadErrorCode } from './attachments.ts';
export { loadFontsInBrowser } from './fonts.ts';
export { safeFileName } from './fileName.ts';
export { PDF_ENGINE_VERSION } from './document.ts';
export { REPLACEMENT_CHAR } from './text.ts';

/** Lays out the blocks on A4 pages and returns the PDF bytes. Never throws for odd text input. */
export async function buildPdf(model: PdfDocumentModel, fonts: PdfFonts): Promise<Uint8Array> {
  const { doc, faces } = await createDocument(fonts);
  setMetadata(doc, model);
  const layout = new Layout(doc, faces);
  renderBlocks(layout, Array.isArray(model.blocks) ? model.blocks : []);
  layout.finish({ left: model.footerLeft, center: model.footerCenter });
  await addAttachments(doc, model.attachments, model.creationDate);
  return saveDocument(doc);
}
