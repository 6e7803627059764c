import { describe, expect, it } from 'vitest';
import { hasVisibleText } from '../../src/lib/text/visible.ts';

describe('hasVisibleText', () => {
  it('is false for spaces, line breaks and invisible characters alone; true as soon as something shows', () => {
    for (const s of ['', ' ', '\n\t', '\u200b\u200f', '\u00a0\u2009\u202f', '\u2066\u2069\ufeff', '\u200d']) expect(hasVisibleText(s), JSON.stringify(s)).toBe(false);
    for (const s of ['Zoë', '\u200bA', 'محمد', '王芳', '🌷', '.']) expect(hasVisibleText(s), s).toBe(true);
  });
});
