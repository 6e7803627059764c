/**
 * Nothing typed is lost and "Opgeslagen" is never said falsely: full storage (also after a
 * reload), blocked storage, and two tabs typing in the same report at the same time.
 */
import { test, expect, type Page } from '@playwright/test';

async function open(page: Page, path = '/verslag/') {
  await page.goto(path);
  await expect(page.locator('.save-state')).toContainText(/bewaard|Opgeslagen|Niet bewaard/);
}

/** Fills localStorage with junk until it is full; returns how many keys were added. */
async function fillStorage(page: Page) {
  return page.evaluate(() => {
    const block = 'x'.repeat(256 * 1024);
    let i = 0;
    try {
      for (; i < 400; i++) localStorage.setItem(`vulsel-${i}`, block);
    } catch {
      /* full */
    }
    // Top up with smaller pieces so that not even a small document fits any more.
    try {
      for (let j = 0; j < 2000; j++) localStorage.setItem(`vulsel-klein-${j}`, 'x'.repeat(1024));
    } catch {
      /* full */
    }
    return i;
  });
}

test('full storage: the message says so, nothing typed disappears, and after a reload the saved report is still there', async ({ page }) => {
  await open(page);
  await page.getByLabel('Naam van de medewerker').fill('Anouk Janssens');
  await expect(page.locator('.save-state')).toContainText('Opgeslagen');
  await fillStorage(page);
  await page.getByLabel('Wat vertelde de medewerker?').fill('Een lange tekst. '.repeat(4000));
  await expect(page.locator('.save-state')).toContainText('geen ruimte meer');
  await expect(page.locator('.save-state')).not.toContainText('Opgeslagen');
  await expect(page.getByLabel('Wat vertelde de medewerker?')).toHaveValue(/^Een lange tekst/);
  await page.reload();
  await expect(page.getByLabel('Naam van de medewerker')).toHaveValue('Anouk Janssens');
  await expect(page.locator('.notice', { hasText: 'cookies' })).toHaveCount(0);
  await page.getByLabel('Functie van de medewerker').fill('Boekhouder '.repeat(2000));
  await expect(page.locator('.save-state')).toContainText('geen ruimte meer');
});

test('two tabs on one report: different fields typed at the same time are both kept; the same field keeps both versions', async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  await a.getByLabel('Naam van de medewerker').fill('Zoë');
  await expect(a.locator('.save-state')).toContainText('Opgeslagen');
  const b = await context.newPage();
  // Tab B's storage events can be held back (window.holdStorage), to make a race certain below.
  await b.addInitScript(() => {
    const w = window as unknown as { holdStorage: boolean };
    w.holdStorage = false;
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, fn: EventListener, opts?: boolean | AddEventListenerOptions) =>
      add(type, type === 'storage' ? (e: Event) => { if (!w.holdStorage) fn(e); } : fn, opts)) as typeof window.addEventListener;
  });
  await open(b);
  await expect(b.getByLabel('Naam van de medewerker')).toHaveValue('Zoë');

  // Within the save delay, each tab types in another field.
  await a.getByLabel('Wat vertelde de medewerker?').fill('Uit tabblad A');
  await b.getByLabel('Verdieping en voorbeelden').fill('Uit tabblad B');
  await expect(a.locator('.save-state')).toContainText('Opgeslagen');
  await expect(b.locator('.save-state')).toContainText('Opgeslagen');
  await expect(a.getByLabel('Verdieping en voorbeelden')).toHaveValue('Uit tabblad B');
  await expect(b.getByLabel('Wat vertelde de medewerker?')).toHaveValue('Uit tabblad A');

  // Both tabs change the same field before either hears of the other (tab B's storage events are
  // held back, so the race does not depend on the machine's speed): B keeps its text when it saves,
  // and A's version becomes a separate document.
  await b.evaluate(() => { (window as unknown as { holdStorage: boolean }).holdStorage = true; });
  const stored = (p: Page, text: string) => p.waitForFunction((t) => Object.keys(localStorage).some((k) => k.startsWith('gw:doc:') && (localStorage.getItem(k) ?? '').includes(t)), text);
  await a.getByLabel('Organisatie').fill('Versie A');
  await stored(a, 'Versie A');
  await expect(b.getByLabel('Organisatie')).toHaveValue('');
  await b.getByLabel('Organisatie').fill('Versie B');
  await stored(b, 'Versie B');
  await b.evaluate(() => { (window as unknown as { holdStorage: boolean }).holdStorage = false; });
  await expect(b.locator('.notices').getByText('andere versie is bewaard als apart document')).toBeVisible();
  await expect(b.getByLabel('Organisatie')).toHaveValue('Versie B');
  await a.reload();
  // The list of documents is filled once the island has loaded them: wait for it, do not read it once.
  await expect(a.getByLabel('Open verslag').locator('option', { hasText: 'versie uit ander tabblad' })).toHaveCount(1);
});

test('blocked storage: the forms say nothing is kept, never "Opgeslagen"', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('De toegang is geweigerd', 'SecurityError'); } });
  });
  await open(page, '/voorbereiden/medewerker/');
  await page.getByLabel('Je naam').fill('Noor');
  await page.waitForTimeout(800);
  await expect(page.locator('.save-state')).toContainText('Niet bewaard');
  await expect(page.locator('.save-state')).not.toContainText('Opgeslagen');
});
