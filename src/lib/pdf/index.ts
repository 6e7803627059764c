/**
 * PDF engine (browser and Node). In the browser, load it through loader.ts:
 *   const { buildPdf } = await loadPdfEngine();
 *   const bytes = await buildPdf(model);          // fonts fetched once, a larger set only when needed
 * In Node: buildPdf(model, nodeFontSource()) (nodeFonts.ts).
 */
export type {
  Block,
  FillableHeaderField,
  FillableModel,
  FillableQuestion,
  FillableSection,
  FontSetName,
  PdfAttachment,
  PdfDocumentModel,
  PdfFont,
  PdfFonts,
  PdfFontSet,
  PdfFontSource,
  SignatureBlock,
  TableColumn,
} from './model.ts';
export type { FontMetricsData, FontSetData } from './fontData.ts';
export { buildPdf, fontSetFor, PDF_ENGINE_VERSION } from './build.ts';
export { buildFillablePdf } from './fillable.ts';
export { readAttachment, listAttachments, PdfReadError, PDF_READ_LIMITS, type PdfReadErrorCode } from './attachments.ts';
export { safeFileName } from './fileName.ts';
export { REPLACEMENT_CHAR } from './text.ts';
