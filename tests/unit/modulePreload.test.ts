import { describe, expect, it } from 'vitest';
import { importClosure, staticImports, withModulePreloads } from '../../src/integrations/modulePreload.ts';

describe('modulepreload links for islands', () => {
  it('finds static imports in minified chunks, not dynamic ones', () => {
    const code =
      'import{a as e,b as t}from"./preact.module.js";import"./side.js";export{c as d}from"./re.js";' +
      'import*as n from"./ns.js";const l=()=>import("./pdfMake.js");const m=__vite__mapDeps([0,1]),s=["_astro/x.js"];' +
      'import {x} from \'./spaced.js\'\nimport "../up.js";import"/_astro/root.js";';
    expect(staticImports(code).sort()).toEqual(['../up.js', './ns.js', './preact.module.js', './re.js', './side.js', './spaced.js', '/_astro/root.js']);
    expect(staticImports('const s = "import(\\"./a.js\\")"; load(() => import("./b.js"));')).toEqual([]);
  });

  it('follows imports all the way down, once each, entries first; missing files are skipped', () => {
    const files: Record<string, string> = {
      '/_astro/Island.js': 'import{a}from"./shared.js";import"./b.js";const p=()=>import("./lazy.js");',
      '/_astro/client.js': 'import{h}from"./preact.js";',
      '/_astro/shared.js': 'import{h}from"./preact.js";import"./b.js";',
      '/_astro/b.js': 'import"./shared.js";', // a cycle
      '/_astro/preact.js': 'import"/_astro/root.js";export const h=1;',
      '/_astro/root.js': '',
      '/_astro/lazy.js': 'import"./never.js";',
    };
    const read = (p: string) => files[p] ?? null;
    expect(importClosure(['/_astro/Island.js', '/_astro/client.js', '/_astro/gone.js'], read)).toEqual([
      '/_astro/Island.js',
      '/_astro/client.js',
      '/_astro/shared.js',
      '/_astro/b.js',
      '/_astro/preact.js',
      '/_astro/root.js',
    ]);
  });

  it('adds one link per script to the head of a page with islands, and leaves other pages alone', () => {
    const files: Record<string, string> = { '/_astro/A.js': 'import"./dep.js";', '/_astro/r.js': 'import"./dep.js";', '/_astro/dep.js': '' };
    const read = (p: string) => files[p] ?? null;
    const page =
      '<html><head><title>x</title></head><body>' +
      '<astro-island uid="1" component-url="/_astro/A.js" component-export="default" renderer-url="/_astro/r.js" client="load"></astro-island>' +
      '<astro-island uid="2" component-url="/_astro/A.js" renderer-url="/_astro/r.js" client="load"></astro-island></body></html>';
    const out = withModulePreloads(page, read);
    expect(out).toContain(
      '<link rel="modulepreload" fetchpriority="low" href="/_astro/A.js"><link rel="modulepreload" fetchpriority="low" href="/_astro/r.js">' +
        '<link rel="modulepreload" fetchpriority="low" href="/_astro/dep.js"></head>',
    );
    expect(withModulePreloads(out, read)).toBe(out); // running twice adds nothing
    const plain = '<html><head></head><body><p>Geen eilanden</p></body></html>';
    expect(withModulePreloads(plain, read)).toBe(plain);
  });
});
