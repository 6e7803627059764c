/**
 * Word-level analysis for site search, the same for the index and the query:
 * folded words (no case, no accents), Dutch stop words, a light Dutch stemmer and a
 * bounded edit distance for typos. Pure and framework-free.
 */

/**
 * Dutch function words and question words that say little about what someone looks
 * for ("moet ik tekenen", "wat als hij weigert"). They still count for phrase matches
 * ("voor gezien"), never as a search term on their own (unless the query has nothing else).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'de het een en of maar dat die dit deze wat wie hoe waar wanneer welk welke waarom ' +
    'je jij jou jouw u uw ik mij me mijn we wij ons onze zij ze hij hem haar hun zijn er ' +
    'in op aan van voor met zonder om te bij naar uit over tot door als dan ook nog al wel niet geen ' +
    'is ben bent was waren wordt worden werd kan kun kunt kunnen wil wilt willen heb hebt ' +
    'heeft hebben had ga gaat gaan doe doet doen moet moeten mag mogen zou zouden zal zullen ' +
    'men iets iemand elke alle dus toch nu hier daar zo zoals na veel meer erg heel zeer echt even eigenlijk gewoon ' +
    'erbij ervoor erover eraan erin ermee erna erop eruit daarbij daarvoor daarover daarmee hierbij hiervoor waarbij'
  ).split(' '),
);

/** Letters whose accent is part of the letter: no Unicode decomposition (as lib/text/fold). */
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ŧ: 't' };
/** Characters that end a phrase: a phrase match never runs across them. */
const BREAKS = new Set('.,;:!?·|()[]{}"“”„«»…'.split(''));
/** What a character is for matching. */
const Kind = { Space: 0, Word: 1, Mark: 2, Break: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];
const kinds = new Map<number, Kind>();
function kindOf(code: number, ch: string): Kind {
  let k = kinds.get(code);
  if (k === undefined) {
    k = BREAKS.has(ch) ? Kind.Break : /\p{M}/u.test(ch) ? Kind.Mark : /[\p{L}\p{N}]/u.test(ch) ? Kind.Word : Kind.Space;
    kinds.set(code, k);
  }
  return k;
}

/**
 * Text for matching: folded words (no case, no accents) separated by one space, with
 * " | " where a sentence, list item or quotation ends, and a space at both ends:
 * "Dan kun je „voor gezien” tekenen." → " dan kun je | voor gezien | tekenen | ".
 * One pass over the characters (the index has a few hundred kilobytes of text).
 * "\u0001" is kept, as a separator of texts done in one go.
 */
export function phraseText(text: string): string {
  const s = text.normalize('NFD').toLowerCase();
  let out = ' '; // built with += (V8 joins such strings cheaply; an array and join() is ten times slower)
  let sep = ''; // what comes before the next word: nothing, a space or " | "
  let inWord = false;
  let empty = true; // nothing since the start or the last separator of texts
  let runStart = -1; // start of a run of plain a–z/0–9 characters, copied in one slice
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (runStart < 0) {
        if (!inWord) {
          out += sep;
          sep = '';
          inWord = true;
          empty = false;
        }
        runStart = i;
      }
      continue;
    }
    if (runStart >= 0) {
      out += s.slice(runStart, i);
      runStart = -1;
    }
    if (code === 32) {
      if (inWord) {
        inWord = false;
        sep = ' ';
      }
      continue;
    }
    let ch = s[i]!;
    let k: Kind;
    if (code === 1) {
      out += inWord || sep === ' | ' ? ' \u0001 ' : '\u0001 ';
      sep = '';
      inWord = false;
      empty = true;
      continue;
    } else if (code < 128) k = BREAKS.has(ch) ? Kind.Break : Kind.Space;
    else if (code >= 0x300 && code <= 0x36f) continue; // the common accents
    else {
      ch = String.fromCodePoint(s.codePointAt(i)!);
      if (ch.length === 2) i++;
      const mapped = LETTERS[ch];
      k = mapped !== undefined ? Kind.Word : kindOf(code, ch);
      if (mapped !== undefined) ch = mapped;
    }
    if (k === Kind.Word) {
      if (!inWord) {
        out += sep;
        sep = '';
        inWord = true;
        empty = false;
      }
      out += ch;
    } else if (k === Kind.Break) {
      if (!empty) sep = ' | ';
      inWord = false;
    } else if (k === Kind.Space && inWord) {
      inWord = false;
      sep = ' ';
    }
  }
  if (runStart >= 0) out += s.slice(runStart);
  return out + (sep === ' | ' ? ' | ' : inWord ? ' ' : empty ? '' : ' ');
}

const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/**
 * The words of a text, folded, in order. A hyphenated word gives its parts and the
 * joined word: "SMART-afspraken" → smart, afspraken, smartafspraken.
 */
export function textWords(text: string): string[] {
  const out = phraseText(text).split(' ').filter((w) => w && w !== '|' && w !== '\u0001');
  if (text.includes('-')) for (const m of text.matchAll(HYPHENATED)) out.push(...phraseText(m[0].replaceAll('-', '')).split(' ').filter(Boolean));
  return out;
}

export { stem } from './stem.ts';

/** How many typos a word of this length may have and still match: none for short words. */
export function maxEdits(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  return 2;
}

/**
 * Optimal string alignment distance between `a` and `b` (insert, delete, substitute,
 * swap two neighbours), or `max + 1` when it is larger than `max`. With `prefix`, the
 * distance between `a` and the closest prefix of `b` ("functionerinsgesprek" is one
 * edit from a prefix of "functioneringsgesprekken").
 */
export function editDistance(a: string, b: string, max: number, prefix = false): number {
  const n = a.length;
  const m = prefix ? Math.min(b.length, n + max) : b.length;
  if (!prefix && Math.abs(n - m) > max) return max + 1;
  if (prefix && m < n - max) return max + 1;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  // `prev` holds the last row.
  const last = prefix ? Math.min(...prev.slice(Math.max(0, n - max))) : prev[m]!;
  return last > max ? max + 1 : last;
}
