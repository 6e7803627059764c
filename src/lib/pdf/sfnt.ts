/**
 * TrueType glyph subsetting without a font parser: reads the table directory, `loca` and the
 * component references of composite glyphs, and writes a new font with only the glyphs a document
 * uses, numbered in the order given (new glyph id = index). Outline bytes are copied verbatim
 * (only component glyph ids are rewritten), so glyphs cannot be damaged.
 *
 * The fonts are prepared at build time (scripts/build-fonts.mjs: hb-subset, hinting removed), so
 * only the tables a PDF needs remain: head, hhea, maxp, hmtx, loca, glyf (cvt, fpgm, prep are
 * copied when present). Used at build time too, to write those prepared fonts.
 */

export class SfntError extends Error {}

/** A font program split into its tables, with the glyph locations read once. */
export interface SfntFont {
  tables: Map<string, Uint8Array>;
  numGlyphs: number;
  /** Start of glyph i in `glyf` is offsets[i], end is offsets[i + 1]. */
  offsets: Uint32Array;
  numberOfHMetrics: number;
}

const parsedFonts = new WeakMap<Uint8Array, SfntFont>();

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** Reads the table directory and `loca` (cached per program buffer). */
export function readSfnt(program: Uint8Array): SfntFont {
  const cached = parsedFonts.get(program);
  if (cached) return cached;
  const dv = view(program);
  if (program.length < 12) throw new SfntError('font too short');
  const version = dv.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new SfntError('not a TrueType font');
  const numTables = dv.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (rec + 16 > program.length) throw new SfntError('table directory truncated');
    const tag = String.fromCharCode(program[rec]!, program[rec + 1]!, program[rec + 2]!, program[rec + 3]!);
    const offset = dv.getUint32(rec + 8);
    const length = dv.getUint32(rec + 12);
    if (offset + length > program.length) throw new SfntError(`table ${tag} out of range`);
    tables.set(tag, program.subarray(offset, offset + length));
  }
  const head = need(tables, 'head');
  const maxp = need(tables, 'maxp');
  const hhea = need(tables, 'hhea');
  const loca = need(tables, 'loca');
  need(tables, 'glyf');
  need(tables, 'hmtx');
  const numGlyphs = view(maxp).getUint16(4);
  const longLoca = view(head).getInt16(50) === 1;
  const lv = view(loca);
  const offsets = new Uint32Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) offsets[i] = longLoca ? lv.getUint32(i * 4) : lv.getUint16(i * 2) * 2;
  const font: SfntFont = { tables, numGlyphs, offsets, numberOfHMetrics: view(hhea).getUint16(34) };
  parsedFonts.set(program, font);
  return font;
}

function need(tables: Map<string, Uint8Array>, tag: string): Uint8Array {
  const t = tables.get(tag);
  if (!t) throw new SfntError(`missing table ${tag}`);
  return t;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Offsets (within the glyph) of the component glyph ids of a composite glyph; [] for a simple glyph. */
function componentOffsets(glyph: Uint8Array): number[] {
  if (glyph.length < 10) return [];
  const dv = view(glyph);
  if (dv.getInt16(0) >= 0) return [];
  const out: number[] = [];
  let p = 10;
  for (let guard = 0; guard < 1000 && p + 4 <= glyph.length; guard++) {
    const flags = dv.getUint16(p);
    out.push(p + 2);
    p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) p += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
    if (!(flags & MORE_COMPONENTS)) break;
  }
  return out;
}

function glyphBytes(font: SfntFont, gid: number): Uint8Array {
  const glyf = font.tables.get('glyf') as Uint8Array;
  const start = font.offsets[gid] as number;
  const end = font.offsets[gid + 1] as number;
  return end > start && end <= glyf.length ? glyf.subarray(start, end) : new Uint8Array(0);
}

/**
 * Writes a font with the glyphs `order` (original glyph ids; order[0] should be 0, .notdef) as new
 * glyph ids 0, 1, 2, … Components of composite glyphs are appended to `order` (the array is
 * extended in place) and renumbered. Returns the font program.
 */
export function subsetSfnt(font: SfntFont, order: number[]): Uint8Array {
  const newId = new Map<number, number>();
  order.forEach((g, i) => newId.set(g, i));
  const pieces: Uint8Array[] = [];
  for (let i = 0; i < order.length; i++) {
    const gid = order[i] as number;
    const src = gid < font.numGlyphs ? glyphBytes(font, gid) : new Uint8Array(0);
    const refs = componentOffsets(src);
    if (refs.length === 0) {
      pieces.push(src);
      continue;
    }
    const copy = src.slice();
    const dv = view(copy);
    for (const at of refs) {
      const comp = dv.getUint16(at);
      let id = newId.get(comp);
      if (id === undefined) {
        id = order.length;
        order.push(comp < font.numGlyphs ? comp : 0);
        newId.set(comp, id);
      }
      dv.setUint16(at, id);
    }
    pieces.push(copy);
  }
  const n = order.length;
  // glyf and loca (long offsets, glyphs 4-byte aligned).
  let glyfLength = 0;
  for (const p of pieces) glyfLength += (p.length + 3) & ~3;
  const glyf = new Uint8Array(glyfLength);
  const loca = new Uint8Array((n + 1) * 4);
  const lv = view(loca);
  let pos = 0;
  pieces.forEach((p, i) => {
    lv.setUint32(i * 4, pos);
    glyf.set(p, pos);
    pos += (p.length + 3) & ~3;
  });
  lv.setUint32(n * 4, pos);
  // hmtx: one long metric per glyph.
  const srcHmtx = view(font.tables.get('hmtx') as Uint8Array);
  const hmtx = new Uint8Array(n * 4);
  const hv = view(hmtx);
  const lastLong = font.numberOfHMetrics - 1;
  order.forEach((g, i) => {
    const m = Math.min(g, lastLong);
    const advance = srcHmtx.getUint16(m * 4);
    const lsbAt = g <= lastLong ? g * 4 + 2 : font.numberOfHMetrics * 4 + (g - font.numberOfHMetrics) * 2;
    const lsb = lsbAt + 2 <= srcHmtx.byteLength ? srcHmtx.getInt16(lsbAt) : 0;
    hv.setUint16(i * 4, advance);
    hv.setInt16(i * 4 + 2, lsb);
  });
  const head = (font.tables.get('head') as Uint8Array).slice();
  view(head).setUint32(8, 0); // checkSumAdjustment, set below
  view(head).setInt16(50, 1); // long loca
  const hhea = (font.tables.get('hhea') as Uint8Array).slice();
  view(hhea).setUint16(34, n);
  const maxp = (font.tables.get('maxp') as Uint8Array).slice();
  view(maxp).setUint16(4, n);
  const out = new Map<string, Uint8Array>([
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
  ]);
  for (const tag of ['cvt ', 'fpgm', 'prep']) {
    const t = font.tables.get(tag);
    if (t) out.set(tag, t);
  }
  return writeSfnt(out);
}

function checksum(b: Uint8Array): number {
  let sum = 0;
  const whole = b.length & ~3;
  const dv = view(b);
  for (let i = 0; i < whole; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
  if (whole < b.length) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (i < b.length ? (b[i] as number) : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** Writes an sfnt (TrueType) file from tables; tables are sorted by tag, checksums are computed. */
export function writeSfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const numTables = tags.length;
  let size = 12 + 16 * numTables;
  for (const t of tags) size += ((tables.get(t) as Uint8Array).length + 3) & ~3;
  const out = new Uint8Array(size);
  const dv = view(out);
  let pow = 1;
  let log = 0;
  while (pow * 2 <= numTables) {
    pow *= 2;
    log++;
  }
  dv.setUint32(0, 0x00010000);
  dv.setUint16(4, numTables);
  dv.setUint16(6, pow * 16);
  dv.setUint16(8, log);
  dv.setUint16(10, numTables * 16 - pow * 16);
  let offset = 12 + 16 * numTables;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) as Uint8Array;
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    dv.setUint32(rec + 4, checksum(data));
    dv.setUint32(rec + 8, offset);
    dv.setUint32(rec + 12, data.length);
    out.set(data, offset);
    if (tag === 'head') headOffset = offset;
    offset += (data.length + 3) & ~3;
  });
  if (headOffset >= 0) dv.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
