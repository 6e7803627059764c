/**
 * Search over the question bank: instant, typo tolerant and blind to accents. One
 * implementation, used by the island, the unit tests and the bench
 * (scripts/bench-questions.mjs).
 *
 * - Case and diacritics are removed up front with `normalize`, in the questions and
 *   in the query, so match positions still fit the original text ("ideeen" finds
 *   "ideeën").
 * - Every query word is searched on its own in the question, its keywords and its
 *   follow-ups; a question is a hit only when ALL words match somewhere.
 * - A word that occurs literally (also as part of a longer word: "oplei") is matched
 *   exactly, which is fast and precise. A word that occurs nowhere is looked up by its
 *   stem ("lonen" finds "loon"), and failing that as a typo ("opleidng"), in the
 *   vocabulary of the bank (wordLookup.ts).
 * - Small Dutch function words ("hoe", "je", "de") are dropped from the query.
 */
import { MAX_QUERY_LENGTH } from './limits.ts';
import { normalize, normalizeQuery } from './normalize.ts';
import type { BankQuestion, Range } from './types.ts';
import { createWordLookup, type SearchDoc, type TermMatch } from './wordLookup.ts';

// The vocabulary and fuzzy-lookup pieces, for the bench and the tests.
export { buildVocabulary, createSearchIndex, FUSE_OPTIONS, thresholdFor, type SearchDoc } from './wordLookup.ts';

/**
 * Scores (0 = best) of exact matches, by field and by how much of a word the query word is:
 * the whole word, its start, or a part further in. A keyword that is the query word itself
 * ranks above the query word hidden inside a longer word of the question ("doel": the
 * questions with the keyword "doel" before "bedoel je"). Stem and fuzzy matches (wordLookup.ts)
 * score above all of them.
 */
const EXACT_SCORE = {
  textWord: 0,
  textWordStart: 0.02,
  keywordWord: 0.04,
  text: 0.06,
  keywordWordStart: 0.1,
  keyword: 0.15,
  followUp: 0.25,
} as const;

/**
 * A hit whose score is this much worse than the best hit is dropped: it is almost
 * always a far-fetched fuzzy match.
 */
export const SCORE_MARGIN = 0.4;

export { MAX_QUERY_LENGTH };

/** Dutch words that carry no meaning in a search for a question. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'de het een en of maar dat die dit deze wat wie hoe waar wanneer welk welke waarom ' +
    'je jij jou jouw u uw ik mij me mijn we wij ons onze zij ze hij zijn haar hun het er ' +
    'in op aan van voor met om te bij naar uit over tot door als dan ook nog al wel niet ' +
    'is ben bent zijn was waren wordt worden kan kun kunt kunnen wil wilt willen heb hebt ' +
    'heeft hebben ga gaat gaan doe doet doen moet moeten mag mogen zou zouden'
  ).split(' '),
);

/** The words of a query that are worth searching for, normalised. */
export function queryTerms(query: string): string[] {
  const words = normalizeQuery(query.slice(0, MAX_QUERY_LENGTH)).match(/[\p{L}\p{N}]+/gu) ?? [];
  const meaningful = words.filter((w) => w.length >= 2 && !STOPWORDS.has(w));
  // A query of only small words ("hoe gaat het") still searches for them.
  const terms = meaningful.length > 0 ? meaningful : words.filter((w) => w.length >= 2);
  return [...new Set(terms)];
}

export function toSearchDoc(q: Pick<BankQuestion, 'text' | 'keywords' | 'followUps'>): SearchDoc {
  return { text: normalize(q.text), keywords: q.keywords.map(normalize), followUps: q.followUps.map(normalize) };
}

/** Where the query matched, per field, as positions in the ORIGINAL strings. */
export interface SearchHit {
  question: BankQuestion;
  /** 0 = perfect … 1 = poor. */
  score: number;
  text: Range[];
  /** followUps[i] = ranges in follow-up i (empty when it did not match). */
  followUps: Range[][];
  /** Keywords that matched (shown as "past bij: …"). */
  keywords: string[];
  /**
   * Query words this question does not have. Empty normally: a hit has every word. Only when no
   * question has them all, the questions with the most of them are hits, and say what they lack.
   */
  unmatched: string[];
}

export interface QuestionSearcher {
  search(query: string): SearchHit[];
}

/** Drops one-character fragments and merges ranges that touch. */
export function cleanRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter(([a, b]) => b >= a + 1).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function occurrences(haystack: string, term: string): Range[] {
  const out: Range[] = [];
  for (let i = haystack.indexOf(term); i >= 0; i = haystack.indexOf(term, i + term.length)) {
    out.push([i, i + term.length - 1]);
  }
  return out;
}

const startsWord = (haystack: string, ranges: readonly Range[]) => ranges.some(([a]) => !isWordChar(haystack[a - 1]));
const isWord = (haystack: string, ranges: readonly Range[]) =>
  ranges.some(([a, b]) => !isWordChar(haystack[a - 1]) && !isWordChar(haystack[b + 1]));

/** Literal (substring) match of one word in one question, or null. */
function exactMatch(doc: SearchDoc, term: string): TermMatch | null {
  const text = occurrences(doc.text, term);
  const followUps = doc.followUps.map((f) => occurrences(f, term));
  const keywords: number[] = [];
  let score = Infinity;
  if (text.length > 0) score = isWord(doc.text, text) ? EXACT_SCORE.textWord : startsWord(doc.text, text) ? EXACT_SCORE.textWordStart : EXACT_SCORE.text;
  doc.keywords.forEach((k, i) => {
    const found = occurrences(k, term);
    if (found.length === 0) return;
    keywords.push(i);
    score = Math.min(score, isWord(k, found) ? EXACT_SCORE.keywordWord : startsWord(k, found) ? EXACT_SCORE.keywordWordStart : EXACT_SCORE.keyword);
  });
  if (score === Infinity && followUps.some((r) => r.length > 0)) score = EXACT_SCORE.followUp;
  if (score === Infinity) return null;
  return { score, text, followUps, keywords };
}

export interface SearcherOptions {
  /** How many words' matches to remember while someone types; 0 = none (the bench). */
  cacheSize?: number;
}

/** Builds the searcher once; a search then takes well under a millisecond. */
export function createSearcher(questions: readonly BankQuestion[], options: SearcherOptions = {}): QuestionSearcher {
  const { cacheSize = 200 } = options;
  const docs = questions.map(toSearchDoc);
  const lookUp = createWordLookup(docs);
  // Matches per word, kept while someone types ("werkdruk s", "werkdruk st", …).
  const cache = new Map<string, Map<number, TermMatch>>();
  const matchTerm = (term: string): Map<number, TermMatch> => {
    const cached = cache.get(term);
    if (cached) return cached;
    const found = new Map<number, TermMatch>();
    docs.forEach((doc, i) => {
      const m = exactMatch(doc, term);
      if (m) found.set(i, m);
    });
    if (found.size === 0) for (const [doc, m] of lookUp(term)) found.set(doc, m);
    if (cacheSize > 0) {
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
      cache.set(term, found);
    }
    return found;
  };

  return {
    search(query: string): SearchHit[] {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      const perTerm = terms.map((term) => ({ term, found: matchTerm(term) })).sort((a, b) => a.found.size - b.found.size);
      const hits: Array<SearchHit & { order: number }> = [];
      const hit = (i: number, need: number) => {
        const question = questions[i];
        const all = perTerm.flatMap(({ found }) => found.get(i) ?? []);
        if (!question || all.length < need) return;
        const keywordIdx = new Set(all.flatMap((m) => m.keywords));
        hits.push({
          question,
          order: i,
          // A word the question lacks counts as the worst score.
          score: (all.reduce((sum, m) => sum + m.score, 0) + (terms.length - all.length)) / terms.length,
          text: cleanRanges(all.flatMap((m) => m.text)),
          followUps: question.followUps.map((_, f) => cleanRanges(all.flatMap((m) => m.followUps[f] ?? []))),
          keywords: question.keywords.filter((_, k) => keywordIdx.has(k)),
          unmatched: perTerm.filter(({ found }) => !found.has(i)).map(({ term }) => term).sort((a, b) => terms.indexOf(a) - terms.indexOf(b)),
        });
      };
      for (const [i] of perTerm[0]?.found ?? []) hit(i, terms.length);
      if (hits.length === 0 && terms.length > 1) {
        // No question has every word ("mijn medewerker is vaak ziek"): the ones with the most of them.
        const counts = new Map<number, number>();
        for (const { found } of perTerm) for (const i of found.keys()) counts.set(i, (counts.get(i) ?? 0) + 1);
        const most = Math.max(0, ...counts.values());
        for (const [i, n] of counts) if (n === most) hit(i, most);
      }
      hits.sort((a, b) => a.score - b.score || a.order - b.order);
      const limit = (hits[0]?.score ?? 0) + SCORE_MARGIN;
      return hits.filter((h) => h.score <= limit).map(({ order: _order, ...hit }) => hit);
    },
  };
}
