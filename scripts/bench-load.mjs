#!/usr/bin/env node
// What a slow phone does while a form page opens: Chromium with the CPU 4× slower (CDP), a fresh
// browser context per run, the build served gzipped. Per page, the median over the runs of:
//   blocking  the sum over long tasks after first paint of their time above 50 ms (like TBT)
//   longest   the longest task after first paint
//   ready     when the form can be typed in (unlocked), or when the islands have hydrated
//   CLS       layout shift during load
// Lighthouse's simulated mode scores these pages from 76 to 97 from one run to the next on a
// 2-core machine, so this measures in the browser itself. Prints figures; asserts nothing.
//   node scripts/bench-load.mjs [--dist dist] [--runs 5] [--slow-network] [/verslag/ …]
// --slow-network adds a slow phone connection (400 ms round trip, 400 kbit/s, as bench-first-pdf):
// then "ready" also shows how long the page's scripts take to arrive.
import { chromium } from 'playwright';
import { arg, chromiumForBench } from './bench-setup.mjs';
import { startGzipServer } from './gzip-server.mjs';

const dist = arg('--dist', 'dist');
const runs = Math.max(1, Number(arg('--runs', '5')));
const given = process.argv.slice(2).filter((a, i, all) => a.startsWith('/') && all[i - 1] !== '--dist');
const pages = given.length ? given : ['/verslag/', '/voorbereiden/medewerker/', '/voorbereiden/leidinggevende/', '/team/', '/controleren/'];
const slowNetwork = process.argv.includes('--slow-network');
const executablePath = chromiumForBench('bench-load', dist);

const server = await startGzipServer(dist);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once(path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (slowNetwork) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 });
  }
  await page.addInitScript(() => {
    const w = window;
    w.__tasks = [];
    w.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) w.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0 && !document.querySelector('fieldset.form-lock:disabled'), null, { timeout: 60_000 });
  const ready = await page.evaluate(() => performance.now());
  await page.waitForTimeout(2500); // late work (idle callbacks, timers) counts too
  const r = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const after = window.__tasks.filter(([s]) => s >= fcp);
    return { fcp, blocking: after.reduce((n, [, d]) => n + Math.max(0, d - 50), 0), longest: Math.max(0, ...after.map(([, d]) => d)), cls: window.__cls };
  });
  await context.close();
  return { ...r, ready };
}

console.log(`bench-load: ${dist}/, CPU 4×${slowNetwork ? ', 400 ms round trip, 400 kbit/s' : ''}, ${runs} runs per page, medians`);
for (const path of pages) {
  const rs = [];
  for (let i = 0; i < runs; i++) rs.push(await once(path));
  const f = (k) => Math.round(median(rs.map((r) => r[k])));
  console.log(
    `  ${path.padEnd(30)} blocking ${String(f('blocking')).padStart(4)} ms  longest ${String(f('longest')).padStart(4)} ms  ready ${String(f('ready')).padStart(5)} ms  ` +
      `CLS ${median(rs.map((r) => r.cls)).toFixed(3)}  (blocking per run: ${rs.map((r) => Math.round(r.blocking)).join(', ')})`,
  );
}
await browser.close();
server.close();
