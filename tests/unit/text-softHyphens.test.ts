import { describe, expect, it } from 'vitest';
import { softHyphens } from '../../src/lib/text/softHyphens.ts';

describe('softHyphens', () => {
  it('marks the joints of long compounds, keeping the text the same when read', () => {
    const out = softHyphens('Wat is een Functioneringsgesprek? En een evaluatiegesprek voor leidinggevenden?');
    expect(out).toBe('Wat is een Functionerings\u00ADgesprek? En een evaluatie\u00ADgesprek voor leiding\u00ADgevenden?');
    expect(out.replaceAll('\u00AD', '')).toBe('Wat is een Functioneringsgesprek? En een evaluatiegesprek voor leidinggevenden?');
  });
  it('leaves short words alone', () => {
    expect(softHyphens('Een gesprek')).toBe('Een gesprek');
  });
});
