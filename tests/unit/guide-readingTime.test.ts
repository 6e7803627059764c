import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, minutesForWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/guide/readingTime';

describe('countWords', () => {
  it('counts plain words, including Dutch and accented ones', () => {
    expect(countWords('Een goed gesprek, met Łukasz en Joëlle.')).toBe(7);
    expect(countWords("Het is 's ochtends druk in de zaak.")).toBe(8);
  });

  it('ignores frontmatter, imports, tags, attribute names and link targets', () => {
    const mdx = [
      '---',
      'title: Een titel met vijf woorden',
      'order: 1',
      '---',
      "import Callout from '../../src/components/guide/Callout.astro';",
      '',
      '## Kop twee',
      '',
      '<Callout type="tip">Lees [dit hoofdstuk](/gids/bouwstenen/) eerst.</Callout>',
    ].join('\n');
    // "Kop twee" + "tip" (attribute value) + "Lees dit hoofdstuk eerst"
    expect(countWords(mdx)).toBe(7);
  });

  it('counts the text in quoted attribute values', () => {
    expect(countWords('<SayThis bad="zeg dit niet" good="zeg dit wel" />')).toBe(6);
  });

  it('returns 0 for empty or markup-only input', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('<PhaseTimeline />')).toBe(0);
    expect(countWords('---\ntitle: x\n---\n')).toBe(0);
  });

  it('never counts more words than there are letters and digits', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const alnum = (s.match(/[\p{L}\p{N}]/gu) ?? []).length;
        expect(countWords(s)).toBeLessThanOrEqual(alnum);
        expect(countWords(s)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('counts n words for n space-separated letter words', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zé]{1,12}$/), { maxLength: 50 }), (ws) => {
        expect(countWords(ws.join(' '))).toBe(ws.length);
      }),
    );
  });
});

describe('minutesForWords / readingMinutes', () => {
  it('rounds up and is at least one minute', () => {
    expect(minutesForWords(0)).toBe(1);
    expect(minutesForWords(1)).toBe(1);
    expect(minutesForWords(WORDS_PER_MINUTE)).toBe(1);
    expect(minutesForWords(WORDS_PER_MINUTE + 1)).toBe(2);
    expect(minutesForWords(Number.NaN)).toBe(1);
  });

  it('adds extra words from components', () => {
    const body = 'woord '.repeat(150);
    expect(readingMinutes(body)).toBe(1);
    expect(readingMinutes(body, 100)).toBe(2);
    expect(readingMinutes(body, -500)).toBe(1);
  });

  it('is monotonic in the number of words', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(minutesForWords(lo)).toBeLessThanOrEqual(minutesForWords(hi));
      }),
    );
  });
});
