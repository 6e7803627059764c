#!/usr/bin/env node
// Benchmark of the site search (run by `npm run bench` after the build, or on its own
// after `npm run build`: `npx node scripts/bench-search.mjs`).
//
// Reads the built index (dist/zoekindex.json) and the query set
// (tests/unit/search-queries.json), ranks with the SAME code the dialog runs
// (src/lib/search/search.ts) and prints:
//  - relevance: top-1 accuracy, mean reciprocal rank, and every query whose intended
//    result is not first;
//  - sizes: the index (raw and gzip), the loader a page ships before search opens, and
//    the search code loaded when it opens;
//  - speed: building the searcher, the time per query, and a pasted 20,000-character text.
// Prints figures only; tests/unit/search-relevance.test.ts asserts the relevance floor.
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { availableParallelism, loadavg } from 'node:os';
import { createSearcher } from '../src/lib/search/search.ts';
import { evaluate } from '../src/lib/search/evaluate.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const indexFile = join(dist, 'zoekindex.json');
if (!existsSync(indexFile)) {
  console.error('No dist/zoekindex.json: run `npm run build` first.');
  process.exit(1);
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

// --- Relevance -------------------------------------------------------------------
const raw = readFileSync(indexFile);
const records = JSON.parse(raw.toString('utf8'));
const { cases } = JSON.parse(readFileSync(join(root, 'tests/unit/search-queries.json'), 'utf8'));
const search = createSearcher(records);
const result = evaluate(search, records, cases);
console.log(`Relevance on ${cases.length} queries: top-1 ${(result.top1 * 100).toFixed(1)} % (${cases.length - result.misses.length}/${cases.length}), MRR ${result.mrr.toFixed(3)}`);
for (const m of result.misses) {
  console.log(`  miss: “${m.q}” → intended result at ${m.rank ? `#${m.rank}` : 'not in the first 20'}; first: ${m.top[0] ?? '(nothing)'}`);
}

// --- Sizes -----------------------------------------------------------------------
const kinds = {};
for (const r of records) kinds[r.k] = (kinds[r.k] ?? 0) + 1;
console.log(`\nIndex: ${records.length} records (${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}); ${kib(raw.length)} raw, ${kib(gz(raw))} gzip`);

/** A module and its static imports, as files in dist. */
function closure(url, seen = new Set()) {
  if (seen.has(url) || !existsSync(join(dist, url))) return seen;
  seen.add(url);
  const code = readFileSync(join(dist, url), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${}\s,*]+from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)) {
    closure(new URL(m[1], `http://x${url}`).pathname, seen);
  }
  return seen;
}
const sum = (urls) => [...urls].reduce((a, u) => a + gz(readFileSync(join(dist, u))), 0);
const page = readFileSync(join(dist, 'gids', 'index.html'), 'utf8');
const loaderUrls = new Set();
for (const m of page.matchAll(/<script[^>]*\ssrc="(\/[^"]+\.js)"/g)) closure(m[1], loaderUrls);
console.log(`Loader on a guide page before search opens: ${[...loaderUrls].map((u) => u.split('/').pop()).join(', ')}; ${kib(sum(loaderUrls))} gzip`);
const searchChunk = [...loaderUrls].flatMap((u) => [...readFileSync(join(dist, u), 'utf8').matchAll(/import\(["'`]\.\/(SiteSearch[^"'`]+\.js)["'`]\)/g)].map((m) => `/_astro/${m[1]}`))[0];
if (searchChunk) {
  const onOpen = new Set([...closure(searchChunk)].filter((u) => !loaderUrls.has(u)));
  console.log(`Loaded when search opens: ${[...onOpen].map((u) => u.split('/').pop()).join(', ')}; ${kib(sum(onOpen))} gzip, plus the index`);
}

// --- Speed -----------------------------------------------------------------------
// Wall-clock times on a shared machine vary; the minimum shows the cost of the work itself.
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const stats = (xs) => {
  const s = sorted(xs);
  return `min ${s[0].toFixed(1)}, median ${s[s.length >> 1].toFixed(1)}, p95 ${s[Math.floor(s.length * 0.95)].toFixed(1)} ms`;
};
const builds = [];
for (let i = 0; i < 7; i++) {
  const t = performance.now();
  createSearcher(records);
  builds.push(performance.now() - t);
}
const times = [];
for (let round = 0; round < 5; round++) {
  for (const c of cases) {
    const t = performance.now();
    search(c.q);
    times.push(performance.now() - t);
  }
}
// Pasted texts (20,000+ characters each), on a searcher that already answered a query, as in the dialog.
const pastes = ['Dit is een lange geplakte tekst over het functioneringsgesprek en het verslag. ', 'Beste collega, hierbij het verslag van ons gesprek met de afspraken en de opvolging. ', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ', 'Wie bewaart het verslag en hoe lang? Mag de medewerker het lezen en een reactie geven? ', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ']
  .map((t) => t.repeat(Math.ceil(20_500 / t.length)));
const fresh = createSearcher(records);
fresh('verslag');
const pasteTimes = pastes.map((text) => {
  const t = performance.now();
  fresh(text);
  return performance.now() - t;
});
console.log(`Speed (Node; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores):`);
console.log(`  building the searcher from the index: ${stats(builds)}`);
console.log(`  a query of the set: ${stats(times)}`);
console.log(`  a pasted text of ${pastes[0].length.toLocaleString('en')}+ characters: ${stats(pasteTimes)}`);
