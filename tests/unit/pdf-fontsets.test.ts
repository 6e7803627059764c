/**
 * Which font set a document needs, and which of its characters no set has (they appear as □ in
 * the PDF, and the page says so after the download).
 */
import { describe, expect, it } from 'vitest';
import { fontSetFor, undrawableIn } from '../../src/lib/pdf/fontSets.ts';
import { undrawnNote } from '../../src/islands/ui/usePdfDownload.ts';

describe('font sets', () => {
  it('the smallest set that has every drawable character; emoji and Chinese do not ask for a larger one', () => {
    expect(fontSetFor({ text: 'Zoë O’Brien € 2.450' })).toBe('latin');
    expect(fontSetFor({ a: ['Łukasz', { b: 'Дмитрий' }] })).not.toBe('latin');
    expect(fontSetFor({ text: 'Anna 🌷 王芳' })).toBe('latin');
  });
});

describe('undrawableIn', () => {
  it('lists what no font has, once each, in order; not letters from other scripts the fonts do have, nor invisible characters', () => {
    expect(undrawableIn({ name: 'Anna 🌷', notes: ['王芳 🌷', 'Zoë Đặng محمد Дмитрий'] })).toEqual(['🌷', '王', '芳']);
    expect(undrawableIn({ name: 'Zoë\u200b\u200f O’Brien-Ğüneş', sig: 'M10 20 L30 40' })).toEqual([]);
    expect(undrawableIn({ text: '👍🏽❤️' })).not.toContain('\ufe0f');
    expect(undrawableIn({ text: '一二三四五六七' })).toHaveLength(5);
  });

  it('the note after the download names them, in Dutch', () => {
    expect(undrawnNote([])).toBe('');
    expect(undrawnNote(['🌷'])).toBe(' Let op: “🌷” staat niet in het lettertype van de PDF. Daar staat □ in de plaats.');
    expect(undrawnNote(['王', '芳', '🌷'])).toBe(' Let op: “王”, “芳” en “🌷” staan niet in het lettertype van de PDF. Daar staat □ in de plaats.');
  });
});
