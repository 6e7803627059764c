#!/usr/bin/env node
// Size budget report: builds the site, then prints per page the bytes of HTML,
// CSS and JavaScript that a first visit downloads (raw and gzip). Afterwards it
// runs the other benchmarks in scripts/bench-*.mjs (question search, PDF engine,
// site search: relevance on the query set, index size, speed).
// Prints figures only; the tests assert behaviour, not timings.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importClosure } from '../src/integrations/modulePreload.ts';

if (!process.argv.includes('--no-build')) execSync('npx astro build', { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

const dist = 'dist';
function* htmlFiles(dir) {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (p.endsWith('.html')) yield p;
  }
}
const size = (buf) => ({ raw: buf.length, gz: gzipSync(buf, { level: 9 }).length });
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

/** Every JS module a page loads on first visit: its module scripts, island components and their static imports. */
function jsClosure(html) {
  const queue = [];
  for (const m of html.matchAll(/<script[^>]*\ssrc="(\/[^"]+\.js)"/g)) queue.push(m[1]);
  for (const m of html.matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="(\/[^"]+\.js)"/g)) queue.push(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="(\/[^"]+)"/g)) queue.push(m[1]);
  // Inline module scripts (Astro's island loader) may import chunks.
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const i of m[1].matchAll(/(?:import\s*(?:[^'"]*?from\s*)?|import\()\s*["'](\/[^"']+\.js)["']/g)) queue.push(i[1]);
  }
  // Static imports only (the same walk as the modulepreload links): import() loads on demand, not on first visit.
  return importClosure(queue, (url) => (existsSync(join(dist, url)) ? readFileSync(join(dist, url), 'utf8') : null));
}

const rows = [];
for (const file of [...htmlFiles(dist)].sort()) {
  const html = readFileSync(file);
  const text = html.toString();
  const css = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)].map((m) => readFileSync(join(dist, m[1])));
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]));
  const inlineJs = [...text.matchAll(/<script(?![^>]*type="application\/ld\+json")(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]));
  const js = jsClosure(text).map((u) => readFileSync(join(dist, u)));
  const sum = (bufs) => bufs.reduce((a, b) => ({ raw: a.raw + size(b).raw, gz: a.gz + size(b).gz }), { raw: 0, gz: 0 });
  const page = '/' + file.slice(dist.length + 1).replace(/index\.html$/, '').replace(/\.html$/, '');
  rows.push({ page, html: size(html), css: sum(css), inlineCss: sum(inlineCss), js: sum([...js, ...inlineJs]), islands: (text.match(/<astro-island/g) ?? []).length });
}

console.log('Bytes per page on first visit (KiB, raw / gzip). CSS = stylesheets + inline <style>; JS = scripts + islands with their static imports.');
console.log(`${'page'.padEnd(42)} ${'HTML'.padStart(17)} ${'CSS'.padStart(17)} ${'JS'.padStart(17)}`);
for (const r of rows) {
  const c = { raw: r.css.raw + r.inlineCss.raw, gz: r.css.gz + r.inlineCss.gz };
  console.log(`${r.page.padEnd(42)} ${kb(r.html.raw)} /${kb(r.html.gz)} ${kb(c.raw)} /${kb(c.gz)} ${kb(r.js.raw)} /${kb(r.js.gz)}`);
}
const contentPages = rows.filter((r) => r.page.startsWith('/gids/') || r.page === '/' || r.page === '/privacy/');
const withIslands = contentPages.filter((r) => r.islands > 0);
const maxJs = Math.max(...contentPages.map((r) => r.js.gz));
console.log(
  `\nContent pages (home, privacy, guide): ${contentPages.length}; with an island: ${withIslands.length}` +
    `${withIslands.length ? ' → ' + withIslands.map((r) => r.page).join(', ') : ''}; ` +
    `largest JavaScript on first visit: ${(maxJs / 1024).toFixed(1)} KiB gz (the search loader; search itself loads when opened)`,
);

// bench-setup and bench-questions-browser are modules the others import, not benchmarks.
const HELPERS = new Set(['bench-setup.mjs', 'bench-questions-browser.mjs']);
for (const f of readdirSync('scripts').filter((f) => /^bench-.+\.mjs$/.test(f) && !HELPERS.has(f)).sort()) {
  console.log(`\n== ${f}`);
  spawnSync(process.execPath, [join('scripts', f)], { stdio: 'inherit' });
}
