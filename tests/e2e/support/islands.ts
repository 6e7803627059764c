import type { Page } from '@playwright/test';

/** Waits until every Astro island on the page has hydrated (Astro drops the `ssr` attribute then). */
export async function islandsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}
