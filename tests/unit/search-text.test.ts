import { describe, expect, it } from 'vitest';
import { fold, markdownToText, snippet, splitSections } from '../../src/lib/search/text.ts';

describe('fold', () => {
  it('removes case and diacritics', () => {
    expect(fold('Ideeën')).toBe('ideeen');
    expect(fold('ÉÉN Café  Zoë')).toBe('een cafe zoe');
    expect(fold('Łódź Straße Ağaoğlu ı')).toBe('lodz strasse agaoglu i');
  });
  it('handles decomposed input', () => {
    expect(fold('ide\u0065\u0308en')).toBe('ideeen');
  });
});

describe('markdownToText', () => {
  it('drops imports, tags, markup; keeps words', () => {
    const md = [
      "import Callout from '../../src/components/guide/Callout.astro';",
      'import {',
      '  A,',
      '  B,',
      "} from './x';",
      '',
      '## Titel {#eigen-id}',
      '',
      'Een **vet** woord, een *schuin* woord en een [link](/gids/) met `code`.',
      '',
      '<Callout type="voorbeeld" title="In de garage">',
      'Monteur Dries wacht op onderdelen.',
      '</Callout>',
      '',
      '- punt één',
      '1. punt twee',
      '> citaat',
      '',
      '| Kolom | Andere |',
      '| --- | --- |',
      '| a | b |',
      '',
      '```js',
      'const geheim = 1;',
      '```',
      '<SayThis bad="Je doet te weinig." good="Ik verwacht dat je elke klant een afspraak voorstelt." />',
      'A &amp; B&nbsp;C {/* commentaar */}',
    ].join('\n');
    const t = markdownToText(md);
    expect(t).not.toMatch(/import|Callout|from|geheim|\*|`|\[|\]|\(|#|\||>|commentaar/);
    expect(t).toContain('Titel');
    expect(t).toContain('Een vet woord, een schuin woord en een link met code.');
    expect(t).toContain('In de garage. Monteur Dries wacht op onderdelen.');
    expect(t).toContain('punt één punt twee citaat');
    expect(t).toContain('Kolom Andere a b');
    expect(t).toContain('Je doet te weinig. Ik verwacht dat je elke klant een afspraak voorstelt.');
    expect(t).toContain('A & B C');
  });
  it('keeps snake_case and lone asterisks sane', () => {
    expect(markdownToText('2 * 3 = 6 en een_woord')).toBe('2 * 3 = 6 en een_woord');
  });
});

describe('splitSections', () => {
  it('splits at headings, not inside code fences', () => {
    const md = 'Intro\n\n## Een\n\ntekst 1\n\n```\n## geen kop\n```\n\n### Twee\n\ntekst 2\n\n#### Drie\n\ntekst 3';
    const s = splitSections(md);
    expect(s.map((x) => [x.depth, x.heading])).toEqual([
      [0, ''],
      [2, 'Een'],
      [3, 'Twee'],
      [4, 'Drie'],
    ]);
    expect(s[1]!.body).toContain('## geen kop');
    expect(s[0]!.body.trim()).toBe('Intro');
  });
  it('strips markup from headings', () => {
    expect(splitSections('## **SMART**: één woord {#smart}')[1]!.heading).toBe('SMART: één woord');
  });
});

describe('snippet', () => {
  it('keeps short text', () => expect(snippet('kort  en\ngoed', 300)).toBe('kort en goed'));
  it('cuts at a word boundary with an ellipsis', () => {
    const s = snippet('woord '.repeat(100), 50);
    expect(s.length).toBeLessThanOrEqual(51);
    expect(s.endsWith('woord…')).toBe(true);
  });
});
