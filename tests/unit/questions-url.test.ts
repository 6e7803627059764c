import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PHASES, ROLE_IDS, THEME_IDS } from '../../src/lib/content/taxonomy.ts';
import {
  EMPTY_STATE,
  cleanQuery,
  isFiltered,
  matchesFilters,
  parseState,
  serializeState,
  type FilterState,
} from '../../src/lib/questions/urlState.ts';

const stateArb: fc.Arbitrary<FilterState> = fc.record({
  q: fc.string({ maxLength: 120 }).map(cleanQuery),
  rol: fc.constantFrom('', ...ROLE_IDS),
  thema: fc.constantFrom('', ...THEME_IDS),
  fase: fc.constantFrom(0, ...PHASES.map((p) => p.n)),
});

describe('URL state', () => {
  it('parses all four parameters', () => {
    expect(parseState('?q=werkdruk&rol=medewerker&thema=werkplezier&fase=4')).toEqual({
      q: 'werkdruk',
      rol: 'medewerker',
      thema: 'werkplezier',
      fase: 4,
    });
  });

  it('ignores invalid values', () => {
    expect(parseState('?rol=baas&thema=geld&fase=9&q=')).toEqual(EMPTY_STATE);
    expect(parseState('?fase=1.5')).toEqual(EMPTY_STATE);
    expect(parseState('?fase=abc&thema=LOOPBAAN')).toEqual(EMPTY_STATE);
    expect(parseState('')).toEqual(EMPTY_STATE);
    expect(parseState('?onbekend=1&q=%20%20stress%20')).toEqual({ ...EMPTY_STATE, q: 'stress' });
  });

  it('serialises only what is in use, in a fixed order', () => {
    expect(serializeState(EMPTY_STATE)).toBe('');
    expect(serializeState({ q: 'ideeën en werk', rol: '', thema: 'loopbaan', fase: 0 })).toBe(
      '?q=idee%C3%ABn+en+werk&thema=loopbaan',
    );
    expect(serializeState({ ...EMPTY_STATE, fase: 7, rol: 'beide' })).toBe('?rol=beide&fase=7');
  });

  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(parseState(serializeState(s))).toEqual(s);
      }),
    );
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const s = parseState(raw);
        expect(parseState(serializeState(s))).toEqual(s);
      }),
    );
  });

  it('limits the length of the search text', () => {
    expect(parseState(`?q=${'a'.repeat(500)}`).q.length).toBeLessThanOrEqual(100);
  });

  it('knows when a filter is active', () => {
    expect(isFiltered(EMPTY_STATE)).toBe(false);
    expect(isFiltered({ ...EMPTY_STATE, fase: 2 })).toBe(true);
  });
});

describe('matchesFilters', () => {
  const q = { role: 'medewerker', theme: 'loopbaan', phase: 4 } as const;
  const shared = { role: 'beide', theme: 'afsluiting', phase: 6 } as const;

  it('combines role, theme and phase', () => {
    expect(matchesFilters(q, EMPTY_STATE)).toBe(true);
    expect(matchesFilters(q, { ...EMPTY_STATE, rol: 'medewerker', thema: 'loopbaan', fase: 4 })).toBe(true);
    expect(matchesFilters(q, { ...EMPTY_STATE, rol: 'medewerker', thema: 'loopbaan', fase: 3 })).toBe(false);
    expect(matchesFilters(q, { ...EMPTY_STATE, thema: 'afsluiting' })).toBe(false);
    expect(matchesFilters(q, { ...EMPTY_STATE, rol: 'leidinggevende' })).toBe(false);
  });

  it('shows questions for both roles under either role, and alone under "beide"', () => {
    expect(matchesFilters(shared, { ...EMPTY_STATE, rol: 'medewerker' })).toBe(true);
    expect(matchesFilters(shared, { ...EMPTY_STATE, rol: 'leidinggevende' })).toBe(true);
    expect(matchesFilters(shared, { ...EMPTY_STATE, rol: 'beide' })).toBe(true);
    expect(matchesFilters(q, { ...EMPTY_STATE, rol: 'beide' })).toBe(false);
  });
});
