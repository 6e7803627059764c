/**
 * Offline after one visit: the service worker (dist/sw.js) keeps every page, island, the
 * PDF code, the fonts and the fillable PDFs. The site is served by a test server that is
 * shut down after the first visit, and the browser is put offline: every page of the
 * sitemap then still opens with working islands, and the preparation sheet and the report
 * still become PDFs. Also: a new version is offered quietly and never reloads by itself.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { islandsReady } from './support/islands';
import { readPdfDownload, writeTemp } from './support/pdf';
import { NOINDEX_PATHS, sitemapPaths } from './support/sitemap';
import { startStaticServer } from './support/staticServer';

const PORT = 4338;
const ORIGIN = `http://localhost:${PORT}`;

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

/** The quiet notice: a polite live region, so a screen reader says it without interrupting. */
const updateNotice = (page: Page) => page.locator('[aria-live="polite"]').getByText('Er is een nieuwe versie van Gesprekswijzer.');

/** Waits until the service worker has stored every file and controls the page. */
async function offlineReady(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return (await caches.keys()).join(',');
  });
}

/** One visit while the host is up (and a check that the site can be installed); then the host goes away and the browser goes offline. */
async function visitOnceThenGoOffline(page: Page, context: BrowserContext): Promise<void> {
  const server = await startStaticServer({ port: PORT, root: 'dist' });
  try {
    await page.goto(`${ORIGIN}/`);
    expect(await offlineReady(page)).toMatch(/^gesprekswijzer-[0-9a-f]{16}$/);
    // Installable on a phone: Chromium's own check of the manifest, icons and service worker.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's contexts are incognito windows, where nothing installs; anything else is our fault.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: 'Gesprekswijzer', lang: 'nl', display: 'standalone' });
  } finally {
    await server.close();
  }
  await context.setOffline(true);
}

test('after one visit, every page opens without a network, with working islands', async ({ page, context }) => {
  test.setTimeout(300_000);
  await visitOnceThenGoOffline(page, context);
  for (const path of [...sitemapPaths(), ...NOINDEX_PATHS]) {
    const response = await page.goto(`${ORIGIN}${path}`);
    expect(response?.status(), path).toBe(200);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    await islandsReady(page);
  }
  // An address without its slash, and one that does not exist.
  await page.goto(`${ORIGIN}/verslag`);
  expect(page.url()).toBe(`${ORIGIN}/verslag/`);
  const missing = await page.goto(`${ORIGIN}/bestaat-niet/`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
});

test('after one visit, search, the sheet and report PDFs and the check work without a network', async ({ page, context }) => {
  test.setTimeout(300_000);
  await visitOnceThenGoOffline(page, context);

  // Search: the dialog code and the index come from the cache.
  await page.goto(`${ORIGIN}/gids/`);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('combobox', { name: /Zoek in de gids/ }).fill('verslag');
  await expect(page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option').first()).toBeVisible();

  // The preparation sheet, filled in and downloaded as PDF (PDF code and fonts from the cache).
  await page.goto(`${ORIGIN}/voorbereiden/medewerker/`);
  await islandsReady(page);
  await page.getByLabel('Je naam').fill('Łukasz Offline');
  await page.getByLabel('Datum van het gesprek').fill('2026-12-03');
  await page.getByLabel('Waar ben je trots op?').fill('Zonder internet ingevuld.');
  const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download.*PDF/ }).click()]);
  const sheetPdf = await readPdfDownload(sheet);
  expect(sheetPdf.text).toContain('Łukasz Offline');
  expect(sheetPdf.text).toContain('Zonder internet ingevuld.');

  // The fillable blank PDF.
  const [fillable] = await Promise.all([page.waitForEvent('download'), page.locator('a[href$="invulbaar.pdf"]').first().click()]);
  expect((await readPdfDownload(fillable)).pages).toBeGreaterThanOrEqual(1);

  // The report as PDF, then checked on /controleren/.
  await page.goto(`${ORIGIN}/verslag/`);
  await islandsReady(page);
  await page.getByLabel('Naam van de medewerker').fill('Zoë Offline');
  await page.getByLabel('Naam van de leidinggevende').fill('Jeroen Peeters');
  await page.getByLabel('Datum van het gesprek').fill('2026-11-20');
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download.*PDF/ }).click()]);
  const reportPdf = await readPdfDownload(report);
  expect(reportPdf.text).toContain('Zoë Offline');
  await page.goto(`${ORIGIN}/controleren/`);
  await islandsReady(page);
  await page.getByLabel('Kies de PDF van het verslag').setInputFiles(writeTemp('verslag.pdf', readFileSync(reportPdf.path)));
  await expect(page.locator('.verify-output')).toContainText(/getekend/);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'identical');
  // The check ran in the file worker (its code and the fonts it fetched came from the offline
  // cache), not on the main thread: a worker that failed to load would have been stopped.
  const worker = page.workers().find((w) => /fileWorker/.test(w.url()));
  expect(worker, 'the file worker runs').toBeTruthy();
  expect(await worker!.evaluate(() => typeof fetch)).toBe('function');
});

test('a new version is offered quietly and loads only when the visitor asks', async ({ page, context }) => {
  test.setTimeout(300_000);
  const original = readFileSync('dist/sw.js', 'utf8');
  const version = /"version":"([0-9a-f]+)"/.exec(original)?.[1];
  expect(version).toBeTruthy();
  let served = original;
  const server = await startStaticServer({
    port: PORT,
    root: 'dist',
    handle: (path) => (path === '/sw.js' ? { type: 'text/javascript; charset=utf-8', body: served } : undefined),
  });
  try {
    await page.goto(`${ORIGIN}/verslag/`);
    await offlineReady(page);
    await islandsReady(page);
    await expect(updateNotice(page)).toBeHidden();
    // A second tab, where someone is typing.
    const typing = await context.newPage();
    await typing.goto(`${ORIGIN}/verslag/`);
    await islandsReady(typing);
    await typing.getByLabel('Naam van de medewerker').fill('Nog aan het typen');
    await typing.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    // The host gets a new version; the browser finds it (as it does on a later visit).
    served = original.replace(`"version":"${version}"`, `"version":"${version!.slice(0, 8)}00000000"`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    // (The new version first stores every file: on a busy machine that takes a while.)
    await expect(updateNotice(page)).toBeVisible({ timeout: 120_000 });
    await expect(updateNotice(typing)).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

    // The visitor asks for it, by keyboard: this tab reloads into the new version…
    // Right after the skip link in the tab order.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Ga naar de inhoud' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Herladen' })).toBeFocused();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBeUndefined();
    await expect(updateNotice(page)).toBeHidden();
    expect(await page.evaluate(async () => (await caches.keys()).join(','))).toContain(`${version!.slice(0, 8)}00000000`);
    // …and the other tab keeps its text and its page, and says a new version is there.
    await typing.waitForTimeout(1000);
    expect(await typing.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await expect(typing.getByLabel('Naam van de medewerker')).toHaveValue('Nog aan het typen');
    await expect(updateNotice(typing)).toBeVisible();
  } finally {
    await server.close();
  }
});
