/**
 * Text preparation and line wrapping. Pure functions without pdf-lib, so they can be unit-tested
 * with a fake width function.
 *
 * Pipeline for every string that goes into the PDF:
 *   normalizeText (NFC, line breaks, tabs, invisible format characters)
 *   → replaceMissingGlyphs (anything the font cannot draw becomes REPLACEMENT_CHAR, visibly)
 *   → wrapText (greedy word wrap with cached word widths; over-long words break between characters).
 */

/** Shown instead of any character the font lacks. DejaVu Sans has U+25A1 WHITE SQUARE. */
export const REPLACEMENT_CHAR = '\u25A1';

/** Characters that are invisible by design: removed rather than replaced (soft hyphen, zero-width
 * spaces and joiners, bidi controls, word joiner, BOM, variation selectors, tag characters). */
const IGNORABLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]|\uDB40[\uDC00-\uDDEF]/g;
/** Space separators other than no-break spaces become a plain space. */
const SPACES = /[\u1680\u2000-\u200A\u205F\u3000]/g;
/** Line and paragraph separators become a line break. */
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;

/**
 * Normalises any user string: NFC, \r\n / \r / U+2028 … → \n, tab → space, exotic spaces → space,
 * invisible format characters removed. Never throws (non-strings are converted).
 */
export function normalizeText(input: unknown): string {
  let s = typeof input === 'string' ? input : input == null ? '' : String(input);
  if (s.length === 0) return s;
  try {
    s = s.normalize('NFC');
  } catch {
    /* normalize never throws for strings in practice; keep the raw text if it does */
  }
  return s.replace(LINE_BREAKS, '\n').replace(/\t/g, ' ').replace(SPACES, ' ').replace(IGNORABLE, '');
}

/**
 * Replaces every code point the font cannot draw (and control characters, lone surrogates,
 * non-characters) with REPLACEMENT_CHAR. '\n' and ' ' are kept.
 */
export function replaceMissingGlyphs(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = '';
  let changed = false;
  let runStart = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    if (cp !== 10 && cp !== 32 && !isDrawable(cp, hasGlyph)) {
      out += text.slice(runStart, i) + REPLACEMENT_CHAR;
      runStart = i + len;
      changed = true;
    }
    i += len;
  }
  return changed ? out + text.slice(runStart) : text;
}

function isDrawable(cp: number, hasGlyph: (codePoint: number) => boolean): boolean {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return false; // C0/C1 controls
  if (cp >= 0xd800 && cp <= 0xdfff) return false; // lone surrogates
  if ((cp & 0xfffe) === 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef)) return false; // non-characters
  return hasGlyph(cp);
}

/** normalizeText + replaceMissingGlyphs. */
export function prepareText(input: unknown, hasGlyph: (codePoint: number) => boolean): string {
  return replaceMissingGlyphs(normalizeText(input), hasGlyph);
}

/** Width of a single word (no spaces) at font size 1, in points per point of font size. */
export type WidthFn = (word: string) => number;

/**
 * Memoises a width function: each distinct word is measured once. Width of a line = sum of word
 * widths + spaces, so growing lines are never re-measured.
 */
export function cachedWidth(measure: WidthFn, maxEntries = 50_000): WidthFn {
  const cache = new Map<string, number>();
  return (word: string) => {
    let w = cache.get(word);
    if (w === undefined) {
      w = measure(word);
      if (!Number.isFinite(w) || w < 0) w = 0;
      if (cache.size >= maxEntries) cache.clear();
      cache.set(word, w);
    }
    return w;
  };
}

/** Width of a (prepared) line at `size`: sum of cached word widths plus spaces. */
export function lineWidth(line: string, size: number, width: WidthFn): number {
  let total = 0;
  let start = 0;
  const space = width(' ');
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line.charCodeAt(i) === 32) {
      if (i > start) total += width(line.slice(start, i));
      if (i < line.length) total += space;
      start = i + 1;
    }
  }
  return total * size;
}

/** Grapheme-like clusters: a base character followed by its combining marks (never splits a surrogate pair). */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
/** After these characters a too-long word (URL, path, e-mail) breaks more naturally. */
const SOFT_BREAK_AFTER = new Set(['/', '-', '_', '.', '?', '&', '=', '#', ',', ';', ':', '@', '+', '\\', '|']);

const MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?';
const CURRENCY_END = /[€$£¥₤₺₽₹₴]$/;
const NUMBER_START = /^[-−+]?\d/;
const DIGIT_END = /\d[.,]?$/;
const AFTER_NUMBER = /^(?:%|‰|‱|°|€|\$|£|¥|₤|₺|₽|₹|₴|uur\b|u\b)/i;
const BEFORE_NUMBER = /^(?:pagina|blz\.|p\.|nr\.|nummer|art\.|artikel|§)$/i;
const DAY = /^\d{1,2}\.?$/;
const MONTH_WORD = new RegExp(`^${MONTH}[,;:)]?$`, 'i');
const MONTH_ONLY = new RegExp(`^${MONTH}$`, 'i');
const YEAR = /^\d{4}(?:\b|$)/;
const INTEGER = /^\d+$/;

/**
 * May the line not break between words[i] and words[i + 1]? Keeps together what a reader must see
 * on one line, as a non-breaking space would: "€ 2.450", "12 %", "12 €", "pagina 2 van 3",
 * "14 maart 2025", "11.30 uur".
 */
export function keepTogether(words: readonly string[], i: number): boolean {
  const a = words[i] as string;
  const b = words[i + 1] as string;
  if (CURRENCY_END.test(a) && NUMBER_START.test(b)) return true;
  if (DIGIT_END.test(a) && AFTER_NUMBER.test(b)) return true;
  if (BEFORE_NUMBER.test(a) && NUMBER_START.test(b)) return true;
  if (INTEGER.test(a) && b === 'van' && INTEGER.test(words[i + 2] ?? '')) return true;
  if (a === 'van' && INTEGER.test(b) && INTEGER.test(words[i - 1] ?? '')) return true;
  if (DAY.test(a) && MONTH_WORD.test(b)) return true;
  if (MONTH_ONLY.test(a) && YEAR.test(b)) return true;
  return false;
}

/**
 * Greedy word wrap. `text` must be prepared (see prepareText). Returns one string per line;
 * user line breaks are kept (an empty input line gives an empty output line); runs of spaces
 * collapse to one; the line never breaks where `keepTogether` says so (amounts, percentages, dates,
 * page numbers); a word wider than `maxWidth` is broken between characters, preferably after
 * '/', '-', '.', … when that keeps at least 30 % of the line filled.
 * Widths are in points: word width = width(word) * size.
 */
export function wrapText(text: string, maxWidth: number, size: number, width: WidthFn): string[] {
  const lines: string[] = [];
  const max = Math.max(maxWidth, size); // never less than one em, so there is always progress
  const space = width(' ') * size;
  const paragraphs = text.split('\n');
  for (const para of paragraphs) {
    let line = '';
    let lineW = 0;
    const words = para.split(' ').filter((w) => w.length > 0);
    for (let i = 0; i < words.length; i++) {
      // A unit: one word, or words that must stay on one line.
      let word = words[i] as string;
      let w = width(word) * size;
      while (i + 1 < words.length && keepTogether(words, i)) {
        i++;
        word += ' ' + (words[i] as string);
        w += space + width(words[i] as string) * size;
      }
      if (line.length > 0 && lineW + space + w <= max) {
        line += ' ' + word;
        lineW += space + w;
        continue;
      }
      if (line.length > 0) {
        lines.push(line);
        line = '';
        lineW = 0;
      }
      if (w <= max) {
        line = word;
        lineW = w;
        continue;
      }
      // Over-long word: break between clusters.
      const pieces = breakWord(word, max, size, width);
      for (let k = 0; k < pieces.length - 1; k++) lines.push(pieces[k] as string);
      line = pieces[pieces.length - 1] ?? '';
      lineW = lineWidth(line, size, width);
    }
    lines.push(line);
  }
  return lines;
}

/** Splits a word wider than `max` into pieces that each fit (a single cluster wider than max stays whole). */
export function breakWord(word: string, max: number, size: number, width: WidthFn): string[] {
  const clusters = word.match(CLUSTER) ?? [word];
  const pieces: string[] = [];
  let piece = '';
  let pieceW = 0;
  let softBreak = -1; // index in `piece` just after a soft-break character
  let softBreakW = 0;
  for (const c of clusters) {
    const cw = width(c) * size;
    if (piece.length > 0 && pieceW + cw > max) {
      if (softBreak > 0 && softBreakW >= max * 0.3) {
        pieces.push(piece.slice(0, softBreak));
        piece = piece.slice(softBreak);
        pieceW -= softBreakW;
      } else {
        pieces.push(piece);
        piece = '';
        pieceW = 0;
      }
      softBreak = -1;
      softBreakW = 0;
    }
    piece += c;
    pieceW += cw;
    if (SOFT_BREAK_AFTER.has(c)) {
      softBreak = piece.length;
      softBreakW = pieceW;
    }
  }
  if (piece.length > 0 || pieces.length === 0) pieces.push(piece);
  return pieces;
}

/** Strong right-to-left characters (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, presentation forms). */
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\uD802\uD803\uD83A\uD83B][\uDC00-\uDFFF]/;
const LTR_LETTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}]/u;

/**
 * Minimal bidi for one line: the engine draws each RTL word with its glyphs already reversed, so
 * what is left is the order of the words. Runs of consecutive right-to-left words are put in
 * visual (reversed) order; everything else keeps its place. Lines without RTL characters are
 * returned unchanged.
 */
export function visualOrder(line: string): string {
  if (!RTL_CHAR.test(line)) return line;
  const words = line.split(' ');
  const isRtl = (w: string) => RTL_CHAR.test(w) && !LTR_LETTER.test(w);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    if (!isRtl(words[i] as string)) {
      out.push(words[i] as string);
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && isRtl(words[j] as string)) j++;
    for (let k = j - 1; k >= i; k--) out.push(words[k] as string);
    i = j;
  }
  return out.join(' ');
}
