import { describe, expect, it } from 'vitest';
import {
  chapterRecords,
  dedupeRecords,
  faqRecords,
  phaseRecords,
  questionRecords,
  joinKeywords,
  slugify,
  splitText,
  toolRecords,
} from '../../src/lib/search/records.ts';

const body = [
  "import Callout from '../../src/components/guide/Callout.astro';",
  '',
  'Intro over het gesprek in een bakkerij.',
  '',
  '## Waarom gesprekken vastlopen',
  '',
  'Alles wordt **eens bekeken**. Niemand is verantwoordelijk.',
  '',
  '### Een voorbeeld',
  '',
  '<Callout type="voorbeeld" title="In de garage">',
  'Monteur Dries wacht elke ochtend op onderdelen.',
  '</Callout>',
  '',
  '#### Nog dieper',
  '',
  'Ideeën voor de etalage.',
  '',
  '## Waarom gesprekken vastlopen',
  '',
  'Dezelfde kop nog eens.',
].join('\n');

const headings = [
  { depth: 2, slug: 'waarom-gesprekken-vastlopen', text: 'Waarom gesprekken vastlopen' },
  { depth: 3, slug: 'een-voorbeeld', text: 'Een voorbeeld' },
  { depth: 4, slug: 'nog-dieper', text: 'Nog dieper' },
  { depth: 2, slug: 'waarom-gesprekken-vastlopen-1', text: 'Waarom gesprekken vastlopen' },
];

describe('chapterRecords', () => {
  const recs = chapterRecords({ id: 'bouwstenen', title: 'Bouwstenen', description: 'Waarom gesprekken vastlopen en wat helpt.', body, headings });

  it('makes a page record and one per h2/h3', () => {
    expect(recs.map((r) => r.h)).toEqual([
      '/gids/bouwstenen/',
      '/gids/bouwstenen/#waarom-gesprekken-vastlopen',
      '/gids/bouwstenen/#een-voorbeeld',
      '/gids/bouwstenen/#waarom-gesprekken-vastlopen-1',
    ]);
    expect(recs.every((r) => r.k === 'gids')).toBe(true);
    expect(recs[0]).toMatchObject({ t: 'Bouwstenen', s: 'Waarom gesprekken vastlopen en wat helpt.' });
    expect(recs[0]!.x).toContain('bakkerij');
  });

  it('section text is plain and includes deeper headings', () => {
    expect(recs[1]).toMatchObject({ t: 'Waarom gesprekken vastlopen', s: 'Alles wordt eens bekeken. Niemand is verantwoordelijk.', p: 'Bouwstenen' });
    expect(recs[2]!.s).toBe('In de garage. Monteur Dries wacht elke ochtend op onderdelen. Nog dieper Ideeën voor de etalage.');
  });

  it('uses the slugs render() reports, with a fallback', () => {
    const noHeadings = chapterRecords({ id: 'x', title: 'X', description: '', body: '## SMART: één woord?\n\ntekst', headings: [] });
    expect(noHeadings[1]!.h).toBe('/gids/x/#smart-één-woord');
    expect(noHeadings[0]!.s).toBe('');
  });

  it('cuts long sections to a snippet and keeps the rest, in order, in x', () => {
    const long = `## Lang\n\n${'woord '.repeat(80)}slotwoord ideeën`;
    const r = chapterRecords({ id: 'x', title: 'X', description: 'd', body: long, headings: [] }, 100)[1]!;
    expect(r.s.length).toBeLessThanOrEqual(101);
    expect(r.s.endsWith('…')).toBe(true);
    expect(`${r.s.slice(0, -1)} ${r.x}`).toBe(`${'woord '.repeat(80)}slotwoord ideeën`);
    expect(r.x!.endsWith('slotwoord ideeën')).toBe(true);
  });
});

describe('splitText / joinKeywords / toolRecords', () => {
  it('a short text is only a snippet', () => {
    expect(splitText('Kort.')).toEqual({ s: 'Kort.' });
  });
  it('keywords: one field, folded duplicates dropped, a separator no phrase crosses', () => {
    expect(joinKeywords(['Loon', 'loon', 'salaris', 'voor gezien'])).toBe('Loon · salaris · voor gezien');
  });
  it('tools become records of their kind', () => {
    expect(toolRecords([{ href: '/verslag/', title: 'Verslag', description: 'Maak het verslag.', keywords: ['handtekening', 'pdf'] }, { href: '/privacy/', title: 'Privacy', description: 'Wat je typt.', keywords: [], kind: 'pagina' }])).toEqual([
      { t: 'Verslag', h: '/verslag/', s: 'Maak het verslag.', k: 'tool', w: 'handtekening · pdf' },
      { t: 'Privacy', h: '/privacy/', s: 'Wat je typt.', k: 'pagina' },
    ]);
  });
});

describe('slugify', () => {
  it('behaves like github-slugger for simple headings', () => {
    expect(slugify('Wat is een functioneringsgesprek?')).toBe('wat-is-een-functioneringsgesprek');
    expect(slugify('In één oogopslag')).toBe('in-één-oogopslag');
  });
});

describe('faqRecords / questionRecords / phaseRecords', () => {
  it('faq links to the entry id', () => {
    const [r] = faqRecords([{ id: 'verplicht', question: 'Is het verplicht?', answer: 'Nee. '.repeat(100), keywords: ['wet', 'cao'] }], '/gids/veelgestelde-vragen/');
    expect(r).toMatchObject({ t: 'Is het verplicht?', h: '/gids/veelgestelde-vragen/#verplicht', k: 'faq', w: 'wet · cao' });
    expect(r!.s.length).toBeLessThanOrEqual(161);
    // Snippet and rest together hold every word of the answer, in order.
    expect(`${r!.s.slice(0, -1)} ${r!.x}`.replace(/\./g, '')).toBe('Nee '.repeat(100).trim());
  });
  it('questions link to #vraag-<id> with the theme as text', () => {
    const recs = questionRecords([{ themeName: 'Loopbaan', questions: [{ id: 'loo-01', text: 'Waar sta je over vijf jaar?', keywords: ['toekomst'] }, { id: 'loo-02', text: 'Wat wil je leren?' }] }]);
    expect(recs).toEqual([
      { t: 'Waar sta je over vijf jaar?', h: '/vragen/#vraag-loo-01', s: 'Loopbaan', k: 'vraag', w: 'toekomst' },
      { t: 'Wat wil je leren?', h: '/vragen/#vraag-loo-02', s: 'Loopbaan', k: 'vraag' },
    ]);
  });
  it('phases link to #fase-N', () => {
    expect(phaseRecords('zeven-fasen', 'De zeven fasen', [{ n: 2, name: 'Terugblik', text: 'Kijk terug.' }])[0]).toEqual({
      t: 'Fase 2: Terugblik',
      h: '/gids/zeven-fasen/#fase-2',
      s: 'Kijk terug.',
      k: 'gids',
      p: 'De zeven fasen',
    });
  });
  it('dedupeRecords keeps the first record per link', () => {
    const a = { t: 'a', h: '/x/', s: '', k: 'gids' as const };
    expect(dedupeRecords([a, { ...a, t: 'b' }])).toEqual([a]);
  });
});

describe('headings that look like list items', () => {
  it('keep their number, so the slug matches', () => {
    const recs = chapterRecords({
      id: 'valkuilen',
      title: 'Valkuilen',
      description: 'd',
      body: '## 1. Alleen praten over wat beter moet\n\ntekst\n\n### Wat gebeurt er?\n\nmeer',
      headings: [
        { depth: 2, slug: '1-alleen-praten-over-wat-beter-moet', text: '1. Alleen praten over wat beter moet' },
        { depth: 3, slug: 'wat-gebeurt-er', text: 'Wat gebeurt er?' },
      ],
    });
    expect(recs.map((r) => [r.t, r.h, r.p])).toEqual([
      ['Valkuilen', '/gids/valkuilen/', undefined],
      ['1. Alleen praten over wat beter moet', '/gids/valkuilen/#1-alleen-praten-over-wat-beter-moet', 'Valkuilen'],
      ['Wat gebeurt er?', '/gids/valkuilen/#wat-gebeurt-er', 'Valkuilen › 1. Alleen praten over wat beter moet'],
    ]);
  });
});
