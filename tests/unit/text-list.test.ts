import { describe, expect, it } from 'vitest';
import { dutchList } from '../../src/lib/text/list.ts';

describe('dutchList', () => {
  it('joins with commas and "en" before the last, without a comma before "en"', () => {
    expect(dutchList([])).toBe('');
    expect(dutchList(['a'])).toBe('a');
    expect(dutchList(['a', 'b'])).toBe('a en b');
    expect(dutchList(['a', 'b', 'c'])).toBe('a, b en c');
  });
});
