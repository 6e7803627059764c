/**
 * Measuring search relevance: a set of real queries, each with the result that should
 * come first, scored as top-1 accuracy and mean reciprocal rank. Used by the unit test
 * (tests/unit/search-relevance.test.ts) and the benchmark (scripts/bench-search.mjs).
 * Not part of the site's JavaScript.
 */
import type { SearchRecord } from './records.ts';
import { phraseText, type Searcher } from './search.ts';

/**
 * What should come first, as intent rather than today's wording:
 * - a link: "/verslag/", "/gids/veelgestelde-vragen/#verplicht";
 * - a passage by its page and words it contains: "/gids/na-het-gesprek/ § voor gezien"
 *   means any section of that page whose heading or text has the phrase "voor gezien",
 *   so the case survives a reworded heading (a new slug) as long as the passage exists;
 * - any result whose title has the words: "* voor gezien" (a glossary entry or a FAQ
 *   question about exactly this, wherever it is added later).
 */
export type Target = string;

export interface QueryCase {
  q: string;
  /** Acceptable first results (any of them counts). */
  want: Target | readonly Target[];
  /** Why someone types this, in a few words. */
  intent?: string;
}

export interface CaseResult {
  q: string;
  want: readonly Target[];
  /** 1-based rank of the first acceptable result; 0 when not in the first `depth`. */
  rank: number;
  /** The first three results. */
  top: string[];
}

export interface Evaluation {
  cases: CaseResult[];
  top1: number;
  mrr: number;
  misses: CaseResult[];
}

const asList = (w: QueryCase['want']): readonly Target[] => (typeof w === 'string' ? [w] : w);

/** The records' links that satisfy a target (none when the content has no such result). */
export function resolveTarget(target: Target, records: readonly SearchRecord[]): Set<string> {
  const out = new Set<string>();
  const titled = /^\*\s+(.+)$/.exec(target);
  const passage = /^(\S+)\s+§\s+(.+)$/.exec(target);
  if (titled) {
    const needle = phraseText(titled[1]!);
    for (const r of records) if (phraseText(r.t).includes(needle)) out.add(r.h);
  } else if (passage) {
    const [, page, words] = passage as unknown as [string, string, string];
    const needle = phraseText(words);
    for (const r of records) {
      if (r.h.startsWith(`${page}#`) && phraseText([r.t, r.s, r.x ?? ''].join(' | ')).includes(needle)) out.add(r.h);
    }
  } else if (records.some((r) => r.h === target)) out.add(target);
  return out;
}

/** Every link that counts as the intended first result; an error when there is none (the content changed: update the case). */
export function resolveCase(c: QueryCase, records: readonly SearchRecord[]): Set<string> {
  const out = new Set(asList(c.want).flatMap((t) => [...resolveTarget(t, records)]));
  if (!out.size) throw new Error(`“${c.q}”: no result in the index matches ${asList(c.want).join(' or ')}. The content changed: update the query set.`);
  return out;
}

export function evaluate(search: Searcher, records: readonly SearchRecord[], cases: readonly QueryCase[], depth = 20): Evaluation {
  const results = cases.map((c): CaseResult => {
    const want = asList(c.want);
    const ok = resolveCase(c, records);
    const hits = search(c.q, depth).map((h) => h.record.h);
    const i = hits.findIndex((h) => ok.has(h));
    return { q: c.q, want, rank: i + 1, top: hits.slice(0, 3) };
  });
  const n = results.length || 1;
  return {
    cases: results,
    top1: results.filter((r) => r.rank === 1).length / n,
    mrr: results.reduce((a, r) => a + (r.rank ? 1 / r.rank : 0), 0) / n,
    misses: results.filter((r) => r.rank !== 1),
  };
}
