/**
 * A small PDF writer: indirect objects, object streams and a cross-reference stream (PDF 1.7).
 * Deterministic by construction: objects are numbered in the order they are allocated, dictionary
 * keys keep their insertion order, numbers have one textual form, no ids or dates are invented, and
 * compression is pure JavaScript (fflate), so every browser and Node produce the same bytes.
 */
import { zlibSync } from 'fflate';

// (No TypeScript parameter properties: Node runs these sources with type stripping only.)
export class PdfRef {
  readonly num: number;
  constructor(num: number) {
    this.num = num;
  }
}
export class PdfName {
  readonly name: string;
  constructor(n: string) {
    this.name = n;
  }
}
/** A text string (Info, form fields, file names): literal when printable ASCII, else UTF-16BE hex. */
export class PdfText {
  readonly text: string;
  constructor(t: string) {
    this.text = t;
  }
}
/** A byte string written as hex (<…>); `hex` is the hex digits. */
export class PdfHex {
  readonly hex: string;
  constructor(h: string) {
    this.hex = h;
  }
}
/** Already serialised PDF syntax (e.g. a date string). */
export class PdfRaw {
  readonly raw: string;
  constructor(r: string) {
    this.raw = r;
  }
}

export type PdfValue = PdfRef | PdfName | PdfText | PdfHex | PdfRaw | number | boolean | null | PdfValue[] | PdfDict;
export interface PdfDict {
  [key: string]: PdfValue | undefined;
}

export class PdfStream {
  readonly dict: PdfDict;
  readonly data: Uint8Array;
  constructor(dict: PdfDict, data: Uint8Array) {
    this.dict = dict;
    this.data = data;
  }
}

export const name = (n: string): PdfName => new PdfName(n);
export const text = (t: string): PdfText => new PdfText(t);

/** Formats a number: at most 4 decimals, no exponent, no '-0'. */
export function pdfNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  if (Number.isInteger(n)) return Object.is(n, -0) ? '0' : String(n);
  const r = Math.round(n * 10000) / 10000;
  if (r === 0) return '0';
  let s = r.toFixed(4);
  s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

function escapeName(n: string): string {
  let out = '/';
  for (const ch of new TextEncoder().encode(n)) {
    const c = ch;
    const regular = c > 0x20 && c < 0x7f && !'()<>[]{}/%#'.includes(String.fromCharCode(c));
    out += regular ? String.fromCharCode(c) : `#${c.toString(16).padStart(2, '0').toUpperCase()}`;
  }
  return out;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase());

/** UTF-16BE with BOM, as hex digits. */
export function utf16Hex(s: string): string {
  let out = 'FEFF';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += HEX[c >> 8]! + HEX[c & 0xff]!;
  }
  return out;
}

function serializeText(t: string): string {
  // Printable ASCII goes as a literal string (escaped); anything else as UTF-16BE hex.
  if (/^[\x20-\x7e]*$/.test(t)) return `(${t.replace(/[\\()]/g, (m) => `\\${m}`)})`;
  return `<${utf16Hex(t)}>`;
}

/** PDF date string: D:YYYYMMDDHHmmSSZ (UTC). */
export function pdfDate(d: Date): PdfRaw {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return new PdfRaw(`(D:${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)`);
}

export function serialize(v: PdfValue | undefined): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return pdfNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof PdfRef) return `${v.num} 0 R`;
  if (v instanceof PdfName) return escapeName(v.name);
  if (v instanceof PdfText) return serializeText(v.text);
  if (v instanceof PdfHex) return `<${v.hex}>`;
  if (v instanceof PdfRaw) return v.raw;
  if (Array.isArray(v)) return `[${v.map(serialize).join(' ')}]`;
  let out = '<<';
  for (const key of Object.keys(v)) {
    const value = v[key];
    if (value === undefined) continue;
    out += `${escapeName(key)} ${serialize(value)}`;
  }
  return `${out}>>`;
}

/** Deflate (zlib format) with a fixed level: the same bytes everywhere. */
export function deflate(data: Uint8Array): Uint8Array {
  return zlibSync(data, { level: 6, mem: 4 });
}

const latin1 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
};

export class PdfWriter {
  private readonly objects: (PdfValue | PdfStream | undefined)[] = [undefined];

  /** Reserves an object number (filled later with `set`). */
  alloc(): PdfRef {
    this.objects.push(undefined);
    return new PdfRef(this.objects.length - 1);
  }

  set(ref: PdfRef, value: PdfValue | PdfStream): PdfRef {
    this.objects[ref.num] = value;
    return ref;
  }

  add(value: PdfValue | PdfStream): PdfRef {
    return this.set(this.alloc(), value);
  }

  get(ref: PdfRef): PdfValue | PdfStream | undefined {
    return this.objects[ref.num];
  }

  /** A flate-compressed stream object. */
  addStream(data: Uint8Array, dict: PdfDict = {}): PdfRef {
    return this.add(new PdfStream({ ...dict, Filter: name('FlateDecode') }, deflate(data)));
  }

  /**
   * Serialises the document. Dictionaries and arrays go into object streams (compressed), streams
   * stay top-level objects; the cross-reference table is a compressed stream.
   */
  save(trailer: { root: PdfRef; info?: PdfRef }): Uint8Array {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const push = (b: Uint8Array) => {
      chunks.push(b);
      length += b.length;
    };
    push(latin1('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n'));
    // xref entries: [type, field2, field3]
    const count = this.objects.length;
    const inStream: number[] = [];
    for (let num = 1; num < count; num++) {
      const o = this.objects[num];
      if (o !== undefined && !(o instanceof PdfStream)) inStream.push(num);
    }
    const OBJECTS_PER_STREAM = 200;
    const streamCount = Math.ceil(inStream.length / OBJECTS_PER_STREAM);
    const total = count + streamCount + 1; // + object streams + xref stream
    const type = new Uint8Array(total);
    const f2 = new Uint32Array(total);
    const f3 = new Uint16Array(total);
    f3[0] = 0xffff;
    const writeObject = (num: number, body: Uint8Array | string, streamData?: Uint8Array) => {
      type[num] = 1;
      f2[num] = length;
      push(latin1(`${num} 0 obj\n`));
      push(typeof body === 'string' ? latin1(body) : body);
      if (streamData) {
        push(latin1('\nstream\n'));
        push(streamData);
        push(latin1('\nendstream'));
      }
      push(latin1('\nendobj\n'));
    };
    for (let num = 1; num < count; num++) {
      const o = this.objects[num];
      if (o instanceof PdfStream) writeObject(num, serialize({ ...o.dict, Length: o.data.length }), o.data);
    }
    for (let s = 0; s < streamCount; s++) {
      const nums = inStream.slice(s * OBJECTS_PER_STREAM, (s + 1) * OBJECTS_PER_STREAM);
      const streamNum = count + s;
      const bodies = nums.map((n) => serialize(this.objects[n] as PdfValue));
      let offset = 0;
      const header: string[] = [];
      nums.forEach((n, i) => {
        header.push(`${n} ${offset}`);
        offset += bodies[i]!.length + 1;
        type[n] = 2;
        f2[n] = streamNum;
        f3[n] = i;
      });
      const head = header.join(' ') + '\n';
      const data = deflate(latin1(head + bodies.join('\n') + '\n'));
      writeObject(streamNum, serialize({ Type: name('ObjStm'), N: nums.length, First: head.length, Filter: name('FlateDecode'), Length: data.length }), data);
    }
    // Cross-reference stream: W [1 4 2].
    const xrefNum = total - 1;
    type[xrefNum] = 1;
    f2[xrefNum] = length;
    const rows = new Uint8Array(total * 7);
    for (let i = 0; i < total; i++) {
      const o = i * 7;
      rows[o] = type[i]!;
      const v = f2[i]!;
      rows[o + 1] = v >>> 24;
      rows[o + 2] = (v >>> 16) & 0xff;
      rows[o + 3] = (v >>> 8) & 0xff;
      rows[o + 4] = v & 0xff;
      rows[o + 5] = f3[i]! >> 8;
      rows[o + 6] = f3[i]! & 0xff;
    }
    const xrefData = deflate(rows);
    const xrefOffset = length;
    writeObject(
      xrefNum,
      serialize({
        Type: name('XRef'),
        Size: total,
        W: [1, 4, 2],
        Root: trailer.root,
        Info: trailer.info,
        Filter: name('FlateDecode'),
        Length: xrefData.length,
      }),
      xrefData,
    );
    push(latin1(`startxref\n${xrefOffset}\n%%EOF\n`));
    const out = new Uint8Array(length);
    let p = 0;
    for (const c of chunks) {
      out.set(c, p);
      p += c.length;
    }
    return out;
  }
}
