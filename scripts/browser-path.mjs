// Finds a Chromium binary that Playwright can drive, without downloading anything.
// Order: $CHROMIUM_PATH / $CHROME_PATH, Playwright's own download, system packages.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

export const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** @returns {string | undefined} */
export function findChromium() {
  for (const v of [process.env.CHROMIUM_PATH, process.env.CHROME_PATH]) if (v && existsSync(v)) return v;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* Playwright has no browser of its own here */
  }
  return SYSTEM_CANDIDATES.find((p) => existsSync(p));
}

/** For playwright.config.ts: the path, or undefined to let Playwright complain clearly. */
export function chromiumPath() {
  return findChromium();
}
