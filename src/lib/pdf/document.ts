/** Shared document setup: pages, embedded subset fonts, metadata, attachments, save. */
import { fontSetFor } from './fontSets.ts';
import { fontMetrics, type FontMetrics } from './fonts.ts';
import type { PdfAttachment, PdfDocumentBase, PdfFont, PdfFonts, PdfFontSet } from './model.ts';
import { PdfFont as EmbeddedFont } from './pdfFont.ts';
import { normalizeText } from './text.ts';
import { PAGE } from './theme.ts';
import { PdfRef, PdfText, PdfWriter, name, pdfDate, text, type PdfDict, type PdfValue } from './writer.ts';

import { CREATOR, ENGINE_INFO_KEY, PDF_ENGINE_VERSION, PRODUCER } from './version.ts';

export { CREATOR, ENGINE_INFO_KEY, PDF_ENGINE_VERSION, PRODUCER };

/** The metadata part of a document model. */
export type DocumentInfo = Pick<PdfDocumentBase, 'title' | 'subject' | 'author' | 'keywords' | 'creationDate' | 'lang'>;

export interface Page {
  ref: PdfRef;
  dict: PdfDict;
  fonts: PdfDict;
}

/** A PDF under construction: catalog, info, pages and fonts, written by `save`. */
export class PdfDoc {
  readonly writer = new PdfWriter();
  readonly catalogRef: PdfRef;
  readonly pagesRef: PdfRef;
  readonly infoRef: PdfRef;
  readonly catalog: PdfDict;
  readonly info: PdfDict = {};
  readonly pages: Page[] = [];
  readonly fonts: EmbeddedFont[] = [];

  constructor() {
    this.catalogRef = this.writer.alloc();
    this.pagesRef = this.writer.alloc();
    this.infoRef = this.writer.alloc();
    this.catalog = { Type: name('Catalog'), Pages: this.pagesRef };
  }

  addPage(): Page {
    const fonts: PdfDict = {};
    const dict: PdfDict = {
      Type: name('Page'),
      Parent: this.pagesRef,
      MediaBox: [0, 0, PAGE.width, PAGE.height],
      Resources: { Font: fonts },
    };
    const page = { ref: this.writer.add(dict), dict, fonts };
    this.pages.push(page);
    return page;
  }

  embedFont(font: PdfFont): EmbeddedFont {
    const program = font.program instanceof Uint8Array ? font.program : new Uint8Array(font.program);
    const f = new EmbeddedFont(this.writer, fontMetrics(font.metrics), program);
    this.fonts.push(f);
    return f;
  }

  save(): Uint8Array {
    for (const f of this.fonts) f.write(this.writer);
    this.writer.set(this.pagesRef, { Type: name('Pages'), Kids: this.pages.map((p) => p.ref), Count: this.pages.length });
    this.writer.set(this.catalogRef, this.catalog);
    this.writer.set(this.infoRef, this.info);
    return this.writer.save({ root: this.catalogRef, info: this.infoRef });
  }
}

function isFontSet(fonts: PdfFonts): fonts is PdfFontSet {
  return !!fonts && typeof fonts === 'object' && 'regular' in fonts && 'bold' in fonts;
}

/** The font set for a model: a fixed set as given, or the smallest set a source has that covers the text. */
export async function resolveFonts(fonts: PdfFonts, model: unknown): Promise<PdfFontSet> {
  if (isFontSet(fonts)) {
    if (!fonts.regular?.metrics || !fonts.bold?.metrics) throw new TypeError('buildPdf: fonts.regular en fonts.bold zijn verplicht.');
    return fonts;
  }
  if (!fonts || typeof (fonts as { load?: unknown }).load !== 'function') throw new TypeError('buildPdf: geef een lettertypebron of een lettertypeset mee.');
  return fonts.load(fontSetFor(model));
}

export async function createDocument(fonts: PdfFonts, model: unknown): Promise<{ doc: PdfDoc; faces: Faces }> {
  const set = await resolveFonts(fonts, model);
  const doc = new PdfDoc();
  const regular = doc.embedFont(set.regular);
  const bold = doc.embedFont(set.bold);
  return { doc, faces: { regular: { font: regular, m: regular.metrics }, bold: { font: bold, m: bold.metrics } } };
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

export function setMetadata(doc: PdfDoc, info: DocumentInfo): void {
  const date = validDate(info.creationDate);
  const i = doc.info;
  i.Title = text(meta(info.title) || 'Document');
  if (info.subject) i.Subject = text(meta(info.subject));
  if (info.author) i.Author = text(meta(info.author));
  const keywords = (info.keywords ?? []).map(meta).filter(Boolean);
  if (keywords.length > 0) i.Keywords = text(keywords.join(' '));
  i.Creator = text(CREATOR);
  i.Producer = text(PRODUCER);
  if (date) {
    i.CreationDate = pdfDate(date);
    i.ModDate = pdfDate(date);
  }
  i[ENGINE_INFO_KEY] = text(PDF_ENGINE_VERSION);
  // Open with the document title in the window bar and single-page layout.
  doc.catalog.Lang = text(meta(info.lang) || 'nl');
  doc.catalog.PageLayout = name('OneColumn');
  doc.catalog.ViewerPreferences = { DisplayDocTitle: true };
}

/** UTF-16 code-unit order of the encoded key: name trees must be sorted. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function addAttachments(doc: PdfDoc, attachments: readonly PdfAttachment[] | undefined, date: Date | undefined): void {
  if (!Array.isArray(attachments)) return;
  const when = validDate(date);
  const entries: [string, PdfRef][] = [];
  const used = new Set<string>();
  for (const a of attachments) {
    if (!a || !(a.data instanceof Uint8Array)) continue;
    let fileName = meta(a.name) || 'bijlage';
    for (let n = 2; used.has(fileName); n++) fileName = `${meta(a.name) || 'bijlage'} (${n})`;
    used.add(fileName);
    const params: PdfDict = { Size: a.data.length };
    if (when) {
      params.CreationDate = pdfDate(when);
      params.ModDate = pdfDate(when);
    }
    const stream = doc.writer.addStream(a.data, {
      Type: name('EmbeddedFile'),
      Subtype: name(meta(a.mimeType) || 'application/octet-stream'),
      Params: params,
    });
    const spec: PdfDict = {
      Type: name('Filespec'),
      F: text(fileName),
      UF: text(fileName),
      EF: { F: stream, UF: stream },
      Desc: a.description ? text(meta(a.description)) : undefined,
      AFRelationship: name('Data'),
    };
    entries.push([fileName, doc.writer.add(spec)]);
  }
  if (entries.length === 0) return;
  const sorted = [...entries].sort((x, y) => compareKeys(x[0], y[0]));
  const names: PdfValue[] = [];
  for (const [key, ref] of sorted) names.push(new PdfText(key), ref);
  doc.catalog.Names = { EmbeddedFiles: { Names: names } };
  doc.catalog.AF = entries.map((e) => e[1]);
}

export function saveDocument(doc: PdfDoc): Uint8Array {
  return doc.save();
}

/** A font as used by the layout: embedded font (encoding, subsetting) + metrics (measuring, coverage). */
export interface Face {
  font: EmbeddedFont;
  m: FontMetrics;
}

export interface Faces {
  regular: Face;
  bold: Face;
}
