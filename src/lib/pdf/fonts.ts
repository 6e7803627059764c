/**
 * Fonts without a font parser: glyph lookup, widths and right-to-left shaping from the metrics
 * computed at build time (fontData.ts), cached per font for the whole process / page session.
 */
import { fontInfo, type FontInfo, type FontMetricsData } from './fontData.ts';
import { cachedWidth, type WidthFn } from './text.ts';

/** One glyph of a laid-out word: glyph id and the text it stands for (ToUnicode). */
export interface Glyph {
  readonly gid: number;
  readonly text: string;
}

/** Measuring, coverage and glyph layout for one font face. */
export interface FontMetrics {
  info: FontInfo;
  /** Does the font have a glyph for this code point? */
  has(cp: number): boolean;
  /** Width of a word (no spaces) at size 1 in points, measured once per distinct word. */
  width: WidthFn;
  /** The glyphs of a word (no spaces), in visual order; memoised. */
  glyphs(word: string): readonly Glyph[];
  /** Ascender / descender at size 1 (descent negative). */
  ascent: number;
  descent: number;
}

const metricsOf = new WeakMap<FontMetricsData, FontMetrics>();

/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, presentation forms). */
const NEEDS_SHAPING = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\uD802\uD803\uD83A\uD83B][\uDC00-\uDFFF]/;
const RTL_CP = (cp: number) => (cp >= 0x590 && cp <= 0x8ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff) || (cp >= 0x10800 && cp <= 0x10fff) || (cp >= 0x1e800 && cp <= 0x1efff);
const LTR_LETTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}]/u;
const MARK = /\p{M}/u;

const ISOL = 0;
const FINA = 1;
const INIT = 2;
const MEDI = 3;

/**
 * Arabic-style shaping of one word in logical order: joining forms by the Unicode joining
 * algorithm (types and forms computed at build time with fontkit's shaper) and required
 * ligatures (lam + alef). Returns glyphs in logical order.
 */
function shapeLogical(info: FontInfo, cps: number[]): Glyph[] {
  const n = cps.length;
  const type = cps.map((cp) => info.joining.get(cp) ?? (MARK.test(String.fromCodePoint(cp)) ? 'T' : 'U'));
  const canJoinNext = (i: number) => type[i] === 'D' || type[i] === 'C';
  const canJoinPrev = (i: number) => type[i] === 'D' || type[i] === 'R' || type[i] === 'C';
  const prevNonT = (i: number) => {
    for (let k = i - 1; k >= 0; k--) if (type[k] !== 'T') return k;
    return -1;
  };
  const nextNonT = (i: number) => {
    for (let k = i + 1; k < n; k++) if (type[k] !== 'T') return k;
    return -1;
  };
  const form = new Array<number>(n).fill(ISOL);
  for (let i = 0; i < n; i++) {
    if (type[i] === 'T' || type[i] === 'U') continue;
    const p = prevNonT(i);
    const q = nextNonT(i);
    const joinsPrev = p >= 0 && canJoinNext(p) && canJoinPrev(i);
    const joinsNext = q >= 0 && canJoinNext(i) && canJoinPrev(q);
    form[i] = joinsPrev && joinsNext ? MEDI : joinsPrev ? FINA : joinsNext ? INIT : ISOL;
  }
  const out: Glyph[] = [];
  for (let i = 0; i < n; i++) {
    const cp = cps[i] as number;
    if (i + 1 < n && info.ligatureStarts.has(cp)) {
      const lig = info.ligatures.get(`${cp},${cps[i + 1]}`);
      if (lig) {
        const joined = form[i] === FINA || form[i] === MEDI;
        out.push({ gid: joined ? lig[1] : lig[0], text: String.fromCodePoint(cp, cps[i + 1] as number) });
        i++;
        continue;
      }
    }
    const forms = info.forms.get(cp);
    const f = form[i] as number;
    const gid = (forms && f !== ISOL && forms[f]) || info.cmap.get(cp) || 0;
    out.push({ gid, text: String.fromCodePoint(cp) });
  }
  return out;
}

/** Direct cmap lookup, one glyph per code point. */
function direct(info: FontInfo, cps: number[]): Glyph[] {
  return cps.map((cp) => ({ gid: info.cmap.get(cp) ?? 0, text: String.fromCodePoint(cp) }));
}

/**
 * Glyphs of one word in visual order. Words without right-to-left characters map code point →
 * glyph through the cmap (pdf viewers get no kerning or ligatures, exactly as before). Words with
 * right-to-left characters are shaped; an all-RTL word is reversed, in a mixed word only its
 * right-to-left runs are.
 */
function layoutWord(info: FontInfo, word: string): Glyph[] {
  const cps: number[] = [];
  for (const ch of word) cps.push(ch.codePointAt(0) as number);
  if (!NEEDS_SHAPING.test(word)) return direct(info, cps);
  const glyphs = shapeLogical(info, cps);
  if (!LTR_LETTER.test(word)) return glyphs.reverse();
  // Mixed word: reverse each run of right-to-left glyphs (marks stay with their run).
  const out: Glyph[] = [];
  let run: Glyph[] = [];
  for (const g of glyphs) {
    const cp = g.text.codePointAt(0) as number;
    if (RTL_CP(cp) || (run.length > 0 && MARK.test(g.text))) run.push(g);
    else {
      if (run.length) out.push(...run.reverse());
      run = [];
      out.push(g);
    }
  }
  if (run.length) out.push(...run.reverse());
  return out;
}

/** Coverage, widths and glyph layout for a face (cached per metrics object). */
export function fontMetrics(data: FontMetricsData): FontMetrics {
  let m = metricsOf.get(data);
  if (m) return m;
  const info = fontInfo(data);
  const scale = 1 / data.unitsPerEm;
  const words = new Map<string, readonly Glyph[]>();
  const glyphs = (word: string): readonly Glyph[] => {
    let g = words.get(word);
    if (!g) {
      g = layoutWord(info, word);
      if (words.size > 50_000) words.clear();
      words.set(word, g);
    }
    return g;
  };
  const width = cachedWidth((word: string) => {
    let total = 0;
    for (const g of glyphs(word)) total += info.widths[g.gid] ?? 0;
    return total * scale;
  });
  m = {
    info,
    has: (cp: number) => info.cmap.has(cp),
    width,
    glyphs,
    ascent: data.ascent * scale,
    descent: data.descent * scale,
  };
  metricsOf.set(data, m);
  return m;
}
