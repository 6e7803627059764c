/**
 * Fonts: fontkit parsing (cached per font buffer for the whole process / page session), a faster
 * `layout` (per-word memo), glyph coverage and word widths. Also the browser font loader.
 */
import fontkitModule from '@pdf-lib/fontkit';
import type { PdfFonts } from './model.ts';
import { cachedWidth, type WidthFn } from './text.ts';

/** The part of a fontkit glyph we use. */
interface FkGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface FkRun {
  glyphs: FkGlyph[];
  advanceWidth?: number;
}
/** The part of a fontkit font we use. */
export interface FkFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): FkGlyph;
  layout(text: string, features?: unknown, ...rest: unknown[]): FkRun;
}

interface FontkitLike {
  create(bytes: Uint8Array, postscriptName?: string): unknown;
}

// The UMD build (Node) and the ES build (Vite) both expose the API as default export.
const fontkit = fontkitModule as unknown as FontkitLike;

/** Measuring and coverage helpers for one parsed font. */
export interface FontMetrics {
  font: FkFont;
  /** Does the font have a glyph for this code point? (cached) */
  has(cp: number): boolean;
  /** Width of a word (no spaces) at size 1 in points, measured once per distinct word. */
  width: WidthFn;
  /** Ascender / descender at size 1 (descent negative). */
  ascent: number;
  descent: number;
}

const parsed = new WeakMap<ArrayBufferLike, Map<string, FkFont>>();
const metricsOf = new WeakMap<FkFont, FontMetrics>();

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Parses a TrueType font once per buffer (keyed by the underlying ArrayBuffer, offset and length). */
export function parseFont(data: Uint8Array | ArrayBuffer): FkFont {
  const bytes = toBytes(data);
  let byBuffer = parsed.get(bytes.buffer);
  if (!byBuffer) {
    byBuffer = new Map();
    parsed.set(bytes.buffer, byBuffer);
  }
  const key = `${bytes.byteOffset}:${bytes.byteLength}`;
  let font = byBuffer.get(key);
  if (!font) {
    font = fontkit.create(bytes) as FkFont;
    installWordLayout(font);
    byBuffer.set(key, font);
  }
  return font;
}

/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, presentation forms): shaped by fontkit. */
const NEEDS_SHAPING = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\uD802\uD803\uD83A\uD83B][\uDC00-\uDFFF]/;

/** What pdf-lib reads from a glyph: id (encoding, subset), advance width (/W) and code points (ToUnicode). */
interface GlyphRecord {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/**
 * Replaces `font.layout`. pdf-lib calls it for every width and every encoded line, and fontkit
 * shapes the whole string each time. Instead:
 * - lines are split at spaces and each distinct word is laid out once (memo);
 * - words without right-to-left characters map code point → glyph straight from the cmap. pdf-lib
 *   ignores kerning and mark positioning anyway, so only ligatures (fi, fl) and ccmp
 *   decompositions are skipped — which keeps the ToUnicode map exact (one glyph, one code point);
 * - words with RTL characters are shaped by fontkit (Arabic joining forms, reversed glyph order);
 *   words stay in logical order;
 * - every glyph is a fresh record with its own code points, so fontkit's glyph cache (shared by all
 *   documents of the process) cannot leak code points from one word or document into another:
 *   the same model always gives the same PDF.
 */
function installWordLayout(font: FkFont): void {
  const original = font.layout.bind(font);
  const words = new Map<string, GlyphRecord[]>();
  const byCodePoint = new Map<number, GlyphRecord>();
  const direct = (cp: number): GlyphRecord => {
    let r = byCodePoint.get(cp);
    if (!r) {
      const g = font.glyphForCodePoint(cp);
      r = { id: g.id, advanceWidth: g.advanceWidth, codePoints: [cp] };
      byCodePoint.set(cp, r);
    }
    return r;
  };
  const space = direct(32);
  const shapeWord = (word: string): GlyphRecord[] => {
    let glyphs = words.get(word);
    if (glyphs) return glyphs;
    const cps: number[] = [];
    for (const ch of word) cps.push(ch.codePointAt(0) as number);
    if (!NEEDS_SHAPING.test(word)) {
      glyphs = cps.map(direct);
    } else {
      try {
        const run = original(word) as FkRun & { direction?: string };
        const order = run.direction === 'rtl' ? [...cps].reverse() : cps;
        const oneToOne = run.glyphs.length === cps.length;
        glyphs = run.glyphs.map((g, i) => ({
          id: g.id,
          advanceWidth: g.advanceWidth,
          codePoints: oneToOne ? [order[i] as number] : [...(g.codePoints ?? [])],
        }));
      } catch {
        glyphs = cps.map(direct);
      }
    }
    if (words.size > 50_000) words.clear();
    words.set(word, glyphs);
    return glyphs;
  };
  font.layout = (text: string, features?: unknown, ...rest: unknown[]): FkRun => {
    if (features !== undefined || rest.length > 0) return original(text, features, ...rest);
    const glyphs: GlyphRecord[] = [];
    let advanceWidth = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text.charCodeAt(i) === 32) {
        if (i > start) {
          const wordGlyphs = shapeWord(text.slice(start, i));
          for (let g = 0; g < wordGlyphs.length; g++) {
            const rec = wordGlyphs[g] as GlyphRecord;
            glyphs.push(rec);
            advanceWidth += rec.advanceWidth;
          }
        }
        if (i < text.length) {
          glyphs.push(space);
          advanceWidth += space.advanceWidth;
        }
        start = i + 1;
      }
    }
    return { glyphs, advanceWidth };
  };
}

/** Coverage and width helpers for a parsed font (cached per font). */
export function fontMetrics(font: FkFont): FontMetrics {
  let m = metricsOf.get(font);
  if (m) return m;
  const scale = 1 / font.unitsPerEm;
  const coverage = new Map<number, boolean>();
  const has = (cp: number): boolean => {
    let h = coverage.get(cp);
    if (h === undefined) {
      try {
        h = font.hasGlyphForCodePoint(cp);
      } catch {
        h = false;
      }
      coverage.set(cp, h);
    }
    return h;
  };
  const width = cachedWidth((word: string) => {
    const run = font.layout(word);
    let total = 0;
    for (const g of run.glyphs) total += g.advanceWidth;
    return total * scale;
  });
  m = { font, has, width, ascent: font.ascent * scale, descent: font.descent * scale };
  metricsOf.set(font, m);
  return m;
}

/** pdf-lib fontkit stand-in that returns the cached, parsed font for known buffers. */
export const cachingFontkit: FontkitLike = {
  create(bytes: Uint8Array) {
    return parseFont(bytes);
  },
};

let browserFonts: Promise<PdfFonts> | null = null;
let browserFontsBase = '';

/**
 * Fetches the PDF fonts (same origin: `${base}DejaVuSans.ttf` and `${base}DejaVuSans-Bold.ttf`),
 * once per page session. A failed fetch is not cached, so a retry can succeed.
 */
export function loadFontsInBrowser(base = '/fonts/'): Promise<PdfFonts> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (browserFonts && browserFontsBase === prefix) return browserFonts;
  const get = async (file: string): Promise<Uint8Array> => {
    const res = await fetch(prefix + file);
    if (!res.ok) throw new Error(`Het lettertype ${file} kon niet geladen worden (HTTP ${res.status}).`);
    return new Uint8Array(await res.arrayBuffer());
  };
  browserFontsBase = prefix;
  browserFonts = Promise.all([get('DejaVuSans.ttf'), get('DejaVuSans-Bold.ttf')]).then(
    ([regular, bold]) => ({ regular, bold }),
    (err: unknown) => {
      browserFonts = null;
      throw err;
    },
  );
  return browserFonts;
}
