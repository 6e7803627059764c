/**
 * Relevance of the site search on real queries (tests/unit/search-queries.json): the
 * share whose intended result comes first (top-1) and the mean reciprocal rank. The
 * floors are what the search reached when the query set was written; a change that
 * ranks worse fails here. `npm run bench` prints the same figures and the misses.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, resolveCase, resolveTarget } from '../../src/lib/search/evaluate.ts';
import { createSearcher } from '../../src/lib/search/search.ts';
import { contentIndex, queryCases } from './search-helpers.ts';

/**
 * Reached: 77 of 82 first (93.9 %), MRR 0.967, after the glossary (/gids/begrippen/) was
 * added: a bare term such as "pop" now rightly finds its definition, which the set accepts.
 * The floors leave room for one more miss (76 of 82 = 92.7 %), so that a content edit that rightly moves one result (a new
 * glossary entry that explains a word better) does not block a merge, while a change in
 * the ranking rules that costs two or more queries fails. Never lower than 85 % and 0.9.
 */
const MIN_TOP1 = 0.92;
const MIN_MRR = 0.96;

describe('relevance on the query set', () => {
  const records = contentIndex();
  const cases = queryCases();
  const search = createSearcher(records);

  it('has at least 40 queries, each with an intended result', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.q)).size).toBe(cases.length);
    for (const c of cases) expect(c.want.length, c.q).toBeGreaterThan(0);
  });

  it('every case has an intended result in the index', () => {
    for (const c of cases) expect(resolveCase(c, records).size, c.q).toBeGreaterThan(0);
  });

  it('targets: a link, a passage by page and words, a title by words', () => {
    expect([...resolveTarget('/verslag/', records)]).toEqual(['/verslag/']);
    expect([...resolveTarget('/bestaat-niet/', records)]).toEqual([]);
    const passages = [...resolveTarget('/gids/na-het-gesprek/ § voor gezien', records)];
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((h) => h.startsWith('/gids/na-het-gesprek/#'))).toBe(true);
    expect([...resolveTarget('* verslag controleren', records)]).toContain('/controleren/');
  });

  it(`top-1 ≥ ${MIN_TOP1 * 100} % and MRR ≥ ${MIN_MRR}`, () => {
    const e = evaluate(search, records, cases);
    const misses = e.misses.map((m) => `${m.q} → #${m.rank || '–'} (want ${m.want.join(' | ')}; got ${m.top[0] ?? 'nothing'})`);
    expect(e.top1, misses.join('\n')).toBeGreaterThanOrEqual(MIN_TOP1);
    expect(e.mrr, misses.join('\n')).toBeGreaterThanOrEqual(MIN_MRR);
  });

  it('the cases named in the issue put the right passage or tool first', () => {
    const first = (q: string) => search(q, 1)[0]?.record.h;
    expect([...resolveCase(cases.find((c) => c.q === 'voor gezien')!, records)]).toContain(first('voor gezien'));
    expect(first('handtekening')).toBe('/verslag/');
    expect(first('handtekening controleren')).toBe('/controleren/');
  });

  it('the tools are found by the words people use for them', () => {
    const tools = new Set(records.filter((r) => r.k === 'tool').map((r) => r.h));
    for (const q of ['voorbereiden', 'formulier', 'invullen', 'verslag maken', 'handtekening', 'controleren', 'afdrukken', 'pdf']) {
      expect(tools.has(search(q, 1)[0]?.record.h ?? ''), q).toBe(true);
    }
  });
});
