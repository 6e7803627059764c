/**
 * The spelling and house-style check (scripts/check-spelling.mjs): the maskers keep only
 * what a reader sees, the style rules catch the house-style mistakes, and the check as a
 * whole fails on a real typo and passes on correct text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maskAstro, maskMdx, maskTs, maskYaml } from '../../scripts/spelling/extract.mjs';
import { checkStyle } from '../../scripts/spelling/house-style.mjs';

const visible = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('maskers', () => {
  it('keep line and column positions', () => {
    const src = '---\ntitle: "Een titel"\norder: 3\n---\nimport X from "./x";\n\nTekst met [een link](/gids/x/).\n';
    const masked = maskMdx(src);
    expect(masked.length).toBe(src.length);
    expect(masked.split('\n').length).toBe(src.split('\n').length);
    expect(visible(masked)).toBe('Een titel Tekst met [een link .');
  });

  it('keep the visible attributes of MDX components and drop the rest', () => {
    const masked = maskMdx('<Callout type="letop" title="Let goed op">\nInhoud\n</Callout>\n');
    expect(visible(masked)).toBe('Let goed op Inhoud');
  });

  it('keep YAML values, not keys, ids or links', () => {
    const masked = maskYaml('question: Wat is dit?\norder: 10\nsources:\n  - label: De wet\n    href: https://voorbeeld.be/x\n');
    expect(visible(masked)).toBe('Wat is dit? De wet');
    expect(visible(maskYaml('keywords: [check-in]\n', { keywords: false }))).toBe('');
  });

  it('keep the strings a reader sees in TypeScript, not ids, classes or imports', () => {
    const src = "import { x } from './y.ts';\nconst f = { id: 'proudOf', kind: 'textarea', label: 'Waar ben je trots op?' };\nconst el = <p class=\"muted\">Opgeslagen</p>;\n";
    expect(visible(maskTs(src, 'f.tsx'))).toBe('Waar ben je trots op? Opgeslagen');
  });

  it('keep the template text of an Astro page, not its code and styles', () => {
    const src = "---\nconst t = 'Hallo daar';\n---\n<h1 class=\"x\">{t}</h1>\n<p>Lees de gids</p>\n<style>.x { color: red; }</style>\n";
    const masked = maskAstro(src);
    expect(masked.split('\n').length).toBe(src.split('\n').length);
    expect(visible(masked)).toBe('Hallo daar Lees de gids');
  });
});

describe('house style', () => {
  const rules = (text: string, straightQuotes = true) => checkStyle(text, { straightQuotes }).map((p: { rule: string }) => p.rule);

  it('finds the forms the house style replaces', () => {
    expect(rules('Kan je dat doen? Dan kan je kiezen.')).toEqual(['kun-je', 'kun-je']);
    expect(rules('Als je wil, kan het. Je kan het.')).toEqual(['je-wilt', 'je-kunt']);
    expect(rules('Plan een check-in na zes weken.')).toEqual(['check-in']);
    expect(rules('Hou de datum vast.')).toEqual(['houd']);
    expect(rules('Hij zei „dag” en ‚ja’.')).toEqual(['lage-aanhalingstekens', 'lage-aanhalingstekens']);
    expect(rules('Hij zei "dag".')).toEqual(['rechte-aanhalingstekens', 'rechte-aanhalingstekens']);
    expect(rules('Hij zei "dag".', false)).toEqual([]);
  });

  it('accepts the house style', () => {
    expect(rules('Kun je dat doen? Je kunt het als je wilt. Houd het tussentijds gesprek. Hij zei “dag” en ‘ja’.')).toEqual([]);
  });

  it('reports line and column', () => {
    expect(checkStyle('Eerste regel.\nDan kan je kiezen.')[0]).toMatchObject({ line: 2, column: 5, found: 'kan je' });
  });
});

describe('the whole check (cspell with the Dutch dictionary)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spelling-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...files: string[]) =>
    spawnSync(process.execPath, ['scripts/check-spelling.mjs', ...files], { encoding: 'utf8', cwd: process.cwd() });

  it('passes on correct Dutch', () => {
    const ok = join(dir, 'goed.mdx');
    writeFileSync(ok, '---\ntitle: Een goed gesprek\n---\nHet functioneringsgesprek met de medewerker loopt goed. Kun je het verslag tekenen?\n');
    const r = run(ok);
    expect(r.stdout + r.stderr).toContain('0 onbekende woorden, 0 huisstijlfouten');
    expect(r.status).toBe(0);
  });

  it('fails on a real typo (in a chapter and in a form definition) and on a house-style mistake', () => {
    const chapter = join(dir, 'fout.mdx');
    writeFileSync(chapter, '---\ntitle: Een goed gesprek\n---\nHet functioneringsgespek met de medewerker loopt goed.\n');
    const sheet = join(dir, 'blad.ts');
    writeFileSync(sheet, "export const f = { id: 'proudOf', label: 'Waar ben je trots op in je wekr?' };\n");
    const faq = join(dir, 'stijl.yaml');
    writeFileSync(faq, 'question: Kan je dat doen?\n');
    const r = run(chapter, sheet, faq);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/fout\.mdx:4:\d+ - Unknown word \(functioneringsgespek\)/);
    expect(r.stdout).toMatch(/blad\.ts:1:\d+ - Unknown word \(wekr\)/);
    expect(r.stdout).not.toContain('proudOf');
    expect(r.stdout).toMatch(/stijl\.yaml:1:11 - Huisstijl \(kun-je\)/);
  });
});
