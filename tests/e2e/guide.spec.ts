import { expect, test, type Page } from '@playwright/test';

/** The guide in reading order (content/gids/*.mdx, `order` 1–15). */
const CHAPTERS = [
  'wat-is-een-functioneringsgesprek',
  'zes-stappen',
  'soorten-gesprekken',
  'bouwstenen',
  'voorbereiden-leidinggevende',
  'voorbereiden-medewerker',
  'zeven-fasen',
  'goede-afspraken',
  'valkuilen',
  'na-het-gesprek',
  'als-het-niet-beter-gaat',
  'trends',
  'veelgestelde-vragen',
  'voorbeeld',
  'begrippen',
] as const;

const GUIDE_PAGES = ['/gids/', '/gids/afdrukken/', ...CHAPTERS.map((c) => `/gids/${c}/`)];

async function idExists(page: Page, id: string): Promise<boolean> {
  return page.evaluate((i) => document.getElementById(i) !== null, id);
}

test.describe('guide overview', () => {
  test('lists all chapters in reading order with summary and reading time', async ({ page }) => {
    await page.goto('/gids/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const links = page.locator('ol.chapters > li h2 a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(CHAPTERS.map((c) => `/gids/${c}/`));
    const items = page.locator('ol.chapters > li');
    for (let i = 0; i < (await items.count()); i++) {
      await expect(items.nth(i).locator('.chapter-summary')).not.toBeEmpty();
      await expect(items.nth(i)).toContainText(/Leestijd: \d+ min/);
    }
    await expect(page.locator('a[href="/gids/afdrukken/"]').first()).toBeVisible();
  });
});

test.describe('guide chapter', () => {
  test('has breadcrumbs, title, reading time, last update and a working table of contents', async ({ page }) => {
    test.slow(); // one test walks every guide page (15 chapters and more)
    for (const slug of CHAPTERS) {
      await page.goto(`/gids/${slug}/`);
      const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
      await expect(crumbs.getByRole('link', { name: 'Start' })).toHaveAttribute('href', '/');
      await expect(crumbs.getByRole('link', { name: 'Gids' })).toHaveAttribute('href', '/gids/');
      await expect(crumbs.locator('[aria-current="page"]')).toHaveText((await page.locator('h1').textContent())!.trim());
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.chapter-meta')).toContainText(/Leestijd: \d+ min/);
      await expect(page.locator('.chapter-meta time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      const toc = page.getByRole('navigation', { name: 'Inhoud van dit hoofdstuk' });
      const tocHrefs = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(tocHrefs.length, `${slug} has a table of contents`).toBeGreaterThan(1);
      for (const href of tocHrefs) {
        expect(href.startsWith('#'), href).toBe(true);
        expect(await idExists(page, decodeURIComponent(href.slice(1))), `${slug}${href}`).toBe(true);
      }
    }
  });

  test('previous and next links follow the reading order', async ({ page }) => {
    await page.goto('/gids/zeven-fasen/');
    const pager = page.getByRole('navigation', { name: 'Vorig en volgend hoofdstuk' });
    await pager.getByRole('link', { name: /Volgend hoofdstuk/ }).click();
    await expect(page).toHaveURL(/\/gids\/goede-afspraken\/$/);
    await page.goto('/gids/zeven-fasen/');
    await pager.getByRole('link', { name: /Vorig hoofdstuk/ }).click();
    await expect(page).toHaveURL(/\/gids\/voorbereiden-medewerker\/$/);

    await page.goto(`/gids/${CHAPTERS[0]}/`);
    await expect(pager.getByRole('link', { name: /Vorig hoofdstuk/ })).toHaveCount(0);
    await expect(pager.getByRole('link', { name: /Volgend hoofdstuk/ })).toHaveAttribute('href', `/gids/${CHAPTERS[1]}/`);
    await page.goto(`/gids/${CHAPTERS.at(-1)}/`);
    await expect(pager.getByRole('link', { name: /Volgend hoofdstuk/ })).toHaveCount(0);
  });

  test('the seven phases have anchors and link to the question bank', async ({ page }) => {
    await page.goto('/gids/zeven-fasen/');
    for (let n = 1; n <= 7; n++) {
      const phase = page.locator(`#fase-${n}`);
      await expect(phase).toBeVisible();
      await expect(phase.getByRole('link', { name: /Vragen voor deze fase/ })).toHaveAttribute('href', `/vragen/?fase=${n}`);
    }
    const minutes = await page.locator('.phase-time').allTextContents();
    const total = minutes.map((t) => Number(/(\d+) minuten/.exec(t)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    expect(total).toBe(60);
  });

  test('the decision aid works without JavaScript', async ({ page }) => {
    await page.goto('/gids/soorten-gesprekken/');
    await page.locator('#wg-vraag-1').getByRole('link', { name: /Nee/ }).click();
    await expect(page).toHaveURL(/#wg-vraag-2$/);
    await page.locator('#wg-vraag-2').getByRole('link', { name: /Ja/ }).click();
    await expect(page).toHaveURL(/#wg-antwoord-planning$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('wg-antwoord-planning');
  });
});

test.describe('FAQ', () => {
  test('has at least 14 questions with stable ids and valid FAQPage JSON-LD', async ({ page }) => {
    await page.goto('/gids/veelgestelde-vragen/');
    const raw = await page.locator('script[type="application/ld+json"]').allTextContents();
    const faqPages = raw.map((r) => JSON.parse(r)).filter((d) => d['@type'] === 'FAQPage');
    expect(faqPages).toHaveLength(1);
    const questions = faqPages[0].mainEntity as { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
    expect(questions.length).toBeGreaterThanOrEqual(14);
    for (const q of questions) {
      expect(q['@type']).toBe('Question');
      expect(q.name.length).toBeGreaterThan(5);
      expect(q.acceptedAnswer['@type']).toBe('Answer');
      expect(q.acceptedAnswer.text.length).toBeGreaterThan(20);
    }
    const items = page.locator('.faq-item');
    await expect(items).toHaveCount(questions.length);
    for (const id of ['verplicht', 'hoe-lang', 'hoe-vaak', 'weigeren', 'conflict', 'tekenen', 'verslag-bewaren', 'opleiding', 'niet-beter']) {
      expect(await idExists(page, id), id).toBe(true);
    }
  });
});

test.describe('both countries and official sources', () => {
  test('rules that differ are shown side by side, labelled, with official links', async ({ page }) => {
    test.slow(); // one test walks every guide page (15 chapters and more)
    for (const slug of ['wat-is-een-functioneringsgesprek', 'na-het-gesprek', 'als-het-niet-beter-gaat', 'trends']) {
      await page.goto(`/gids/${slug}/`);
      const block = page.locator('.country-compare').first();
      await expect(block.getByRole('region', { name: 'In Nederland' })).toBeVisible();
      await expect(block.getByRole('region', { name: 'In Vlaanderen' })).toBeVisible();
      const links = await page.locator('main .country a[href^="https://"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length, slug).toBeGreaterThan(0);
      for (const href of links) {
        expect(new URL(href).hostname, `${slug}: ${href}`).toMatch(
          /(^|\.)(wetten\.overheid\.nl|rijksoverheid\.nl|autoriteitpersoonsgegevens\.nl|ejustice\.just\.fgov\.be|werk\.belgie\.be|cnt-nar\.be|gegevensbeschermingsautoriteit\.be|federallearningaccount\.be|mycareer\.be|eur-lex\.europa\.eu)$/,
        );
      }
    }
  });

  test('the new chapter, the personnel file section and the six steps are where the forms link to', async ({ page }) => {
    await page.goto('/gids/als-het-niet-beter-gaat/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Als het niet beter gaat');
    await page.goto('/gids/na-het-gesprek/');
    for (const id of ['personeelsdossier-en-privacy', 'tekenen-voor-gezien-of-voor-akkoord']) expect(await idExists(page, id), id).toBe(true);
    await expect(page.locator('#tekenen-voor-gezien-of-voor-akkoord ~ ul').first()).toContainText('Voor gezien');
    await page.goto('/gids/zes-stappen/');
    await expect(page.getByRole('link', { name: 'Uitnodiging maken' })).toHaveAttribute('href', '/uitnodigen/');
    await page.goto('/gids/begrippen/');
    for (const id of ['paritair-comité', 'sociaal-secretariaat', 'externe-preventiedienst', 'arbodienst', 'salarisadministratie', 'cao']) expect(await idExists(page, id), id).toBe(true);
  });
});

test.describe('small screens and no JavaScript', () => {
  test('the comparison table is a real table and fits a 320 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/gids/soorten-gesprekken/');
    const table = page.getByRole('table', { name: /Functioneringsgesprek en evaluatiegesprek/ });
    await expect(table).toBeVisible();
    await expect(table.locator('caption')).toHaveCount(1);
    await expect(table.locator('th[scope="col"]')).toHaveCount(3);
    expect(await table.locator('th[scope="row"]').count()).toBeGreaterThanOrEqual(8);
    await expect(table.getByRole('rowheader', { name: 'Link met loon' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('no guide page overflows 320 px', async ({ page }) => {
    test.slow(); // one test walks every guide page (15 chapters and more)
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of GUIDE_PAGES) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
  });

  test('guide content adds no JavaScript and breaks no CSP rule', async ({ page, request }) => {
    test.slow(); // one test walks every guide page (15 chapters and more)
    // Site-wide chrome (e.g. the header's search loader) may ship a small script on
    // every page; /privacy/ is a plain text page, so its scripts are the baseline.
    // The guide itself must add nothing on top of that.
    const baseline = new Set<string>();
    const baselineInline = new Set<string>();
    const privacy = await request.get('/privacy/');
    if (privacy.ok()) {
      const html = await privacy.text();
      for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) baseline.add(m[1]!);
      for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) baselineInline.add(m[1]!);
    }
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
    });
    for (const path of GUIDE_PAGES) {
      await page.goto(path);
      const srcs = await page.locator('script[src]').evaluateAll((ss) => ss.map((s) => s.getAttribute('src')!));
      for (const src of srcs) expect(baseline.has(src), `${path} loads ${src}`).toBe(true);
      const inline = await page
        .locator('script:not([src]):not([type="application/ld+json"])')
        .evaluateAll((ss) => ss.map((s) => s.textContent ?? ''));
      for (const code of inline) expect(baselineInline.has(code), `${path}: inline script ${code.slice(0, 60)}`).toBe(true);
      await expect(page.locator('main script:not([type="application/ld+json"])'), path).toHaveCount(0);
    }
    expect(problems).toEqual([]);
  });

  test('component styles apply (not blocked by the CSP)', async ({ page }) => {
    await page.goto('/gids/zeven-fasen/');
    const marker = page.locator('#fase-1 .marker');
    expect(await marker.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('50%');
    const callout = page.locator('.callout').first();
    expect(await callout.evaluate((el) => getComputedStyle(el).borderLeftWidth)).not.toBe('0px');
    for (const path of ['/gids/na-het-gesprek/', '/gids/afdrukken/']) {
      await page.goto(path);
      const country = page.locator('.country').first();
      expect(await country.evaluate((el) => getComputedStyle(el).borderTopWidth), path).not.toBe('0px');
      expect(await page.locator('.country-compare-grid').first().evaluate((el) => getComputedStyle(el).display), path).toBe('grid');
    }
  });
});

test.describe('links', () => {
  // Links and anchors of every page (the guide included) are checked in site.spec.ts.
  test('the print page holds every chapter', async ({ page }) => {
    await page.goto('/gids/afdrukken/');
    await expect(page.locator('article.print-chapter')).toHaveCount(CHAPTERS.length);
    const ids = await page.locator('article.print-chapter').evaluateAll((as) => as.map((a) => a.id));
    expect(ids).toEqual(CHAPTERS.map((c) => `hoofdstuk-${c}`));
  });
});
