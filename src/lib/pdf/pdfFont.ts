/**
 * A font embedded in one document: a Type 0 font (Identity-H) over a CIDFontType2 whose program
 * is subset to the glyphs the document uses. Text is encoded as two-byte glyph numbers in order of
 * first use (0 is .notdef); the ToUnicode map makes the text searchable and copyable.
 */
import type { FontMetrics } from './fonts.ts';
import { readSfnt, subsetSfnt } from './sfnt.ts';
import { PdfRef, PdfWriter, name, text, type PdfValue } from './writer.ts';

const HEX4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** UTF-16BE hex of a string, for ToUnicode. */
function utf16(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += HEX4(s.charCodeAt(i));
  return out;
}

/** Compares two texts by code points: the preferred (smallest) text of a shared glyph wins. */
function before(a: string, b: string): boolean {
  const ca = a.codePointAt(0) as number;
  const cb = b.codePointAt(0) as number;
  return ca !== cb ? ca < cb : a.length !== b.length ? a.length < b.length : a < b;
}

/** FNV-1a over the glyph list → six capital letters, the subset tag required by the PDF spec. */
function subsetTag(ids: readonly number[], salt: string): string {
  let h = 0x811c9dc5;
  const mix = (x: number) => {
    h ^= x & 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  for (const ch of salt) mix(ch.charCodeAt(0));
  for (const g of ids) {
    mix(g >> 8);
    mix(g);
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26) + Math.imul(h, 7);
    h >>>= 0;
  }
  return tag;
}

export class PdfFont {
  readonly metrics: FontMetrics;
  readonly program: Uint8Array;
  private readonly writer: PdfWriter;
  private objectRef: PdfRef | null = null;
  /** Resource name (also used in form fields' /DA). */
  readonly resourceName: string;
  /** Original glyph ids in order of first use; index = glyph number in the PDF. */
  private readonly order: number[] = [0];
  private readonly cid = new Map<number, number>([[0, 0]]);
  private readonly unicode = new Map<number, string>();
  private readonly encoded = new Map<string, string>();

  constructor(writer: PdfWriter, metrics: FontMetrics, program: Uint8Array) {
    this.metrics = metrics;
    this.program = program;
    this.writer = writer;
    this.resourceName = metrics.info.data.psName.replace(/[^A-Za-z0-9_-]/g, '') || 'F';
  }

  /** The font object, allocated when the font is first referenced (an unused font is not written). */
  get ref(): PdfRef {
    this.objectRef ??= this.writer.alloc();
    return this.objectRef;
  }

  private cidOf(gid: number, text: string): number {
    let c = this.cid.get(gid);
    if (c === undefined) {
      c = this.order.length;
      this.order.push(gid);
      this.cid.set(gid, c);
    }
    if (c !== 0) {
      const prev = this.unicode.get(c);
      if (prev === undefined || before(text, prev)) this.unicode.set(c, text);
    }
    return c;
  }

  /** Hex string of glyph numbers for a prepared line (words separated by single spaces). */
  encode(line: string): string {
    const cached = this.encoded.get(line);
    if (cached !== undefined) return cached;
    let hex = '';
    let start = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i === line.length || line.charCodeAt(i) === 32) {
        if (i > start) {
          for (const g of this.metrics.glyphs(line.slice(start, i))) hex += HEX4(this.cidOf(g.gid, g.text));
        }
        if (i < line.length) hex += HEX4(this.cidOf(this.metrics.info.cmap.get(32) ?? 0, ' '));
        start = i + 1;
      }
    }
    if (this.encoded.size > 5000) this.encoded.clear();
    this.encoded.set(line, hex);
    return hex;
  }

  /** Adds the glyphs of `chars` to the subset without drawing them (form fields). */
  include(chars: string): void {
    for (const ch of chars) {
      const cp = ch.codePointAt(0) as number;
      const gid = this.metrics.info.cmap.get(cp);
      if (gid !== undefined) this.cidOf(gid, ch);
    }
  }

  /** Writes the font objects: Type0, CIDFont, descriptor, subset program, ToUnicode. */
  write(writer: PdfWriter): void {
    if (!this.objectRef) return;
    const data = this.metrics.info.data;
    const scale = 1000 / data.unitsPerEm;
    const usedByText = this.order.length;
    const order = this.order.slice();
    const program = subsetSfnt(readSfnt(this.program), order); // may append composite components
    const baseFont = `${subsetTag(order, data.psName)}+${data.psName}`;
    // Widths of the glyphs text uses, in runs: [first [w w w …]].
    const W: PdfValue[] = [];
    const widths: number[] = [];
    for (let c = 1; c < usedByText; c++) widths.push(Math.round((data.widths[order[c] as number] ?? 0) * scale));
    if (widths.length > 0) W.push(1, widths);
    const fontFile = writer.addStream(program, { Length1: program.length });
    const descriptor = writer.add({
      Type: name('FontDescriptor'),
      FontName: name(baseFont),
      Flags: 4,
      FontBBox: data.bbox.map((v) => Math.round(v * scale)),
      ItalicAngle: data.italicAngle,
      Ascent: Math.round(data.ascent * scale),
      Descent: Math.round(data.descent * scale),
      CapHeight: Math.round(data.capHeight * scale),
      XHeight: Math.round(data.xHeight * scale),
      StemV: 0,
      FontFile2: fontFile,
    });
    const cidFont = writer.add({
      Type: name('Font'),
      Subtype: name('CIDFontType2'),
      BaseFont: name(baseFont),
      CIDSystemInfo: { Registry: text('Adobe'), Ordering: text('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W,
      CIDToGIDMap: name('Identity'),
    });
    const toUnicode = writer.addStream(new TextEncoder().encode(this.toUnicodeCMap()));
    writer.set(this.ref, {
      Type: name('Font'),
      Subtype: name('Type0'),
      BaseFont: name(baseFont),
      Encoding: name('Identity-H'),
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    });
  }

  private toUnicodeCMap(): string {
    const entries = [...this.unicode].sort((a, b) => a[0] - b[0]);
    const blocks: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const part = entries.slice(i, i + 100);
      blocks.push(`${part.length} beginbfchar\n${part.map(([c, t]) => `<${HEX4(c)}> <${utf16(t)}>`).join('\n')}\nendbfchar`);
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <FFFF>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n');
  }
}
