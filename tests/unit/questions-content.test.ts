import { describe, expect, it } from 'vitest';
import { PHASES, ROLE_IDS, THEMES } from '../../src/lib/content/taxonomy.ts';
import { RETIRED_IDS, currentId } from '../../src/lib/questions/retired.ts';
import { allPairs, scorePair } from '../../src/lib/questions/similarity.ts';
import { STARTER_IDS } from '../../src/lib/questions/starter.ts';
import { loadBank, readThemeFiles } from './questions-helpers.ts';

const files = readThemeFiles();
const { questions } = loadBank();
const ids = new Set(questions.map((q) => q.id));

describe('question bank content', () => {
  it('has one file per theme, named after the theme id', () => {
    expect(files.map((f) => f.file).sort()).toEqual(THEMES.map((t) => `${t.id}.yaml`).sort());
    for (const f of files) expect(f.file).toBe(`${f.theme}.yaml`);
  });

  it('holds at least 250 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(250);
  });

  it('covers every theme with at least 20 questions', () => {
    for (const t of THEMES) expect(questions.filter((q) => q.theme === t.id).length, t.id).toBeGreaterThanOrEqual(20);
  });

  it('covers every phase with at least 10 questions', () => {
    for (const p of PHASES) expect(questions.filter((q) => q.phase === p.n).length, `fase ${p.n}`).toBeGreaterThanOrEqual(10);
  });

  it('has questions for both sides: at least 50 the employee asks and 25 for both', () => {
    expect(questions.filter((q) => q.role === 'medewerker').length).toBeGreaterThanOrEqual(50);
    expect(questions.filter((q) => q.role === 'beide').length).toBeGreaterThanOrEqual(25);
  });

  it('uses unique, stable ids: one short prefix per theme file + two digits', () => {
    const all = questions.map((q) => q.id);
    expect(ids.size).toBe(all.length);
    for (const f of files) {
      const prefixes = new Set(f.questions.map((q) => q.id.split('-')[0]));
      expect(prefixes.size, f.file).toBe(1);
      for (const q of f.questions) expect(q.id).toMatch(/^[a-z]{3}-\d{2}$/);
    }
    const allPrefixes = files.map((f) => f.questions[0]?.id.split('-')[0]);
    expect(new Set(allPrefixes).size).toBe(files.length);
  });

  it('matches the collection schema (src/content.config.ts)', () => {
    for (const f of files) {
      expect(f.intro.length).toBeGreaterThanOrEqual(10);
      for (const q of f.questions) {
        expect(q.text.length, q.id).toBeGreaterThanOrEqual(10);
        expect(ROLE_IDS, q.id).toContain(q.role);
        expect(Number.isInteger(q.phase) && q.phase >= 1 && q.phase <= 7, q.id).toBe(true);
        expect(typeof q.why === 'string' && q.why.length >= 20 && q.why.length <= 260, `${q.id} why`).toBe(true);
        expect([undefined, true, false], q.id).toContain(q.sensitive);
        for (const fu of q.followUps ?? []) expect(fu.length, q.id).toBeGreaterThanOrEqual(5);
        for (const kw of q.keywords ?? []) expect(kw.length, q.id).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('says for every question why to ask it, in one or two short sentences', () => {
    for (const q of questions) {
      expect(q.why, q.id).toMatch(/[.!]$/);
      expect(q.why, q.id).not.toContain('?');
      const sentences = q.why.split(/(?<=[.!])\s+/);
      expect(sentences.length, q.id).toBeLessThanOrEqual(3);
      for (const s of sentences) expect(s.split(/\s+/).length, `${q.id}: ${s}`).toBeLessThanOrEqual(25);
    }
  });

  it('asks open questions, with follow-ups and keywords', () => {
    // Open questions do not start with a verb that invites yes or no.
    const closed = /^(Ben|Bent|Is|Zijn|Heb|Hebt|Heeft|Kun|Kan|Vind|Zou|Wil|Mag|Moet|Denk|Weet|Voel|Doe|Ga|Gaat|Klopt|En)\b/;
    for (const q of questions) {
      expect(q.text.endsWith('?'), q.id).toBe(true);
      expect(q.text, q.id).not.toMatch(closed);
      for (const fu of q.followUps) {
        expect(fu.endsWith('?'), `${q.id}: ${fu}`).toBe(true);
        expect(fu, q.id).not.toMatch(closed);
      }
    }
    expect(questions.every((q) => q.followUps.length > 0)).toBe(true);
    expect(questions.every((q) => q.keywords.length >= 2)).toBe(true);
  });

  it('asks one thing at a time: no second question glued on with ", en wat/hoe/…"', () => {
    const double = /,\s*(en|of)\s+(wat|hoe|welke?|wie|wanneer|waar|waarom)\b/i;
    for (const q of questions) expect(q.text, q.id).not.toMatch(double);
  });

  it('follows the house style: je-form, "kun je", few "waarom" questions, short questions', () => {
    for (const q of questions) {
      for (const t of [q.text, q.why, ...q.followUps]) {
        expect(t, q.id).not.toMatch(/\bkan (je|jij)\b/i);
        expect(t, q.id).not.toMatch(/\b(u|uw)\b/);
        expect(t, q.id).not.toMatch(/check-in/i);
      }
      for (const t of [q.text, ...q.followUps]) expect(t, `${q.id}: ${t}`).not.toMatch(/^waarom\b/i);
      expect(q.text.split(/\s+/).length, q.id).toBeLessThanOrEqual(22);
    }
  });

  it('uses the words of both countries where they differ', () => {
    const pairs: Array<[RegExp, RegExp]> = [
      [/\bloon\b/i, /\bsalaris\b/i],
      [/\bfunctiebeschrijving\b/i, /\bfunctieomschrijving\b/i],
      [/\bkmo\b/i, /\bmkb\b/i],
    ];
    for (const q of questions) {
      for (const t of [q.text, ...q.followUps]) {
        for (const [a, b] of pairs) if (a.test(t)) expect(t, `${q.id}: ${t}`).toMatch(b);
      }
    }
  });

  it('marks every question that can touch health or private life, so the page can warn', () => {
    const touchy = /\b(ziek\w*|gezond\w*|privé\w*|prive|gezin\w*|lichaam\w*|burn-?out|overspannen|slap\w*|slaap\w*|mantelzorg|zwanger\w*|medisch\w*|pijn\w*|levensfase)\b/i;
    const marked = questions.filter((q) => q.sensitive).map((q) => q.id);
    for (const q of questions) {
      const words = [q.text, ...q.followUps, ...q.keywords].join(' ');
      if (touchy.test(words)) expect(marked, `${q.id} raakt gezondheid of privé`).toContain(q.id);
    }
    expect(marked.length).toBeGreaterThanOrEqual(5);
  });
});

describe('near-duplicates', () => {
  // Known near-duplicates from an earlier version of the bank: the check must catch them.
  const KNOWN = [
    [
      { id: 'ter-14', text: 'Welk punt uit het vorige gesprek wil je vandaag zeker nog eens op tafel leggen?', keywords: ['agenda', 'onderwerpen', 'vorig gesprek', 'bespreekpunten'] },
      { id: 'ter-17', text: 'Welke punten uit het verslag van vorige keer zet jij vandaag op de agenda?', keywords: ['agenda', 'verslag', 'vorig gesprek', 'bespreekpunten', 'onderwerpen'] },
    ],
    [
      { id: 'fbl-04', text: 'Hoe wil jij feedback van mij krijgen, ook als die minder positief is?', keywords: ['feedback', 'chef', 'open', 'kritiek', 'terugkoppeling'] },
      { id: 'ont-15', text: 'Hoe wil je feedback krijgen terwijl je iets nieuws aan het leren bent?', keywords: ['feedback', 'coaching', 'begeleiding', 'leren', 'terugkoppeling'] },
    ],
    [
      { id: 'afs-08', text: 'Hoe maken we deze afspraak meetbaar, zodat we allebei weten wanneer ze gelukt is?', keywords: ['SMART', 'meetbaar', 'criteria', 'doel', 'resultaat'] },
      { id: 'ont-12', text: 'Hoe maken we je leerdoel meetbaar, zodat we over een half jaar weten of het gelukt is?', keywords: ['SMART', 'meetbaar', 'leerdoel', 'doel', 'evaluatie'] },
    ],
  ] as const;
  const THRESHOLD = 0.4;

  it('flags the known near-duplicates of an earlier version (the check can fail)', () => {
    for (const [a, b] of KNOWN) expect(scorePair(a, b).score, `${a.id}/${b.id}`).toBeGreaterThan(THRESHOLD);
    // …and an identical question, reworded only in its small words.
    expect(scorePair({ id: 'x', text: 'Wat wil je het komende jaar leren?' }, { id: 'y', text: 'Wat zou jij het komende jaar willen leren?' }).score).toBeGreaterThan(THRESHOLD);
  });

  it(`has no pair of questions scoring above ${THRESHOLD} (content words of the question + keywords)`, () => {
    const pairs = allPairs(questions).filter((p) => p.score > THRESHOLD);
    expect(pairs.map((p) => `${p.a}/${p.b} ${p.score.toFixed(2)}`)).toEqual([]);
  });

  it('has no two questions with the same content words', () => {
    const pairs = allPairs(questions).filter((p) => p.text === 1);
    expect(pairs.map((p) => `${p.a}/${p.b}`)).toEqual([]);
  });
});

describe('retired ids', () => {
  it('never come back', () => {
    for (const id of Object.keys(RETIRED_IDS)) expect(ids.has(id), `${id} is retired`).toBe(false);
  });

  it('point to a question that is in the bank (or to nothing)', () => {
    for (const [id, to] of Object.entries(RETIRED_IDS)) {
      if (to !== null) expect(ids.has(to), `${id} → ${to}`).toBe(true);
      const cur = currentId(id);
      expect(cur === null || ids.has(cur), id).toBe(true);
    }
    expect(currentId('ter-14')).toBe('ver-01');
    expect(currentId('sam-07')).toBeNull();
    expect(currentId('fun-01')).toBe('fun-01');
  });

  it('leave no gap that a new question could fill: every id number stays below the highest issued', () => {
    // A new question takes the next free number of its theme, never a retired one.
    for (const id of Object.keys(RETIRED_IDS)) {
      const [prefix, n] = id.split('-');
      const higher = questions.some((q) => q.id.startsWith(`${prefix}-`) && Number(q.id.split('-')[1]) > Number(n));
      expect(higher, id).toBe(true);
    }
  });
});

describe('starter set (Begin hier)', () => {
  it('has ten questions of the bank, in the order of the conversation, covering every phase', () => {
    expect(STARTER_IDS).toHaveLength(10);
    expect(new Set(STARTER_IDS).size).toBe(10);
    const phases = STARTER_IDS.map((id) => questions.find((q) => q.id === id)?.phase ?? 0);
    expect(phases.every((p) => p > 0)).toBe(true);
    expect([...phases].sort((a, b) => a - b)).toEqual(phases);
    expect(new Set(phases)).toEqual(new Set(PHASES.map((p) => p.n)));
  });
});
