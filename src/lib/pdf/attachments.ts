/**
 * Reading embedded files back from a PDF (the report carries its JSON inside the PDF).
 *
 * Behaviour of readAttachment:
 * - returns `{ name, data }` for the first embedded file (or the one called `name`);
 * - returns `null` when the input is a readable PDF without (that) embedded file;
 * - throws `PdfReadError` (Dutch message, `code` says why) when the input is not a PDF, is damaged
 *   or encrypted so that it cannot be read, or the embedded file cannot be decoded.
 *   It never throws anything else.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';

export type PdfReadErrorCode = 'not-pdf' | 'damaged' | 'encrypted' | 'attachment-damaged';

export class PdfReadError extends Error {
  readonly code: PdfReadErrorCode;
  constructor(code: PdfReadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfReadError';
    this.code = code;
  }
}

const MESSAGES: Record<PdfReadErrorCode, string> = {
  'not-pdf': 'Dit bestand is geen PDF. Kies de PDF die je eerder met Gesprekswijzer hebt gemaakt.',
  damaged: 'Deze PDF is beschadigd of onvolledig en kan niet gelezen worden.',
  encrypted: 'Deze PDF is beveiligd met een wachtwoord en kan niet gelezen worden.',
  'attachment-damaged': 'Het gegevensbestand in deze PDF is beschadigd en kan niet gelezen worden.',
};

function fail(code: PdfReadErrorCode, cause?: unknown): never {
  throw new PdfReadError(code, MESSAGES[code], { cause });
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  fail('not-pdf');
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // The header may be preceded by some bytes (at most 1024 per common practice).
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

function text(obj: PDFObject | undefined): string | undefined {
  if (obj instanceof PDFHexString || obj instanceof PDFString) {
    try {
      return obj.decodeText();
    } catch {
      return undefined;
    }
  }
  return undefined;
}

interface FileSpecEntry {
  key: string;
  spec: PDFObject | undefined;
}

/** Collects (key, filespec) pairs from a name tree, guarding against cycles and absurd depth. */
function walkNameTree(doc: PDFDocument, node: PDFObject | undefined, out: FileSpecEntry[], seen: Set<unknown>, depth: number): void {
  const dict = doc.context.lookup(node);
  if (!(dict instanceof PDFDict) || seen.has(dict) || depth > 32 || out.length > 10_000) return;
  seen.add(dict);
  const names = doc.context.lookup(dict.get(PDFName.of('Names')));
  if (names instanceof PDFArray) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      out.push({ key: text(doc.context.lookup(names.get(i))) ?? '', spec: names.get(i + 1) });
    }
  }
  const kids = doc.context.lookup(dict.get(PDFName.of('Kids')));
  if (kids instanceof PDFArray) {
    for (let i = 0; i < kids.size(); i++) walkNameTree(doc, kids.get(i), out, seen, depth + 1);
  }
}

function streamBytes(stream: PDFObject | undefined): Uint8Array {
  let data: Uint8Array;
  if (stream instanceof PDFRawStream) data = decodePDFRawStream(stream).decode();
  else if (stream instanceof PDFStream) data = stream.getContents();
  else throw new Error('no stream');
  // A truncated flate stream can decode "successfully" to fewer bytes: compare with /Params /Size.
  const params = stream.dict.context.lookup(stream.dict.get(PDFName.of('Params')));
  if (params instanceof PDFDict) {
    const size = stream.dict.context.lookup(params.get(PDFName.of('Size')));
    if (size instanceof PDFNumber && size.asNumber() !== data.length) throw new Error('size mismatch');
  }
  return data;
}

/** Names of all embedded files (UF, else F, else the name-tree key). Throws like readAttachment. */
export async function listAttachments(pdf: Uint8Array | ArrayBuffer): Promise<string[]> {
  const doc = await loadForReading(pdf);
  return collect(doc).map((e) => e.name);
}

interface Collected {
  name: string;
  stream: PDFObject | undefined;
}

function collect(doc: PDFDocument): Collected[] {
  const ctx = doc.context;
  const namesDict = ctx.lookup(doc.catalog.get(PDFName.of('Names')));
  if (!(namesDict instanceof PDFDict)) return [];
  const entries: FileSpecEntry[] = [];
  walkNameTree(doc, namesDict.get(PDFName.of('EmbeddedFiles')), entries, new Set(), 0);
  const result: Collected[] = [];
  for (const e of entries) {
    const spec = ctx.lookup(e.spec);
    if (!(spec instanceof PDFDict)) continue;
    const name = text(ctx.lookup(spec.get(PDFName.of('UF')))) ?? text(ctx.lookup(spec.get(PDFName.of('F')))) ?? e.key;
    const ef = ctx.lookup(spec.get(PDFName.of('EF')));
    if (!(ef instanceof PDFDict)) continue;
    const stream = ctx.lookup(ef.get(PDFName.of('UF')) ?? ef.get(PDFName.of('F')));
    result.push({ name, stream });
  }
  return result;
}

async function loadForReading(pdf: Uint8Array | ArrayBuffer): Promise<PDFDocument> {
  const bytes = toBytes(pdf);
  if (bytes.length < 8 || !hasPdfHeader(bytes)) fail('not-pdf');
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch (err) {
    fail('damaged', err);
  }
  if (doc.isEncrypted) fail('encrypted');
  return doc;
}

/**
 * Reads an embedded file back. See the module comment for the exact behaviour:
 * null = PDF without (that) attachment; PdfReadError = unreadable input. Never throws anything else.
 */
export async function readAttachment(pdf: Uint8Array | ArrayBuffer, name?: string): Promise<{ name: string; data: Uint8Array } | null> {
  try {
    const doc = await loadForReading(pdf);
    let entries: Collected[];
    try {
      entries = collect(doc);
    } catch (err) {
      fail('damaged', err);
    }
    const entry = name === undefined ? entries[0] : entries.find((e) => e.name === name);
    if (!entry) return null;
    try {
      return { name: entry.name, data: streamBytes(entry.stream) };
    } catch (err) {
      fail('attachment-damaged', err);
    }
  } catch (err) {
    if (err instanceof PdfReadError) throw err;
    throw new PdfReadError('damaged', MESSAGES.damaged, { cause: err });
  }
}
