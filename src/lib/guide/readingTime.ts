/**
 * Reading time of a guide chapter, computed at build time from the raw MDX.
 * Pure functions: no Astro imports, so they run in Vitest as well.
 */

/** Average silent reading speed for plain Dutch text, in words per minute. */
export const WORDS_PER_MINUTE = 200;

/**
 * Counts the words a reader sees in an MDX (or Markdown) source: frontmatter,
 * import/export lines, code fences, tag names, attribute names and Markdown
 * syntax are left out; the text inside quoted attribute values is counted,
 * because components like <SayThis bad="…" good="…" /> show it.
 */
export function countWords(source: string): number {
  const text = source
    .replace(/^\uFEFF/, '')
    .replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '\n') // frontmatter
    .replace(/^```[\s\S]*?^```/gm, ' ') // code fences
    .replace(/^(?:import|export)\s.*$/gm, ' ') // MDX ESM lines
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/<!--[\s\S]*?-->/g, ' ') // HTML comments
    .replace(/<\/?[A-Za-z][\w.:-]*/g, ' ') // tag names
    .replace(/\b[\w:-]+=/g, ' ') // attribute names
    .replace(/\]\([^)]*\)/g, ' ') // link targets
    .replace(/https?:\/\/\S+/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu);
  return words ? words.length : 0;
}

/** Minutes to read `words` words, rounded up, at least 1. */
export function minutesForWords(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words <= 0) return 1;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/**
 * Reading time of a chapter: the words of its body plus `extraWords` (text that
 * components render from data, such as the phase timeline or the FAQ).
 */
export function readingMinutes(body: string, extraWords = 0): number {
  return minutesForWords(countWords(body) + Math.max(0, extraWords));
}
