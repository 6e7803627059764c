import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/records.ts';
import {
  createSearcher,
  isQuestion,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  phraseText,
  resultCountText,
} from '../../src/lib/search/search.ts';
import { STOPWORDS, textWords } from '../../src/lib/search/analyze.ts';
import { contentIndex } from './search-helpers.ts';

const small: SearchRecord[] = [
  { t: 'Van jaarlijks naar doorlopend', h: '/gids/trends/#doorlopend', s: 'Het jaarlijkse gesprek verdwijnt niet.', k: 'gids', x: 'Enkele ideeën: een kwartiertje per maand, een vaste agenda.' },
  { t: 'Hybride en online gesprekken', h: '/gids/trends/#online', s: 'Camera aan, rustige plek.', k: 'gids' },
  { t: 'Is een functioneringsgesprek verplicht?', h: '/gids/veelgestelde-vragen/#verplicht', s: 'Niet altijd. Kijk in de cao.', k: 'faq', w: 'wet · paritair comité' },
  { t: 'Welke ideeën heb je voor de zaak?', h: '/vragen/#vraag-fun-18', s: 'Functioneren', k: 'vraag' },
  { t: 'Wat is een kmo?', h: '/gids/x/#kmo', s: 'Een klein bedrijf.', k: 'gids' },
];
const hrefs = (hits: { record: SearchRecord }[]) => hits.map((h) => h.record.h);

describe('search on a small index', () => {
  const search = createSearcher(small);
  it('is diacritics-insensitive both ways', () => {
    expect(hrefs(search('ideeen')).slice(0, 2)).toEqual(['/vragen/#vraag-fun-18', '/gids/trends/#doorlopend']);
    expect(search('IDEEËN')[0]!.record.h).toBe('/vragen/#vraag-fun-18');
    expect(search('comite')[0]!.record.h).toBe('/gids/veelgestelde-vragen/#verplicht');
  });
  it('tolerates typos', () => {
    expect(search('functionerinsgesprek')[0]!.record.h).toBe('/gids/veelgestelde-vragen/#verplicht');
    expect(search('verplict')[0]!.record.h).toBe('/gids/veelgestelde-vragen/#verplicht');
  });
  it('short words match exactly (no fuzzy noise)', () => {
    expect(hrefs(search('kmo'))).toEqual(['/gids/x/#kmo']);
    expect(search('kmi')).toEqual([]);
    expect(search('k')).toEqual([]);
    expect(search('  ')).toEqual([]);
  });
  it('records with every word come before records with some', () => {
    expect(search('ideeen kwartiertje')[0]!.record.h).toBe('/gids/trends/#doorlopend');
    expect(hrefs(search('ideeen camera'))).toEqual(expect.arrayContaining(['/vragen/#vraag-fun-18', '/gids/trends/#doorlopend', '/gids/trends/#online']));
  });
  it('respects the limit, and returns results best first', () => {
    expect(search('gesprek', 1)).toHaveLength(1);
    const scores = search('gesprek').map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

const rec = (h: string, t: string, more: Partial<SearchRecord> = {}): SearchRecord => ({ t, h, s: '', k: 'gids', ...more });

describe('ranking rules', () => {
  it('an exact word beats a typo correction; a typo is corrected only when the word occurs nowhere', () => {
    const search = createSearcher([rec('/a', 'De oven is kapot'), rec('/b', 'De ovens zijn kapot'), rec('/c', 'De open deur')]);
    expect(hrefs(search('oven'))).toEqual(['/a', '/b']);
    expect(hrefs(search('ovem'))).toEqual([]); // four letters: no typo correction
    expect(hrefs(search('ovenn')).slice(0, 2)).toEqual(['/a', '/b']);
    const s2 = createSearcher([rec('/a', 'Afspraken maken'), rec('/b', 'Afsprakenlijst')]);
    expect(s2('afspraken')[0]!.record.h).toBe('/a');
    expect(s2('afsprakn')[0]!.record.h).toBe('/a');
  });
  it('a heading counts more than body text', () => {
    const search = createSearcher([
      rec('/body', 'Over de agenda', { s: 'Hier lees je ook iets over de opvolging.' }),
      rec('/heading', 'De opvolging', { s: 'Plan het volgende gesprek.' }),
    ]);
    expect(hrefs(search('opvolging'))).toEqual(['/heading', '/body']);
  });
  it('a passage comes before its whole page, unless the page title is what was asked', () => {
    const search = createSearcher([
      rec('/gids/na/', 'Na het gesprek en de opvolging', { s: 'Wat je doet na het gesprek: een verslag.' }),
      rec('/gids/na/#verslag', 'Schrijf een verslag', { s: 'Binnen een week.', p: 'Na het gesprek en de opvolging' }),
    ]);
    expect(search('verslag')[0]!.record.h).toBe('/gids/na/#verslag');
    expect(search('na het gesprek en de opvolging')[0]!.record.h).toBe('/gids/na/');
  });
  it('the exact phrase counts: “voor gezien”', () => {
    const search = createSearcher([
      rec('/a', 'Het verslag', { s: 'Voor het tekenen: is alles gezien?' }),
      rec('/b', 'Delen', { s: 'Dan kun je ook „voor gezien” laten tekenen.' }),
    ]);
    expect(search('voor gezien')[0]!.record.h).toBe('/b');
  });
  it('synonyms work both ways, a little below the word itself', () => {
    const search = createSearcher([rec('/loon', 'Over het loon'), rec('/salaris', 'Over het salaris'), rec('/x', 'Iets anders')]);
    expect(hrefs(search('loon'))).toEqual(['/loon', '/salaris']);
    expect(hrefs(search('salaris'))).toEqual(['/salaris', '/loon']);
    const s2 = createSearcher([rec('/a', 'De zaakvoerder'), rec('/b', 'Plan tussentijdse check-ins')]);
    expect(hrefs(s2('eigenaar'))).toEqual(['/a']);
    expect(hrefs(s2('werkgever'))).toEqual(['/a']);
    expect(hrefs(s2('tussentijds gesprek'))).toContain('/b');
  });
  it('singular and plural, verb forms and compounds meet', () => {
    const search = createSearcher([rec('/a', 'Afspraken voor beide kanten'), rec('/b', 'Wie bewaart het gespreksverslag?')]);
    expect(search('afspraak')[0]!.record.h).toBe('/a');
    expect(search('bewaren')[0]!.record.h).toBe('/b');
    expect(search('verslag')[0]!.record.h).toBe('/b');
  });
  it('a question wants an answer: guide and FAQ before a tool', () => {
    const records = [rec('/tool/', 'Verslag tekenen', { k: 'tool' }), rec('/gids/x/#t', 'Wie moet het verslag tekenen?', { k: 'faq' })];
    expect(createSearcher(records)('moet ik het verslag tekenen')[0]!.record.h).toBe('/gids/x/#t');
    expect(isQuestion(['moet', 'ik', 'tekenen'])).toBe(true);
    expect(isQuestion(['verslag', 'tekenen'])).toBe(false);
  });
});

describe('long input', () => {
  const search = createSearcher(contentIndex());
  it('only the first MAX_QUERY_LENGTH characters count', () => {
    const head = 'verslag bewaren hoe lang wie mag het lezen en wat als de medewerker niet akkoord is met wat erin staat';
    const long = `${head} ${'lorem ipsum dolor sit amet '.repeat(800)}`;
    expect(long.length).toBeGreaterThan(20_000);
    expect(hrefs(search(long))).toEqual(hrefs(search(long.slice(0, MAX_QUERY_LENGTH))));
    expect(normalizeQuery(long).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
  it('a pasted text of one long word gives no error', () => {
    expect(() => search('x'.repeat(20_000))).not.toThrow();
    expect(() => search('ä̈'.repeat(10_000))).not.toThrow();
  });
});

describe('helpers', () => {
  it('normalizeQuery', () => {
    expect(normalizeQuery('  Ideeën!?  voor   "de" Zaak ')).toBe('ideeen voor de zaak');
    expect(normalizeQuery("Zo'n gesprek: 1 uur")).toBe('zo gesprek 1 uur');
  });
  it('phraseText keeps word order and marks sentence ends', () => {
    expect(phraseText('Dan kun je ook „voor gezien” laten tekenen. Klaar')).toBe(' dan kun je ook | voor gezien | laten tekenen | klaar ');
    expect(phraseText('70/30 check-in')).toBe(' 70 30 check in ');
  });
  it('resultCountText', () => {
    expect(resultCountText(0, 'x')).toMatch(/minstens twee letters/);
    expect(resultCountText(0, 'ovenn')).toBe('Geen resultaten voor “ovenn”. Probeer een ander woord.');
    expect(resultCountText(1, 'oven')).toBe('1 resultaat voor “oven”.');
    expect(resultCountText(7, 'oven')).toBe('7 resultaten voor “oven”.');
    expect(resultCountText(3, 'woord '.repeat(50))).toMatch(/^3 resultaten voor “woord woord .*…”\. Alleen de eerste 100 tekens tellen\.$/);
  });
});

// ---------------------------------------------------------------------------
// The real content: every FAQ entry can be found with a word from its question.
// ---------------------------------------------------------------------------

const STOP = new Set('een het de van hoe wat wie mag moet kan ik je jij we als is zijn welke wanneer waarom er of en in op met voor bij aan dat die dit niet ook nog mijn jouw over tot'.split(' '));

describe('search over the real content', () => {
  const recs = contentIndex();
  const search = createSearcher(recs);
  const faq = recs.filter((r) => r.k === 'faq');
  const count = (w: string) => recs.filter((r) => phraseText([r.t, r.w, r.s, r.p, r.x].join(' ')).includes(` ${normalizeQuery(w)}`)).length;
  /** The word of a question (≥ 4 letters, no stop word) that the fewest records contain; ties: the longest. */
  const keywordOf = (question: string) => {
    const words = question.replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter((w) => w.length >= 4 && !STOP.has(w.toLowerCase()));
    return words.map((w) => ({ w, n: count(w) })).sort((a, b) => a.n - b.n || b.w.length - a.w.length)[0]?.w ?? question;
  };

  it.skipIf(faq.length === 0).each(faq.map((r) => [keywordOf(r.t), r.h]))('“%s” finds %s', (word, href) => {
    expect(hrefs(search(word, 20))).toContain(href);
  });

  it.skipIf(faq.length === 0).each(faq.map((r) => [r.t, r.h]))('the full question “%s” ranks its entry first', (q, href) => {
    // First, or after a guide heading with the very same words.
    const top = search(q, 3).map((h) => h.record);
    const at = top.findIndex((r) => r.h === href);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(top.slice(0, at).every((r) => normalizeQuery(r.t) === normalizeQuery(q))).toBe(true);
  });

  it('every guide heading typed as it is finds its own section in the first three', () => {
    const meaningful = (t: string) => textWords(t).some((w) => !STOPWORDS.has(w));
    const missing = recs
      .filter((r) => r.k === 'gids' && r.h.includes('#') && meaningful(r.t) && !recs.some((o) => o !== r && o.t === r.t))
      .filter((r) => !hrefs(search(r.t, 3)).includes(r.h))
      .map((r) => `${r.t} → ${r.h}`);
    expect(missing).toEqual([]);
  });

  it('every tool is found by its own title', () => {
    for (const r of recs.filter((x) => x.k === 'tool' || x.k === 'pagina')) expect(search(r.t, 3)[0]!.record.h, r.t).toBe(r.h);
  });

  it('every record is compact', () => {
    for (const r of recs) {
      expect(r.s.length).toBeLessThanOrEqual(161);
      expect(r.h).toMatch(/^\/(gids|vragen|voorbereiden|verslag|controleren|privacy|team)\//);
    }
  });
});
