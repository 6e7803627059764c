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
 *   exactly, which is fast and precise. A word that occurs nowhere is first looked up
 *   by its stem (the light Dutch stemmer of the site search), so a plural or another
 *   form finds the word the bank uses: "lonen" finds "loon", "taken" finds "taak".
 *   Only a word that neither occurs nor shares a stem (a typo: "opleidng") is looked up
 *   fuzzily: Fuse.js searches the vocabulary of the bank
 *   (every distinct word, about 1,500) and the words it finds are highlighted where
 *   they occur. One typo is allowed in words of 5–6 letters, two in longer ones;
 *   words of up to 4 letters must be exact.
 * - Small Dutch function words ("hoe", "je", "de") are dropped from the query.
 */
import Fuse from 'fuse.js';
import type { FuseIndex, IFuseOptions } from 'fuse.js';
import { stem } from '../search/stem.ts';
import { MAX_QUERY_LENGTH } from './limits.ts';
import { normalize, normalizeQuery } from './normalize.ts';
import type { BankQuestion, Range } from './types.ts';

/** The normalised searchable fields of one question. */
export interface SearchDoc {
  text: string;
  keywords: string[];
  followUps: string[];
}

/** Fuse options for the fuzzy lookup of one word in the vocabulary; `threshold` is set per word. */
export const FUSE_OPTIONS: IFuseOptions<string> = {
  threshold: 0.25,
  ignoreLocation: true,
  includeScore: true,
  minMatchCharLength: 2,
  shouldSort: true,
  // Case and accents are already folded by `normalize`.
  isCaseSensitive: true,
  ignoreDiacritics: false,
};

/** Allowed fuzziness for a word of `length` characters: 0 = exact only; at most two typos. */
export function thresholdFor(length: number): number {
  if (length <= 4) return 0;
  if (length <= 6) return 0.2;
  return Math.min(0.25, 2.5 / length);
}

/**
 * Scores (0 = best) of exact matches, by field and by how much of a word the query word is:
 * the whole word, its start, or a part further in. A keyword that is the query word itself
 * ranks above the query word hidden inside a longer word of the question ("doel": the
 * questions with the keyword "doel" before "bedoel je"). Fuzzy matches score above all of them.
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
/** Scores of a word of the bank that has the query word's stem ("lonen" → "loon"), by field. */
const STEM_SCORE = [0.2, 0.25, 0.28] as const;
/** Fuzzy score = FUZZY_BASE + field offset + Fuse's score (0…1) × FUZZY_SPREAD. */
const FUZZY_BASE = 0.3;
const FUZZY_FIELD = [0, 0.1, 0.2] as const;
const FUZZY_SPREAD = 0.5;

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

const WORD = /[\p{L}\p{N}]+/gu;

/** Where a word of the vocabulary occurs: question, field (0 text, 1 keyword, 2 follow-up), item, range. */
type Occurrence = readonly [doc: number, field: 0 | 1 | 2, item: number, start: number, end: number];

/** Every distinct word of the documents, with the places it occurs. */
export function buildVocabulary(docs: readonly SearchDoc[]): Map<string, Occurrence[]> {
  const vocab = new Map<string, Occurrence[]>();
  const add = (s: string, doc: number, field: 0 | 1 | 2, item: number) => {
    for (const m of s.matchAll(WORD)) {
      if (m[0].length < 2) continue;
      const list = vocab.get(m[0]) ?? [];
      list.push([doc, field, item, m.index, m.index + m[0].length - 1]);
      vocab.set(m[0], list);
    }
  };
  docs.forEach((d, i) => {
    add(d.text, i, 0, 0);
    d.keywords.forEach((k, j) => add(k, i, 1, j));
    d.followUps.forEach((f, j) => add(f, i, 2, j));
  });
  return vocab;
}

/** A serialisable Fuse index of the vocabulary (what the bench measures). */
export function createSearchIndex(words: readonly string[]): FuseIndex<string> {
  return Fuse.createIndex([], words as string[]);
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

/** How one query word matched one question. */
interface TermMatch {
  score: number;
  text: Range[];
  followUps: Range[][];
  keywords: number[];
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
  // Built on the first word that occurs nowhere literally: most searches never need them.
  let vocab: Map<string, Occurrence[]> | null = null;
  let words: string[] = [];
  let index: FuseIndex<string> | null = null;
  const engines = new Map<string, Fuse<string>>();

  /** The vocabulary of the bank, built on the first lookup that needs it. */
  const vocabulary = (): Map<string, Occurrence[]> => {
    if (!vocab) {
      vocab = buildVocabulary(docs);
      words = [...vocab.keys()];
    }
    return vocab;
  };

  /** Adds the places where vocabulary `word` occurs to `found`, each with the score for its field. */
  const addWord = (found: Map<number, TermMatch>, word: string, scoreFor: (field: 0 | 1 | 2) => number) => {
    for (const [doc, field, item, start, end] of vocabulary().get(word) ?? []) {
      const score = scoreFor(field);
      let m = found.get(doc);
      if (!m) {
        m = { score, text: [], followUps: docs[doc]?.followUps.map(() => []) ?? [], keywords: [] };
        found.set(doc, m);
      }
      m.score = Math.min(m.score, score);
      if (field === 0) m.text.push([start, end]);
      else if (field === 2) m.followUps[item]?.push([start, end]);
      else if (!m.keywords.includes(item)) m.keywords.push(item);
    }
  };

  // The vocabulary's words by stem, made on the first word that occurs nowhere literally.
  let byStem: Map<string, string[]> | null = null;
  /** The words of the bank with the same stem as a word that occurs nowhere literally ("lonen": "loon"). */
  const stemMatches = (term: string): Map<number, TermMatch> => {
    const found = new Map<number, TermMatch>();
    if (!byStem) {
      byStem = new Map();
      for (const w of vocabulary().keys()) {
        const s = stem(w);
        const list = byStem.get(s);
        if (list) list.push(w);
        else byStem.set(s, [w]);
      }
    }
    for (const w of byStem.get(stem(term)) ?? []) addWord(found, w, (field) => STEM_SCORE[field]);
    return found;
  };

  /** Fuzzy matches of a word that occurs nowhere literally. */
  const fuzzyMatches = (term: string): Map<number, TermMatch> => {
    const found = new Map<number, TermMatch>();
    const threshold = thresholdFor(term.length);
    if (threshold === 0) return found;
    vocabulary();
    index ??= createSearchIndex(words);
    // A word can only hold the term with at most `errors` typos if it is long enough:
    // searching just those words keeps long typos fast.
    const minLength = Math.max(2, term.length - Math.floor(threshold * term.length));
    const key = `${threshold}:${minLength}`;
    let fuse = engines.get(key);
    if (!fuse) {
      const candidates = words.filter((w) => w.length >= minLength);
      fuse = new Fuse(candidates, { ...FUSE_OPTIONS, threshold }, candidates.length === words.length ? (index ?? undefined) : undefined);
      engines.set(key, fuse);
    }
    for (const r of fuse.search(term)) addWord(found, r.item, (field) => FUZZY_BASE + FUZZY_FIELD[field] + FUZZY_SPREAD * (r.score ?? 0));
    return found;
  };

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
    if (found.size === 0) for (const [doc, m] of stemMatches(term)) found.set(doc, m);
    if (found.size === 0) for (const [doc, m] of fuzzyMatches(term)) found.set(doc, m);
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
