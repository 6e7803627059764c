#!/usr/bin/env node
// Lighthouse (mobile) against the local production preview: the home page and
// one page of each journey. Prints the four category scores per page.
//   npm run lighthouse            (builds first)
//   npm run lighthouse -- --no-build /gids/ /vragen/
//   npm run lighthouse -- --no-build --save bench-results/lighthouse /verslag/   (keeps the full reports)
//   npm run lighthouse -- --no-build --runs 5 /verslag/   (single runs vary a lot on a small machine:
//                                                          prints each run and the median, after one warm-up run)
//   npm run lighthouse -- --no-build --runs 5 --block-js /verslag/   (the same page with its
//        JavaScript files blocked: what layout and paint of the HTML alone cost)
//   npm run lighthouse -- --no-build --runs 5 --cpu-slowdown 10 /verslag/   (Lighthouse scales the
//        main-thread work it sees by 4 for a phone; a larger factor shows the scores on a machine
//        that is that much slower than this one: 10 = 2.5× slower)
import { execSync, spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as lighthouseConstants from 'lighthouse/core/config/constants.js';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from './browser-path.mjs';

const args = process.argv.slice(2);
const saveDir = args.includes('--save') ? args[args.indexOf('--save') + 1] : undefined;
const runs = args.includes('--runs') ? Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 1) : 1;
const blockJs = args.includes('--block-js');
const cpuSlowdown = args.includes('--cpu-slowdown') ? Number(args[args.indexOf('--cpu-slowdown') + 1]) : undefined;
const paths = args.filter((a) => a.startsWith('/') && a !== saveDir);
const pages = paths.length ? paths : ['/', '/gids/zeven-fasen/', '/vragen/', '/voorbereiden/medewerker/', '/verslag/'];
const port = 4329;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

if (!args.includes('--no-build')) execSync('npx astro build', { stdio: 'ignore', env });
const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let serverOutput = '';
server.stdout.on('data', (d) => (serverOutput += d));
server.stderr.on('data', (d) => (serverOutput += d));
let serverExited = false;
server.on('exit', () => (serverExited = true));
const stopServer = () => { try { process.kill(-server.pid); } catch { /* already gone */ } };
process.on('exit', stopServer);

const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
  if (serverExited || i > 100) {
    // Astro 7 allows one preview server per project: stop the other one (`npx astro preview stop`) and try again.
    console.error(`lighthouse: de preview-server startte niet.\n${serverOutput.trim()}`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 300));
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const results = [];
try {
  for (const path of pages) {
    const lhrs = [];
    // With --runs, one extra run first that does not count: the first run after the server starts
    // is the slowest by far here (cold caches), which would pull the median.
    for (let run = runs > 1 ? -1 : 0; run < runs; run++) {
      const { lhr } = await lighthouse(`${base}${path}`, {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, formFactor: 'mobile',
        ...(blockJs ? { blockedUrlPatterns: ['*.js'] } : {}),
        ...(cpuSlowdown ? { throttling: { ...lighthouseConstants.throttling.mobileSlow4G, cpuSlowdownMultiplier: cpuSlowdown } } : {}),
      });
      if (run >= 0) lhrs.push(lhr);
    }
    // The run with the median performance score stands for the page; the others are listed.
    const byScore = [...lhrs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = byScore[Math.floor(byScore.length / 2)];
    if (saveDir) {
      const { mkdirSync, writeFileSync } = await import('node:fs');
      mkdirSync(saveDir, { recursive: true });
      writeFileSync(`${saveDir}/${path.replace(/\W+/g, '_') || 'home'}.json`, JSON.stringify(lhr, null, 1));
    }
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    results.push({ path, ...scores });
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
    const ms = (l, id) => Math.round(l.audits[id]?.numericValue ?? 0);
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const spread = runs > 1
      ? `\n   ${runs} runs: perf ${lhrs.map((l) => Math.round((l.categories.performance?.score ?? 0) * 100)).join('/')}  TBT ${lhrs.map((l) => ms(l, 'total-blocking-time')).join('/')} ms` +
        `  (medians: TBT ${median(lhrs.map((l) => ms(l, 'total-blocking-time')))} ms, FCP ${median(lhrs.map((l) => ms(l, 'first-contentful-paint')))} ms, LCP ${median(lhrs.map((l) => ms(l, 'largest-contentful-paint')))} ms)` +
        `  (run with the median score: TBT ${ms(lhr, 'total-blocking-time')} ms, FCP ${ms(lhr, 'first-contentful-paint')} ms, LCP ${ms(lhr, 'largest-contentful-paint')} ms)`
      : '';
    console.log(`${path.padEnd(30)} perf ${scores.performance}  a11y ${scores.accessibility}  best ${scores['best-practices']}  seo ${scores.seo}${blockJs ? '  (JS geblokkeerd)' : ''}` + spread + (failing.length ? `\n   te verbeteren: ${failing.map((a) => a.id).join(', ')}` : ''));
  }
} finally {
  chrome.kill();
  stopServer();
}
