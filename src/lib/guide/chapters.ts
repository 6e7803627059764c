/**
 * Ordering and navigation of guide chapters. Works on any object that has an
 * id and data.order / data.title, so the functions are testable without Astro.
 */
export interface ChapterLike {
  id: string;
  data: { order: number; title: string };
}

export interface ChapterLink {
  href: string;
  title: string;
}

/** The URL of a chapter: /gids/<id>/ (the site uses trailing slashes). */
export const chapterHref = (id: string): string => `/gids/${id}/`;

/** Chapters in reading order (by `order`, then by id for a stable result). */
export function sortChapters<T extends ChapterLike>(chapters: readonly T[]): T[] {
  return [...chapters].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The chapters before and after `id` in reading order. */
export function neighbours<T extends ChapterLike>(
  chapters: readonly T[],
  id: string,
): { prev?: ChapterLink; next?: ChapterLink } {
  const sorted = sortChapters(chapters);
  const i = sorted.findIndex((c) => c.id === id);
  if (i < 0) return {};
  const link = (c: T | undefined): ChapterLink | undefined =>
    c ? { href: chapterHref(c.id), title: c.data.title } : undefined;
  return { prev: link(sorted[i - 1]), next: link(sorted[i + 1]) };
}

const dateFormat = new Intl.DateTimeFormat('nl-BE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "3 november 2026" (Belgian Dutch; the same words as in the Netherlands). */
export function formatDateNl(date: Date): string {
  return dateFormat.format(date);
}

/** "2026-11-03", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Splits plain text into paragraphs at blank lines (used for FAQ answers). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter(Boolean);
}
