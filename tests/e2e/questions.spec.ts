import { expect, test, type Page } from '@playwright/test';

/**
 * The question bank (/vragen/): search, filters in the URL, "Mijn vragen",
 * keyboard use, no-JS fallback and narrow screens.
 */

const STORAGE_KEY = 'gw:mijn-vragen:v1';

// These tests walk through many steps on a page with 250+ questions (and one runs
// axe over all of it): give them room on a slow or busy machine.
test.describe.configure({ timeout: 180_000 });

/** Waits until the island is hydrated (the URL state and stored list are read). */
async function openBank(page: Page, query = '') {
  await page.goto(`/vragen/${query}`);
  await expect(page.locator('astro-island[component-url*="QuestionBank"]:not([ssr])')).toHaveCount(1);
}

const search = (page: Page) => page.getByRole('searchbox', { name: 'Zoek een vraag' });
const count = (page: Page) => page.locator('.qb-count');
/** The questions on screen: search results, or the bank's questions that pass the filters. */
const results = (page: Page) =>
  page.locator('#qb-treffers li.qb-q, #qb-resultaten:not([hidden]) section.qb-theme:not([hidden]) li.qb-q:not([hidden])');
const panel = (page: Page) => page.locator('#mijn-vragen');
const myItems = (page: Page) => page.locator('#mijn-vragen .qb-mine-text');

test.describe('zoeken', () => {
  test('vindt een vraag zonder accenten en met een tikfout, met markering', async ({ page }) => {
    await openBank(page);
    await search(page).fill('ideeen');
    await expect(page.locator('#treffer-fun-18')).toBeVisible();
    await expect(page.locator('#treffer-fun-18 mark').first()).toHaveText('ideeën');
    await expect(count(page)).toHaveText(/^\d+ vragen? gevonden/);
    await expect(count(page)).toHaveAttribute('role', 'status');

    await search(page).fill('opleidng');
    await expect(page.locator('#treffer-ont-03')).toBeVisible();
    await expect(page.locator('#treffer-ont-03 mark').first()).toHaveText('opleiding');

    await search(page).fill('telewerk');
    await expect(page.locator('#treffer-wom-09')).toBeVisible();
    await expect(page.locator('#treffer-wom-09 .qb-q-kw')).toContainText('telewerk');
    // While searching, the bank's own list is out of the way (and its ids stay unique).
    await expect(page.locator('#qb-resultaten')).toBeHidden();

    await search(page).fill('xqzvbw');
    await expect(page.getByText('Geen vragen gevonden.')).toBeVisible();
    await expect(results(page)).toHaveCount(0);
  });

  test('typen komt na een pauze in de URL, zonder stap in de geschiedenis', async ({ page }) => {
    await page.goto('/');
    await openBank(page);
    await search(page).click();
    await page.keyboard.type('werkdruk', { delay: 40 });
    await expect(page).toHaveURL(/\?q=werkdruk$/);
    await page.keyboard.type(' stress', { delay: 40 });
    await expect(page).toHaveURL(/\?q=werkdruk\+stress$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('h1')).not.toHaveText('Vragenbank');
  });

  test('toont eerst de beste 10 resultaten en op vraag alle, en wissen toont de hele lijst terug', async ({ page }) => {
    await openBank(page);
    const total = await results(page).count();
    // One letter is not a search yet.
    await search(page).fill('w');
    await expect(page.locator('#qb-resultaten')).toBeVisible();
    await search(page).fill('we');
    await expect(results(page)).toHaveCount(10);
    await expect(count(page)).toHaveText(/^\d+ vragen gevonden \(van \d+\)\. De eerste 10 staan hieronder\.$/);
    const found = Number((await count(page).innerText()).split(' ')[0]);
    expect(found).toBeGreaterThan(10);
    await page.getByRole('button', { name: `Toon alle ${found} resultaten` }).click();
    await expect(results(page)).toHaveCount(found);
    // Focus lands on the first result that was not shown before.
    await expect(page.locator('#qb-treffers li.qb-q').nth(10).getByRole('button')).toBeFocused();

    await search(page).fill('');
    await expect(results(page)).toHaveCount(total);
    await expect(page.locator('#qb-resultaten')).toBeVisible();
    await expect(page.locator('#qb-treffers li')).toHaveCount(0);
    await expect(count(page)).toHaveText(/^\d+ vragen in 10 thema's/);
  });
});

test('een toets en meteen daarna een filter, in dezelfde taak: de getypte tekst blijft staan', async ({ page }) => {
  // The search box takes a key over into the search a frame later; a filter chosen before that
  // frame must not bring back the older text (or undo the key).
  await openBank(page);
  await search(page).fill('werkdruk');
  await expect(count(page)).toContainText('gevonden');
  await page.evaluate(() => {
    const box = document.getElementById('qb-zoek') as HTMLInputElement;
    box.value = 'werkdruk stress';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ' stress' }));
    const role = document.getElementById('qb-rol') as HTMLSelectElement;
    role.value = 'medewerker';
    role.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(search(page)).toHaveValue('werkdruk stress');
  await expect(page).toHaveURL(/q=werkdruk\+stress/);
  await expect(page).toHaveURL(/rol=medewerker/);
  await expect(count(page)).toContainText('gevonden');
  // Back to no search at all: the reset button empties the box too.
  await page.getByRole('button', { name: 'Wis zoeken en filters' }).first().click();
  await expect(search(page)).toHaveValue('');
  await expect(page.locator('#qb-resultaten')).toBeVisible();
});

test.describe('filters', () => {
  test('combineren, staan in de URL, overleven herladen en werken met vorige/volgende', async ({ page }) => {
    await openBank(page);
    const total = await results(page).count();
    expect(total).toBeGreaterThanOrEqual(250);

    await page.getByLabel('Wie stelt de vraag?').selectOption('medewerker');
    await expect(page).toHaveURL(/\?rol=medewerker$/);
    const byRole = await results(page).count();
    expect(byRole).toBeLessThan(total);

    await page.getByLabel('Thema', { exact: true }).selectOption('loopbaan');
    await expect(page).toHaveURL(/\?rol=medewerker&thema=loopbaan$/);
    const byRoleTheme = await results(page).count();
    expect(byRoleTheme).toBeLessThan(byRole);
    expect(byRoleTheme).toBeGreaterThan(0);
    for (const tag of await results(page).locator('.qb-tag').allTextContents()) {
      expect(['Medewerker vraagt', 'Voor beiden']).toContain(tag);
    }
    await expect(page.locator('#qb-resultaten section.qb-theme:not([hidden]) h2')).toHaveText(['Loopbaan']);
    // The starter set is for the whole bank: out of the way while filtering.
    await expect(page.locator('#begin-hier')).toBeHidden();

    await page.getByLabel('Fase van het gesprek').selectOption('5');
    await expect(page).toHaveURL(/\?rol=medewerker&thema=loopbaan&fase=5$/);
    const all3 = await results(page).count();
    expect(all3).toBeLessThanOrEqual(byRoleTheme);
    expect(all3).toBeGreaterThan(0);
    for (const link of await results(page).locator('.qb-phase').all()) {
      await expect(link).toHaveAttribute('href', '/gids/zeven-fasen/#fase-5');
    }

    // Search combines with the filters.
    await search(page).fill('doorgroeien');
    await expect(page).toHaveURL(/q=doorgroeien/);
    await expect(results(page)).toHaveCount(1);
    await expect(page.locator('#treffer-loo-03')).toBeVisible();

    // A reload restores the same view.
    await page.reload();
    await expect(page.locator('astro-island[component-url*="QuestionBank"]:not([ssr])')).toHaveCount(1);
    await expect(search(page)).toHaveValue('doorgroeien');
    await expect(page.getByLabel('Wie stelt de vraag?')).toHaveValue('medewerker');
    await expect(page.getByLabel('Thema', { exact: true })).toHaveValue('loopbaan');
    await expect(page.getByLabel('Fase van het gesprek')).toHaveValue('5');
    await expect(results(page)).toHaveCount(1);

    await page.getByRole('button', { name: 'Wis zoeken en filters' }).first().click();
    await expect(page).toHaveURL(/\/vragen\/$/);
    await expect(results(page)).toHaveCount(total);
  });

  test('negeert ongeldige waarden in de URL', async ({ page }) => {
    await openBank(page, '?rol=baas&thema=geld&fase=12');
    expect(await results(page).count()).toBeGreaterThanOrEqual(250);
    await expect(page.getByLabel('Thema', { exact: true })).toHaveValue('');
  });
});

test('de vragenbank is volledig, ook als de pagina trager binnenkomt dan het script', async ({ page }) => {
  // Hold the browser halfway through the list (a script it must wait for, inside the last theme,
  // before its questions), so that the island wakes up while the rest of the list is not read yet.
  await page.route('**/vragen/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<li class="qb-q" id="vraag-afs-01"', '<script src="/__wacht.js"></script>$&');
    expect(html).toContain('/__wacht.js');
    await route.fulfill({ response, body: html });
  });
  let woke = false;
  await page.route('**/__wacht.js', async (route) => {
    await expect.poll(() => page.evaluate(() => !document.querySelector('astro-island[component-url*="QuestionBank"][ssr]')).catch(() => false)).toBe(true);
    woke = true;
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  await openBank(page);
  expect(woke).toBe(true);
  await expect(count(page)).toHaveText('257 vragen in 10 thema\'s.');
  await expect(page.locator('section.qb-theme[data-section="afsluiting"]')).toBeVisible();
  await page.locator('#vraag-afs-03').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
  await expect(myItems(page)).toHaveCount(1);
  await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Afsluiting en opvolging' });
  await expect(results(page).first()).toBeVisible();
  expect(await results(page).count()).toBe(await page.locator('li.qb-q[data-theme="afsluiting"]').count());
});

test.describe('mijn vragen', () => {
  test('toevoegen, ordenen met het toetsenbord, bewerken, eigen vraag, en bewaard na herladen', async ({ page }) => {
    await openBank(page);
    for (const id of ['ter-01', 'sam-01', 'ont-01']) {
      await page.locator(`#vraag-${id}`).getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
    }
    await expect(page.getByRole('heading', { name: 'Mijn vragen (3)' })).toBeVisible();
    const t = {
      // textContent: themes far below the screen are not rendered yet (content-visibility).
      ter: ((await page.locator('#vraag-ter-01-tekst').textContent()) ?? '').trim(),
      sam: ((await page.locator('#vraag-sam-01-tekst').textContent()) ?? '').trim(),
      ont: ((await page.locator('#vraag-ont-01-tekst').textContent()) ?? '').trim(),
    };
    await expect(myItems(page)).toHaveText([t.ter, t.sam, t.ont]);
    await expect(page.locator('#vraag-sam-01').getByRole('button', { name: 'Haal uit mijn vragen' })).toBeVisible();

    // Move the third question to the top with the keyboard only.
    const up3 = panel(page).getByRole('button', { name: 'Omhoog (vraag 3)' });
    await up3.focus();
    await page.keyboard.press('Enter');
    await expect(myItems(page)).toHaveText([t.ter, t.ont, t.sam]);
    // Focus follows the moved question.
    await expect(panel(page).getByRole('button', { name: 'Omhoog (vraag 2)' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(myItems(page)).toHaveText([t.ont, t.ter, t.sam]);
    // At the top "Omhoog" is disabled, so focus moved to "Omlaag".
    await expect(panel(page).getByRole('button', { name: 'Omlaag (vraag 1)' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(myItems(page)).toHaveText([t.ter, t.ont, t.sam]);

    // Edit the wording of the last one.
    await panel(page).getByRole('button', { name: 'Bewerk vraag 3' }).click();
    const box = panel(page).getByLabel('Jouw formulering van vraag 3');
    await expect(box).toBeFocused();
    await box.fill('Hoe werken jij en je collega’s in de bakkerij samen?');
    await page.keyboard.press('Control+Enter');
    await expect(myItems(page).nth(2)).toHaveText('Hoe werken jij en je collega’s in de bakkerij samen?');
    await expect(panel(page).getByRole('button', { name: 'Bewerk vraag 3' })).toBeFocused();

    // Escape cancels an edit.
    await page.keyboard.press('Enter');
    await page.keyboard.type(' extra');
    await page.keyboard.press('Escape');
    await expect(myItems(page).nth(2)).toHaveText('Hoe werken jij en je collega’s in de bakkerij samen?');

    // Own question.
    await panel(page).getByLabel('Eigen vraag toevoegen').fill('Wat doen we met de nieuwe kassa?');
    await panel(page).getByRole('button', { name: 'Toevoegen' }).click();
    await expect(page.getByRole('heading', { name: 'Mijn vragen (4)' })).toBeVisible();
    await expect(myItems(page).nth(3)).toHaveText('Wat doen we met de nieuwe kassa?');
    // Empty own question: an error, nothing added.
    await panel(page).getByRole('button', { name: 'Toevoegen' }).click();
    await expect(panel(page).getByText('Schrijf eerst je vraag.')).toBeVisible();

    const expected = [t.ter, t.ont, 'Hoe werken jij en je collega’s in de bakkerij samen?', 'Wat doen we met de nieuwe kassa?'];
    await page.reload();
    await expect(page.locator('astro-island[component-url*="QuestionBank"]:not([ssr])')).toHaveCount(1);
    await expect(myItems(page)).toHaveText(expected);
    await expect(page.locator('#vraag-ter-01').getByRole('button', { name: 'Haal uit mijn vragen' })).toBeVisible();

    // The shared contract: the stored value.
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), STORAGE_KEY);
    expect(stored.map((q: { text: string }) => q.text)).toEqual(expected);
    expect(stored[0]).toMatchObject({ id: 'ter-01', sourceId: 'ter-01', phase: 2 });
    expect(stored[3].id).toMatch(/^eigen-/);

    // The list on its own page.
    await page.goto('/vragen/mijn-vragen/');
    await expect(page.locator('.qb-mine-text')).toHaveText(expected);

    // Remove one, then clear with confirmation.
    await page.getByRole('button', { name: 'Verwijder vraag 1' }).click();
    await expect(page.locator('.qb-mine-text')).toHaveCount(3);
    await page.getByRole('button', { name: 'Lijst wissen' }).click();
    await expect(page.getByRole('button', { name: 'Annuleer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.qb-mine-text')).toHaveCount(3);
    await page.getByRole('button', { name: 'Lijst wissen' }).click();
    await page.getByRole('button', { name: 'Ja, wis mijn lijst' }).click();
    await expect(page.locator('.qb-mine-text')).toHaveCount(0);
    await expect(page.getByText('Nog geen vragen.')).toBeVisible();
  });

  test('kopieert de lijst als tekst, met een uitweg als het klembord niet mag', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openBank(page);
    await page.locator('#vraag-afs-03').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
    await page.locator('#vraag-fbl-01').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
    await panel(page).getByRole('button', { name: 'Kopieer als tekst' }).click();
    await expect(panel(page).getByRole('status')).toHaveText(/Gekopieerd/);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('Mijn vragen voor het functioneringsgesprek');
    expect(text).toMatch(/^1\. Wat doet ieder van ons concreet, en tegen welke datum\? \(fase 6: /m);
    expect(text).toMatch(/^2\. Wat kan ik als leidinggevende anders doen/m);

    // Fallback: the clipboard refuses.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('nee')) } });
    });
    await panel(page).getByRole('button', { name: 'Kopieer als tekst' }).click();
    const fallback = panel(page).getByLabel('Je lijst als tekst');
    await expect(fallback).toBeVisible();
    await expect(fallback).toBeFocused();
    await expect(fallback).toHaveValue(/1\. Wat doet ieder van ons concreet/);
    await expect(panel(page).getByRole('status')).toHaveText(/Kopiëren lukte niet vanzelf/);
  });

  test('afdrukken toont alleen de lijst', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await openBank(page);
    await page.locator('#vraag-ver-01').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
    await panel(page).getByRole('button', { name: 'Afdrukken' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // The print class goes away after printing (here at the latest after a second)…
    await expect(page.locator('html')).not.toHaveClass(/qb-print-mine/, { timeout: 5000 });
    // …so put it back to see what the print sheet looks like.
    await page.evaluate(() => document.documentElement.classList.add('qb-print-mine'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.qb-print-title')).toBeVisible();
    await expect(myItems(page)).toBeVisible();
    await expect(page.locator('#qb-resultaten')).toBeHidden();
    await expect(page.locator('h1')).toBeHidden();
    await expect(panel(page).getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  });

  test('een beschadigde opgeslagen lijst breekt de pagina niet', async ({ page }) => {
    await page.addInitScript((k) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, '{kapot');
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    await openBank(page);
    await expect(panel(page).getByRole('alert')).toContainText('kon niet gelezen worden');
    expect(await page.evaluate(() => localStorage.getItem('gw:mijn-vragen:beschadigd'))).toBe('{kapot');
    await page.locator('#vraag-ter-01').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
    await expect(page.getByRole('heading', { name: 'Mijn vragen (1)' })).toBeVisible();
  });
});

test('alleen met het toetsenbord: zoeken, filteren en toevoegen', async ({ page }) => {
  await openBank(page);
  // Tab from the top of the page to the search box.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await search(page).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(search(page)).toBeFocused();
  await page.keyboard.type('thuiswerk');
  await expect(results(page).first()).toBeVisible();
  // Tab on to the role filter and choose with the arrow keys.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Wie stelt de vraag?')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Thema', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Fase van het gesprek')).toBeFocused();
  // Onward to the first "add" button in the results.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name.includes('Voeg toe aan mijn vragen')) break;
  }
  await expect(page.locator(':focus')).toHaveText(/Voeg toe aan mijn vragen/);
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText(/Haal uit mijn vragen/);
  await expect(page.getByRole('heading', { name: 'Mijn vragen (1)' })).toBeVisible();
  // Focus is always visible.
  const outline = await page.locator(':focus').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test.describe('zonder JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('toont alle vragen, zonder knoppen die niet werken', async ({ page }) => {
    await page.goto('/vragen/');
    const items = page.locator('li.qb-q');
    expect(await items.count()).toBeGreaterThanOrEqual(250);
    // Why to ask it, and the warning on a question that can touch private life.
    await expect(page.locator('#vraag-sam-01 .qb-q-why')).toContainText('Waarom deze vraag?');
    await expect(page.locator('#vraag-wpl-01 .qb-q-warn')).toContainText('niet in het verslag');
    await expect(page.getByRole('heading', { name: 'Begin hier: tien vragen voor een eerste gesprek' })).toBeVisible();
    await expect(page.locator('#vraag-sam-01')).toBeVisible();
    await expect(page.locator('#vraag-sam-01 .qb-phase')).toHaveAttribute('href', '/gids/zeven-fasen/#fase-3');
    await expect(page.locator('#vraag-sam-01 .qb-q-follow')).toContainText('Doorvragen: Met wie werk je het makkelijkst samen? · Waar loopt het soms stroef?');
    await expect(page.getByRole('heading', { level: 2, name: 'Samenwerking' })).toBeVisible();
    // (Playwright's text search skips <noscript>, so find the note by its class.)
    await expect(page.locator('.qb-nojs-note')).toBeVisible();
    await expect(page.locator('.qb-nojs-note')).toContainText('werken met JavaScript');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('button', { name: /Voeg toe/ }).first()).toBeHidden();
  });
});

test('geen horizontale overloop op 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await openBank(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  // The panel is folded away on a narrow screen and opens with its button.
  const toggle = panel(page).getByRole('button', { name: /^Mijn vragen \(\d+\)/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.locator('#vraag-loo-16').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
  await toggle.click();
  await expect(panel(page).getByRole('button', { name: /Mijn vragen \(1\)/ })).toHaveAttribute('aria-expanded', 'true');
  await panel(page).getByLabel('Eigen vraag toevoegen').fill('Functioneringsgesprekkenvoorbereidingsformulierenbeheer'.repeat(2) + '?');
  await panel(page).getByRole('button', { name: 'Toevoegen' }).click();
  await search(page).fill('ontwikkelingsmogelijkheden');
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test('het zoekvak heeft plaats voor een hele regel tekst, ook met dubbel zo grote letters', async ({ page }) => {
  // The search box has a set height (so that a key re-lays out the box alone): that height
  // must follow the text size, or large text would be cut off.
  await openBank(page);
  const box = search(page);
  /** The box's height, and the room inside it for the text, against the line of text itself. */
  const room = () =>
    box.evaluate((el: HTMLInputElement) => {
      const s = getComputedStyle(el);
      const inner = el.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
      return { height: el.getBoundingClientRect().height, inner, line: parseFloat(s.lineHeight) };
    });
  await box.fill('Gesprekken, zorgen en jij');
  const normal = await room();
  expect(normal.inner).toBeGreaterThanOrEqual(normal.line - 0.5);
  expect(normal.height).toBeGreaterThanOrEqual(44); // a touch target of at least 44 px
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  const large = await room();
  expect(large.inner).toBeGreaterThanOrEqual(large.line - 0.5);
  expect(large.height).toBeGreaterThan(normal.height * 1.8);
  await expect(box).toHaveValue('Gesprekken, zorgen en jij');
});

test('een zin als zoekvraag: heeft geen vraag alle woorden, dan de vragen met de meeste, met het woord dat ontbreekt', async ({ page }) => {
  await openBank(page);
  await search(page).fill('mijn medewerker is vaak ziek');
  await expect(page.locator('.qb-partial')).toContainText('Geen vraag bevat al je zoekwoorden');
  await expect(page.locator('#treffer-wpl-17')).toBeVisible();
  await expect(page.locator('#treffer-wpl-17')).toContainText(/Zonder: .*(vaak|medewerker)/);
  await axe(page, ['.qb-hits']);
  // Every word found: no such note.
  await search(page).fill('verslag oneens');
  await expect(page.locator('.qb-list li').first()).toBeVisible();
  await expect(page.locator('.qb-partial')).toHaveCount(0);
});

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe over the page, or over the parts named by `include` (CSS selectors). */
async function axe(page: Page, include: string[] = []) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  let builder = new AxeBuilder({ page }).withTags(WCAG);
  for (const sel of include) builder = builder.include(sel);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('axe: geen toegankelijkheidsfouten, ook met zoekresultaten en een gevulde lijst', async ({ page }) => {
  // The whole bank is one long page: axe needs its time on a busy machine.
  test.setTimeout(360_000);
  const scan = () => axe(page);
  await openBank(page);
  await scan();
  await page.locator('#vraag-ter-01').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
  await page.locator('#vraag-sam-01').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
  await search(page).fill('samenwerkng');
  await expect(page.locator('#qb-treffers mark').first()).toBeVisible();
  await panel(page).getByRole('button', { name: 'Bewerk vraag 2' }).click();
  await panel(page).getByRole('button', { name: 'Lijst wissen' }).click();
  await scan();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/vragen/mijn-vragen/');
  await expect(page.locator('.qb-mine-text')).toHaveCount(2);
  await scan();
});

/** Fills localStorage to the last byte, so the next write throws QuotaExceededError. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`gw-test-vulling-${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

const freeStorage = (page: Page) =>
  page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('gw-test-vulling-')) localStorage.removeItem(k);
  });

const storedList = (page: Page) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as Array<{ id: string; text: string }> | null, STORAGE_KEY);

test.describe('opslag die niet meewerkt', () => {
  test('volle opslag: de vraag blijft op het scherm, een melding zegt wat je kunt doen, en niets gaat verloren', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openBank(page);
    await page.locator('#vraag-ter-01').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
    await expect(page.getByRole('heading', { name: 'Mijn vragen (1)' })).toBeVisible();
    await fillStorage(page);

    await page.locator('#vraag-sam-01').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
    await expect(page.getByRole('heading', { name: 'Mijn vragen (2)' })).toBeVisible();
    await expect(page.locator('#vraag-sam-01').getByRole('button', { name: 'Haal uit mijn vragen' })).toBeVisible();
    const alert = panel(page).getByRole('alert');
    await expect(alert).toContainText('De opslag van je browser is vol');
    await expect(alert).toContainText(/Kopieer als tekst|Afdrukken/);
    await expect(myItems(page)).toHaveCount(2);
    expect(errors).toEqual([]);
    await axe(page, ['#mijn-vragen']);
    // The stored list is still the last one that was saved.
    expect((await storedList(page))?.map((q) => q.id)).toEqual(['ter-01']);

    // Once there is room again, the next change saves the whole list.
    await freeStorage(page);
    await page.locator('#vraag-ont-01').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
    await expect(page.getByRole('heading', { name: 'Mijn vragen (3)' })).toBeVisible();
    expect((await storedList(page))?.map((q) => q.id)).toEqual(['ter-01', 'sam-01', 'ont-01']);
    await expect(panel(page).getByText('De opslag van je browser is vol')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('geblokkeerde opslag: de pagina zegt het meteen, en de lijst werkt zolang de pagina open is', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await openBank(page);
    const alert = panel(page).getByRole('alert');
    await expect(alert).toContainText('Je browser laat deze site niets bewaren');
    await axe(page, ['#mijn-vragen']);
    await page.locator('#vraag-ter-01').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
    await expect(page.getByRole('heading', { name: 'Mijn vragen (1)' })).toBeVisible();
    await expect(myItems(page)).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('1000 vragen in de opslag: de pagina zegt hoeveel ze toont, en een wijziging bewaart ze allemaal', async ({ page }) => {
    await page.addInitScript((k) => {
      if (sessionStorage.getItem('seeded')) return;
      const list = Array.from({ length: 1000 }, (_, i) => ({ id: `eigen-${String(i).padStart(8, '0')}`, text: `Eigen vraag nummer ${i + 1}?` }));
      localStorage.setItem(k, JSON.stringify(list));
      sessionStorage.setItem('seeded', '1');
    }, STORAGE_KEY);
    await page.goto('/vragen/mijn-vragen/');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Je lijst (1000)' })).toBeVisible();
    await expect(page.locator('.qb-mine-text')).toHaveCount(200);
    await expect(page.getByText('Je lijst telt 1000 vragen. Hier zie je de eerste 200.')).toBeVisible();

    await page.getByRole('button', { name: 'Verwijder vraag 1', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Je lijst (999)' })).toBeVisible();
    const stored = await storedList(page);
    expect(stored).toHaveLength(999);
    expect(stored?.[0]?.text).toBe('Eigen vraag nummer 2?');
    expect(stored?.[998]?.text).toBe('Eigen vraag nummer 1000?');

    await page.getByRole('button', { name: 'Toon alle 999 vragen' }).click();
    await expect(page.locator('.qb-mine-text')).toHaveCount(999);
  });
});

test.describe('navigatie', () => {
  test('filters en zoeken maken geen stappen in de geschiedenis: één keer Terug en je bent weer waar je was', async ({ page }) => {
    await page.goto('/voorbereiden/');
    await openBank(page);
    await page.getByLabel('Wie stelt de vraag?').selectOption('medewerker');
    await expect(page).toHaveURL(/\?rol=medewerker$/);
    await page.getByLabel('Thema', { exact: true }).selectOption('loopbaan');
    await expect(page).toHaveURL(/thema=loopbaan/);
    await search(page).fill('groei');
    await expect(page).toHaveURL(/q=groei/);
    await page.getByLabel('Fase van het gesprek').selectOption('5');
    await expect(page).toHaveURL(/fase=5/);
    await page.goBack();
    await expect(page).toHaveURL(/\/voorbereiden\/$/);
  });

  test('de link terug gaat naar het blad waar je vandaan kwam', async ({ page }) => {
    const back = () => page.locator('a.qb-back');
    // Followed from the employee's sheet (same-origin referrer).
    await page.goto('/voorbereiden/medewerker/');
    await page.evaluate(() => {
      window.location.href = '/vragen/';
    });
    await expect(page).toHaveURL(/\/vragen\/$/);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(back()).toHaveAttribute('href', '/voorbereiden/medewerker/');
    await expect(back()).toHaveText(/medewerker/);
    // It stays right while filtering.
    await page.getByLabel('Thema', { exact: true }).selectOption('loopbaan');
    await expect(back()).toHaveAttribute('href', '/voorbereiden/medewerker/');

    // Named in the link (?terug=…).
    await openBank(page, '?terug=%2Fvoorbereiden%2Fleidinggevende%2F');
    await expect(back()).toHaveAttribute('href', '/voorbereiden/leidinggevende/');
    await page.getByLabel('Wie stelt de vraag?').selectOption('leidinggevende');
    await expect(page).toHaveURL(/terug=/);
    await page.reload();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(back()).toHaveAttribute('href', '/voorbereiden/leidinggevende/');

    // Another site is never a target.
    for (const bad of ['https%3A%2F%2Fvoorbeeld.org%2F', '%2F%2Fvoorbeeld.org%2F', 'javascript%3Aalert(1)']) {
      await openBank(page, `?terug=${bad}`);
      await expect(back()).toHaveAttribute('href', '/voorbereiden/');
      await expect(back()).toHaveText(/Naar je voorbereiding/);
    }
  });
});


test.describe('de vragenbank zelf', () => {
  test('staat één keer in de pagina: het eiland krijgt de vragen niet nog eens als data', async ({ page }) => {
    const response = await page.request.get('/vragen/');
    const html = await response.text();
    // A question outside the starter set appears once; its "why" once.
    const text = 'Welke ideeën heb je om het werk in onze zaak slimmer of sneller te maken?';
    expect(html.split(text).length - 1).toBe(1);
    const props = /<astro-island[^>]*component-url="[^"]*QuestionBank[^"]*"[^>]*props="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(props.length).toBeGreaterThan(0);
    expect(props.length).toBeLessThan(3000);
    expect(props).not.toContain('ideeën');
  });

  test('Begin hier: de tien vragen staan bovenaan en gaan met één knop in Mijn vragen', async ({ page }) => {
    await openBank(page);
    const starter = page.locator('#begin-hier');
    await expect(starter.getByRole('heading', { name: 'Begin hier: tien vragen voor een eerste gesprek' })).toBeVisible();
    await expect(starter.locator('li')).toHaveCount(10);
    // Each links to its place in the bank.
    const first = starter.locator('li a').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^#vraag-[a-z]{3}-\d{2}$/);
    await expect(page.locator(href!)).toHaveCount(1);

    await page.locator('#vraag-ter-01').getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
    await starter.getByRole('button', { name: 'Zet alle 10 in mijn vragen' }).click();
    await expect(page.getByRole('heading', { name: 'Mijn vragen (11)' })).toBeVisible();
    await expect(page.locator('.qb-tools-wrap [role="status"]').last()).toHaveText(/^10 vragen toegevoegd aan Mijn vragen\./);
    const stored = (await storedList(page))!.map((q) => q.id);
    const starterIds = await starter.locator('li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.starter));
    expect(stored).toEqual(['ter-01', ...starterIds]);
    // Their add buttons in the bank now say they are in the list.
    await expect(page.locator(`#vraag-${starterIds[0]}`).getByRole('button', { name: 'Haal uit mijn vragen' })).toBeVisible();
    // A second time adds nothing.
    await starter.getByRole('button', { name: 'Zet alle 10 in mijn vragen' }).click();
    await expect(page.locator('.qb-tools-wrap [role="status"]').last()).toHaveText(/Geen nieuwe vragen toegevoegd\. 10 vragen stonden er al in\./);
    await expect(page.getByRole('heading', { name: 'Mijn vragen (11)' })).toBeVisible();
  });

  test('elke vraag zegt waarom je ze stelt; gevoelige vragen waarschuwen voor het verslag', async ({ page }) => {
    await openBank(page);
    await expect(page.locator('#vraag-fun-01 .qb-q-why')).toHaveText(/^Waarom deze vraag\? \S/);
    expect(await page.locator('li.qb-q .qb-q-why').count()).toBe(await page.locator('li.qb-q').count());
    await search(page).fill('ziekte');
    await expect(page.locator('#treffer-wpl-17 .qb-q-warn')).toContainText('gezondheid of privéleven');
    await expect(page.locator('#treffer-wpl-17 .qb-q-why')).toBeVisible();
  });

  test('een vraag uit een oudere versie wijst naar de vraag die haar verving', async ({ page }) => {
    await page.addInitScript((k) => {
      localStorage.setItem(k, JSON.stringify([{ id: 'ter-14', text: 'Welk punt wil je vandaag zeker bespreken?', sourceId: 'ter-14', phase: 1 }, { id: 'sam-07', text: 'Hoe lopen de afspraken met andere afdelingen?', sourceId: 'sam-07' }]));
    }, STORAGE_KEY);
    await page.goto('/vragen/mijn-vragen/');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('.qb-mine-item').first().getByRole('link')).toHaveAttribute('href', '/vragen/#vraag-ver-01');
    await expect(page.locator('.qb-mine-item').nth(1)).toContainText('Uit een oudere versie van de vragenbank');
  });
});
