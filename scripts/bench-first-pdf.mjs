#!/usr/bin/env node
// First-PDF benchmark: how long a person on a slow phone waits from the click on "Download PDF"
// to the download, on /verslag/ and /voorbereiden/medewerker/. Chromium (Playwright) with CDP
// throttling: 400 ms round trip, 400 kbit/s down and up, CPU 4× slower, a fresh browser context
// per run (cold cache), served by a small gzip-serving static server over dist/.
// Two cases per page:
//   cold    the page is loaded and hydrated, then the button is clicked (no typing before)
//   typing  10 s of typing in the form first (the engine and fonts are prefetched meanwhile)
// Prints the median of the runs and the bytes fetched by kind (after the click, and during the
// typing). Prints figures only; tests do not assert timings.
// Usage: node scripts/bench-first-pdf.mjs [--dist dist] [--runs 3] [--no-typing]
import { statSync } from 'node:fs';
import { chromium } from 'playwright';
import { arg, chromiumForBench } from './bench-setup.mjs';
import { startGzipServer } from './gzip-server.mjs';

const dist = arg('--dist', 'dist');
const runs = Math.max(1, Number(arg('--runs', '3')));
const withTyping = !process.argv.includes('--no-typing');
const THROTTLE = { latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

const executablePath = chromiumForBench('bench-first-pdf', dist);

// ---------- a static server that gzips like a typical host ----------
const server = await startGzipServer(dist);
const origin = server.origin;

// ---------- the pages ----------
const PAGES = [
  {
    path: '/verslag/',
    button: 'Download PDF',
    // Content without typing: the example report (a button, not an input event).
    prepare: async (page) => page.getByRole('button', { name: 'Voorbeeld laden' }).click(),
    typeInto: (page) => page.locator('form textarea').first(),
  },
  {
    path: '/voorbereiden/medewerker/',
    button: 'Download als PDF',
    prepare: async () => {},
    typeInto: (page) => page.locator('form textarea').first(),
  },
];

function kindOf(url) {
  const p = new URL(url).pathname;
  if (/\/fonts\/.+\.ttf$/.test(p)) return 'fonts';
  if (/\/fonts\/.+\.json$/.test(p)) return 'font metrics';
  if (p.endsWith('.js')) return 'js';
  if (p.endsWith('.css')) return 'css';
  if (p.endsWith('.html') || p.endsWith('/')) return 'html';
  return 'other';
}

async function run(browser, spec, typing) {
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' }) // a first visit: nothing cached by the service worker yet;
  const page = await context.newPage();
  // In the page: when the button was clicked and when the PDF file was handed to the browser
  // (URL.createObjectURL in downloadFile), without the test driver's own delays.
  await page.addInitScript(() => {
    const w = window;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj) => {
      w.__pdfReadyAt ??= performance.now();
      return create(obj);
    };
    document.addEventListener('click', () => (w.__clickAt ??= performance.now()), true);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...THROTTLE });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const urls = new Map();
  const bytes = [];
  let phase = 'load';
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId);
    if (url && !url.startsWith('data:') && !url.startsWith('blob:')) bytes.push({ phase, kind: kindOf(url), url, size: e.encodedDataLength });
  });
  page.setDefaultTimeout(120_000);
  await page.goto(origin + spec.path, { waitUntil: 'load' });
  // Hydrated and the stored document loaded: the form is no longer locked.
  await page.locator('fieldset.form-lock:not([disabled])').first().waitFor();
  await spec.prepare(page);
  await page.waitForLoadState('networkidle');
  if (typing) {
    phase = 'typing';
    const field = spec.typeInto(page);
    await field.click();
    const end = Date.now() + 10_000;
    const words = 'we plannen samen de week en bespreken wat beter kan in het team ';
    let i = 0;
    while (Date.now() < end) {
      await page.keyboard.type(words[i % words.length]);
      i++;
      await page.waitForTimeout(60);
    }
  }
  // A person stops typing and moves to the button: let the page finish handling the keystrokes
  // (autosave, checks) first, so that the time below is the PDF's, not the form's backlog.
  await page.evaluate(() => new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(() => resolve(undefined), { timeout: 5000 })));
  await page.waitForTimeout(500);
  phase = 'click';
  const button = page.getByRole('button', { name: spec.button });
  await button.scrollIntoViewIfNeeded();
  const clickAt = await page.evaluate(() => {
    window.__clickAt = undefined;
    window.__pdfReadyAt = undefined;
    return performance.now();
  });
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const ms = Date.now() - t0;
  const inPageMs = await page.evaluate(() => (window.__pdfReadyAt ?? NaN) - (window.__clickAt ?? NaN));
  // When the last file needed after the click had arrived (the rest is work on the CPU).
  const networkMs = await page.evaluate(
    (since) => Math.max(0, ...performance.getEntriesByType('resource').filter((e) => e.startTime >= since - 1).map((e) => e.responseEnd - since)),
    clickAt,
  );
  const path = await download.path();
  const pdfBytes = path ? statSync(path).size : 0;
  await context.close();
  return { ms, inPageMs, networkMs, pdfBytes, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const browser = await chromium.launch({ executablePath, args: ['--disable-gpu'] });
console.log(`First PDF on a slow phone: ${THROTTLE.latency} ms RTT, 400 kbit/s, CPU ${CPU_SLOWDOWN}× slower, cold cache; ${runs} runs per case, median (server: ${dist}/, gzip)`);
try {
  for (const spec of PAGES) {
    for (const typing of withTyping ? [false, true] : [false]) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await run(browser, spec, typing));
      const ms = median(results.map((r) => r.ms));
      const last = results[results.length - 1];
      const sum = (phase) => {
        const by = new Map();
        for (const b of last.bytes.filter((x) => x.phase === phase)) by.set(b.kind, (by.get(b.kind) ?? 0) + b.size);
        const total = [...by.values()].reduce((a, b) => a + b, 0);
        return total ? `${kb(total)} (${[...by].map(([k, v]) => `${k} ${kb(v)}`).join(', ')})` : 'nothing';
      };
      console.log(
        `${spec.path.padEnd(27)} ${typing ? 'after 10 s typing' : 'cold click       '}  ${(ms / 1000).toFixed(2).padStart(6)} s  ` +
          `(runs: ${results.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s; in the page, click → file: ${(median(results.map((r) => r.inPageMs)) / 1000).toFixed(2)} s; ` +
          `last file arrived after ${(median(results.map((r) => r.networkMs)) / 1000).toFixed(2)} s; PDF ${kb(last.pdfBytes)})`,
      );
      if (typing) console.log(`${''.padEnd(29)}fetched while typing: ${sum('typing')}`);
      console.log(`${''.padEnd(29)}fetched after the click: ${sum('click')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
