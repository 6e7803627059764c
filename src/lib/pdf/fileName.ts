/**
 * Safe, readable file names: ['voorbereiding', 'medewerker', 'Łukasz Nowak', '2026-11-22']
 * → 'voorbereiding-medewerker-lukasz-nowak-2026-11-22.pdf'.
 */

/** Letters that NFKD does not decompose into ASCII. */
const SPECIAL: Record<string, string> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th',
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ı: 'i', İ: 'i', ħ: 'h', Ħ: 'h',
  ŀ: 'l', Ŀ: 'l', ŧ: 't', Ŧ: 't', ŋ: 'ng', Ŋ: 'ng', ĸ: 'k', ſ: 's', ƒ: 'f', ǝ: 'e', ə: 'e', Ə: 'e',
  '&': ' en ', '@': ' at ', '+': ' plus ',
};

const MAX_LENGTH = 120;
const PART_LENGTH = 60;

/** A part cut to PART_LENGTH, at a word boundary when there is one. */
const capPart = (p: string): string => (p.length <= PART_LENGTH ? p : p.slice(0, PART_LENGTH).replace(/-+[^-]*$/, '') || p.slice(0, PART_LENGTH));

/** One part → lowercase ASCII words joined by '-'. */
export function slugPart(input: unknown): string {
  const s = typeof input === 'string' ? input : input == null ? '' : String(input);
  let out = '';
  for (const ch of s.normalize('NFC')) out += SPECIAL[ch] ?? ch;
  return out
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Joins the parts into a lowercase ASCII file name ending in `.pdf` (or `extension`).
 * Letters with accents are transliterated (ł → l, ë → e, ß → ss), everything else is dropped.
 * Never empty: falls back to 'document'. At most 120 characters before the extension.
 */
export function safeFileName(parts: readonly unknown[], extension = 'pdf'): string {
  const list = Array.isArray(parts) ? parts : [parts];
  // Each part (a name, a date) at most PART_LENGTH, so that one very long name does not push the date out.
  let base = list.map(slugPart).filter(Boolean).map(capPart).join('-');
  if (base.length > MAX_LENGTH) base = base.slice(0, MAX_LENGTH).replace(/-+[^-]*$/, '') || base.slice(0, MAX_LENGTH);
  base = base.replace(/-+$/g, '');
  if (!base) base = 'document';
  const ext = slugPart(extension) || 'pdf';
  return `${base}.${ext}`;
}
