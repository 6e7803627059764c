import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeQuery } from '../../src/lib/questions/normalize.ts';

describe('normalize', () => {
  it('lowercases and strips diacritics', () => {
    expect(normalize('Ideeën')).toBe('ideeen');
    expect(normalize('Privé, café, coördinatie, één, naïef')).toBe('prive, cafe, coordinatie, een, naief');
    expect(normalize('ŁÓDŹ Øresund Ğ ş Å')).toBe('lodz oresund g s a');
  });

  it('leaves plain text alone', () => {
    expect(normalize('werkdruk 2025')).toBe('werkdruk 2025');
    expect(normalize('')).toBe('');
  });

  it('folds decomposed input in queries', () => {
    expect(normalizeQuery('Ide\u0065\u0308en')).toBe('ideeen');
    expect(normalizeQuery('Ideëen')).toBe('ideeen');
  });

  it('never changes the length, so match positions stay valid', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(normalize(s).length).toBe(s.length);
      }),
    );
    for (const s of ['İstanbul', 'Straße', 'ﬁne', '👍🏽 top', 'ǅ']) expect(normalize(s).length).toBe(s.length);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => normalize(normalize(s)) === normalize(s)));
  });
});
