/**
 * Reading what a PDF is made of, for the whole-file check: the engine version stamped in it
 * and the decoded drawing instructions of each page (to tell "the pages differ" from "other
 * bytes differ"). Throws nothing: unreadable input gives null.
 */
import { PDFDocument, PDFName, PDFRawStream, PDFStream, PDFArray, PDFString, PDFHexString, decodePDFRawStream, type PDFObject } from 'pdf-lib';

import { ENGINE_INFO_KEY, PDF_ENGINE_VERSION } from './document.ts';

export { PDF_ENGINE_VERSION };

async function load(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    return await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
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
  if (!info || !('get' in info)) return null;
  return text(doc.context.lookup((info as { get(n: PDFName): PDFObject | undefined }).get(PDFName.of(ENGINE_INFO_KEY))));
}

function streamText(obj: PDFObject | undefined, doc: PDFDocument): string {
  const s = doc.context.lookup(obj);
  if (s instanceof PDFRawStream) return new TextDecoder('latin1').decode(decodePDFRawStream(s).decode());
  if (s instanceof PDFStream) return new TextDecoder('latin1').decode(s.getContents());
  if (s instanceof PDFArray) return s.asArray().map((x) => streamText(x, doc)).join('\n');
  return '';
}

/** The drawing instructions of every page, decoded; null when the file cannot be read that far. */
export async function pageContents(bytes: Uint8Array): Promise<string[] | null> {
  const doc = await load(bytes);
  if (!doc) return null;
  try {
    // Annotations are drawn on top of a page too (a text box added by a PDF editor): count them in.
    return doc.getPages().map((p) => {
      const annots = doc.context.lookup(p.node.get(PDFName.of('Annots')));
      return `${streamText(p.node.get(PDFName.of('Contents')), doc)}\n%annots:${annots instanceof PDFArray ? annots.size() : 0}`;
    });
  } catch {
    return null;
  }
}
