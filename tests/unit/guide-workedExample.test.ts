import { describe, expect, it } from 'vitest';
import { WORKED_EXAMPLE as ex } from '../../src/lib/guide/workedExample';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

describe('worked example', () => {
  it('has valid dates in a sensible order', () => {
    for (const d of [ex.date, ex.checkInDate, ex.nextTalkDate, ...ex.agreements.map((a) => a.due)]) {
      expect(isDate(d), d).toBe(true);
    }
    expect(ex.checkInDate > ex.date).toBe(true);
    expect(ex.nextTalkDate > ex.checkInDate).toBe(true);
    for (const a of ex.agreements) expect(a.due > ex.date, a.what).toBe(true);
  });

  it('ends in 3–4 SMART agreements for more than one owner', () => {
    expect(ex.agreements.length).toBeGreaterThanOrEqual(3);
    expect(ex.agreements.length).toBeLessThanOrEqual(4);
    for (const a of ex.agreements) {
      expect(a.what.length).toBeGreaterThan(20);
      expect(a.measure.length).toBeGreaterThan(20);
      expect(a.support.length).toBeGreaterThan(10);
    }
    const owners = new Set(ex.agreements.map((a) => a.owner));
    expect(owners.has('medewerker')).toBe(true);
    expect(owners.has('leidinggevende')).toBe(true);
  });

  it('looks back on earlier agreements with every status', () => {
    expect(new Set(ex.lookBack.map((l) => l.status))).toEqual(new Set(['nagekomen', 'deels', 'niet']));
  });

  it('uses names with diacritics, at most three development points and two strengths per point', () => {
    expect(`${ex.employee.name}${ex.manager.name}`).toMatch(/[^\x00-\x7F]/);
    expect(ex.developmentPoints.length).toBeLessThanOrEqual(3);
    // The guide's rule of thumb: at least two strengths for every development point.
    expect(ex.managerStrengths.length).toBeGreaterThanOrEqual(2 * ex.developmentPoints.length);
  });

  it('is plain data (survives a JSON round trip)', () => {
    expect(JSON.parse(JSON.stringify(ex))).toEqual(ex);
  });
});
