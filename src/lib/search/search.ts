/**
 * Searching the index with fuse.js: options (diacritic-insensitive, typo tolerant),
 * and grouping of the results by kind for display.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SearchKind, SearchRecord } from './records.ts';
import { fold } from './text.ts';

export const KIND_LABELS: Record<SearchKind, string> = {
  gids: 'Gids',
  faq: 'Veelgestelde vragen',
  vraag: 'Vragenbank',
};

/** Singular labels, for a badge on each result. */
export const KIND_BADGES: Record<SearchKind, string> = {
  gids: 'Gids',
  faq: 'Vraag en antwoord',
  vraag: 'Vragenbank',
};

/** Queries shorter than this give no results (too many weak matches). */
export const MIN_QUERY_LENGTH = 2;

/** Fuse options: every field folded (no case, no diacritics); title counts most. */
export function fuseOptions(): IFuseOptions<SearchRecord> {
  return {
    keys: [
      { name: 't', weight: 3 },
      { name: 'w', weight: 2 },
      { name: 's', weight: 1 },
      { name: 'p', weight: 0.5 },
      { name: 'x', weight: 0.7 },
    ],
    getFn: (rec, path) => {
      const key = (Array.isArray(path) ? path[0] : path) as keyof SearchRecord;
      const v = rec[key];
      return typeof v === 'string' ? fold(v) : '';
    },
    ignoreDiacritics: true,
    includeScore: true,
    ignoreLocation: true,
    useTokenSearch: true,
    tokenMatch: 'all',
    threshold: 0.34,
    fieldNormWeight: 0.5,
    minMatchCharLength: 2,
  };
}

export interface SearchHit {
  record: SearchRecord;
  /** 0 = perfect, 1 = no match. */
  score: number;
}

export interface ResultGroup {
  kind: SearchKind;
  label: string;
  hits: SearchHit[];
}

export type Searcher = (query: string, limit?: number) => SearchHit[];

/** Normalise a query like the index: folded, trimmed, inner spaces collapsed. */
export function normalizeQuery(q: string): string {
  return fold(q)
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 2 || /\d/.test(w))
    .join(' ');
}

/** Fuzzy-only hits worse than this are noise (exact word hits are always kept). */
export const MAX_FUZZY_SCORE = 0.75;

/** Fuzzy matching needs at least one query word of this length. */
export const MIN_FUZZY_TERM = 5;

/** All words of the record's searchable fields, folded, in one string. */
function haystack(r: SearchRecord): string {
  return ` ${fold([r.t, r.w ?? '', r.s, r.p ?? '', r.x ?? ''].join(' '))} `;
}

/** Does every (or, with 'any', some) query term occur literally, as a word start, in the record? */
export function isExactHit(record: SearchRecord, query: string, match: 'all' | 'any' = 'all'): boolean {
  const terms = normalizeQuery(query).split(' ').filter(Boolean);
  if (!terms.length) return false;
  const text = haystack(record).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const has = (t: string) => text.includes(` ${t}`);
  return match === 'all' ? terms.every(has) : terms.some(has);
}

/**
 * A search function over the records. Fuse finds and scores (typo tolerant); hits where
 * every word occurs literally come first, and weak fuzzy-only hits are dropped.
 */
export function createSearcher(records: readonly SearchRecord[]): Searcher {
  const all = new Fuse(records as SearchRecord[], fuseOptions());
  let any: Fuse<SearchRecord> | undefined;

  const run = (fuse: Fuse<SearchRecord>, q: string, match: 'all' | 'any', fuzzyAllowed: boolean) => {
    const ranked = fuse
      .search(q)
      .map((r) => ({ record: r.item, score: r.score ?? 1, exact: isExactHit(r.item, q, match) }))
      .filter((h) => h.exact || (fuzzyAllowed && h.score <= MAX_FUZZY_SCORE));
    return ranked.sort((a, b) => Number(b.exact) - Number(a.exact) || a.score - b.score);
  };

  return (query, limit = 30) => {
    const q = normalizeQuery(query);
    if (q.length < MIN_QUERY_LENGTH) return [];
    // One typo in a word of three or four letters makes it another word: short queries match exactly.
    const fuzzyAllowed = q.split(' ').some((t) => t.length >= MIN_FUZZY_TERM);
    let ranked = run(all, q, 'all', fuzzyAllowed);
    // A long question rarely has all its words in one place: then any word may match.
    if (ranked.length === 0 && q.includes(' ')) {
      any ??= new Fuse(records as SearchRecord[], { ...fuseOptions(), tokenMatch: 'any' });
      ranked = run(any, q, 'any', fuzzyAllowed);
    }
    return ranked.slice(0, limit).map(({ record, score }) => ({ record, score }));
  };
}

/**
 * Group hits by kind, each group in score order, at most `perGroup` hits per group;
 * groups ordered by their best hit.
 */
export function groupResults(hits: readonly SearchHit[], perGroup = 6): ResultGroup[] {
  const groups = new Map<SearchKind, ResultGroup>();
  for (const hit of [...hits].sort((a, b) => a.score - b.score)) {
    const k = hit.record.k;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { kind: k, label: KIND_LABELS[k], hits: [] }));
    if (g.hits.length < perGroup) g.hits.push(hit);
  }
  return [...groups.values()];
}

/** "3 resultaten" / "1 resultaat" / "Geen resultaten" — for the live region. */
export function resultCountText(n: number, query: string): string {
  if (normalizeQuery(query).length < MIN_QUERY_LENGTH) return 'Typ minstens twee letters om te zoeken.';
  if (n === 0) return `Geen resultaten voor “${query.trim()}”. Probeer een ander woord.`;
  return `${n} ${n === 1 ? 'resultaat' : 'resultaten'} voor “${query.trim()}”.`;
}
