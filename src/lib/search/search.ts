/**
 * Site search: ranks the index records for a query. Pure and framework-free; the
 * dialog (src/islands/SiteSearch.tsx), the unit tests and the benchmark
 * (scripts/bench-search.mjs) run this same code.
 *
 * How a query is read
 * - Folded (no case, no accents), cut to MAX_QUERY_LENGTH characters and MAX_TERMS words.
 * - Stop words ("moet", "ik", "wat", "als") are not searched for on their own, but
 *   they count in phrases ("voor gezien").
 * - Each remaining word (or a multi-word synonym such as "tussentijds gesprek") is a
 *   concept. A concept matches a word of the index exactly, by stem ("vragen" ~
 *   "vraag"), as the start of a word ("beoordeling" → "beoordelingsgesprek") or as
 *   part of a compound ("gesprek" in "jaargesprek"); its synonyms (synonyms.ts) match
 *   a little lower. Only a word that matches nowhere is corrected for typos (edit
 *   distance 1 for 5–7 letters, 2 from 8), so a fuzzy match never beats a real one.
 *
 * How a record is scored
 * - Per concept, the best match over the record's fields × the field's weight
 *   (headings above keywords above body text; FIELD_WEIGHTS), plus SECOND_FIELD of the
 *   other fields' matches, × how rare the concept is in the index (idf). Summed over concepts, then × coverage² (the share of the
 *   query's weight the record matched), so records that match every word come first.
 * - × up to PHRASE_BONUS when the query, or a run of two or more of its words, occurs as
 *   a phrase in the record (more for a longer run, most in the heading).
 * - × QUESTION_TOOL_FACTOR for a tool when the query is a question: it wants an answer.
 * - × up to (1 + TITLE_BONUS) when the query covers the heading: "valkuilen" → "De valkuilen".
 * - × PAGE_FACTOR for a whole guide page, so that the passage that answers comes first.
 * One ranked list: what comes first is what the ranking put first.
 */
import { phraseText } from './analyze.ts';
import { FIELDS, prepare, type FieldKey } from './prepare.ts';
import { analyse, isQuestion, MAX_QUERY_LENGTH, MIN_QUERY_LENGTH, normalizeQuery, STRONG, type Alternative } from './query.ts';
import type { SearchKind, SearchRecord } from './records.ts';
import { MATCH } from './vocabulary.ts';

export { MATCH, phraseText };
export { isQuestion, MAX_QUERY_LENGTH, MAX_TERMS, MAX_WORDS, MIN_QUERY_LENGTH, normalizeQuery, SYNONYM_FACTOR } from './query.ts';

/** What each result is, shown above its title. */
export const KIND_BADGES: Record<SearchKind, string> = {
  gids: 'Gids',
  faq: 'Vraag en antwoord',
  vraag: 'Vragenbank',
  tool: 'Hulpmiddel',
  pagina: 'Pagina',
};


/**
 * How much a match counts in each field, per kind of record. A guide heading, a FAQ
 * question and a tool's title are what a record is about; keywords are chosen words;
 * the text (s + x) mentions. A question of the bank is not a heading but an example of
 * what to ask, so its text counts as body text.
 */
export const FIELD_WEIGHTS: Record<SearchKind, Record<FieldKey, number>> = {
  gids: { t: 10, w: 7, p: 2.5, s: 3, x: 3 },
  faq: { t: 9, w: 6, p: 2.5, s: 3, x: 3 },
  tool: { t: 10, w: 6, p: 2.5, s: 3, x: 3 },
  pagina: { t: 10, w: 6, p: 2.5, s: 3, x: 3 },
  vraag: { t: 3.5, w: 2.5, p: 1, s: 1.5, x: 1.5 },
};

/** The whole query as a phrase in the record. */
export const PHRASE_BONUS = { t: 1.8, w: 1.6, p: 1.2, s: 1.5, x: 1.5 } as const;
/** The query covers the whole heading: up to this much extra. */
export const TITLE_BONUS = 0.6;
/** A whole guide page ranks below a passage of it that matches as well. */
export const PAGE_FACTOR = 0.8;
/** A query asked as a question ("moet ik tekenen", "wat als hij weigert") wants an answer: tools count less. */
export const QUESTION_TOOL_FACTOR = 0.5;
/** A match in a second field of the record adds this share of it. */
export const SECOND_FIELD = 0.2;
/** A term of several words whose words occur apart (not as a phrase) counts this much. */
export const MULTI_WORD_APART = 0.8;
/** Results scoring below this share of the best one are left out. */
export const MIN_RELATIVE_SCORE = 0.12;

const ANSWER_KINDS: ReadonlySet<SearchKind> = new Set(['gids', 'faq']);
export interface SearchHit {
  record: SearchRecord;
  /** Higher is better; only comparable within one query. */
  score: number;
}

export type Searcher = (query: string, limit?: number) => SearchHit[];

/** A search function over the records; prepare once, then a search takes a millisecond or two. */
export function createSearcher(records: readonly SearchRecord[]): Searcher {
  const ix = prepare(records);
  const n = records.length;
  const nf = FIELDS.length;
  const weights = records.map((r) => FIELDS.map((f) => FIELD_WEIGHTS[r.k][f]));
  // Word matches and typo corrections are remembered while someone types (the same words come back).
  const remember = <T>(find: (w: string) => T) => {
    const cache = new Map<string, T>();
    return (w: string): T => {
      let m = cache.get(w);
      if (m === undefined) {
        if (cache.size > 500) cache.clear();
        m = find(w);
        cache.set(w, m);
      }
      return m;
    };
  };
  const matches = remember((w) => ix.vocab.matches(w));
  const closest = remember((w) => ix.vocab.closest(w));

  /**
   * Per record and field (index ri × nf + fi): the best match of one word × the field's
   * weight × `factor`, raised into `into`. `strong` collects the well-matched vocabulary ids.
   */
  const addWord = (w: string, factor: number, into: Float64Array, strong: Set<number>) => {
    for (const [vi, q] of matches(w)) {
      if (q >= STRONG) strong.add(vi);
      const qf = q * factor;
      for (const code of ix.postings[vi]!) {
        const s = qf * weights[(code / nf) | 0]![code % nf]!;
        if (s > into[code]!) into[code] = s;
      }
    }
  };

  return (query, limit = 30) => {
    const q = normalizeQuery(query);
    if (q.length < MIN_QUERY_LENGTH) return [];
    const { concepts, raw } = analyse(q, matches, closest);
    if (!concepts.length) return [];

    const strong = new Set<number>();
    const perConcept: Float64Array[] = [];
    const idf: number[] = [];
    for (const c of concepts) {
      // Single words: the best match per field, so that a second field can add a little.
      const fields = new Float64Array(n * nf);
      const best = new Float64Array(n);
      for (const alt of c.alts) {
        if (alt.words.length === 1) addWord(alt.words[0]!, alt.quality, fields, strong);
        else multiWord(alt, best, strong);
      }
      let df = 0;
      for (let ri = 0; ri < n; ri++) {
        let top = 0;
        let sum = 0;
        for (let fi = 0; fi < nf; fi++) {
          const v = fields[ri * nf + fi]!;
          sum += v;
          if (v > top) top = v;
        }
        const single = top + SECOND_FIELD * (sum - top);
        if (single > best[ri]!) best[ri] = single;
        if (best[ri]! > 0) df++;
      }
      perConcept.push(best);
      idf.push(Math.log(1 + n / (df + 1)));
    }
    const totalIdf = idf.reduce((a, b) => a + b, 0);

    // Runs of two or more query words (stop words included): "voor gezien", "te veel".
    // A run is looked for only when both runs one word shorter inside it were found.
    const bonus = new Float64Array(n).fill(1);
    let found = raw.map((w) => ix.vocab.has(w));
    for (let len = 2; len <= raw.length; len++) {
      const next: boolean[] = [];
      for (let i = 0; i + len <= raw.length; i++) {
        next[i] = false;
        if (!found[i] || !found[i + 1]) continue;
        const share = len / raw.length;
        ix.findPhrase(raw.slice(i, i + len).join(' '), (ri, fi) => {
          next[i] = true;
          const b = 1 + (PHRASE_BONUS[FIELDS[fi]!] - 1) * share;
          if (b > bonus[ri]!) bonus[ri] = b;
        });
      }
      if (!next.some(Boolean)) break;
      found = next;
    }
    const question = isQuestion(raw);

    const hits: SearchHit[] = [];
    for (let ri = 0; ri < n; ri++) {
      let score = 0;
      let covered = 0;
      for (let ci = 0; ci < perConcept.length; ci++) {
        const v = perConcept[ci]![ri]!;
        if (v > 0) {
          score += idf[ci]! * v;
          covered += idf[ci]!;
        }
      }
      if (score === 0) continue;
      score *= (covered / totalIdf) ** 2 * bonus[ri]!;
      if (question && !ANSWER_KINDS.has(records[ri]!.k)) score *= QUESTION_TOOL_FACTOR;
      const tw = ix.titleWords[ri]!;
      const titleCover = tw.length ? tw.filter((id) => strong.has(id)).length / tw.length : 0;
      score *= 1 + TITLE_BONUS * titleCover;
      // A passage before its page, unless the page's title is what was asked for.
      if (ix.isPage[ri] && titleCover < 1) score *= PAGE_FACTOR;
      hits.push({ record: records[ri]!, score });
    }
    hits.sort((a, b) => b.score - a.score);
    const top = hits[0]?.score ?? 0;
    return hits.filter((h) => h.score >= top * MIN_RELATIVE_SCORE).slice(0, limit);
  };

  /** A term of several words: each must match somewhere in the record; as a phrase it counts in full. */
  function multiWord(alt: Alternative, best: Float64Array, strong: Set<number>) {
    const parts = alt.words.map((w) => {
      const f = new Float64Array(n * nf);
      addWord(w, 1, f, strong);
      return f;
    });
    const asPhrase = new Float64Array(n);
    if (alt.phrase) ix.findPhrase(alt.phrase, (ri, fi) => (asPhrase[ri] = Math.max(asPhrase[ri]!, weights[ri]![fi]!)));
    for (let ri = 0; ri < n; ri++) {
      let sum = 0;
      let all = true;
      for (const p of parts) {
        let top = 0;
        for (let fi = 0; fi < nf; fi++) top = Math.max(top, p[ri * nf + fi]!);
        if (top === 0) {
          all = false;
          break;
        }
        sum += top;
      }
      if (!all) continue;
      const s = Math.max((sum / parts.length) * MULTI_WORD_APART, asPhrase[ri]!) * alt.quality;
      if (s > best[ri]!) best[ri] = s;
    }
  }
}

/** For the live region: how many results, for what (a long query is shown cut, and said to be cut). */
export function resultCountText(n: number, query: string): string {
  if (normalizeQuery(query).length < MIN_QUERY_LENGTH) return 'Typ minstens twee letters om te zoeken.';
  // Only the start of the text is looked at: regular expressions over a pasted page cost.
  const start = query.trimStart();
  const cut = start.trimEnd().length > MAX_QUERY_LENGTH;
  const q = start.slice(0, 200).replace(/\s+/g, ' ').trim();
  const shown = q.length > 60 ? `${q.slice(0, 60).trim()}…` : q;
  const note = cut ? ` Alleen de eerste ${MAX_QUERY_LENGTH} tekens tellen.` : '';
  if (n === 0) return `Geen resultaten voor “${shown}”. Probeer een ander woord.${note}`;
  return `${n} ${n === 1 ? 'resultaat' : 'resultaten'} voor “${shown}”.${note}`;
}
