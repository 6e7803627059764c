/**
 * The distinct words of the index, with fast ways to find the ones that match a query
 * word: the same word, the same stem, a word it starts ("beoordeling" →
 * "beoordelingsgesprek"), a compound it ends or sits in ("gesprek" → "jaargesprek"),
 * and, for a word that matches nothing, the closest words (typos).
 */
import { editDistance, maxEdits, stem } from './analyze.ts';

/** Quality of a match between a query word and a word of the index (1 = the same word). */
/** In ascending segment start offsets, the index of the segment that holds offset `pos` (binary search). */
export function segmentAt(starts: ArrayLike<number>, pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export const MATCH = {
  exact: 1,
  stem: 0.95,
  /** The query word starts an index word; a little less the more is left over. */
  prefix: 0.8,
  prefixMin: 0.65,
  /**
   * The query word ends a compound: the head, what the thing is ("verslag" in
   * "gespreksverslag": a gespreksverslag is a verslag), or sits inside one.
   */
  compoundEnd: 0.85,
  compound: 0.5,
  /** A typo corrected with one or two edits. */
  fuzzy1: 0.55,
  fuzzy2: 0.4,
} as const;

/** Word → [vocabulary id, quality]. */
export type WordMatches = [id: number, quality: number][];

/**
 * Can the letters before `at` in `word` be the first part of a compound? At least three
 * letters and not a verb prefix: "hand|tekening" and "onder|tekenen" yes, "be|tekenen" no.
 */
const VERB_PREFIX = /^(?:be|ge|er|her|ver|ont|mis|on)$/;
function compoundHead(word: string, at: number): boolean {
  return at >= 3 && !VERB_PREFIX.test(word.slice(0, at));
}

function prefixQuality(typed: number, word: number): number {
  return MATCH.prefix - (MATCH.prefix - MATCH.prefixMin) * Math.min(1, (word - typed) / 10);
}

/** All words in one string ("\nwoord\nwoord\n"), so that native indexOf finds every word containing a part. */
class Joined {
  readonly text: string;
  private readonly starts: Int32Array;
  constructor(words: readonly string[]) {
    this.starts = new Int32Array(words.length);
    let pos = 1;
    words.forEach((w, i) => {
      this.starts[i] = pos;
      pos += w.length + 1;
    });
    this.text = `\n${words.join('\n')}\n`;
  }
  /**
   * Calls `found(id, offset, atEnd)` for every word that contains `part` (offset: where
   * in the word), or with `atStart` only for the words that begin with it.
   */
  each(part: string, found: (id: number, offset: number, atEnd: boolean) => void, atStart = false): void {
    const { text, starts } = this;
    const needle = atStart ? `\n${part}` : part;
    const shift = atStart ? 1 : 0;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const pos = at + shift;
      const lo = segmentAt(starts, pos);
      found(lo, pos - starts[lo]!, text.charCodeAt(pos + part.length) === 10);
    }
  }
}

export class Vocabulary {
  readonly words: readonly string[];
  readonly stems: readonly string[];
  private readonly ids = new Map<string, number>();
  private readonly byStem = new Map<string, number[]>();
  private readonly joined: Joined;
  private readonly joinedStems: Joined;
  /** Character pairs → candidate words (index words and extra words), to run the edit distance on a few words only. */
  private readonly grams = new Map<number, number[]>();
  private readonly candidates: string[];

  constructor(words: readonly string[], extra: readonly string[] = []) {
    this.words = words;
    this.stems = words.map(stem);
    words.forEach((w, i) => this.ids.set(w, i));
    this.stems.forEach((s, i) => {
      const list = this.byStem.get(s);
      if (list) list.push(i);
      else this.byStem.set(s, [i]);
    });
    this.joined = new Joined(words);
    this.joinedStems = new Joined(this.stems);
    this.candidates = [...words, ...extra.filter((w) => !this.ids.has(w))];
    this.candidates.forEach((w, i) => {
      for (let j = 0; j + 1 < w.length; j++) {
        const g = (w.charCodeAt(j) << 16) | w.charCodeAt(j + 1);
        const list = this.grams.get(g);
        if (!list) this.grams.set(g, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  /** Index words that match `word` exactly, by stem, as a prefix or as part of a compound. */
  matches(word: string): WordMatches {
    const best = new Map<number, number>();
    const raise = (id: number, q: number) => {
      if (q > (best.get(id) ?? 0)) best.set(id, q);
    };
    const ws = stem(word);
    const id = this.ids.get(word);
    if (id !== undefined) raise(id, MATCH.exact);
    for (const i of this.byStem.get(ws) ?? []) raise(i, MATCH.stem);
    if (word.length >= 5) {
      this.joined.each(word, (i, at, atEnd) => {
        const w = this.words[i]!;
        if (at === 0) raise(i, prefixQuality(word.length, w.length));
        else if (compoundHead(w, at)) raise(i, atEnd ? MATCH.compoundEnd : MATCH.compound);
      });
    } else if (word.length >= 3) {
      this.joined.each(word, (i) => raise(i, prefixQuality(word.length, this.words[i]!.length)), true);
    }
    if (ws.length >= 5) {
      this.joinedStems.each(ws, (i, at, atEnd) => {
        const st = this.stems[i]!;
        if (at === 0) raise(i, prefixQuality(ws.length, st.length) * 0.95);
        else if (compoundHead(st, at)) raise(i, (atEnd ? MATCH.compoundEnd : MATCH.compound) * 0.95);
      });
    } else if (ws.length >= 4) {
      this.joinedStems.each(ws, (i) => raise(i, prefixQuality(ws.length, this.stems[i]!.length) * 0.95), true);
    }
    return [...best];
  }

  /**
   * The closest words to a word that matches nothing, among the index's words and the
   * extra words: [word, quality][], the fewest edits only, whole words before prefixes.
   */
  closest(word: string): [string, number][] {
    const max = maxEdits(word.length);
    if (max === 0 || word.length > 30 || /\d/.test(word)) return [];
    const grams = this.grams;
    const qPairs = new Set<number>();
    for (let j = 0; j + 1 < word.length; j++) qPairs.add((word.charCodeAt(j) << 16) | word.charCodeAt(j + 1));
    // One edit changes at most three pairs (a swap): fewer shared pairs cannot be close.
    const need = Math.max(1, qPairs.size - 3 * max);
    const shared = new Map<number, number>();
    for (const g of qPairs) for (const i of grams.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best = max + 1;
    let found: { w: string; d: number; whole: boolean }[] = [];
    for (const [i, count] of shared) {
      if (count < need) continue;
      const w = this.candidates[i]!;
      if (w.length < word.length - max || w === word) continue;
      const whole = Math.abs(w.length - word.length) <= max ? editDistance(word, w, Math.min(max, best)) : max + 1;
      const d = whole <= max ? whole : editDistance(word, w, Math.min(max, best), true);
      if (d > max || d > best) continue;
      if (d < best) {
        best = d;
        found = [];
      }
      found.push({ w, d, whole: whole === d });
    }
    // A typo in a whole word is likelier than in the start of a longer one: whole words only, if any.
    if (found.some((f) => f.whole)) found = found.filter((f) => f.whole);
    found.sort((a, b) => Math.abs(a.w.length - word.length) - Math.abs(b.w.length - word.length) || (a.w < b.w ? -1 : 1));
    return found.slice(0, 3).map(({ w, d, whole }) => {
      const q = d <= 1 ? MATCH.fuzzy1 : MATCH.fuzzy2;
      return [w, whole ? q : q * 0.9];
    });
  }
}
