import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { NOINDEX_PATHS, sitemapPaths } from './support/sitemap';
import { islandsReady } from './support/islands';

const indexed = sitemapPaths();
const paths = [...indexed, ...NOINDEX_PATHS];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('the sitemap lists the main pages', () => {
  for (const p of ['/', '/gids/', '/vragen/', '/voorbereiden/', '/verslag/', '/controleren/', '/privacy/']) expect(indexed).toContain(p);
  expect(indexed).not.toContain('/404/');
  for (const p of NOINDEX_PATHS) expect(indexed).not.toContain(p);
});

test.describe('axe', () => {
  for (const path of paths) {
    test(`no WCAG 2.2 A/AA violations on ${path}, light and dark`, async ({ page }) => {
      // The whole guide on one page is large; axe needs longer there on a busy machine.
      if (path === '/gids/afdrukken/') test.setTimeout(300_000);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
        expect(summary, scheme).toEqual([]);
      }
    });
  }
});

test('every page has one h1, a title, a description, a canonical URL and lang="nl"', async ({ request }) => {
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/<html lang="nl"/);
    expect(html.match(/<h1[\s>]/g)?.length, `${path}: one h1`).toBe(1);
    expect(html, path).toMatch(/<title>[^<]{5,}<\/title>/);
    expect(html, path).toMatch(/<meta name="description" content="[^"]{30,}"/);
    if (NOINDEX_PATHS.includes(path)) expect(html, path).toMatch(/<meta name="robots" content="noindex"/);
    else expect(html, path).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    expect(html, path).toMatch(/<meta property="og:title"/);
    expect(html, path).toMatch(/<meta http-equiv="content-security-policy"/i);
  }
});

test('the Content-Security-Policy allows no inline script without a hash', async ({ request }) => {
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1] ?? '';
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(scriptSrc, path).not.toMatch(/https?:/);
  }
});

test('every internal link, fragment and asset resolves', async ({ request }) => {
  const pages = new Map<string, string>();
  const load = async (path: string) => {
    if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
    return pages.get(path)!;
  };
  const broken: string[] = [];
  const checked = new Set<string>();
  for (const path of paths) {
    const html = await load(path);
    const refs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    for (const ref of refs) {
      if (/^(https?:)?\/\//.test(ref) || /^(mailto|tel|data|blob|javascript):/.test(ref)) continue;
      const url = new URL(ref, `http://x${path}`);
      const key = `${url.pathname}${url.hash}`;
      if (checked.has(key)) continue;
      checked.add(key);
      const res = await request.get(url.pathname + url.search);
      if (res.status() !== 200) { broken.push(`${path} → ${ref} (${res.status()})`); continue; }
      if (url.hash.length > 1 && (res.headers()['content-type'] ?? '').includes('text/html')) {
        const target = await load(url.pathname);
        const id = decodeURIComponent(url.hash.slice(1));
        if (!target.includes(`id="${id}"`)) broken.push(`${path} → ${ref} (geen element met id "${id}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('no page makes a request to another origin or breaks its own CSP', async ({ page, baseURL }) => {
  test.slow(); // walks every page of the site
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to (apply|execute|load)/i.test(msg.text())) foreign.push(`${page.url()}: ${msg.text().slice(0, 200)}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob|about|chrome-extension):/.test(url)) return;
    if (new URL(url).origin !== origin) foreign.push(`${page.url()} → ${url}`);
  });
  // The browser's own issue list (DevTools "Issues"): CSP violations, also caught ones such as
  // an eval probe, and form fields that browsers can't autofill or restore.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Audits.enable');
  cdp.on('Audits.issueAdded', ({ issue }) => {
    const generic = issue.details.genericIssueDetails?.errorType ?? '';
    if (issue.code === 'ContentSecurityPolicyIssue' || generic.startsWith('Form')) foreign.push(`${page.url()}: ${issue.code} ${generic} ${JSON.stringify(issue.details).slice(0, 200)}`);
  });
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(600); // idle-time prefetches (PDF code on form pages)
  }
  expect(foreign).toEqual([]);
});

test('pages with islands name their scripts in the head: each is used, none is fetched for nothing', async ({ page }) => {
  for (const path of ['/verslag/', '/voorbereiden/medewerker/', '/vragen/', '/controleren/', '/team/']) {
    const requested = new Set<string>();
    const onRequest = (r: { url(): string }) => {
      const { pathname } = new URL(r.url());
      if (pathname.endsWith('.js')) requested.add(pathname);
    };
    page.on('request', onRequest);
    await page.goto(path);
    await islandsReady(page);
    page.off('request', onRequest);
    const preloaded = await page.locator('head link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    // Not needed for the first paint (the form is in the HTML), so asked for at low priority.
    const priorities = await page.locator('head link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => l.getAttribute('fetchpriority')));
    expect(new Set(priorities), path).toEqual(new Set(['low']));
    const island = await page.locator('astro-island').first().getAttribute('component-url');
    expect(preloaded, path).toContain(island);
    expect(preloaded.length, path).toBeGreaterThan(3);
    for (const script of preloaded) expect([...requested], `${path}: ${script} is preloaded but never used`).toContain(script);
    // The PDF writer and reader load on demand only.
    expect(preloaded.filter((s) => /pdfMake|pdfTools|fontkit|fileWorker/.test(s)), path).toEqual([]);
  }
});

test('form pages are painted whole: the first frame comes after all of <main> is parsed', async ({ page }) => {
  // A phone four times slower: without the render-blocking hint the browser paints a long form
  // several times while it streams in (the first frame had only the header and the lead).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { __endAtFirstFrame?: boolean }).__endAtFirstFrame = !!document.getElementById('einde-inhoud');
    });
  });
  for (const path of ['/verslag/', '/voorbereiden/medewerker/', '/voorbereiden/leidinggevende/', '/uitnodigen/', '/controleren/', '/team/']) {
    await page.goto(path);
    await islandsReady(page);
    expect(await page.evaluate(() => (window as unknown as { __endAtFirstFrame?: boolean }).__endAtFirstFrame), path).toBe(true);
    // The hint names the last element of <main>.
    expect(await page.evaluate(() => document.querySelector('main')?.lastElementChild?.id), path).toBe('einde-inhoud');
    expect(await page.locator('head link[rel="expect"][blocking="render"]').getAttribute('href'), path).toBe('#einde-inhoud');
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('unknown addresses get the Dutch 404 page', async ({ page }) => {
  const res = await page.goto('/bestaat-niet/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Ga naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('@phone pages fit a 320 px screen without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path}: ${width}px`);
  }
  await context.close();
  expect(wide).toEqual([]);
});

test('@phone at 360 px every tap target is at least 44 px and no text is smaller than 16 px', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of ['/', '/voorbereiden/', '/voorbereiden/medewerker/', '/verslag/', '/vragen/', '/gids/zeven-fasen/', '/controleren/', '/team/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const found = await page.evaluate(() => {
      const out: string[] = [];
      const shown = (el: Element) => {
        const b = el.getBoundingClientRect();
        return b.width > 0 && b.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.visually-hidden, .skip-link');
      };
      for (const el of document.querySelectorAll<HTMLElement>('a, button, input, select, textarea, summary')) {
        if (!shown(el)) continue;
        const b = el.getBoundingClientRect();
        const input = el as HTMLInputElement;
        // A checkbox or radio is tapped through its label; a link inside a sentence is exempt (WCAG 2.5.8).
        if ((input.type === 'checkbox' || input.type === 'radio') && input.labels?.[0] && input.labels[0].getBoundingClientRect().height >= 44) continue;
        const block = el.closest('p, li, td, dd');
        const inSentence = el.tagName === 'A' && getComputedStyle(el).display === 'inline' && !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 5;
        if (!inSentence && (b.height < 43.5 || b.width < 43.5)) out.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(b.width)}x${Math.round(b.height)}`);
      }
      for (const el of document.querySelectorAll('p, li, label, dd, dt, td, th, small, legend, summary, nav a')) {
        if (!shown(el) || !(el.textContent ?? '').trim()) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 16) out.push(`${el.tagName.toLowerCase()}.${el.className} ${size}px "${(el.textContent ?? '').trim().slice(0, 30)}"`);
      }
      return out;
    });
    problems.push(...[...new Set(found)].map((f) => `${path}: ${f}`));
  }
  await context.close();
  expect(problems).toEqual([]);
});

test('printed, a link within the site shows its full address', async ({ page, baseURL }) => {
  await page.goto('/gids/afdrukken/');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const link = page.locator('main a[href="/gids/zeven-fasen/"]').first();
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(`${baseURL}/gids/zeven-fasen/`);
});

test('the home page leads to the four journeys', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const name of ['Gids', 'Vragenbank', 'Voorbereiden', 'Verslag']) await expect(nav.getByRole('link', { name })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Wat je invult, blijft in je browser.');
});

test('the home page has entry points by role and the six steps, each with a working link', async ({ page, request }) => {
  await page.goto('/');
  const lead = page.getByRole('region', { name: 'Ik ben zaakvoerder of leidinggevende' });
  await expect(lead.getByRole('link', { name: 'Ik plan mijn eerste gesprek' })).toHaveAttribute('href', '/gids/zes-stappen/');
  await expect(lead.getByRole('link', { name: 'Ik plan gesprekken met het hele team' })).toBeVisible();
  const employee = page.getByRole('region', { name: 'Ik ben medewerker' });
  await expect(employee.getByRole('link', { name: 'Ik ben uitgenodigd' })).toHaveAttribute('href', '/voorbereiden/medewerker/');
  const steps = page.getByRole('region', { name: 'Je eerste gesprek in zes stappen' }).locator('ol > li');
  await expect(steps).toHaveCount(6);
  await expect(steps.nth(0).getByRole('link')).toHaveAttribute('href', '/uitnodigen/');
  for (const href of await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect((await request.get(href.split('#')[0]!)).status(), href).toBe(200);
  }
});

test('the invitation page makes the text to copy and a calendar file for the talk', async ({ page }) => {
  await page.goto('/uitnodigen/');
  const text = page.getByLabel('Tekst van de uitnodiging');
  await expect(text).toHaveValue(/\[naam\]/);
  await expect(page.getByRole('button', { name: /Agendabestand/ })).toBeEnabled();
  await page.getByLabel('Naam van de medewerker').fill('Sara Öztürk');
  await page.getByLabel('Jouw naam').fill('Tom');
  await page.getByLabel('Datum van het gesprek').fill('2026-04-14');
  await page.getByLabel('Beginuur').fill('14:00');
  await page.getByLabel('Plaats').fill('in het kantoortje achteraan');
  await expect(text).toHaveValue(/^Dag Sara Öztürk,/);
  await expect(text).toHaveValue(/dinsdag 14 april 2026, van 14\.00 tot 15\.00 uur, in het kantoortje achteraan/);
  await expect(text).toHaveValue(/\/voorbereiden\/medewerker\//);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Agendabestand/ }).click()]);
  expect(download.suggestedFilename()).toBe('functioneringsgesprek-sara-ozturk-2026-04-14.ics');
  const ics = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  expect(ics).toContain('DTSTART;TZID=Europe/Brussels:20260414T140000');
  expect(ics).toContain('DTEND;TZID=Europe/Brussels:20260414T150000');
  expect(ics.replace(/\r\n[ \t]/g, '')).toContain('SUMMARY:Functioneringsgesprek met Sara Öztürk');
  await expect(page.getByRole('status')).toContainText('agendabestand is gedownload');
  // A date in the past is pointed out (the test runs after April 2026).
  await expect(page.locator('#uitn-datum-let-op')).toHaveText('Let op: deze datum is al voorbij.');

  // A reload keeps the draft, as on the other forms; "Leegmaken" clears it, also for the next visit.
  await page.reload();
  await expect(page.getByLabel('Naam van de medewerker')).toHaveValue('Sara Öztürk');
  await expect(text).toHaveValue(/dinsdag 14 april 2026, van 14\.00 tot 15\.00 uur, in het kantoortje achteraan/);
  await page.getByRole('button', { name: 'Leegmaken' }).click();
  await expect(page.getByLabel('Naam van de medewerker')).toBeFocused();
  await expect(text).toHaveValue(/\[naam\]/);
  await page.reload();
  await expect(text).toHaveValue(/\[naam\]/);
  await expect(page.getByLabel('Naam van de medewerker')).toHaveValue('');
});
