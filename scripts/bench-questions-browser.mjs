// Browser part of the question bank benchmark (imported by bench-questions.mjs).
//
// Serves dist/ (gzip-server.mjs), opens /vragen/ in Chromium (Playwright),
// slows the CPU 4× (CDP Emulation.setCPUThrottlingRate) and types queries one key
// at a time, 250 ms apart. Per keystroke it measures:
// - keydown → the frame that shows the typed character (requestAnimationFrame, then
//   the next task);
// - keydown → the frame that shows the new results (the first visible change to the
//   bank's DOM after the key, then requestAnimationFrame and the next task; the status
//   line for screen readers is visually hidden and does not count);
// - the main thread's work the key sets off (thread time of the key's task and the
//   tasks that follow it without a 50 ms pause, from a Chromium trace; it counts
//   the CPU slow-down but not time spent waiting for other processes).
// The wall times come from a pass without a tracer (a trace records every task and
// event on the main thread, which adds 2-3 ms to each frame at CPU 4×); the thread
// times from a second, traced pass over the same keys in a fresh page.
// On a busy machine all of these grow: compare runs made back to back, e.g. with
// another build: node -e "import('./scripts/bench-questions-browser.mjs').then((m) => m.benchKeystrokes('other/dist'))".
// Clearing the query (select all + Backspace, and the "Wis zoeken en filters"
// button) is measured the same way. Prints figures only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { findChromium } from './browser-path.mjs';
import { startGzipServer } from './gzip-server.mjs';

const QUERIES = ['werkdruk', 'opleidng', 'samenwerking', 'thuiswerk', 'loon'];
const RATE = Number(process.env.BENCH_CPU_RATE ?? 4);

const pct = (a, p) => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))] ?? NaN;
};
const ms = (n) => `${n.toFixed(1)} ms`;

/**
 * Per keydown, sums the thread (CPU) time of the renderer main thread's tasks that
 * the key sets off, from a Chromium trace. Thread time does not grow while the
 * thread waits for a busy machine, so it is steadier than wall time on a shared box.
 */
function mainThreadCpuPerInput(trace) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return { keys: [], clears: [] };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const keys = onMain
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const all = onMain
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && typeof e.tdur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Top-level tasks only: a task inside another one is already counted.
  const tasks = [];
  let until = -Infinity;
  for (const t of all) {
    if (t.ts < until) continue;
    tasks.push(t);
    until = t.ts + t.dur;
  }
  // The work a key causes: the task that dispatches it and the tasks that follow
  // without a pause of IDLE_GAP or more (the frame, the results render and its
  // frame). A later, unrelated task (the caret blinking, a timer) is not counted.
  const IDLE_GAP = 50_000; // µs
  const per = keys.map((start, i) => {
    const end = keys[i + 1] ?? Infinity;
    let sum = 0;
    let last = -Infinity;
    for (const t of tasks) {
      if (t.ts + t.dur < start || t.ts >= end) continue;
      if (last !== -Infinity && t.ts - last >= IDLE_GAP) break;
      sum += t.tdur;
      last = Math.max(last, t.ts + t.dur);
    }
    return sum / 1000;
  });
  // Every query is followed by Control+A (a keydown) and Backspace (the clear).
  const clears = [];
  const typed = [];
  let k = 0;
  for (const q of QUERIES) {
    typed.push(...per.slice(k, k + q.length));
    k += q.length;
    k += 1; // Control (keydown of the modifier)
    k += 1; // A
    if (per[k] !== undefined) clears.push(per[k]);
    k += 1;
  }
  return { keys: typed, clears };
}

/**
 * Opens /vragen/, types QUERIES one key at a time at CPU RATE×, clears each with select all +
 * Backspace, then searches and clears with the reset button. With `trace` ({}), records a
 * Chromium trace of it into trace.json.
 */
async function typeQueries(browser, origin, trace) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__frames = [];
    w.__results = [];
    w.__listShown = [];
    w.__events = [];
    /** Calls `done` with the time since `t0` once the next frame has been rendered. */
    const afterFrame = (t0, done) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => done(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    let pending = null;
    addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        pending = { t0, seen: false };
        afterFrame(t0, (ms) => w.__frames.push(ms));
      },
      true,
    );
    addEventListener('DOMContentLoaded', () => {
      // The full list is back (after clearing the query) when its element is shown again.
      const list = document.getElementById('qb-resultaten');
      if (list) {
        new MutationObserver(() => {
          const p = pending;
          if (!p || p.listShown || list.hidden) return;
          p.listShown = true;
          afterFrame(p.t0, (ms) => w.__listShown.push(ms));
        }).observe(list, { attributes: true, attributeFilter: ['hidden'] });
      }
      const root = document.getElementById('qb');
      if (!root) return;
      new MutationObserver((records) => {
        const p = pending;
        if (!p || p.seen) return;
        // What the eye sees: the status line for screen readers (visually hidden) does not count.
        const seenChange = records.some((r) => !(r.target instanceof Element ? r.target : r.target.parentElement)?.closest('.visually-hidden'));
        if (!seenChange) return;
        p.seen = true;
        afterFrame(p.t0, (ms) => w.__results.push(ms));
      }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'class'] });
    });
    addEventListener(
      'pointerdown',
      () => {
        const t0 = performance.now();
        pending = { t0, seen: false };
        w.__clickFrame = new Promise((resolve) => {
          // The click follows pointerup; measure until the frame after the click.
          addEventListener(
            'click',
            () =>
              requestAnimationFrame(() => {
                const ch = new MessageChannel();
                ch.port1.onmessage = () => resolve(performance.now() - t0);
                ch.port2.postMessage(0);
              }),
            { once: true, capture: true },
          );
        });
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__events.push({ name: e.name, duration: e.duration, processing: e.processingEnd - e.processingStart });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await page.goto(`${origin}/vragen/`);
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  const box = page.getByRole('searchbox', { name: 'Zoek een vraag' });
  await box.focus();
  // Let the lazy search code load before timing.
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });

  const typed = [];
  const typedResults = [];
  const cleared = [];
  const longEvents = [];
  if (trace) await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', '__metadata'] });
  for (const q of QUERIES) {
    await page.evaluate(() => {
      /** @type {any} */ (window).__frames = [];
      /** @type {any} */ (window).__results = [];
      /** @type {any} */ (window).__events = [];
    });
    for (const ch of q) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(250);
    }
    typed.push(...(await page.evaluate(() => /** @type {any} */ (window).__frames)));
    typedResults.push(...(await page.evaluate(() => /** @type {any} */ (window).__results)));
    // Clear: select all, Backspace.
    await page.evaluate(() => {
      /** @type {any} */ (window).__frames = [];
    });
    await page.keyboard.press('Control+A');
    await page.waitForTimeout(150);
    await page.evaluate(() => {
      /** @type {any} */ (window).__frames = [];
      /** @type {any} */ (window).__listShown = [];
    });
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(600);
    cleared.push(...(await page.evaluate(() => /** @type {any} */ (window).__listShown)).slice(0, 1));
    longEvents.push(...(await page.evaluate(() => /** @type {any} */ (window).__events)));
  }
  // Clear with the reset button after a search.
  await page.keyboard.type('stress');
  await page.waitForTimeout(600);
  const reset = page.getByRole('button', { name: 'Wis zoeken en filters' }).first();
  await page.evaluate(() => {
    /** @type {any} */ (window).__listShown = [];
  });
  await reset.click();
  await page.waitForTimeout(600);
  const resetMs = await page.evaluate(() => /** @type {any} */ (window).__listShown[0] ?? /** @type {any} */ (window).__clickFrame);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  if (trace) trace.json = JSON.parse((await browser.stopTracing()).toString());
  await page.close();
  return { typed, typedResults, cleared, longEvents, resetMs };
}

export async function benchKeystrokes(dist = 'dist') {
  console.log(`Keystrokes:         ${dist}/vragen/ (wall times depend on how busy the machine is; compare runs made back to back)`);
  if (!existsSync(join(dist, 'vragen', 'index.html'))) {
    console.log('Keystrokes:         skipped (no dist/vragen/index.html: run the build first)');
    return;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('Keystrokes:         skipped (no Chromium found)');
    return;
  }
  const server = await startGzipServer(dist);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    // Two passes over the same keys, each in a fresh page: the first measures what the user
    // waits for (wall times, no tracer running: tracing every task and event on the main thread
    // adds 2-3 ms to each frame at CPU 4x); the second records a trace for the thread times.
    const { typed, typedResults, cleared, longEvents, resetMs } = await typeQueries(browser, server.origin, null);
    const trace = {};
    const traced = await typeQueries(browser, server.origin, trace);
    const cpu = mainThreadCpuPerInput(trace.json);

    const maxEvent = longEvents.reduce((m, e) => Math.max(m, e.duration), 0);
    console.log(`Keystrokes at CPU ${RATE}×, ${typed.length} keys typing ${QUERIES.map((q) => `"${q}"`).join(', ')}:`);
    console.log(
      `  key → character painted:  median ${ms(pct(typed, 0.5))}, p95 ${ms(pct(typed, 0.95))}, worst ${ms(Math.max(...typed))} ` +
        `(while tracing, second pass: median ${ms(pct(traced.typed, 0.5))})`,
    );
    if (typedResults.length > 0) {
      console.log(
        `  key → results painted:    median ${ms(pct(typedResults, 0.5))}, p95 ${ms(pct(typedResults, 0.95))}, worst ${ms(Math.max(...typedResults))} (${typedResults.length} keys that changed the page)`,
      );
    }
    console.log(
      `  clearing the query:       Backspace on a selected query → full list painted: median ${ms(pct(cleared, 0.5))}, worst ${ms(Math.max(...cleared))}; ` +
        `"Wis zoeken en filters": ${ms(resetMs)} (pointerdown → painted)`,
    );
    if (cpu.keys.length > 0) {
      console.log(
        `  all work a key sets off:  median ${ms(pct(cpu.keys, 0.5))}, p95 ${ms(pct(cpu.keys, 0.95))}, worst ${ms(Math.max(...cpu.keys))}; ` +
          `clearing worst ${ms(Math.max(...cpu.clears))} (thread time of the tasks a key sets off, from a trace: includes the CPU slow-down, not the time spent waiting for other processes)`,
      );
    }
    console.log(
      `  Event Timing:             ${longEvents.length} key events of 16 ms or more` + (longEvents.length ? ` (longest ${ms(maxEvent)}, includes presentation)` : ''),
    );
  } finally {
    await browser.close();
    server.close();
  }
}
