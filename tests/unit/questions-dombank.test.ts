// The island reads the questions back from the server-rendered HTML (domBank.ts).
// These tests render QuestionItem to HTML as the page does and check that every
// field comes back unchanged, for every question of the bank.
import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import { h } from 'preact';
import { FOLLOW_LABEL, FOLLOW_SEPARATOR, QuestionItem, WHY_LABEL } from '../../src/islands/questions/QuestionItem.tsx';
import { splitFollowUps } from '../../src/islands/questions/domBank.ts';
import { loadBank } from './questions-helpers.ts';

const { questions } = loadBank();

/** The text of the first element with this class, as textContent would give it. */
function textOfClass(html: string, cls: string): string {
  const m = new RegExp(`<p class="${cls}">([\\s\\S]*?)</p>`).exec(html);
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  return decode((m?.[1] ?? '').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
}

describe('reading the bank back from its HTML', () => {
  it('gives back every follow-up and every "why", for every question', () => {
    for (const q of questions) {
      const html = render(h(QuestionItem, { question: q, inList: false }));
      expect(splitFollowUps(textOfClass(html, 'qb-q-follow')), q.id).toEqual(q.followUps);
      expect(textOfClass(html, 'qb-q-why').replace(WHY_LABEL, '').trim(), q.id).toBe(q.why);
      expect(html, q.id).toContain(`data-kw="${q.keywords.join('|').replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
    }
  });

  it('keeps the separator out of the texts, so the split is safe', () => {
    for (const q of questions) {
      for (const f of q.followUps) {
        expect(f, q.id).not.toContain(FOLLOW_SEPARATOR.trim());
        expect(f.startsWith(FOLLOW_LABEL), q.id).toBe(false);
      }
      for (const k of q.keywords) expect(k, q.id).not.toContain('|');
    }
    expect(splitFollowUps(`${FOLLOW_LABEL} Wat? · Hoe?`)).toEqual(['Wat?', 'Hoe?']);
    expect(splitFollowUps('')).toEqual([]);
  });
});
