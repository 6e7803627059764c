import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import GithubSlugger from 'github-slugger';
import { chapterRecords, faqRecords, questionRecords, type SearchRecord } from '../../src/lib/search/records.ts';
import { splitSections } from '../../src/lib/search/text.ts';
import {
  createSearcher,
  groupResults,
  isExactHit,
  normalizeQuery,
  resultCountText,
  type SearchHit,
} from '../../src/lib/search/search.ts';

const small: SearchRecord[] = [
  { t: 'Van jaarlijks naar doorlopend', h: '/gids/trends/#doorlopend', s: 'Het jaarlijkse gesprek verdwijnt niet.', k: 'gids', x: 'enkele ideeen kwartiertje agenda' },
  { t: 'Hybride en online gesprekken', h: '/gids/trends/#online', s: 'Camera aan, rustige plek.', k: 'gids' },
  { t: 'Is een functioneringsgesprek verplicht?', h: '/gids/veelgestelde-vragen/#verplicht', s: 'Niet altijd. Kijk in de cao.', k: 'faq', w: 'wet paritair comité' },
  { t: 'Welke ideeën heb je voor de zaak?', h: '/vragen/#vraag-fun-18', s: 'Functioneren', k: 'vraag' },
  { t: 'Wat is een kmo?', h: '/gids/x/#kmo', s: 'Een klein bedrijf.', k: 'gids' },
];

describe('search on a small index', () => {
  const search = createSearcher(small);
  it('is diacritics-insensitive both ways', () => {
    expect(search('ideeen').map((h) => h.record.h).slice(0, 2)).toEqual(['/vragen/#vraag-fun-18', '/gids/trends/#doorlopend']);
    expect(search('IDEEËN')[0]!.record.h).toBe('/vragen/#vraag-fun-18');
    expect(search('comite')[0]!.record.h).toBe('/gids/veelgestelde-vragen/#verplicht');
  });
  it('tolerates typos', () => {
    expect(search('functionerinsgesprek')[0]!.record.h).toBe('/gids/veelgestelde-vragen/#verplicht');
    expect(search('verplict')[0]!.record.h).toBe('/gids/veelgestelde-vragen/#verplicht');
  });
  it('short queries match exactly (no fuzzy noise)', () => {
    expect(search('kmo').map((h) => h.record.h)).toEqual(['/gids/x/#kmo']);
    expect(search('kmi')).toEqual([]);
    expect(search('k')).toEqual([]);
    expect(search('  ')).toEqual([]);
  });
  it('all words must match, else any word', () => {
    expect(search('ideeen kwartiertje').map((h) => h.record.h)).toEqual(['/gids/trends/#doorlopend']);
    expect(search('ideeen camera').map((h) => h.record.h)).toEqual(
      expect.arrayContaining(['/vragen/#vraag-fun-18', '/gids/trends/#doorlopend', '/gids/trends/#online']),
    );
  });
  it('exact hits come before fuzzy ones', () => {
    const hits = search('online');
    expect(hits[0]!.record.h).toBe('/gids/trends/#online');
  });
  it('respects the limit', () => {
    expect(search('een', 1)).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('normalizeQuery', () => {
    expect(normalizeQuery('  Ideeën!?  voor   "de" Zaak ')).toBe('ideeen voor de zaak');
    expect(normalizeQuery("Zo'n gesprek: 1 uur")).toBe('zo gesprek 1 uur');
  });
  it('isExactHit matches word starts', () => {
    expect(isExactHit(small[0]!, 'kwartier')).toBe(true);
    expect(isExactHit(small[0]!, 'artier')).toBe(false);
  });
  it('groupResults groups by kind, best group first, limited', () => {
    const hit = (k: SearchRecord['k'], score: number, t = k): SearchHit => ({ record: { t, h: `/${t}${score}`, s: '', k }, score });
    const groups = groupResults([hit('gids', 0.5), hit('faq', 0.1), hit('gids', 0.2), hit('gids', 0.3), hit('vraag', 0.9)], 2);
    expect(groups.map((g) => [g.kind, g.label, g.hits.map((h) => h.score)])).toEqual([
      ['faq', 'Veelgestelde vragen', [0.1]],
      ['gids', 'Gids', [0.2, 0.3]],
      ['vraag', 'Vragenbank', [0.9]],
    ]);
  });
  it('resultCountText', () => {
    expect(resultCountText(0, 'x')).toMatch(/minstens twee letters/);
    expect(resultCountText(0, 'ovenn')).toBe('Geen resultaten voor “ovenn”. Probeer een ander woord.');
    expect(resultCountText(1, 'oven')).toBe('1 resultaat voor “oven”.');
    expect(resultCountText(7, 'oven')).toBe('7 resultaten voor “oven”.');
  });
});

// ---------------------------------------------------------------------------
// The real content: every FAQ entry can be found with a word from its question.
// ---------------------------------------------------------------------------

const root = join(import.meta.dirname, '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const list = (dir: string, re: RegExp) => {
  try {
    return readdirSync(join(root, dir)).filter((f) => re.test(f)).sort();
  } catch {
    return [];
  }
};

function contentRecords(): SearchRecord[] {
  const recs: SearchRecord[] = [];
  for (const f of list('content/gids', /\.mdx$/)) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(read(`content/gids/${f}`));
    if (!m) continue;
    const fm = parse(m[1]!) as { title: string; description: string };
    const slugger = new GithubSlugger();
    const headings = splitSections(m[2]!).slice(1).map((s) => ({ depth: s.depth, text: s.heading, slug: slugger.slug(s.heading) }));
    recs.push(...chapterRecords({ id: f.replace(/\.mdx$/, ''), title: fm.title, description: fm.description, body: m[2]!, headings }));
  }
  const faq = list('content/faq', /\.ya?ml$/).map((f) => ({ id: f.replace(/\.ya?ml$/, ''), ...(parse(read(`content/faq/${f}`)) as { question: string; answer: string; keywords?: string[] }) }));
  recs.push(...faqRecords(faq, '/gids/veelgestelde-vragen/'));
  const themes = list('content/vragen', /\.ya?ml$/).map((f) => parse(read(`content/vragen/${f}`)) as { theme: string; questions: { id: string; text: string; keywords?: string[] }[] });
  recs.push(...questionRecords(themes.map((t) => ({ themeName: t.theme, questions: t.questions }))));
  return recs;
}

const STOP = new Set('een het de van hoe wat wie mag moet kan ik je jij we als is zijn welke wanneer waarom er of en in op met voor bij aan dat die dit niet ook nog mijn mijn jouw over tot'.split(' '));

/** The word of a question (≥ 4 letters, no stop word) that the fewest records contain; ties: the longest. */
function keywordOf(question: string, recs: readonly SearchRecord[]): string {
  const words = question.replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter((w) => w.length >= 4 && !STOP.has(w.toLowerCase()));
  const df = (w: string) => recs.filter((r) => isExactHit(r, w)).length;
  return words.map((w) => ({ w, n: df(w) })).sort((a, b) => a.n - b.n || b.w.length - a.w.length)[0]?.w ?? question;
}

describe('search over the real content', () => {
  const recs = contentRecords();
  const search = createSearcher(recs);
  const faq = recs.filter((r) => r.k === 'faq');

  it.skipIf(faq.length === 0).each(faq.map((r) => [keywordOf(r.t, recs), r.h]))('“%s” finds %s', (word, href) => {
    const hits = search(word, 30).map((h) => h.record.h);
    expect(hits).toContain(href);
  });

  it.skipIf(faq.length === 0).each(faq.map((r) => [r.t, r.h]))('the full question “%s” ranks its entry first', (q, href) => {
    const top = search(q, 3).map((h) => h.record.h);
    expect(top[0]).toBe(href);
  });

  it('“ideeen” finds a result containing “ideeën”', () => {
    const hasIdeeen = recs.filter((r) => /ideeën/i.test(`${r.t} ${r.s}`) || /\bideeen\b/.test(r.x ?? ''));
    if (hasIdeeen.length === 0) return;
    const hits = search('ideeen').map((h) => h.record.h);
    expect(hits.some((h) => hasIdeeen.some((r) => r.h === h))).toBe(true);
  });

  it('every record is compact', () => {
    for (const r of recs) {
      expect(r.s.length).toBeLessThanOrEqual(301);
      expect(r.h).toMatch(/^\/(gids|vragen)\//);
    }
  });
});
