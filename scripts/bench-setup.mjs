// What the browser benchmarks (bench-load, bench-first-pdf) share: reading `--name value`
// arguments, and skipping (exit 0, with a line saying why) when there is no build or no Chromium.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './browser-path.mjs';

/** The value after `name` on the command line, or `fallback`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};

/** The Chromium to drive; exits the benchmark (successfully) when it cannot run. */
export function chromiumForBench(bench, dist) {
  const executablePath = findChromium();
  if (!existsSync(join(dist, 'index.html'))) {
    console.log(`${bench}: no build in ${dist}/ (run npm run build first); skipped`);
    process.exit(0);
  }
  if (!executablePath) {
    console.log(`${bench}: no Chromium found (set CHROMIUM_PATH); skipped`);
    process.exit(0);
  }
  return executablePath;
}
