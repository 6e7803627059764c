/**
 * The PDF engine in the browser: it gives the same bytes as in Node (deterministic rendering, which
 * /controleren/ relies on), loads its fonts from the site only, fetches a larger font set only when
 * a text needs it, and prefetches the engine once someone starts typing.
 */
import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { reportModel } from '../fixtures/pdf.ts';
import { buildPdf } from '../../src/lib/pdf/index.ts';
import type { PdfDocumentModel } from '../../src/lib/pdf/model.ts';
import { nodeFontSource } from '../../src/lib/pdf/nodeFonts.ts';
import { islandsReady } from './support/islands';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A model as JSON (dates and bytes tagged), to hand to the page. */
function toJson(model: PdfDocumentModel): string {
  return JSON.stringify(model, (_k, v: unknown) => {
    if (v instanceof Uint8Array) return { $bytes: Array.from(v) };
    return v;
  }).replace(/"creationDate":"([^"]+)"/, '"creationDate":{"$date":"$1"}');
}

/** Renders models with the site's own loader (the chunk the sheet island imports); returns SHA-256 per model. */
async function renderInPage(page: Page, models: string[]): Promise<{ hashes: string[]; fonts: string[] }> {
  return page.evaluate(async (jsons) => {
    const loaderUrl = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((n) => /\/_astro\/loader\.[\w-]+\.js$/.test(n));
    if (!loaderUrl) throw new Error('loader chunk not loaded');
    const mod = (await import(loaderUrl)) as Record<string, unknown>;
    // Exports are minified: loadPdfEngine is the function that resolves to { buildPdf }.
    type Engine = { buildPdf(m: unknown): Promise<Uint8Array> };
    const candidates: Engine[] = [];
    for (const f of Object.values(mod)) {
      if (typeof f !== 'function' || f.length > 1) continue;
      try {
        const r: unknown = (f as () => unknown)();
        if (r instanceof Promise) {
          const v: unknown = await r;
          if (v && typeof (v as { buildPdf?: unknown }).buildPdf === 'function') candidates.push(v as Engine);
        }
      } catch {
        /* another export */
      }
    }
    const engine = candidates[0];
    if (!engine) throw new Error('loadPdfEngine not found');
    const hashes: string[] = [];
    for (const json of jsons) {
      const model = JSON.parse(json, (_k, v) => (v && v.$bytes ? new Uint8Array(v.$bytes) : v && v.$date ? new Date(v.$date) : v));
      const bytes = await engine.buildPdf(model);
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
      hashes.push(Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''));
    }
    const fonts = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/fonts/'));
    return { hashes, fonts };
  }, models);
}

test('the browser renders the same bytes as Node, and loads a larger font set only when needed', async ({ page }) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/voorbereiden/medewerker/');
  await islandsReady(page);
  const json = new TextEncoder().encode(JSON.stringify({ versie: 1, naam: 'Łukasz Nowak' }));
  const latin = reportModel(json);
  const world: PdfDocumentModel = {
    ...reportModel(),
    title: 'Ελένη, Олена, محمد',
    blocks: [{ type: 'paragraph', text: 'Ελένη Παπαδοπούλου, Олена Шевченко, محمد العلي, שרה כהן 😀 € 2.450' }, ...reportModel().blocks],
  };
  const node = [sha256(await buildPdf(latin, nodeFontSource())), sha256(await buildPdf(world, nodeFontSource()))];

  const first = await renderInPage(page, [toJson(latin)]);
  expect(first.hashes[0]).toBe(node[0]);
  // A Latin text needs only the common set.
  expect(first.fonts.filter((f) => f.endsWith('.ttf')).sort()).toEqual(['/fonts/dejavu-sans-bold-latin.ttf', '/fonts/dejavu-sans-latin.ttf']);

  const second = await renderInPage(page, [toJson(world)]);
  expect(second.hashes[0]).toBe(node[1]);
  expect(second.fonts.some((f) => f.endsWith('dejavu-sans-full.ttf'))).toBe(true);
  // Nothing from another origin.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
});

test('typing in a form prefetches the PDF engine and fonts', async ({ page }) => {
  await page.goto('/voorbereiden/medewerker/');
  await islandsReady(page);
  const fontRequest = page.waitForRequest((r) => /\/fonts\/dejavu-sans-latin\.ttf/.test(r.url()), { timeout: 30_000 });
  await page.getByLabel('Je naam').pressSequentially('Zoë');
  await fontRequest;
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/_astro\/build\.[\w-]+\.js$/.test(e.name))))
    .toBe(true);
});

test('a click fetches the engine and fonts beside the page’s PDF module, not after it', async ({ page }) => {
  // On a slow connection every round trip counts: the fonts must not wait until the page's own
  // PDF module has arrived. Hold that module back and watch when the common font is asked for.
  await page.goto('/voorbereiden/medewerker/');
  await islandsReady(page);
  let chunkReleasedAt = Infinity;
  await page.route(/\/_astro\/pdfChunk\.[\w-]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    chunkReleasedAt = Date.now();
    await route.continue();
  });
  let fontAskedAt = Infinity;
  page.on('request', (r) => {
    if (/\/fonts\/dejavu-sans-latin\.ttf(\?|$)/.test(r.url())) fontAskedAt = Math.min(fontAskedAt, Date.now());
  });
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Download als PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  expect(fontAskedAt).toBeLessThan(chunkReleasedAt);
});
