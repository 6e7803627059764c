import { describe, expect, it } from 'vitest';
import { editDistance, maxEdits, stem, textWords } from '../../src/lib/search/analyze.ts';
import { Vocabulary, MATCH } from '../../src/lib/search/vocabulary.ts';
import { SYNONYM_GROUPS } from '../../src/lib/search/synonyms.ts';
import { TOOLS } from '../../src/lib/search/tools.ts';

describe('stem', () => {
  it.each([
    ['vraag', 'vragen'],
    ['bewaren', 'bewaart'],
    ['bewaren', 'bewaard'],
    ['weigert', 'weigeren'],
    ['gesprek', 'gesprekken'],
    ['ondertekenen', 'ondertekende'],
    ['afspraak', 'afspraken'],
    ['bedrijf', 'bedrijven'],
    ['loon', 'lonen'],
    ['boos', 'boze'],
    ['valkuil', 'valkuilen'],
    ['werknemer', 'werknemers'],
    ['cursus', 'cursussen'],
    ['bonus', 'bonussen'],
  ])('%s ~ %s', (a, b) => expect(stem(a)).toBe(stem(b)));
  it('keeps different words apart', () => {
    expect(stem('teken')).not.toBe(stem('betekenen'));
    expect(stem('verslag')).not.toBe(stem('vraag'));
  });
});

describe('words and edit distance', () => {
  it('splits hyphenated words and keeps the joined form', () => {
    expect(textWords('SMART-afspraken, check-in!')).toEqual(['smart', 'afspraken', 'check', 'in', 'smartafspraken', 'checkin']);
  });
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('verslag', 'verslag', 2)).toBe(0);
    expect(editDistance('verslg', 'verslag', 2)).toBe(1);
    expect(editDistance('versalg', 'verslag', 2)).toBe(1);
    expect(editDistance('verslaf', 'verslag', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2); // max + 1 when further
    expect(editDistance('functionerinsgesprek', 'functioneringsgesprekken', 2, true)).toBe(1);
  });
  it('allows no typo in short words', () => {
    expect(maxEdits(4)).toBe(0);
    expect(maxEdits(5)).toBe(1);
    expect(maxEdits(8)).toBe(2);
  });
});

describe('Vocabulary', () => {
  const v = new Vocabulary(['gesprek', 'jaargesprek', 'gesprekken', 'functioneringsgesprek', 'beoordelingsgesprek', 'betekent', 'handtekening', 'verslag'], ['salaris']);
  const q = (word: string) => Object.fromEntries(v.matches(word).map(([id, quality]) => [v.words[id], quality]));
  it('exact, stem, prefix and compound matches, best first in quality', () => {
    const m = q('gesprek');
    expect(m.gesprek).toBe(MATCH.exact);
    expect(m.gesprekken).toBe(MATCH.stem);
    expect(m.jaargesprek).toBe(MATCH.compoundEnd);
    expect(q('beoordeling').beoordelingsgesprek).toBeGreaterThan(MATCH.prefixMin - 0.01);
  });
  it('a verb prefix is no compound: “teken” is not in “betekent”, but is in “handtekening”', () => {
    const m = q('tekenen');
    expect(m.betekent).toBeUndefined();
    expect(m.handtekening).toBeGreaterThan(0);
  });
  it('finds the closest words for a typo', () => {
    expect(v.closest('verslg')[0]![0]).toBe('verslag');
    expect(v.closest('functionerinsgesprek')[0]![0]).toBe('functioneringsgesprek');
    expect(v.closest('zalaris')[0]![0]).toBe('salaris');
    expect(v.closest('xyzzy')).toEqual([]);
  });
});

describe('data', () => {
  it('synonym groups have two or more distinct terms, and a term is in one group only', () => {
    const seen = new Map<string, number>();
    SYNONYM_GROUPS.forEach((g, i) => {
      expect(new Set(g).size, g.join(', ')).toBe(g.length);
      expect(g.length).toBeGreaterThanOrEqual(2);
      for (const t of g) {
        expect(seen.has(t), `${t} in groups ${seen.get(t)} and ${i}`).toBe(false);
        seen.set(t, i);
      }
    });
  });
  it('tools have a unique link, a Dutch title, a description and keywords', () => {
    expect(new Set(TOOLS.map((t) => t.href)).size).toBe(TOOLS.length);
    for (const t of TOOLS) {
      expect(t.href).toMatch(/^\/[a-z0-9/.-]*$/);
      expect(t.title.length).toBeGreaterThan(5);
      expect(t.description.length).toBeGreaterThan(20);
      expect(t.keywords.length).toBeGreaterThan(0);
    }
  });
});
