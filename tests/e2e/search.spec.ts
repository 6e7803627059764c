import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';

interface SearchRecord {
  t: string;
  h: string;
  s: string;
  k: 'gids' | 'faq' | 'vraag';
  p?: string;
  w?: string;
  x?: string;
}

const GUIDE_PAGE = '/gids/bouwstenen/';
const MAX_LOADER_GZIP = 2048;

const FAQ = readdirSync('content/faq')
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => ({ slug: f.replace(/\.ya?ml$/, ''), question: (parse(readFileSync(`content/faq/${f}`, 'utf8')) as { question: string }).question }));

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
const STOP = new Set('een het de van hoe wat wie mag moet kan ik je jij we als is zijn welke wanneer waarom er of en in op met voor bij aan dat die dit niet ook nog mijn jouw over tot zo'.split(' '));

/** The word of a question that the fewest index records contain (ties: the longest): a keyword a visitor might type. */
function keywordOf(question: string, index: SearchRecord[]): string {
  const haystacks = index.map((r) => ` ${fold([r.t, r.w, r.s, r.p, r.x].filter(Boolean).join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
  const words = question.split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length >= 4 && !STOP.has(w.toLowerCase()));
  const df = (w: string) => haystacks.filter((h) => h.includes(` ${fold(w)}`)).length;
  return words.map((w) => ({ w, n: df(w) })).sort((a, b) => a.n - b.n || b.w.length - a.w.length)[0]?.w ?? question;
}

const button = (page: Page) => page.getByRole('button', { name: 'Zoeken' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Zoeken op de site' });
const input = (page: Page) => page.getByRole('combobox', { name: /Zoek in de gids/ });
const options = (page: Page) => page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');

async function openWithSlash(page: Page) {
  await page.locator('body').press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(input(page)).toBeFocused();
}

async function search(page: Page, q: string) {
  await input(page).fill(q);
  await expect(page.getByRole('status').filter({ hasText: /resulta/ })).toBeVisible();
}

test.describe('site search', () => {
  test('opens with the button, closes with Esc, focus returns to the button', async ({ page }) => {
    await page.goto(GUIDE_PAGE);
    await button(page).click();
    await expect(dialog(page)).toBeVisible();
    await expect(input(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(button(page)).toBeFocused();
  });

  test('opens with "/" but not while typing in a field', async ({ page }) => {
    await page.goto(GUIDE_PAGE);
    await openWithSlash(page);
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    // Typing "/" in the search field itself types a slash.
    await openWithSlash(page);
    await page.keyboard.type('a/b');
    await expect(input(page)).toHaveValue('a/b');
  });

  test('keys typed while the search code loads are kept', async ({ page }) => {
    // Slow down the search code so that the visitor types before the dialog exists.
    await page.route('**/_astro/SiteSearch*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await page.goto(GUIDE_PAGE);
    await page.locator('body').press('/');
    await page.keyboard.type('verslagg');
    await page.keyboard.press('Backspace');
    await expect(input(page)).toBeFocused();
    await expect(input(page)).toHaveValue('verslag');
    await expect(options(page).first()).toBeVisible();
  });

  test('a keyword of every FAQ question finds that FAQ entry', async ({ page, request }) => {
    test.skip(FAQ.length === 0, 'no FAQ entries');
    const index = (await (await request.get('/zoekindex.json')).json()) as SearchRecord[];
    await page.goto(GUIDE_PAGE);
    await openWithSlash(page);
    for (const entry of FAQ) {
      const word = keywordOf(entry.question, index);
      await search(page, word);
      await expect(options(page).and(page.locator(`[href="/gids/veelgestelde-vragen/#${entry.slug}"]`)), `“${word}” → ${entry.slug}`).toHaveCount(1);
    }
  });

  test('“ideeen” (without diaeresis) finds “ideeën”', async ({ page, request }) => {
    const index = (await (await request.get('/zoekindex.json')).json()) as SearchRecord[];
    test.skip(!index.some((r) => /ideeën/i.test(r.t + r.s)), 'no content with “ideeën” in a title or snippet');
    await page.goto(GUIDE_PAGE);
    await openWithSlash(page);
    await search(page, 'ideeen');
    await expect(options(page).filter({ hasText: /ideeën/i }).first()).toBeVisible();
  });

  test('typo tolerant', async ({ page }) => {
    await page.goto(GUIDE_PAGE);
    await openWithSlash(page);
    await search(page, 'functionerinsgesprek');
    await expect(options(page).first()).toContainText(/functioneringsgesprek/i);
  });

  test('keyboard only: arrow down + Enter opens the heading on another page', async ({ page }) => {
    await page.goto('/gids/');
    await openWithSlash(page);
    await page.keyboard.type('SMART');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const first = options(page).first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(input(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/#./);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => decodeURIComponent(u.pathname + u.hash) === href);
    const id = decodeURIComponent(href.split('#')[1]!);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test('keyboard only: a heading on the same page gets focus', async ({ page, request }) => {
    const index = (await (await request.get('/zoekindex.json')).json()) as SearchRecord[];
    const section = index.find((r) => r.h.startsWith(`${GUIDE_PAGE}#`))!;
    await page.goto(GUIDE_PAGE);
    await openWithSlash(page);
    await page.keyboard.type(section.t);
    const option = options(page).and(page.locator(`[href="${section.h}"]`));
    await expect(option).toHaveCount(1);
    // Move down until this option is active.
    for (let i = 0; i < 20 && (await option.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeHidden();
    const id = decodeURIComponent(section.h.split('#')[1]!);
    await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeFocused();
  });

  test('arrow keys wrap around, the result count is announced', async ({ page }) => {
    await page.goto(GUIDE_PAGE);
    await openWithSlash(page);
    await search(page, 'verslag');
    const count = await options(page).count();
    expect(count).toBeGreaterThan(1);
    await expect(page.getByRole('status')).toHaveText(new RegExp(`^${count} resultaten voor “verslag”\\.$`));
    await page.keyboard.press('ArrowUp');
    await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    await search(page, 'qqqzzzxx');
    await expect(page.getByRole('status')).toHaveText(/Geen resultaten/);
    await expect(options(page)).toHaveCount(0);
  });

  test('a guide page loads no JavaScript but the tiny loader until search opens', async ({ page }) => {
    const scripts: { url: string; body: Buffer }[] = [];
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'script') scripts.push({ url: res.url(), body: await res.body().catch(() => Buffer.alloc(0)) });
    });
    await page.goto(GUIDE_PAGE);
    await page.waitForLoadState('networkidle');
    const before = [...scripts];
    const gz = before.reduce((n, s) => n + gzipSync(s.body, { level: 9 }).length, 0);
    expect(before.map((s) => new URL(s.url).pathname).every((p) => /SearchButton|preload-helper/.test(p)), before.map((s) => s.url).join(', ')).toBe(true);
    expect(gz, `loader: ${gz} bytes gzip`).toBeLessThanOrEqual(MAX_LOADER_GZIP);

    const indexRequest = page.waitForResponse((r) => r.url().endsWith('/zoekindex.json'));
    await button(page).click();
    expect((await indexRequest).status()).toBe(200);
    await expect(dialog(page)).toBeVisible();
    expect(scripts.length).toBeGreaterThan(before.length);
  });

  test('every link in the index points to an existing anchor', async ({ request }) => {
    const index = (await (await request.get('/zoekindex.json')).json()) as SearchRecord[];
    expect(index.length).toBeGreaterThan(10);
    const pages = new Map<string, string>();
    const missing: string[] = [];
    for (const r of index) {
      const [path, hash] = r.h.split('#') as [string, string | undefined];
      if (!pages.has(path)) {
        const res = await request.get(path);
        expect(res.status(), path).toBe(200);
        pages.set(path, await res.text());
      }
      if (hash && !pages.get(path)!.includes(`id="${decodeURIComponent(hash)}"`)) missing.push(r.h);
    }
    expect(missing).toEqual([]);
  });

  test('the open dialog has no axe violations', async ({ page }) => {
    await page.goto(GUIDE_PAGE);
    await openWithSlash(page);
    await search(page, 'verslag');
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page }).include('.site-search').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('fits a 320 px wide screen @phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(GUIDE_PAGE);
    await button(page).click();
    await search(page, 'functioneringsgesprekken');
    const box = (await dialog(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    const overflow = await page.locator('.site-search__results').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search button is not shown', async ({ page }) => {
    await page.goto(GUIDE_PAGE);
    await expect(page.locator('[data-site-search]')).toBeHidden();
  });
});
