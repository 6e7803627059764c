/** Shared document setup: pdf-lib document, embedded subset fonts, metadata, attachments, save. */
import { PDFDocument, PDFName, PDFBool, PDFHexString } from 'pdf-lib';
import { cachingFontkit, fontMetrics, parseFont } from './fonts.ts';
import type { Faces } from './layout.ts';
import type { PdfAttachment, PdfDocumentBase, PdfFonts } from './model.ts';
import { normalizeText } from './text.ts';

/**
 * Version of the PDF engine. The same model and the same engine version give the same bytes, in
 * any process and browser. Bump it whenever the bytes of a PDF can change (layout, fonts, writer).
 */
export const PDF_ENGINE_VERSION = '1.0.0';
export const CREATOR = 'Gesprekswijzer';
export const PRODUCER = `Gesprekswijzer PDF-engine ${PDF_ENGINE_VERSION}`;
/** Custom key in the document information dictionary that carries PDF_ENGINE_VERSION. */
export const ENGINE_INFO_KEY = 'GesprekswijzerEngine';

/** The metadata part of a document model. */
export type DocumentInfo = Pick<PdfDocumentBase, 'title' | 'subject' | 'author' | 'keywords' | 'creationDate' | 'lang'>;

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

export async function createDocument(fonts: PdfFonts): Promise<{ doc: PDFDocument; faces: Faces }> {
  if (!fonts || !fonts.regular || !fonts.bold) throw new TypeError('buildPdf: fonts.regular en fonts.bold zijn verplicht.');
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(cachingFontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const regularBytes = toBytes(fonts.regular);
  const boldBytes = toBytes(fonts.bold);
  const [regular, bold] = await Promise.all([
    doc.embedFont(regularBytes, { subset: true }),
    doc.embedFont(boldBytes, { subset: true }),
  ]);
  return {
    doc,
    faces: {
      regular: { pdf: regular, m: fontMetrics(parseFont(regularBytes)) },
      bold: { pdf: bold, m: fontMetrics(parseFont(boldBytes)) },
    },
  };
}

/** A metadata string: normalised, single line, control characters removed. */
function meta(s: unknown): string {
  return normalizeText(s)
    .replace(/\n+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .trim();
}

/** The model's date, or undefined: without a date no dates are written, so the output stays reproducible. */
function validDate(d: unknown): Date | undefined {
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d : undefined;
}

export function setMetadata(doc: PDFDocument, info: DocumentInfo): void {
  const date = validDate(info.creationDate);
  doc.setTitle(meta(info.title) || 'Document', { showInWindowTitleBar: true });
  if (info.subject) doc.setSubject(meta(info.subject));
  if (info.author) doc.setAuthor(meta(info.author));
  const keywords = (info.keywords ?? []).map(meta).filter(Boolean);
  if (keywords.length > 0) doc.setKeywords(keywords);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.getInfoDict().set(PDFName.of(ENGINE_INFO_KEY), PDFHexString.fromText(PDF_ENGINE_VERSION));
  if (date) {
    doc.setCreationDate(date);
    doc.setModificationDate(date);
  }
  doc.setLanguage(meta(info.lang) || 'nl');
  // Open with the document title in the window bar and single-page layout.
  doc.catalog.set(PDFName.of('PageLayout'), PDFName.of('OneColumn'));
  const prefs = doc.catalog.getOrCreateViewerPreferences();
  prefs.dict.set(PDFName.of('DisplayDocTitle'), PDFBool.True);
}

export async function addAttachments(doc: PDFDocument, attachments: readonly PdfAttachment[] | undefined, date: Date | undefined): Promise<void> {
  if (!attachments) return;
  const when = validDate(date);
  for (const a of attachments) {
    if (!a || !(a.data instanceof Uint8Array)) continue;
    // pdf-lib writes /F as a literal string without escaping: keep parentheses and backslashes out.
    const name = meta(a.name).replace(/[()\\]/g, '_') || 'bijlage';
    await doc.attach(a.data, name, {
      mimeType: a.mimeType || 'application/octet-stream',
      description: a.description ? meta(a.description) : undefined,
      creationDate: when,
      modificationDate: when,
    });
  }
}

export function saveDocument(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: true, updateFieldAppearances: false, addDefaultPage: false });
}
