/**
 * Document model of the PDF engine. A PDF is described as data (a list of blocks);
 * the engine lays it out on A4 pages. Framework-free: used in the browser and in Node.
 */

import type { FontMetricsData } from './fontData.ts';
import type { FontSetName } from './fontFiles.generated.ts';

export type Block =
  | { type: 'title'; title: string; subtitle?: string }
  | { type: 'heading'; text: string; level?: 1 | 2 | 3 }
  | {
      type: 'paragraph';
      text: string;
      muted?: boolean;
      size?: number;
      /** What an empty (or whitespace-only) text shows: 'dash' (default) a muted '—', 'skip' nothing. */
      empty?: 'dash' | 'skip';
    }
  | { type: 'list'; items: string[]; ordered?: boolean }
  | { type: 'table'; columns: TableColumn[]; rows: string[][] }
  | { type: 'keyValue'; items: { key: string; value: string }[] }
  | { type: 'checkboxes'; items: { label: string; checked: boolean }[] }
  | { type: 'writingLines'; count: number }
  | { type: 'signatures'; items: SignatureBlock[] }
  /** A QR code (dark modules as vector squares) with a short title and text beside it. */
  | { type: 'qrNote'; modules: boolean[][]; title: string; text: string }
  | { type: 'spacer'; height?: number }
  | { type: 'pageBreak' };

/** A table column; `width` is a fraction of the content width (fractions are normalised to sum 1). */
export interface TableColumn {
  header: string;
  width: number;
}

export interface SignatureBlock {
  role: string;
  name: string;
  date: string;
  /** 'voor akkoord' | 'voor gezien' */
  verdict?: string;
  /** Vector drawing, in the coordinates of `box` (origin top left, y down, like a canvas). */
  strokes?: { x: number; y: number }[][];
  /** Size of the drawing surface the strokes were recorded on; default: the strokes' bounding box. */
  box?: { width: number; height: number };
  /** Signed by typing the name. */
  typed?: boolean;
  note?: string;
}

export interface PdfAttachment {
  name: string;
  data: Uint8Array;
  mimeType: string;
  description?: string;
}

/** What every generated PDF carries: metadata, footer texts and optional attachments. */
export interface PdfDocumentBase {
  title: string;
  subject?: string;
  author?: string;
  keywords?: string[];
  /**
   * Creation and modification date of the PDF (and of its attachments). Rendering is
   * deterministic: the same model and engine version give the same bytes, so pass the date that
   * belongs to the document (not "now" at render time) when the PDF must be reproducible.
   * Without a date no dates are written.
   */
  creationDate?: Date;
  /** BCP 47 language tag for the catalog /Lang; default 'nl'. */
  lang?: string;
  /** Footer, left (e.g. document title and date). The right side always shows 'pagina x van y'. */
  footerLeft?: string;
  /** Footer, centre (e.g. a short fingerprint). */
  footerCenter?: string;
  /** Embedded files (the report embeds its JSON). */
  attachments?: PdfAttachment[];
}

export interface PdfDocumentModel extends PdfDocumentBase {
  blocks: Block[];
}

/** One font face prepared at build time: the TrueType program and its metrics (public/fonts/). */
export interface PdfFont {
  program: Uint8Array | ArrayBuffer;
  metrics: FontMetricsData;
}

/** Regular and bold with the same character set. */
export interface PdfFontSet {
  regular: PdfFont;
  bold: PdfFont;
}

/** The font sets, smallest first: 'latin' covers Dutch, Flemish and most European names. */
export type { FontSetName } from './fontFiles.generated.ts';

/** Loads a font set by name; the engine asks for the smallest set that covers a document's text. */
export interface PdfFontSource {
  load(set: FontSetName): Promise<PdfFontSet>;
}

/**
 * Fonts for buildPdf / buildFillablePdf: a font source (the browser loader, `loadPdfEngine`, or
 * `nodeFontSource` in Node), or one fixed set (characters it lacks are drawn as □).
 */
export type PdfFonts = PdfFontSource | PdfFontSet;

/** A blank, fillable preparation sheet (AcroForm). */
export interface FillableModel extends PdfDocumentBase {
  subtitle?: string;
  /** Introductory text under the title; user line breaks are kept. */
  intro?: string;
  /** Single-line fields at the top (e.g. naam, functie, datum gesprek), two per row. */
  headerFields?: FillableHeaderField[];
  sections: FillableSection[];
}

export interface FillableHeaderField {
  /** Field name; default derived from the label. */
  id?: string;
  label: string;
}

export interface FillableSection {
  title: string;
  intro?: string;
  questions: FillableQuestion[];
}

export interface FillableQuestion {
  /** AcroForm field name (unique); default `v<section>-<question>` (1-based). */
  id?: string;
  label: string;
  /** Grey help text under the label. */
  help?: string;
  /** Height of the answer field in text lines (default 4, 1–40). */
  lines?: number;
  /**
   * Options shown as check boxes (one AcroForm check box per option) above the text field.
   * With `optionsOnly` no text field is added.
   */
  options?: string[];
  optionsOnly?: boolean;
}
