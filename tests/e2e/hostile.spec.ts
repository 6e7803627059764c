/**
 * Small hostile files on the pages that read PDFs: a 2 MB PDF whose embedded file inflates to
 * 2 GB, and a PDF whose report data holds one 50 MB word. Each gets a Dutch message, and nothing
 * stored changes. How long it took and the longest moment the page did not answer are printed
 * (figures, not assertions: on this machine they were well under 3 s and 1 s when it was quiet).
 */
import { test, expect, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { createDeflate, deflateSync } from 'node:zlib';
import { PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { islandsReady } from './support/islands';

/** Deflates `total` zero bytes in chunks (never holds them in memory at once). */
async function zeroBomb(total: number): Promise<Uint8Array> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => deflate.on('end', r));
  const chunk = Buffer.alloc(64 * 1024 * 1024);
  for (let left = total; left > 0; left -= chunk.length) {
    if (!deflate.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return new Uint8Array(Buffer.concat(out));
}

/** A one-page PDF with `deflated` as its embedded "verslag.json" (no declared size). */
async function pdfWithAttachment(deflated: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const ctx = doc.context;
  const stream = PDFRawStream.of(ctx.obj({ Type: 'EmbeddedFile', Subtype: 'application/json', Filter: 'FlateDecode', Length: deflated.length }), deflated);
  const spec = ctx.obj({ Type: 'Filespec', F: PDFString.of('verslag.json'), UF: PDFHexString.fromText('verslag.json'), EF: ctx.obj({ F: ctx.register(stream) }) });
  doc.catalog.set(PDFName.of('Names'), ctx.obj({ EmbeddedFiles: ctx.obj({ Names: [PDFHexString.fromText('verslag.json'), ctx.register(spec)] }) }));
  return doc.save({ useObjectStreams: false });
}

/** Resolves how long the page took to answer a tiny script, sampled while a file is read. */
async function worstPause(page: Page, during: Promise<unknown>): Promise<number> {
  let worst = 0;
  let busy = true;
  void during.finally(() => (busy = false));
  while (busy) {
    const t = Date.now();
    await page.evaluate(() => 1);
    worst = Math.max(worst, Date.now() - t);
    await new Promise((r) => setTimeout(r, 50));
  }
  return worst;
}

test.describe('hostile PDFs', () => {
  test.slow(); // building a 2 GB bomb takes a few seconds of CPU in the test itself
  let bombPath = '';
  let wordPath = '';

  test.beforeAll(async ({}, info) => {
    bombPath = info.outputPath('bom.pdf');
    writeFileSync(bombPath, await pdfWithAttachment(await zeroBomb(2 * 1024 ** 3)));
    const word = 'a'.repeat(50 * 1024 * 1024);
    const json = `{"format":"gesprekswijzer","kind":"verslag","version":2,"id":"x","data":{"employeeName":"${word}"}}`;
    wordPath = info.outputPath('woord.pdf');
    writeFileSync(wordPath, await pdfWithAttachment(new Uint8Array(deflateSync(Buffer.from(json)))));
  });

  for (const [name, file, message] of [
    ['2 GB uitgepakt', () => bombPath, /uitgepakt groter dan 5 MB/],
    ['een woord van 50 MB', () => wordPath, /uitgepakt groter dan 5 MB/],
  ] as const) {
    test(`/controleren/: ${name} gives a Dutch message`, async ({ page }) => {
      await page.goto('/controleren/');
      await islandsReady(page);
      const start = Date.now();
      await page.getByLabel('Kies de PDF van het verslag').setInputFiles(file());
      const shown = expect(page.locator('.verify-output')).toContainText(message, { timeout: 30_000 });
      const pause = await worstPause(page, shown.catch(() => undefined));
      await expect(page.locator('.verify-output')).toContainText(message);
      console.log(`/controleren/ ${name}: message after ${Date.now() - start} ms; longest pause ${pause} ms`);
    });

    test(`/verslag/: ${name} gives a Dutch message and changes nothing`, async ({ page }) => {
      await page.goto('/verslag/');
      await islandsReady(page);
      await page.getByLabel('Naam van de medewerker').fill('Anouk');
      await expect(page.locator('.save-state')).toContainText('Opgeslagen');
      const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
      const start = Date.now();
      await page.locator('.doc-actions input[type=file]').setInputFiles(file());
      await expect(page.getByText(message)).toBeVisible();
      console.log(`/verslag/ ${name}: message after ${Date.now() - start} ms`);
      expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
      await expect(page.getByLabel('Naam van de medewerker')).toHaveValue('Anouk');
    });
  }
});
