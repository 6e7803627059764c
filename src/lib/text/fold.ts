/**
 * Folding for comparisons that ignore case and accents: "Ideeën" → "ideeen",
 * "Łukasz" → "lukasz". Typographic quotes and dashes become plain ones and
 * whitespace runs one space. Used by site search and the SMART checks.
 * (The question bank keeps its own length-preserving variant for highlighting:
 * lib/questions/normalize.ts.)
 */
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ŧ: 't' };

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[łøđðħßæœıŧ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
