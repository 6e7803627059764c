/**
 * Font metrics computed at build time (scripts/build-fonts.mjs), so the browser needs no font
 * parser: the cmap, advance widths, font-descriptor values and, for right-to-left scripts, the
 * joining forms and ligatures that shaping would choose. Stored as JSON next to the font program
 * (public/fonts/dejavu-sans-<set>.json).
 */

/** Metrics of one font face, as written by scripts/build-fonts.mjs. */
export interface FontMetricsData {
  /** PostScript name, e.g. 'DejaVuSans'. */
  psName: string;
  unitsPerEm: number;
  /** hhea ascender / descender (descent negative), font units. */
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  bbox: [number, number, number, number];
  italicAngle: number;
  numGlyphs: number;
  /** Runs of consecutive code points mapped to consecutive glyph ids: [cpDelta, count, firstGid, …]; cpDelta from the end of the previous run. */
  cmap: number[];
  /** Advance width per glyph id (font units). */
  widths: number[];
  /** Arabic-style joining. Code points per joining type: D dual, R right, C join-causing, T transparent. */
  joining?: { D: number[]; R: number[]; C: number[]; T: number[] };
  /** Contextual forms: [cp, isolated, final, initial, medial, …] glyph ids (0: none). */
  forms?: number[];
  /** Required ligatures (lam + alef): [cp1, cp2, isolatedGid, finalGid, …]. */
  ligatures?: number[];
}

/** Two faces with the same character set. */
export interface FontSetData {
  /** Name of the set: 'latin' (shipped for every PDF), 'europe' or 'full' (loaded when a text needs it). */
  set: string;
  regular: FontMetricsData;
  bold: FontMetricsData;
}

export type JoiningType = 'D' | 'R' | 'C' | 'T' | 'U';

/** Decoded metrics for fast lookup. */
export interface FontInfo {
  data: FontMetricsData;
  cmap: Map<number, number>;
  widths: ArrayLike<number>;
  joining: Map<number, JoiningType>;
  /** cp → [isolated, final, initial, medial] glyph ids. */
  forms: Map<number, [number, number, number, number]>;
  /** `${cp1},${cp2}` → [isolated, final] glyph ids. */
  ligatures: Map<string, [number, number]>;
  /** Code points that start a ligature. */
  ligatureStarts: Set<number>;
}

const decoded = new WeakMap<FontMetricsData, FontInfo>();

/** Decodes (once per metrics object) the compact metrics into lookup tables. */
export function fontInfo(data: FontMetricsData): FontInfo {
  let info = decoded.get(data);
  if (info) return info;
  if (!data || typeof data.unitsPerEm !== 'number' || !Array.isArray(data.cmap) || !Array.isArray(data.widths)) {
    throw new TypeError('Ongeldige lettertype-metriek.');
  }
  const cmap = new Map<number, number>();
  let cp = 0;
  for (let i = 0; i + 2 < data.cmap.length; i += 3) {
    cp += data.cmap[i] as number;
    const count = data.cmap[i + 1] as number;
    const gid = data.cmap[i + 2] as number;
    for (let k = 0; k < count; k++) cmap.set(cp + k, gid + k);
    cp += count;
  }
  const joining = new Map<number, JoiningType>();
  if (data.joining) {
    for (const t of ['D', 'R', 'C', 'T'] as const) for (const c of data.joining[t] ?? []) joining.set(c, t);
  }
  const forms = new Map<number, [number, number, number, number]>();
  const f = data.forms ?? [];
  for (let i = 0; i + 4 < f.length; i += 5) forms.set(f[i] as number, [f[i + 1] as number, f[i + 2] as number, f[i + 3] as number, f[i + 4] as number]);
  const ligatures = new Map<string, [number, number]>();
  const ligatureStarts = new Set<number>();
  const l = data.ligatures ?? [];
  for (let i = 0; i + 3 < l.length; i += 4) {
    ligatures.set(`${l[i]},${l[i + 1]}`, [l[i + 2] as number, l[i + 3] as number]);
    ligatureStarts.add(l[i] as number);
  }
  info = { data, cmap, widths: data.widths, joining, forms, ligatures, ligatureStarts };
  decoded.set(data, info);
  return info;
}

/** Decodes coverage ranges [start, length, start delta, length, …] (deltas from the previous end) into a predicate. */
export function rangeSet(encoded: readonly number[]): (cp: number) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  let cp = 0;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    cp += encoded[i] as number;
    starts.push(cp);
    cp += encoded[i + 1] as number;
    ends.push(cp); // exclusive
  }
  return (c: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (c < (starts[mid] as number)) hi = mid - 1;
      else if (c >= (ends[mid] as number)) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
