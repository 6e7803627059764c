/**
 * The question bank's lookup of a query word that occurs nowhere literally in the bank
 * (search.ts matches literal words itself). First by stem: the light Dutch stemmer of the
 * site search, so a plural or another form finds the word the bank uses ("lonen" finds
 * "loon"). Then, when no word shares the stem, fuzzily: Fuse.js searches the vocabulary of
 * the bank (every distinct word, about 1,500) for a typo ("opleidng"). Both find words of
 * the vocabulary, and a match is every place those words occur.
 */
import Fuse from 'fuse.js';
import type { FuseIndex, IFuseOptions } from 'fuse.js';
import { stem } from '../search/stem.ts';
import type { Range } from './types.ts';

/** The normalised searchable fields of one question. */
export interface SearchDoc {
  text: string;
  keywords: string[];
  followUps: string[];
}

/** How one query word matched one question. */
export interface TermMatch {
  score: number;
  text: Range[];
  followUps: Range[][];
  keywords: number[];
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

/** Scores of a word of the bank that has the query word's stem ("lonen" → "loon"), by field. */
const STEM_SCORE = [0.2, 0.25, 0.28] as const;
/** Fuzzy score = FUZZY_BASE + field offset + Fuse's score (0…1) × FUZZY_SPREAD. */
const FUZZY_BASE = 0.3;
const FUZZY_FIELD = [0, 0.1, 0.2] as const;
const FUZZY_SPREAD = 0.5;

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

/**
 * Looks up words that occur nowhere literally in `docs`: by stem first, fuzzily when no word
 * shares the stem. The vocabulary, its stems and the Fuse engines are built on the first
 * lookup: most searches never need them.
 */
export function createWordLookup(docs: readonly SearchDoc[]): (term: string) => Map<number, TermMatch> {
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

  return (term) => {
    const byStemFound = stemMatches(term);
    return byStemFound.size > 0 ? byStemFound : fuzzyMatches(term);
  };
}
