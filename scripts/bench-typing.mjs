#!/usr/bin/env node
// Keystroke latency in a big report (200 agreements, about 70,000 characters) on /verslag/, in
// Chromium: from the key's input event to the next painted frame, for 60 keystrokes in the
// middle of the form. Prints median and p95. Needs a build (npm run build).
import { chromium } from 'playwright';
import { chromiumPath } from './browser-path.mjs';
import { startGzipServer } from './gzip-server.mjs';

// A static server of its own (not `astro preview`: Astro 7 allows one preview server per project,
// and a killed `npx astro preview` left its child running, which then blocked Lighthouse and the e2e tests).
const server = await startGzipServer('dist');
const base = server.origin;

const agreement = (i) => ({
  id: `a${i}`,
  what: `Afspraak ${i}: ${'de medewerker volgt een korte opleiding en past het geleerde toe in de winkel '.repeat(2)}`,
  owner: 'employee',
  ownerName: '',
  due: '2027-03-01',
  measure: `Na ${i % 12 + 1} weken nagekeken in het overleg`,
  support: 'De zaak betaalt',
});
const report = { employeeName: 'Groot Verslag', managerName: 'Test', talkDate: '2026-11-20', employeeView: 'x'.repeat(5000), agreements: Array.from({ length: 200 }, (_, i) => agreement(i)) };
const env = { format: 'gesprekswijzer', kind: 'verslag', version: 2, id: 'bench0000000001', name: 'Groot', createdAt: '', updatedAt: '', rev: 1, data: report };

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.goto(`${base}/privacy/`);
  await page.evaluate((e) => {
    localStorage.setItem(`gw:doc:verslag:${e.id}`, JSON.stringify(e));
    localStorage.setItem('gw:actief:verslag', e.id);
  }, env);
  if (process.env.EXTRA_CSS) await page.addInitScript((css) => document.addEventListener('DOMContentLoaded', () => { const st = document.createElement('style'); st.textContent = css; document.head.append(st); }), process.env.EXTRA_CSS);
  if (process.env.NO_FIELD_SIZING) await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => { const st = document.createElement('style'); st.textContent = 'textarea{field-sizing:fixed !important}'; document.head.append(st); }));
  await page.goto(`${base}/verslag/`);
  await page.waitForSelector('#veld-agreements-199-what');
  const chars = JSON.stringify(report).length;
  const field = page.locator('#veld-agreements-100-what');
  await field.scrollIntoViewIfNeeded();
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    window.__lat = [];
    document.addEventListener('input', (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0), 0));
    }, true);
  });
  for (let i = 0; i < 60; i++) await page.keyboard.type('a', { delay: 60 });
  await page.waitForTimeout(500);
  const lat = (await page.evaluate(() => window.__lat)).sort((a, b) => a - b);
  if (process.env.PROFILE) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
    for (let i = 0; i < 20; i++) await page.keyboard.type('b', { delay: 60 });
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms ${k}`).join('\n'));
  }
  const q = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))];
  console.log(`Toetsaanslag in een verslag met 200 afspraken (${Math.round(chars / 1000)}k tekens): mediaan ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, slechtste ${lat.at(-1).toFixed(1)} ms over ${lat.length} toetsen`);
} finally {
  await browser.close();
  server.close();
}
