#!/usr/bin/env node
// The whole-file check of /controleren/ for the 3-page reference report, in Node 24 (which runs
// the TypeScript sources directly): read the embedded data, check both signatures, re-render
// the PDF and compare it byte for byte. Prints the median and worst of 25 runs after warm-up.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fx = await import(join(root, 'tests/fixtures/reportPdf.ts'));
const { checkReportPdf } = await import(join(root, 'src/lib/report/verify.ts'));

const env = { id: '0123456789abcdef', data: await fx.signedReport() };
const bytes = await fx.renderReport(env);
const runs = Math.max(10, Number(process.argv[2]) || 25);
for (let i = 0; i < 5; i++) await checkReportPdf(bytes, fx.testEngine);
const times = [];
let verdict = '';
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const r = await checkReportPdf(bytes, fx.testEngine);
  times.push(performance.now() - t);
  verdict = r.ok ? r.value.file : r.message;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`Controle van het hele bestand (verslag, ${(bytes.length / 1024).toFixed(1)} KB): mediaan ${median.toFixed(1)} ms, slechtste ${times.at(-1).toFixed(1)} ms over ${runs} keer (uitkomst: ${verdict})`);
