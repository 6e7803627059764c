import { describe, expect, it } from 'vitest';
import { PHASES, ROLE_IDS, THEMES } from '../../src/lib/content/taxonomy.ts';
import { loadBank, readThemeFiles } from './questions-helpers.ts';

const files = readThemeFiles();
const { questions } = loadBank();

describe('question bank content', () => {
  it('has one file per theme, named after the theme id', () => {
    expect(files.map((f) => f.file).sort()).toEqual(THEMES.map((t) => `${t.id}.yaml`).sort());
    for (const f of files) expect(f.file).toBe(`${f.theme}.yaml`);
  });

  it('holds at least 160 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(160);
  });

  it('covers every theme with at least 10 questions', () => {
    for (const t of THEMES) expect(questions.filter((q) => q.theme === t.id).length, t.id).toBeGreaterThanOrEqual(10);
  });

  it('covers every phase with at least 8 questions', () => {
    for (const p of PHASES) expect(questions.filter((q) => q.phase === p.n).length, `fase ${p.n}`).toBeGreaterThanOrEqual(8);
  });

  it('has at least 30 questions the employee asks the manager', () => {
    expect(questions.filter((q) => q.role === 'medewerker').length).toBeGreaterThanOrEqual(30);
  });

  it('uses unique, stable ids: one short prefix per theme file + two digits', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
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
        for (const fu of q.followUps ?? []) expect(fu.length, q.id).toBeGreaterThanOrEqual(5);
        for (const kw of q.keywords ?? []) expect(kw.length, q.id).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('asks open questions, with follow-ups and keywords', () => {
    for (const q of questions) {
      expect(q.text.endsWith('?'), q.id).toBe(true);
      for (const fu of q.followUps) expect(fu.endsWith('?'), `${q.id}: ${fu}`).toBe(true);
      // Open questions do not start with a verb that invites yes/no.
      expect(q.text, q.id).not.toMatch(/^(Ben|Is|Heb|Kun|Vind|Zou|Wil|Mag|Denk|Weet|Voel)\b/);
    }
    expect(questions.filter((q) => q.followUps.length > 0).length / questions.length).toBeGreaterThan(0.9);
    expect(questions.every((q) => q.keywords.length >= 2)).toBe(true);
  });

  it('has no duplicate question texts', () => {
    const texts = questions.map((q) => q.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});
