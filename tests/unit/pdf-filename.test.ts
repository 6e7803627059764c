import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/lib/pdf/index.ts';

describe('safeFileName', () => {
  it('builds the example from the brief', () => {
    expect(safeFileName(['voorbereiding', 'medewerker', 'Łukasz Nowak', '2026-11-22'])).toBe(
      'voorbereiding-medewerker-lukasz-nowak-2026-11-22.pdf',
    );
  });

  it('transliterates letters from many languages', () => {
    expect(safeFileName(['Ağnieszka Şahin', 'Zoë Ørsted', 'Straße', 'İlkay Işık', 'Åsa Œuvre'])).toBe(
      'agnieszka-sahin-zoe-orsted-strasse-ilkay-isik-asa-oeuvre.pdf',
    );
  });

  it('strips what cannot be transliterated and never returns an empty name', () => {
    expect(safeFileName(['😀', '中文', '  ', '///'])).toBe('document.pdf');
    expect(safeFileName([])).toBe('document.pdf');
    expect(safeFileName(['verslag', '😀 team 🎉'])).toBe('verslag-team.pdf');
  });

  it('keeps names short and free of path characters', () => {
    const name = safeFileName(['a'.repeat(50), 'b'.repeat(50), 'c'.repeat(50), '../../etc/passwd']);
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name).toMatch(/^[a-z0-9-]+\.pdf$/);
  });

  it('a very long name without spaces still leaves room for the date', () => {
    expect(safeFileName(['verslag', 'Ł'.repeat(300), '2026-11-20'])).toBe(`verslag-${'l'.repeat(60)}-2026-11-20.pdf`);
    expect(safeFileName(['verslag', 'Anna Maria '.repeat(20), '2026-11-20'])).toMatch(/^verslag-anna-maria-(anna-maria-)*anna-2026-11-20\.pdf$|^verslag-anna-maria-(anna-maria-)*anna-maria-2026-11-20\.pdf$/);
  });

  it('handles non-string parts', () => {
    expect(safeFileName([2026, null, undefined, 'Q&A'] as unknown as string[])).toBe('2026-q-en-a.pdf');
  });
});
