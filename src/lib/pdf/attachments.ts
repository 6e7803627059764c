/**
 * Reading embedded files back from a PDF (the report carries its JSON inside the PDF). The input
 * is untrusted: the work is bounded (input size, decompressed size of every compressed structure
 * and of the embedded file; inflating stops at the limit, a "zip bomb" is never unpacked).
 *
 * Behaviour of readAttachment:
 * - returns `{ name, data }` for the first embedded file (or the one called `name`);
 * - returns `null` when the input is a readable PDF without (that) embedded file;
 * - throws `PdfReadError` (Dutch message, `code` says why) when the input is not a PDF, is damaged,
 *   encrypted or too large so that it cannot be read, or the embedded file cannot be decoded or is
 *   too large. It never throws anything else.
 */
// pdf-lib's parser only (not PDFDocument, which brings the standard-font metrics and a PNG decoder).
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectStreamParser,
  PDFParser,
  PDFRawStream,
  PDFStream,
  PDFString,
  PDFXRefStreamParser,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { Unzlib } from 'fflate';

export type PdfReadErrorCode = 'not-pdf' | 'damaged' | 'encrypted' | 'attachment-damaged' | 'too-large' | 'attachment-too-large';

/** Limits on the work for one PDF. */
export const PDF_READ_LIMITS = {
  /** Size of the PDF file. */
  inputBytes: 20 * 1024 * 1024,
  /** Decompressed size of the embedded file. */
  attachmentBytes: 5 * 1024 * 1024,
  /** Decompressed size of one object or cross-reference stream (the PDF's own structure)… */
  structureStreamBytes: 8 * 1024 * 1024,
  /** …and of all of them together. */
  structureTotalBytes: 32 * 1024 * 1024,
} as const;

export class PdfReadError extends Error {
  readonly code: PdfReadErrorCode;
  constructor(code: PdfReadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfReadError';
    this.code = code;
  }
}

const MB = (n: number) => Math.round(n / (1024 * 1024));
const MESSAGES: Record<PdfReadErrorCode, string> = {
  'not-pdf': 'Dit bestand is geen PDF. Kies de PDF die je eerder met Gesprekswijzer hebt gemaakt.',
  damaged: 'Deze PDF is beschadigd of onvolledig en kan niet gelezen worden.',
  encrypted: 'Deze PDF is beveiligd met een wachtwoord en kan niet gelezen worden.',
  'attachment-damaged': 'Het gegevensbestand in deze PDF is beschadigd en kan niet gelezen worden.',
  'too-large': `Deze PDF is te groot om te lezen (meer dan ${MB(PDF_READ_LIMITS.inputBytes)} MB, of uitgepakt veel meer). Een PDF van Gesprekswijzer is veel kleiner: kies de PDF die je eerder met Gesprekswijzer hebt gemaakt.`,
  'attachment-too-large': `Het gegevensbestand in deze PDF is uitgepakt groter dan ${MB(PDF_READ_LIMITS.attachmentBytes)} MB en wordt niet gelezen. De gegevens van een verslag zijn veel kleiner: dit is waarschijnlijk niet de juiste PDF.`,
};

/** A decompression limit was reached (internal; becomes a PdfReadError). */
class LimitError extends Error {}

/**
 * Inflates zlib data, but never more than `limit` bytes: the input is fed in small pieces and
 * inflating stops as soon as the output passes the limit (each piece can add at most ~1 MB).
 */
export function inflateBounded(data: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > limit) throw new LimitError('decompressed size over the limit');
    chunks.push(chunk);
  });
  const PIECE = 1024;
  for (let i = 0; i < data.length; i += PIECE) inflater.push(data.subarray(i, i + PIECE), i + PIECE >= data.length);
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/**
 * Decodes a stream's filters with a limit on every stage's output. FlateDecode is inflated with
 * `inflateBounded`; the other filters (LZW, ASCII85, …) decode block by block and stop at the limit.
 */
export function decodeBounded(stream: PDFRawStream, limit: number): Uint8Array {
  const dict = stream.dict;
  const filter = dict.lookup(PDFName.of('Filter'));
  const filters: PDFName[] = filter instanceof PDFName ? [filter] : filter instanceof PDFArray ? filter.asArray().map((f) => dict.context.lookup(f)).filter((f): f is PDFName => f instanceof PDFName) : [];
  const parms = dict.lookup(PDFName.of('DecodeParms'));
  let data = stream.contents;
  filters.forEach((f, i) => {
    if (f === PDFName.of('FlateDecode')) {
      data = inflateBounded(data, limit);
      return;
    }
    const p = parms instanceof PDFArray ? parms.lookup(i) : parms;
    const single = dict.context.obj({}) as PDFDict;
    single.set(PDFName.of('Filter'), f);
    if (p instanceof PDFDict) single.set(PDFName.of('DecodeParms'), p);
    const decoded = decodePDFRawStream(PDFRawStream.of(single, data)).getBytes(limit + 1);
    if (decoded.length > limit) throw new LimitError('decompressed size over the limit');
    data = new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.length);
  });
  return data;
}

/** Budget for the structure streams of the PDF being loaded (see guardStructureStreams). */
let structureBudget: { left: number; exceeded: boolean } | null = null;

/**
 * pdf-lib inflates object streams and cross-reference streams while loading, without a limit.
 * Before it does, the stream is inflated once with the limits (cheap: these streams are small in
 * real PDFs); past a limit loading stops with a LimitError.
 */
function guardStructureStreams(): void {
  const patch = <T extends { forStream: (...args: never[]) => unknown }>(cls: T) => {
    const original = cls.forStream;
    const guarded = (...args: unknown[]) => {
      const raw = args[0];
      const budget = structureBudget;
      if (budget && raw instanceof PDFRawStream) {
        try {
          budget.left -= decodeBounded(raw, Math.max(0, Math.min(PDF_READ_LIMITS.structureStreamBytes, budget.left))).length;
        } catch (err) {
          // pdf-lib may swallow errors of single objects: remember that a limit was reached.
          if (err instanceof LimitError) budget.exceeded = true;
          throw err;
        }
      }
      return (original as (...a: unknown[]) => unknown).apply(cls, args);
    };
    (cls as { forStream: unknown }).forStream = guarded;
  };
  patch(PDFObjectStreamParser as unknown as { forStream: (...args: never[]) => unknown });
  patch(PDFXRefStreamParser as unknown as { forStream: (...args: never[]) => unknown });
}
guardStructureStreams();

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
/** A parsed PDF: its objects and its catalog. */
export interface ParsedPdf {
  context: PDFContext;
  catalog: PDFDict;
}

function walkNameTree(doc: ParsedPdf, node: PDFObject | undefined, out: FileSpecEntry[], seen: Set<unknown>, depth: number): void {
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
  if (!(stream instanceof PDFStream)) throw new Error('no stream');
  const limit = PDF_READ_LIMITS.attachmentBytes;
  // A declared size over the limit is refused before anything is inflated.
  const params = stream.dict.context.lookup(stream.dict.get(PDFName.of('Params')));
  const sizeObj = params instanceof PDFDict ? stream.dict.context.lookup(params.get(PDFName.of('Size'))) : undefined;
  const declared = sizeObj instanceof PDFNumber ? sizeObj.asNumber() : undefined;
  if (declared !== undefined && declared > limit) throw new LimitError('declared size over the limit');
  let data: Uint8Array;
  if (stream instanceof PDFRawStream) data = decodeBounded(stream, limit);
  else data = stream.getContents();
  if (data.length > limit) throw new LimitError('decompressed size over the limit');
  // A truncated flate stream can decode "successfully" to fewer bytes: compare with /Params /Size.
  if (declared !== undefined && declared !== data.length) throw new Error('size mismatch');
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

function collect(doc: ParsedPdf): Collected[] {
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

/** Parses an untrusted PDF with every limit of PDF_READ_LIMITS; throws PdfReadError. */
export async function loadForReading(pdf: Uint8Array | ArrayBuffer): Promise<ParsedPdf> {
  const bytes = toBytes(pdf);
  if (bytes.length < 8 || !hasPdfHeader(bytes)) fail('not-pdf');
  if (bytes.length > PDF_READ_LIMITS.inputBytes) fail('too-large');
  let context: PDFContext;
  const budget = { left: PDF_READ_LIMITS.structureTotalBytes, exceeded: false };
  structureBudget = budget;
  try {
    // 100 objects per tick, like PDFDocument.load: the page stays responsive on a large file.
    context = await PDFParser.forBytesWithOptions(bytes, 100, false).parseDocument();
  } catch (err) {
    fail(err instanceof LimitError || budget.exceeded ? 'too-large' : 'damaged', err);
  } finally {
    if (structureBudget === budget) structureBudget = null;
  }
  if (budget.exceeded) fail('too-large');
  if (context.lookup(context.trailerInfo.Encrypt)) fail('encrypted');
  const catalog = context.lookup(context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict)) fail('damaged');
  return { context, catalog };
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
      fail(err instanceof LimitError ? 'attachment-too-large' : 'attachment-damaged', err);
    }
  } catch (err) {
    if (err instanceof PdfReadError) throw err;
    throw new PdfReadError('damaged', MESSAGES.damaged, { cause: err });
  }
}
