import { describe, expect, it } from 'vitest';
import { createSearcher, queryTerms, cleanRanges, thresholdFor } from '../../src/lib/questions/search.ts';
import { segments } from '../../src/lib/questions/highlight.ts';
import { loadBank } from './questions-helpers.ts';

const { questions } = loadBank();
const searcher = createSearcher(questions);
const ids = (q: string) => searcher.search(q).map((h) => h.question.id);
const byId = (id: string) => questions.find((q) => q.id === id)!;

describe('queryTerms', () => {
  it('normalises and drops small function words', () => {
    expect(queryTerms('Hoe ga je om met Werkdruk?')).toEqual(['werkdruk']);
    expect(queryTerms('  ideeën  ')).toEqual(['ideeen']);
  });
  it('keeps small words when the query has nothing else', () => {
    expect(queryTerms('hoe gaat het')).toEqual(['hoe', 'gaat', 'het']);
  });
  it('returns nothing for empty or one-letter input', () => {
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms(' a ? ')).toEqual([]);
  });
});

describe('thresholdFor', () => {
  it('is strict for short words and more tolerant for long ones', () => {
    expect(thresholdFor(3)).toBe(0);
    expect(thresholdFor(4)).toBe(0);
    expect(thresholdFor(6)).toBeGreaterThan(0);
    expect(thresholdFor(12)).toBeGreaterThanOrEqual(thresholdFor(6));
  });
});

describe('search', () => {
  it('finds words without their diacritics', () => {
    const hits = ids('ideeen');
    expect(hits).toContain('fun-18');
    expect(hits).toContain('fbl-18');
  });

  it('tolerates a typo', () => {
    expect(ids('opleidng').slice(0, 3)).toContain('ont-03');
    expect(ids('leidinggevnde').length).toBeGreaterThan(0);
    expect(ids('werkdurk')).toContain('wpl-14');
  });

  it('matches keywords and synonyms (BE and NL words)', () => {
    expect(ids('telewerk')).toEqual(expect.arrayContaining(['wom-08', 'wom-09']));
    expect(ids('salaris')).toContain('ver-18');
    expect(ids('wedde')).toContain('ver-18');
    expect(ids('cursus')).toContain('ont-01');
  });

  it('finds another form of a word that the bank does not use, by its stem, before guessing typos', () => {
    // "lonen" is nowhere in the bank; "loon" is. Fuzzy matching alone found "lopen", "meelopen", ….
    const hits = searcher.search('lonen');
    expect(hits.map((h) => h.question.id)).toContain('ver-18');
    expect(hits.map((h) => h.question.id)).not.toContain('ont-04');
    const ver18 = hits.find((h) => h.question.id === 'ver-18')!;
    const marked = ver18.text.map(([a, b]) => byId('ver-18').text.slice(a, b + 1));
    expect(marked).toEqual(['loon']);
    // A stem match ranks below a literal match of the same question and above a typo.
    const literal = searcher.search('loon').find((h) => h.question.id === 'ver-18')!;
    expect(ver18.score).toBeGreaterThan(literal.score);
    expect(ver18.score).toBeLessThan(0.3);
    // A typo is still found when no word shares its stem.
    expect(ids('opleidng').length).toBeGreaterThan(0);
  });

  it('matches follow-ups', () => {
    const hit = searcher.search('paritair').find((h) => h.question.id === 'wpl-16');
    expect(hit).toBeDefined();
    expect(hit!.followUps[0]!.length).toBeGreaterThan(0);
  });

  it('requires every word to match', () => {
    const both = ids('verslag oneens');
    expect(both).toContain('afs-05');
    for (const id of both) {
      const q = byId(id);
      const all = [q.text, ...q.keywords, ...q.followUps].join(' ').toLowerCase();
      expect(all).toContain('verslag');
    }
  });

  it('when no question has every word, shows the ones with the most of them and says which word each lacks', () => {
    const hits = searcher.search('mijn medewerker is vaak ziek');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.question.id)).toContain('wpl-17');
    for (const h of hits) {
      expect(h.unmatched.length, h.question.id).toBeGreaterThan(0);
      expect(h.unmatched.length).toBe(hits[0]!.unmatched.length);
      for (const w of h.unmatched) expect(['medewerker', 'vaak', 'ziek']).toContain(w);
    }
    // A hit with every word never lists any; a word nobody has does not hide the ones that match the rest.
    for (const h of searcher.search('verslag oneens')) expect(h.unmatched).toEqual([]);
    expect(searcher.search('ziek xqzvbw').map((h) => [h.question.id, h.unmatched])).toEqual([['wpl-17', ['xqzvbw']]]);
    expect(ids('xqzvbw ploink')).toEqual([]);
  });

  it('does not match short words fuzzily', () => {
    // "loon" is found where it is written, never as "loop" or "lood".
    const loon = ids('loon');
    expect(loon[0]).toBe('ver-18');
    for (const id of loon) {
      const q = byId(id);
      expect([q.text, ...q.keywords, ...q.followUps].join(' ').toLowerCase(), id).toMatch(/loon/);
    }
    expect(ids('ziek')).toEqual(['wpl-17']);
  });

  it('returns nothing for nonsense or empty queries', () => {
    expect(ids('xqzvbw')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('reports positions that highlight the matched word in the original text', () => {
    const hit = searcher.search('ideeen').find((h) => h.question.id === 'fun-18')!;
    const marked = segments(hit.question.text, hit.text).filter((s) => s.mark).map((s) => s.text);
    expect(marked).toEqual(['ideeën']);
  });

  it('names keywords that matched', () => {
    const hit = searcher.search('telewerk').find((h) => h.question.id === 'wom-08')!;
    expect(hit.keywords).toContain('telewerk');
  });

  it('ranks a question whose keyword is the word itself above the word hidden inside another word', () => {
    // "doel" (goal) is also the end of "bedoel" (mean): fun-12 "… bedoel je …" is about something else.
    const order = ids('doel');
    for (const tagged of ['fun-15', 'ver-02', 'afs-08', 'ont-12']) expect(order.indexOf(tagged)).toBeLessThan(order.indexOf('fun-12'));
    // The whole word in the question text still comes first of all.
    expect(ids('loon')[0]).toBe('ver-18');
  });

  it('ranks better matches first', () => {
    const hits = searcher.search('thuiswerk');
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeGreaterThanOrEqual(hits[i - 1]!.score);
  });
});

describe('cleanRanges', () => {
  it('drops single characters and merges touching ranges', () => {
    expect(cleanRanges([[5, 5], [0, 2], [3, 4], [10, 12]])).toEqual([[0, 4], [10, 12]]);
  });
});

describe('segments', () => {
  it('splits text into marked and plain parts', () => {
    expect(segments('Welke ideeën heb je?', [[6, 11]])).toEqual([
      { text: 'Welke ', mark: false },
      { text: 'ideeën', mark: true },
      { text: ' heb je?', mark: false },
    ]);
  });
  it('survives odd ranges and always rebuilds the text', () => {
    const text = 'Hoe gaat het?';
    for (const ranges of [[], [[-3, 2]], [[10, 99]], [[4, 7], [2, 5]], [[8, 3]]] as Array<[number, number][]>) {
      expect(segments(text, ranges).map((s) => s.text).join('')).toBe(text);
    }
    expect(segments('', [[0, 3]])).toEqual([{ text: '', mark: false }]);
  });
});
