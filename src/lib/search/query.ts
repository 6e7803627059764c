/**
 * Reading a query: normalising, limits, synonyms (multi-word terms first) and typo
 * alternatives, giving the "concepts" that search.ts scores against the index.
 */
import { phraseText, stem, STOPWORDS } from './analyze.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';
import { fold } from './text.ts';
import type { WordMatches } from './vocabulary.ts';

export const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** Queries shorter than this give no results (too many weak matches). */
export const MIN_QUERY_LENGTH = 2;
/** Longer queries are cut: a pasted page of text must not freeze the page. */
export const MAX_QUERY_LENGTH = 100;
/** At most this many words of a query are searched for… */
export const MAX_TERMS = 8;
/** …and read at all (with stop words). */
export const MAX_WORDS = 12;

/** A match this good means the word exists in the index: no typo correction. */
export const STRONG = 0.75;
/** A synonym counts this much of the word typed. */
export const SYNONYM_FACTOR = 0.85;

const QUESTION_STARTS = new Set('moet moeten mag mogen kan kun kunt kunnen hoe wat wie waarom wanneer waar hoeveel is zijn ben heb hebt heeft zal zou'.split(' '));

/** Does the query read as a question: "moet ik tekenen", "hoe lang bewaren", "wat als …"? */
export function isQuestion(words: readonly string[]): boolean {
  return words.length >= 2 && QUESTION_STARTS.has(words[0]!);
}

/** A query, folded, without punctuation, at most MAX_QUERY_LENGTH characters; one-letter words dropped. */
export function normalizeQuery(q: string): string {
  return fold(q.slice(0, MAX_QUERY_LENGTH))
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 2 || /\d/.test(w))
    .join(' ');
}

/** One meaning in the query: the words as typed (or corrected) and their synonyms. */
export interface Alternative {
  /** Words that must match (stop words left out, unless there is nothing else). */
  words: string[];
  /** Two or more words: they also count as a phrase. */
  phrase?: string;
  quality: number;
}
export interface Concept {
  alts: Alternative[];
}

export const stems = (ws: readonly string[]) => ws.map(stem).join(' ');
const contentWords = (ws: readonly string[]) => {
  const c = ws.filter((w) => !STOPWORDS.has(w));
  return c.length ? c : [...ws];
};
export const splitWords = (s: string) => phraseText(normalizeQuery(s)).split(' ').filter((w) => w && w !== '|');

interface SynonymTerm {
  words: string[];
  key: string;
}
/** The synonym groups as words, and the groups each term (by the stems of its words) belongs to. */
const GROUPS: SynonymTerm[][] = SYNONYM_GROUPS.map((g) => g.map(splitWords).filter((ws) => ws.length).map((ws) => ({ words: ws, key: stems(ws) })));
export const GROUPS_OF = new Map<string, number[]>();
GROUPS.forEach((group, g) => {
  for (const { key } of group) GROUPS_OF.set(key, [...(GROUPS_OF.get(key) ?? []), g]);
});
const LONGEST_SYNONYM = Math.max(1, ...GROUPS.flat().map((t) => t.words.length));
/** Words a typo may be corrected to beyond the index's own: the synonyms' words. */
export const SYNONYM_WORDS: readonly string[] = [...new Set(GROUPS.flat().flatMap((t) => t.words))].filter((w) => !STOPWORDS.has(w));

/** The other terms of the synonym groups that the words `ws` form. */
export function synonymsOf(ws: readonly string[]): string[][] {
  const key = stems(ws);
  const out: string[][] = [];
  for (const g of GROUPS_OF.get(key) ?? []) for (const t of GROUPS[g]!) if (t.key !== key) out.push(t.words);
  return out;
}

export function alternative(ws: readonly string[], quality: number): Alternative {
  return { words: contentWords(ws), quality, ...(ws.length > 1 ? { phrase: ws.join(' ') } : {}) };
}

/** The concepts of a query, and its words (with stop words) for phrase matching. */
export function analyse(query: string, matches: (w: string) => WordMatches, closest: (w: string) => [string, number][]): { concepts: Concept[]; raw: string[] } {
  const raw = splitWords(query).slice(0, MAX_WORDS);
  const concepts: Concept[] = [];
  const single = (w: string): Concept => {
    const alts: Alternative[] = [alternative([w], 1)];
    for (const syn of synonymsOf([w])) alts.push(alternative(syn, SYNONYM_FACTOR));
    // Only a word that occurs nowhere (and is no synonym) is read as a typo.
    if (!GROUPS_OF.has(stem(w)) && !matches(w).some(([, q]) => q >= STRONG)) {
      for (const [c, q] of closest(w)) {
        alts.push(alternative([c], q));
        for (const syn of synonymsOf([c])) alts.push(alternative(syn, q * SYNONYM_FACTOR));
      }
    }
    return { alts };
  };
  for (let i = 0; i < raw.length && concepts.length < MAX_TERMS; ) {
    let took = 0;
    // A synonym of several words ("tussentijds gesprek", "voor gezien"), the longest first.
    for (let len = Math.min(LONGEST_SYNONYM, raw.length - i); len >= 2 && !took; len--) {
      const ws = raw.slice(i, i + len);
      if (!GROUPS_OF.has(stems(ws))) continue;
      concepts.push({ alts: [alternative(ws, 1), ...synonymsOf(ws).map((t) => alternative(t, SYNONYM_FACTOR))] });
      took = len;
    }
    if (!took) {
      const w = raw[i]!;
      if (!STOPWORDS.has(w)) concepts.push(single(w));
      took = 1;
    }
    i += took;
  }
  // Only small words ("wie", "hoe lang" without "lang"…): search for them after all.
  if (!concepts.length) for (const w of raw.slice(0, MAX_TERMS)) concepts.push(single(w));
  return { concepts, raw };
}
