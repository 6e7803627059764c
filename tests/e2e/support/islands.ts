import type { Page } from '@playwright/test';

/**
 * Waits until every Astro island on the page has hydrated (Astro drops the `ssr` attribute then)
 * and every form is unlocked: a form comes alive section by section after hydration and stays
 * locked until then (src/islands/ui/Later.tsx).
 */
export async function islandsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0 && !document.querySelector('fieldset.form-lock:disabled'));
}
