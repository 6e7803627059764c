/**
 * Reading what a PDF is made of, for the whole-file check: the engine version stamped in it
 * and the decoded drawing instructions of each page (to tell "the pages differ" from "other
 * bytes differ"). The input is untrusted: parsing and inflating use the reader's limits
 * (attachments.ts). Throws nothing: unreadable input gives null.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRawStream, PDFStream, PDFString, type PDFObject } from 'pdf-lib';
import { decodeBounded, loadForReading, PDF_READ_LIMITS, type ParsedPdf } from './attachments.ts';
import { ENGINE_INFO_KEY, PDF_ENGINE_VERSION } from './version.ts';

export { PDF_ENGINE_VERSION };

/** More pages than any report; a page tree deeper than this is not one the site made. */
const MAX_PAGES = 500;
const MAX_DEPTH = 32;

async function load(bytes: Uint8Array): Promise<ParsedPdf | null> {
  try {
    return await loadForReading(bytes);
  } catch {
    return null;
  }
}

function text(obj: PDFObject | undefined): string | null {
  if (obj instanceof PDFString || obj instanceof PDFHexString) {
    try {
      return obj.decodeText();
    } catch {
      return null;
    }
  }
  return null;
}

export async function engineVersionOf(bytes: Uint8Array): Promise<string | null> {
  const doc = await load(bytes);
  if (!doc) return null;
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (!(info instanceof PDFDict)) return null;
  return text(doc.context.lookup(info.get(PDFName.of(ENGINE_INFO_KEY))));
}

/** Decoded bytes of a content stream (or an array of them), within what is left of `budget`. */
function streamText(doc: ParsedPdf, obj: PDFObject | undefined, budget: { left: number }): string {
  const s = doc.context.lookup(obj);
  let data: Uint8Array;
  if (s instanceof PDFRawStream) data = decodeBounded(s, budget.left);
  else if (s instanceof PDFStream) data = s.getContents();
  else if (s instanceof PDFArray) return s.asArray().map((x) => streamText(doc, x, budget)).join('\n');
  else return '';
  budget.left -= data.length;
  if (budget.left < 0) throw new Error('page contents over the limit');
  return new TextDecoder('latin1').decode(data);
}

/** The page dictionaries in order (page tree walked depth-first, with cycle and size guards). */
function pages(doc: ParsedPdf): PDFDict[] {
  const out: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  const walk = (node: PDFObject | undefined, depth: number) => {
    const dict = doc.context.lookup(node);
    if (!(dict instanceof PDFDict) || seen.has(dict) || depth > MAX_DEPTH) throw new Error('bad page tree');
    seen.add(dict);
    const kids = doc.context.lookup(dict.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) walk(kid, depth + 1);
    else out.push(dict);
    if (out.length > MAX_PAGES) throw new Error('too many pages');
  };
  walk(doc.catalog.get(PDFName.of('Pages')), 0);
  return out;
}

/** The drawing instructions of every page, decoded; null when the file cannot be read that far. */
export async function pageContents(bytes: Uint8Array): Promise<string[] | null> {
  const doc = await load(bytes);
  if (!doc) return null;
  try {
    const budget = { left: PDF_READ_LIMITS.structureTotalBytes };
    // Annotations are drawn on top of a page too (a text box added by a PDF editor): count them in.
    return pages(doc).map((p) => {
      const annots = doc.context.lookup(p.get(PDFName.of('Annots')));
      return `${streamText(doc, p.get(PDFName.of('Contents')), budget)}\n%annots:${annots instanceof PDFArray ? annots.size() : 0}`;
    });
  } catch {
    return null;
  }
}
