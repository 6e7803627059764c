/**
 * Near-duplicate detection for the question bank (used by a unit test): two
 * questions are compared as sets of content words, after lowercasing, removing
 * accents, dropping small Dutch function words and a light stemming (so "afspraak",
 * "afspraken" and "afgesproken" do not all count as different words).
 */
import { normalizeQuery } from './normalize.ts';

/** Function words and words that every question in the bank uses. */
const STOP = new Set(
  (
    'de het een en of maar dat die dit deze wat wie hoe waar wanneer welk welke waarom waardoor waarmee waarop waaraan ' +
    'je jij jou jouw u uw ik mij me mijn we wij ons onze zij ze hij zijn haar hun er hier daar daarbij daarvoor ' +
    'in op aan van voor met om te bij naar uit over tot door als dan ook nog al wel niet geen zo meer minder ' +
    'is ben bent was waren wordt worden word kan kun kunt kunnen wil wilt willen heb hebt heeft hebben had ' +
    'ga gaat gaan doe doet doen deed moet moeten mag mogen zou zouden zal zullen vind vindt vinden ' +
    'iets iemand eens even echt graag vandaag nu dan toen straks zeker vooral precies concreet volgens ' +
    'werk jouw mijn samen manier'
  ).split(' '),
);

/** A crude Dutch stem: enough to merge plural and simple verb forms. */
export function stem(word: string): string {
  let w = word;
  for (const suffix of ['heden', 'ingen', 'ing', 'en', 'es', 'e', 's', 't']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // Double final consonant ("afsprak" / "afspraak" stay apart, "collegas" → "colleg").
  return w.replace(/([bdfgklmnprst])\1$/, '$1').replace(/aa(?=[^aeiou]$)/, 'a').replace(/ee(?=[^aeiou]$)/, 'e').replace(/oo(?=[^aeiou]$)/, 'o').replace(/uu(?=[^aeiou]$)/, 'u');
}

/** The content words of a text, stemmed. */
export function contentWords(text: string): Set<string> {
  const words = normalizeQuery(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length >= 3 && !STOP.has(w)).map(stem));
}

/** |A ∩ B| / |A ∪ B| (0 when both are empty). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** |A ∩ B| / min(|A|, |B|): how much of the shorter text the longer one contains. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const min = Math.min(a.size, b.size);
  if (min === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / min;
}

export interface SimilarityInput {
  id: string;
  text: string;
  keywords?: readonly string[];
}

export interface SimilarPair {
  a: string;
  b: string;
  /** Similarity of the question texts (Jaccard of content words). */
  text: number;
  /** How much of the shorter text is in the longer one. */
  contained: number;
  /** Similarity of the keyword lists (Jaccard of content words). */
  keywords: number;
  /** The combined score the check uses. */
  score: number;
}

/**
 * Combined score: mostly the wording of the questions, partly their keywords
 * (two questions about the same topic, worded alike, with the same keywords, are
 * one question twice).
 */
export function scorePair(x: SimilarityInput, y: SimilarityInput, cache = new Map<string, { t: Set<string>; k: Set<string> }>()): SimilarPair {
  const get = (q: SimilarityInput) => {
    let c = cache.get(q.id);
    if (!c) {
      c = { t: contentWords(q.text), k: contentWords((q.keywords ?? []).join(' ')) };
      cache.set(q.id, c);
    }
    return c;
  };
  const a = get(x);
  const b = get(y);
  const text = jaccard(a.t, b.t);
  const contained = a.t.size >= 3 && b.t.size >= 3 ? containment(a.t, b.t) : 0;
  const keywords = jaccard(a.k, b.k);
  return { a: x.id, b: y.id, text, contained, keywords, score: 0.6 * Math.max(text, 0.8 * contained) + 0.4 * keywords };
}

/** Every pair of questions, best first. */
export function allPairs(questions: readonly SimilarityInput[]): SimilarPair[] {
  const cache = new Map<string, { t: Set<string>; k: Set<string> }>();
  const out: SimilarPair[] = [];
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) out.push(scorePair(questions[i]!, questions[j]!, cache));
  }
  return out.sort((p, q) => q.score - p.score);
}
