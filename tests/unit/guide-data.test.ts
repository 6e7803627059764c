import { describe, expect, it } from 'vitest';
import { PHASES } from '../../src/lib/content/taxonomy';
import { PHASE_GUIDANCE, timeline, totalMinutes } from '../../src/lib/guide/phaseGuide';
import { COMPARISON_ROWS } from '../../src/lib/guide/comparison';
import { CONVERSATION_TYPES, DECISION_STEPS, DEFAULT_CONVERSATION } from '../../src/lib/guide/conversationTypes';

describe('phase timeline', () => {
  it('has guidance for every phase and adds up to 60 minutes', () => {
    expect(totalMinutes()).toBe(60);
    for (const p of PHASES) {
      const g = PHASE_GUIDANCE[p.n];
      expect(g, `guidance for phase ${p.n}`).toBeDefined();
      expect(g!.steps.length).toBeGreaterThanOrEqual(2);
      expect(g!.say.length).toBeGreaterThan(20);
    }
  });

  it('runs from minute 0 to 60 without gaps', () => {
    const t = timeline();
    expect(t.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(t[0]!.from).toBe(0);
    expect(t.at(-1)!.to).toBe(60);
    for (let i = 1; i < t.length; i++) expect(t[i]!.from).toBe(t[i - 1]!.to);
  });

  it('uses only minute values the timeline bar has a width class for', () => {
    for (const p of PHASES) expect([5, 10, 15, 20]).toContain(p.minutes);
  });
});

describe('comparison table', () => {
  it('covers every dimension of the content brief', () => {
    const keys = COMPARISON_ROWS.map((r) => r.key);
    for (const k of ['richting', 'focus', 'sfeer', 'uitkomst', 'oplossingen', 'rol', 'frequentie', 'loon']) {
      expect(keys).toContain(k);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('conversation types and decision aid', () => {
  const ids = CONVERSATION_TYPES.map((t) => t.id);

  it('has unique ids and covers the types of the brief', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['functionering', 'evaluatie', 'planning', 'loopbaan', 'voortgang', 'coaching']) expect(ids).toContain(id);
  });

  it('every step leads to an existing type, numbered 1..n', () => {
    DECISION_STEPS.forEach((s, i) => {
      expect(s.n).toBe(i + 1);
      expect(ids).toContain(s.yes);
    });
    expect(ids).toContain(DEFAULT_CONVERSATION);
  });

  it('mentions the POP with the planning talk', () => {
    const planning = CONVERSATION_TYPES.find((t) => t.id === 'planning')!;
    expect(planning.result).toMatch(/POP/);
  });
});
