#!/usr/bin/env node
// Benchmark of the question bank search.
//
//   npx node scripts/bench-questions.mjs        (Node 24 from node_modules: it runs the
//                                                 TypeScript search module as is)
//
// Reads content/vragen/*.yaml, builds the searcher with the SAME code the site uses
// (src/lib/questions/search.ts), and prints: question count, the size of the search
// data (question JSON and serialised Fuse index, raw and gzip) and the median and
// worst time per search over 50 fixed queries. Exits 1 when a search is too slow.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { buildBank } from '../src/lib/questions/bank.ts';
import { buildVocabulary, createSearchIndex, createSearcher, toSearchDoc } from '../src/lib/questions/search.ts';

const LIMIT_MS = 5;
const ROUNDS = 20;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'content', 'vragen');

const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => parse(readFileSync(join(dir, f), 'utf8')));
const bank = buildBank(files);
const { questions } = bank;

// 50 queries: single words, typos, missing accents, BE/NL synonyms, phrases, misses.
const QUERIES = [
  'werkdruk', 'stress', 'opleiding', 'cursus', 'training', 'thuiswerk', 'telewerk', 'ideeen', 'prive', 'loon',
  'salaris', 'verslag', 'afspraken', 'samenwerking', 'collega', 'conflict', 'feedback', 'chef', 'leidinggevende', 'loopbaan',
  'promotie', 'doorgroeien', 'ziek', 'verlof', 'rooster', 'uurrooster', 'veiligheid', 'materiaal', 'laptop', 'sfeer',
  'opleidng', 'werkdurk', 'samenwerkng', 'leidinggevnde', 'verantwoordelijkhied', 'motivatie', 'energie', 'balans', 'smart', 'opvolging',
  'hoe gaat het', 'wat heb je nodig', 'verslag oneens', 'cursus budget', 'feedback chef', 'thuiswerk collega',
  'werk en privé in evenwicht', 'welke afspraak helpt om de werkdruk haalbaar te houden', 'xqzvbw', 'functiebeschrijving',
];
if (QUERIES.length !== 50) throw new Error(`expected 50 queries, got ${QUERIES.length}`);

const t0 = performance.now();
// No word cache: every timed search does the full work.
const searcher = createSearcher(questions, { cacheSize: 0 });
const buildMs = performance.now() - t0;

// Warm up (JIT), then run every query ROUNDS times. A query's time is the median of
// its rounds, so a moment when the OS runs something else does not count as the
// search's cost; the slowest single run is printed too. CPU time (process.cpuUsage)
// is measured as a second opinion that ignores time the process was not running.
for (const q of QUERIES) searcher.search(q);
const perQuery = QUERIES.map((q) => {
  const wall = [];
  const cpu = [];
  let hits = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const c = process.cpuUsage();
    const s = performance.now();
    hits = searcher.search(q).length;
    wall.push(performance.now() - s);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const mid = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  return { q, hits, median: mid(wall), cpu: mid(cpu), slowestRun: Math.max(...wall) };
});
const sorted = perQuery.map((r) => r.median).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const worstQ = perQuery.reduce((a, b) => (b.median > a.median ? b : a));
const worst = worstQ.median;
const worstCpu = Math.max(...perQuery.map((r) => r.cpu));
const slowestRun = Math.max(...perQuery.map((r) => r.slowestRun));

const size = (s) => {
  const raw = Buffer.byteLength(s);
  return `${(raw / 1024).toFixed(1)} KB raw, ${(gzipSync(s, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
};
const words = [...buildVocabulary(questions.map(toSearchDoc)).keys()];
const index = JSON.stringify(createSearchIndex(words).toJSON());

const themes = new Set(questions.map((q) => q.theme)).size;
console.log(`Questions:          ${questions.length} in ${themes} themes`);
console.log(`Question data JSON: ${size(JSON.stringify(bank))}  (what the page carries)`);
console.log(`Fuse index JSON:    ${size(index)}  (${words.length} distinct words; built in the browser on the first fuzzy lookup, not shipped)`);
console.log(`Build searcher:     ${buildMs.toFixed(2)} ms`);
console.log(`Time per search:    median ${median.toFixed(3)} ms, worst ${worst.toFixed(3)} ms ("${worstQ.q}") over 50 queries (each the median of ${ROUNDS} runs)`);
console.log(`                    worst CPU time ${worstCpu.toFixed(3)} ms; slowest single run ${slowestRun.toFixed(2)} ms (includes pauses by the OS)`);
console.log(`Hits per query:     ${perQuery.map((r) => r.hits).join(' ')}`);
if (worst >= LIMIT_MS) {
  console.error(`FAIL: worst search ${worst.toFixed(2)} ms >= ${LIMIT_MS} ms`);
  process.exit(1);
}
console.log(`OK: every search < ${LIMIT_MS} ms`);

// In the browser: keystroke latency on /vragen/ at CPU 4× (needs a build in dist/).
const { benchKeystrokes } = await import('./bench-questions-browser.mjs');
await benchKeystrokes(join(root, 'dist'));
