/**
 * The search index prepared once per set of records (search.ts ranks with it): a vocabulary
 * with each word's postings (record × field), the content words of each heading, and one
 * string of all phrase texts, so that a phrase is found with a few indexOf calls.
 */
import { phraseText, STOPWORDS } from './analyze.ts';
import { HYPHENATED, SYNONYM_WORDS } from './query.ts';
import type { SearchRecord } from './records.ts';
import { segmentAt, Vocabulary } from './vocabulary.ts';

/** The searched fields of a record (records.ts), in this order everywhere: title, keywords, parent page title, snippet, rest of the text. */
export type FieldKey = 't' | 'w' | 'p' | 's' | 'x';
export const FIELDS: readonly FieldKey[] = ['t', 'w', 'p', 's', 'x'];

/** Prepared once per index. */
export interface Prepared {
  records: readonly SearchRecord[];
  vocab: Vocabulary;
  /** Per vocabulary word: record × FIELDS.length + field, ascending, no duplicates. */
  postings: number[][];
  /** Per record: the vocabulary ids of the heading's content words. */
  titleWords: number[][];
  /** Per record: is it a whole guide page? */
  isPage: boolean[];
  /** Calls `found(record, field)` for every field that contains the words as a phrase. */
  findPhrase(phrase: string, found: (ri: number, fi: number) => void): void;
}

export function prepare(records: readonly SearchRecord[]): Prepared {
  const vocab: string[] = [];
  const vocabIds = new Map<string, number>();
  const postings: number[][] = [];
  const phrases: string[][] = [];
  const titleWords: number[][] = [];
  const idOf = (w: string) => {
    let id = vocabIds.get(w);
    if (id === undefined) {
      id = vocab.length;
      vocabIds.set(w, id);
      vocab.push(w);
      postings.push([]);
    }
    return id;
  };
  // Every field of every record in one string, cut into words in one pass.
  const SEP = '\u0001';
  const phraseFields = phraseText(records.map((r) => FIELDS.map((f) => (r[f] ?? '').replaceAll(SEP, ' ')).join(SEP)).join(SEP)).split(SEP);
  records.forEach((r, ri) => {
    const recPhrases: string[] = [];
    FIELDS.forEach((f, fi) => {
      const seg = ri * FIELDS.length + fi;
      const text = phraseFields[seg]!.trim();
      recPhrases.push(text ? ` ${text} ` : '');
      const ws = text ? text.split(' ').filter((w) => w !== '|') : [];
      // Hyphenated words also count joined: "check-in" → "checkin".
      const original = r[f] ?? '';
      if (original.includes('-')) for (const m of original.matchAll(HYPHENATED)) ws.push(...phraseText(m[0].replaceAll('-', '')).trim().split(' '));
      for (const w of ws) {
        const list = postings[idOf(w)]!;
        if (list[list.length - 1] !== seg) list.push(seg);
      }
      if (f === 't') titleWords.push([...new Set(ws.filter((w) => !STOPWORDS.has(w)).map(idOf))]);
    });
    phrases.push(recPhrases);
  });
  // All fields' phrase texts in one string, so that a phrase is found with a few indexOf calls.
  const starts: number[] = [];
  let corpus = '';
  for (const recPhrases of phrases) {
    for (const text of recPhrases) {
      starts.push(corpus.length);
      corpus += `${text}\u0001`;
    }
  }
  const findPhrase = (phrase: string, found: (ri: number, fi: number) => void) => {
    const needle = ` ${phrase} `;
    for (let at = corpus.indexOf(needle); at >= 0; at = corpus.indexOf(needle, at + 1)) {
      const seg = segmentAt(starts, at);
      found((seg / FIELDS.length) | 0, seg % FIELDS.length);
    }
  };
  return {
    records,
    vocab: new Vocabulary(vocab, SYNONYM_WORDS),
    postings,
    titleWords,
    isPage: records.map((r) => r.k === 'gids' && !r.h.includes('#')),
    findPhrase,
  };
}
