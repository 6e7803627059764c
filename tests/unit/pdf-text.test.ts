import { describe, expect, it, vi } from 'vitest';
import {
  REPLACEMENT_CHAR,
  breakWord,
  cachedWidth,
  lineWidth,
  normalizeText,
  prepareText,
  replaceMissingGlyphs,
  keepTogether,
  visualOrder,
  wrapText,
} from '../../src/lib/pdf/text.ts';

/** Fake font: every code point is 0.5 em wide, a space 0.25 em. */
const fakeWidth = (s: string) => (s === ' ' ? 0.25 : Array.from(s).length * 0.5);
/** Fake coverage: ASCII, Latin-1, Latin Extended-A and combining accents. */
const fakeHas = (cp: number) => (cp >= 0x20 && cp < 0x250) || (cp >= 0x300 && cp < 0x370) || cp === 0x25a1;

describe('normalizeText', () => {
  it('normalises line breaks, tabs, exotic spaces and NFC', () => {
    expect(normalizeText('a\r\nb\rc\u2028d\u2029e\u0085f')).toBe('a\nb\nc\nd\ne\nf');
    expect(normalizeText('a\tb\u2003c\u3000d')).toBe('a b c d');
    expect(normalizeText('e\u0301')).toBe('é');
  });
  it('removes invisible format characters', () => {
    expect(normalizeText('zero\u200Bwidth\u00ADsoft\uFEFFbom\u202Ertl\uFE0F')).toBe('zerowidthsoftbomrtl');
  });
  it('never throws for non-strings', () => {
    expect(normalizeText(undefined)).toBe('');
    expect(normalizeText(null)).toBe('');
    expect(normalizeText(42)).toBe('42');
  });
});

describe('replaceMissingGlyphs', () => {
  it('replaces missing characters visibly, one replacement per code point', () => {
    expect(replaceMissingGlyphs('ok 😀 中文!', fakeHas)).toBe(`ok ${REPLACEMENT_CHAR} ${REPLACEMENT_CHAR}${REPLACEMENT_CHAR}!`);
  });
  it('replaces control characters and lone surrogates but keeps newlines', () => {
    expect(replaceMissingGlyphs('a\u0001b\uD800c\nd\uDFFF', fakeHas)).toBe(`a${REPLACEMENT_CHAR}b${REPLACEMENT_CHAR}c\nd${REPLACEMENT_CHAR}`);
  });
  it('returns the same string when nothing is missing', () => {
    const s = 'Łukasz Nowak — ok';
    expect(replaceMissingGlyphs(s, (cp) => cp !== 0x1f600)).toBe(s);
  });
  it('prepareText combines both steps', () => {
    expect(prepareText('a\tb\r\n😀', fakeHas)).toBe(`a b\n${REPLACEMENT_CHAR}`);
  });
});

describe('cachedWidth and lineWidth', () => {
  it('measures each distinct word once', () => {
    const measure = vi.fn(fakeWidth);
    const w = cachedWidth(measure);
    for (let i = 0; i < 5; i++) lineWidth('de bakker bakt de broden de hele nacht', 10, w);
    // distinct: de, bakker, bakt, broden, hele, nacht + ' '
    expect(measure).toHaveBeenCalledTimes(7);
  });
  it('sums word widths and spaces', () => {
    expect(lineWidth('ab cd', 10, fakeWidth)).toBeCloseTo((1 + 0.25 + 1) * 10);
  });
});

describe('wrapText', () => {
  const wrap = (text: string, maxWidth: number, size = 10) => wrapText(text, maxWidth, size, fakeWidth);

  it('keeps every line within the width', () => {
    const text = 'In de kapsalon plannen we elke week samen de afspraken en de pauzes van iedereen in het team.';
    const lines = wrap(text, 100);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(lineWidth(line, 10, fakeWidth)).toBeLessThanOrEqual(100);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps user line breaks and empty lines', () => {
    expect(wrap('een\n\ntwee\ndrie', 1000)).toEqual(['een', '', 'twee', 'drie']);
  });

  it('collapses runs of spaces', () => {
    expect(wrap('a    b  ', 1000)).toEqual(['a b']);
  });

  it('breaks a long word without spaces by characters', () => {
    const word = 'a'.repeat(95);
    const lines = wrap(word, 100); // 20 characters per line
    expect(lines.join('')).toBe(word);
    expect(lines.length).toBe(5);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(20);
  });

  it('prefers breaking a URL after a slash or punctuation', () => {
    const url = 'https://www.voorbeeld.be/functioneringsgesprekken/voorbereiding';
    const lines = wrap(url, 200); // 40 characters per line
    expect(lines.join('')).toBe(url);
    expect(lines[0]?.endsWith('/')).toBe(true);
  });

  it('does not split surrogate pairs or a base from its combining mark', () => {
    const word = 'e\u0301'.repeat(30) + '😀'.repeat(30);
    const pieces = breakWord(word, 50, 10, fakeWidth);
    expect(pieces.join('')).toBe(word);
    for (const p of pieces) {
      expect(p.startsWith('\u0301')).toBe(false);
      expect(/^[\uDC00-\uDFFF]/.test(p)).toBe(false);
      expect(/[\uD800-\uDBFF]$/.test(p)).toBe(false);
    }
  });

  it('moves a word that does not fit to the next line', () => {
    expect(wrap('aaaa bbbbbbbb', 60)).toEqual(['aaaa', 'bbbbbbbb']);
  });

  it('returns one empty line for empty text', () => {
    expect(wrap('', 100)).toEqual(['']);
  });

  it('never breaks an amount, a percentage, a page number or a date over two lines', () => {
    // 20 characters per line at width 100: each of these would break after its first word.
    const cases = [
      ['Het loon stijgt met € 2.450', '€ 2.450'],
      ['De bonus wordt dit jaar 12 %', '12 %'],
      ['Het kost ongeveer 12,50 €', '12,50 €'],
      ['Zie verder op pagina 2 van 3', 'pagina 2 van 3'],
      ['Het gesprek was op 14 maart 2025', '14 maart 2025'],
      ['We spreken weer af om 11.30 uur', '11.30 uur'],
    ] as const;
    for (const [text, unit] of cases) {
      const lines = wrap(text, 100);
      expect(lines.join(' ')).toBe(text);
      expect(lines.some((l) => l.includes(unit))).toBe(true);
    }
    // Ordinary words still break where they must.
    expect(wrap('bakker en 12 broden', 50)).toEqual(['bakker en', '12 broden']);
    expect(keepTogether(['12', 'van', 'hen'], 0)).toBe(false);
    expect(keepTogether(['€', 'x'], 0)).toBe(false);
    expect(keepTogether(['maart', '2025'], 0)).toBe(true);
  });
});

describe('visualOrder', () => {
  it('reverses runs of right-to-left words and leaves the rest', () => {
    expect(visualOrder('RTL: مرحبا بالعالم en שלום עולם!')).toBe('RTL: بالعالم مرحبا en עולם! שלום');
    expect(visualOrder('gewoon Nederlands')).toBe('gewoon Nederlands');
  });
});
