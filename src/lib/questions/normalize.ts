/**
 * Text normalisation for search: lowercase and without diacritics, so "ideeen"
 * finds "ideeën" and "Privé" finds "prive".
 *
 * The result has exactly the same length (in UTF-16 code units) as the input:
 * every character is folded on its own and is kept as it is when folding would
 * change its length. Match positions found in the normalised text are therefore
 * valid positions in the original text, which is what highlighting needs.
 */

const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Letters that carry their mark inside the letter (no Unicode decomposition). */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  '\u2019': "'",
  '\u2018': "'",
};

const cache = new Map<string, string>();

/** Folds one character (one code point) to its lowercase base letter. */
export function foldChar(ch: string): string {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out = ch.toLowerCase();
  if (out.length !== ch.length) out = ch;
  const stripped = out.normalize('NFD').replace(COMBINING_MARKS, '');
  if (stripped.length === ch.length) {
    const lower = stripped.toLowerCase();
    out = lower.length === ch.length ? lower : stripped;
  }
  out = EXTRA_FOLDS[out] ?? out;
  cache.set(ch, out);
  return out;
}

/** Lowercase, diacritics removed, same length as `text`. */
export function normalize(text: string): string {
  let out = '';
  // for…of walks code points, so surrogate pairs (emoji) stay whole.
  for (const ch of text) out += ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : foldChar(ch);
  return out;
}

/**
 * Like `normalize`, for text whose positions do not matter (a search query):
 * composes first, then drops every combining mark, so a decomposed "e" + "¨"
 * typed on some keyboards also becomes "e".
 */
export function normalizeQuery(text: string): string {
  return normalize(text.normalize('NFC')).replace(/\p{M}/gu, '');
}
