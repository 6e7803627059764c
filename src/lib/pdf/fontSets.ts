/**
 * Which font set a document needs: the smallest of 'latin' → 'europe' → 'full' that has every
 * character of its text that any set has. Characters no set has (emoji, CJK) do not count: they
 * are drawn as □ whatever the set, so they never trigger loading a larger font.
 */
import { FONT_COVERAGE } from './fontCoverage.generated.ts';
import { rangeSet } from './fontData.ts';
import { FONT_FILES, type FontSetName } from './fontFiles.generated.ts';
import { normalizeText } from './text.ts';

const covers = FONT_FILES.map((s, i) => ({ set: s.set, has: rangeSet(FONT_COVERAGE[i] ?? []) }));

/** Index of the smallest set that has `cp`, or -1 when no set has it. */
function setIndexOf(cp: number): number {
  for (let i = 0; i < covers.length; i++) if ((covers[i] as { has: (cp: number) => boolean }).has(cp)) return i;
  return -1;
}

/** Collects every string in a model (blocks, titles, footers, …), except attachments. */
function collectStrings(value: unknown, out: string[], depth: number): void {
  if (depth > 12) return;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out, depth + 1);
  else if (value && typeof value === 'object' && !(value instanceof Uint8Array) && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) if (k !== 'attachments') collectStrings(v, out, depth + 1);
  }
}

/** The smallest font set that covers the text of a document model. */
export function fontSetFor(model: unknown): FontSetName {
  const strings: string[] = [];
  collectStrings(model, strings, 0);
  let need = 0;
  const last = covers.length - 1;
  for (const raw of strings) {
    const s = normalizeText(raw);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) continue; // Basic Latin: always in the first set
      const cp = s.codePointAt(i) as number;
      if (cp > 0xffff) i++;
      const idx = setIndexOf(cp);
      if (idx > need) {
        need = idx;
        if (need === last) return covers[last]!.set;
      }
    }
  }
  return covers[need]!.set;
}

/**
 * The characters of a document's text (every string in `value`) that no font set has, so that
 * the PDF shows □ in their place (emoji, Chinese, …): at most `max`, in order of appearance.
 * Invisible characters (joiners, variation selectors) and combining marks are left out.
 */
export function undrawableIn(value: unknown, max = 5): string[] {
  const strings: string[] = [];
  collectStrings(value, strings, 0);
  const found = new Set<string>();
  for (const raw of strings) {
    for (const ch of normalizeText(raw)) {
      const cp = ch.codePointAt(0) as number;
      if (cp < 0x80 || setIndexOf(cp) >= 0 || /[\p{Cc}\p{Cf}\p{M}\p{Z}]/u.test(ch)) continue;
      found.add(ch);
      if (found.size >= max) return [...found];
    }
  }
  return [...found];
}
