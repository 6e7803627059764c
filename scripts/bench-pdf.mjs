#!/usr/bin/env node
// Benchmark of the PDF engine (src/lib/pdf) in Node 24, which runs the TypeScript sources directly
// (type stripping). Usage: `npx node scripts/bench-pdf.mjs [runs]` from the project root.
// Prints median and worst generation time (after warm-up) and file size for the reference
// preparation sheet, the 10-page stress document, the 3-page report and the fillable sheet,
// writes the PDFs to bench-results/ and renders them to PNG when pdftoppm is available.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const engineDir = process.env.PDF_ENGINE_DIR ?? join(root, 'src/lib/pdf');
const { buildPdf, buildFillablePdf, readAttachment } = await import(join(engineDir, 'index.ts'));
const fx = await import(join(root, 'tests/fixtures/pdf.ts'));

const runs = Math.max(15, Number(process.argv[2]) || 25);
const warmup = 5;
// The fonts as the site serves them (public/fonts/, made by scripts/build-fonts.mjs). With
// PDF_ENGINE_DIR pointing at an older engine that takes raw TTF bytes, PDF_LEGACY_FONTS=1 passes those.
const fonts = process.env.PDF_LEGACY_FONTS
  ? {
      regular: new Uint8Array(readFileSync(join(root, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))),
      bold: new Uint8Array(readFileSync(join(root, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'))),
    }
  : (await import(join(engineDir, 'nodeFonts.ts'))).nodeFontSource();
const outDir = join(root, 'bench-results');
mkdirSync(outDir, { recursive: true });

const json = new TextEncoder().encode(JSON.stringify({ version: 1, fixture: 'report', agreements: 12 }));
const cases = [
  { name: 'preparation-sheet', target: { ms: 60, kb: 30 }, build: () => buildPdf(fx.preparationSheetModel(), fonts) },
  { name: 'report-12-agreements-2-signatures', target: { ms: 80, kb: 40 }, build: () => buildPdf(fx.reportModel(json), fonts) },
  { name: 'stress-10-pages', target: null, build: () => buildPdf(fx.stressModel(), fonts) },
  { name: 'fillable-sheet', target: null, build: () => buildFillablePdf(fx.fillableSheetModel(), fonts) },
];

const { PDFDocument } = await import('pdf-lib');
const pageCount = async (bytes) => (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();

console.log(`Node ${process.versions.node}, ${runs} runs after ${warmup} warm-up runs (the first call of the process also parses the fonts)\n`);
let failed = false;
for (const c of cases) {
  const cold0 = performance.now();
  let bytes = await c.build();
  const cold = performance.now() - cold0;
  for (let i = 1; i < warmup; i++) bytes = await c.build();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bytes = await c.build();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const worst = times[times.length - 1];
  const kb = bytes.length / 1024;
  const file = join(outDir, `${c.name}.pdf`);
  writeFileSync(file, bytes);
  let verdict = '';
  if (c.target) {
    const ok = median < c.target.ms && kb < c.target.kb;
    failed ||= !ok;
    verdict = ok ? `  OK (< ${c.target.ms} ms, < ${c.target.kb} KB)` : `  TOO SLOW/BIG (target < ${c.target.ms} ms, < ${c.target.kb} KB)`;
  }
  console.log(
    `${c.name.padEnd(36)} median ${median.toFixed(1).padStart(6)} ms  worst ${worst.toFixed(1).padStart(6)} ms  ` +
      `${kb.toFixed(1).padStart(6)} KB  ${String(await pageCount(bytes)).padStart(2)} pages  (first call ${cold.toFixed(0)} ms)${verdict}`,
  );
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(outDir, c.name)], { stdio: 'ignore' });
  } catch {
    /* pdftoppm not installed: no PNGs */
  }
}

const report = await buildPdf(fx.reportModel(json), fonts);
const back = await readAttachment(report, 'verslag.json');
const same = back && back.data.length === json.length && back.data.every((b, i) => b === json[i]);
console.log(`\nattachment round trip: ${same ? 'identical' : 'DIFFERENT'}`);
console.log(`PDFs and PNGs in ${outDir}`);
if (failed || !same) process.exitCode = 1;
