import { execFileSync } from 'node:child_process';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { readPdfDownload, readPdfFile, writeTemp } from './support/pdf';
import { islandsReady } from './support/islands';

const NAME = 'Łukasz Wójcik-Ayşe';
const PASTED = 'Eerste regel uit Word – met “slimme” aanhalingstekens\nTweede regel met emoji 🎂 en ğ, ı, ş, Å\n\nNa een lege regel.';

async function saved(page: Page) {
  await expect(page.locator('.save-state')).toContainText('Opgeslagen');
}

async function fillEmployee(page: Page) {
  await page.goto('/voorbereiden/medewerker/');
  await expect(page.locator('.save-state')).not.toContainText('Laden');
  await page.getByLabel('Je naam').fill(NAME);
  await page.getByLabel('Datum van het gesprek').fill('2026-12-03');
  await page.getByLabel('Waar ben je trots op?').fill(PASTED);
  await page.getByRole('button', { name: '+ Onderwerp toevoegen' }).click();
  await page.getByLabel('Onderwerp 1', { exact: true }).fill('Werkrooster in de zomer');
  await page.getByRole('button', { name: '+ Vorige afspraak toevoegen' }).click();
  await page.getByLabel('Afspraak', { exact: true }).fill('Cursus HACCP volgen');
  await page.getByLabel('Stand van zaken').selectOption('partly');
  await saved(page);
}

test.describe('preparation sheets', () => {
  test('fill, reload and find everything back', async ({ page }) => {
    await fillEmployee(page);
    await page.reload();
    await expect(page.getByLabel('Je naam')).toHaveValue(NAME);
    await expect(page.getByLabel('Waar ben je trots op?')).toHaveValue(PASTED);
    await expect(page.getByLabel('Onderwerp 1', { exact: true })).toHaveValue('Werkrooster in de zomer');
    await expect(page.getByLabel('Stand van zaken')).toHaveValue('partly');
  });

  test('a reload right after typing loses nothing (pending save is flushed)', async ({ page }) => {
    await page.goto('/voorbereiden/medewerker/');
    await expect(page.locator('.save-state')).not.toContainText('Laden');
    await page.getByLabel('Je naam').fill('Snel herladen');
    await page.reload();
    await expect(page.getByLabel('Je naam')).toHaveValue('Snel herladen');
  });

  test('download a PDF that an independent reader can read', async ({ page }) => {
    await fillEmployee(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('voorbereiding-medewerker-lukasz-wojcik-ayse-2026-12-03.pdf');
    const pdf = await readPdfDownload(download);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.text).toContain('Je voorbereiding op het gesprek');
    expect(pdf.text).toContain('Łukasz Wójcik-Ayşe');
    expect(pdf.text).toContain('Tweede regel met emoji');
    expect(pdf.text).toContain('Werkrooster in de zomer');
    expect(pdf.text.replace(/\s+/g, ' ')).toContain('Deels nagekomen');
    expect(pdf.text).toMatch(/pagina 1 van \d/);
    expect(pdf.info).toMatch(/Title:\s+Je voorbereiding op het gesprek/);
    await expect(page.getByText(/is gedownload/)).toBeVisible();
  });

  test('export, then import in another browser (a second person continues)', async ({ page, browser }) => {
    await fillEmployee(page);
    await page.getByRole('button', { name: 'Meer' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Reservekopie downloaden (.json)' }).click()]);
    await expect(page.locator('.doc-message')).toContainText('ook op een ander toestel');
    expect(download.suggestedFilename()).toMatch(/^voorbereiding-medewerker-lukasz-wojcik-ayse-2026-12-03\.json$/);
    const file = writeTemp('export.json', readFileSync((await download.path())!));

    const other = await browser.newContext();
    const page2 = await other.newPage();
    await page2.goto('/voorbereiden/medewerker/');
    await expect(page2.locator('.save-state')).not.toContainText('Laden');
    await page2.locator('input[type=file]').setInputFiles(file);
    await expect(page2.locator('.doc-message')).toContainText('is geopend');
    await expect(page2.getByLabel('Je naam')).toHaveValue(NAME);
    await expect(page2.getByLabel('Waar ben je trots op?')).toHaveValue(PASTED);
    await page2.reload();
    await expect(page2.getByLabel('Je naam')).toHaveValue(NAME);
    await other.close();
  });

  test('a wrong or damaged file gets a Dutch message and changes nothing', async ({ page }) => {
    await fillEmployee(page);
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['kapot.json', '{"format":"gesprekswijzer","kind":', /geen geldig JSON/],
      ['foto.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), /geen tekst \(JSON\) en geen PDF/],
      ['ander.json', JSON.stringify({ hallo: 'wereld' }), /geen bestand van Gesprekswijzer/],
      ['verslag.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', /Dit is een PDF/],
      ['leidinggevende.json', JSON.stringify({ format: 'gesprekswijzer', kind: 'voorbereiding-leidinggevende', version: 1, id: 'x', data: {} }), /voorbereiding van de leidinggevende/],
    ];
    for (const [name, content, message] of cases) {
      await page.locator('input[type=file]').setInputFiles(writeTemp(name, content));
      await expect(page.locator('.doc-message')).toContainText(message);
      await expect(page.locator('.doc-message')).toContainText('Er is niets veranderd');
      await expect(page.getByLabel('Je naam')).toHaveValue(NAME);
    }
  });

  test('several documents side by side; deleting asks first', async ({ page }) => {
    await fillEmployee(page);
    await page.getByRole('button', { name: 'Meer' }).click();
    await page.getByRole('button', { name: 'Nieuwe voorbereiding' }).click();
    await expect(page.getByLabel('Je naam')).toHaveValue('');
    await page.getByLabel('Je naam').fill('Fatima');
    await saved(page);
    const picker = page.getByLabel('Open voorbereiding');
    await expect(picker.locator('option')).toHaveCount(2);
    const first = await picker.locator('option', { hasText: NAME }).getAttribute('value');
    await picker.selectOption(first!);
    await expect(page.getByLabel('Je naam')).toHaveValue(NAME);

    page.once('dialog', (d) => d.dismiss());
    await page.getByRole('button', { name: 'Meer' }).click();
    await page.getByRole('button', { name: 'Verwijder deze voorbereiding…' }).click();
    await expect(page.getByLabel('Je naam')).toHaveValue(NAME);
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Meer' }).click();
    await page.getByRole('button', { name: 'Verwijder deze voorbereiding…' }).click();
    await expect(page.getByLabel('Je naam')).toHaveValue('Fatima');
    await page.reload();
    await expect(page.getByLabel('Je naam')).toHaveValue('Fatima');
    await expect(page.getByLabel('Open voorbereiding').locator('option')).toHaveCount(1);
  });

  test('manager sheet: hints on development points and strengths', async ({ page }) => {
    await page.goto('/voorbereiden/leidinggevende/');
    await expect(page.locator('.save-state')).not.toContainText('Laden');
    for (let i = 1; i <= 4; i++) {
      await page.getByRole('button', { name: '+ Ontwikkelpunt toevoegen' }).click();
      await page.locator(`#veld-developmentPoints-${i - 1}-behaviour`).fill(`Gedrag ${i}`);
    }
    const hints = page.locator('#veld-developmentPoints-tips');
    await expect(hints).toContainText('4 ontwikkelpunten');
    await expect(hints).toContainText('meer dan drie');
    await expect(hints).toContainText('twee sterke punten');
    await page.getByRole('button', { name: 'Ontwikkelpunt 4 verwijderen' }).click();
    await expect(hints).not.toContainText('meer dan drie');
    for (let i = 1; i <= 6; i++) {
      await page.getByRole('button', { name: '+ Sterk punt toevoegen' }).click();
      await page.getByLabel(`Sterk punt ${i}`, { exact: true }).fill(`Sterk ${i}`);
    }
    await expect(hints).not.toContainText('twee sterke punten');
    await expect(page.getByLabel('45 tot 60 minuten gepland, met wat ruimte erna')).not.toBeChecked();
    await page.getByLabel('45 tot 60 minuten gepland, met wat ruimte erna').check();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('questions from my personal list can be put on the sheet', async ({ page }) => {
    await page.goto('/voorbereiden/medewerker/');
    await page.evaluate(() =>
      localStorage.setItem('gw:mijn-vragen:v1', JSON.stringify([
        { id: 'sam-01', sourceId: 'sam-01', text: 'Hoe loopt de samenwerking in het team?' },
        { id: 'eigen-1', text: 'Kan ik de kassa leren bedienen?' },
      ])),
    );
    await page.reload();
    await page.getByText('Kies uit mijn vragenlijst (2)').click();
    await page.getByRole('button', { name: 'Zet op dit blad: Kan ik de kassa leren bedienen?' }).click();
    await expect(page.getByLabel('Vraag 1', { exact: true })).toHaveValue('Kan ik de kassa leren bedienen?');
    await page.getByLabel('Eigen vraag').fill('Mag ik thuiswerken op woensdag?');
    await page.getByLabel('Eigen vraag').press('Enter');
    await expect(page.getByLabel('Vraag 2', { exact: true })).toHaveValue('Mag ik thuiswerken op woensdag?');
    await page.getByRole('button', { name: 'Vraag 2 omhoog' }).click();
    await expect(page.getByLabel('Vraag 1', { exact: true })).toHaveValue('Mag ik thuiswerken op woensdag?');
  });

  test('questions picked in the question bank arrive on the sheet (real store, two islands)', async ({ page }) => {
    await page.goto('/vragen/');
    await islandsReady(page);
    const first = page.locator('#vraag-ter-01');
    const text = ((await page.locator('#vraag-ter-01-tekst').textContent()) ?? '').trim();
    await first.getByRole('button', { name: 'Voeg toe aan mijn vragen' }).click();
    await expect(first.getByRole('button', { name: 'Haal uit mijn vragen' })).toBeVisible();
    await page.goto('/voorbereiden/leidinggevende/');
    await islandsReady(page);
    await page.getByText('Kies uit mijn vragenlijst (1)').click();
    await page.getByRole('button', { name: 'Zet ze allemaal op het blad' }).click();
    await expect(page.getByLabel('Vraag 1', { exact: true })).toHaveValue(text);
  });

  test('keyboard only: fill and download', async ({ page }) => {
    await page.goto('/voorbereiden/medewerker/');
    await expect(page.locator('.save-state')).not.toContainText('Laden');
    const name = page.getByLabel('Je naam');
    for (let i = 0; i < 40 && !(await name.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(name).toBeFocused();
    await page.keyboard.type('Sofie Peeters');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kapster');
    await saved(page);
    const pdfButton = page.getByRole('button', { name: 'Download als PDF' });
    for (let i = 0; i < 60 && !(await pdfButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
    await expect(pdfButton).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^voorbereiding-medewerker-sofie-peeters\.pdf$/);
  });

  test('print shows the answers, not the controls', async ({ page }) => {
    await fillEmployee(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.doc-bar')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByText('Werkrooster in de zomer', { exact: true })).toBeVisible();
    // Ticked boxes stay visible on paper.
    await expect(page.getByLabel('Ik heb het vorige verslag en de afspraken nog eens gelezen')).toBeVisible();
  });

  test('a filled sheet printed from the browser takes as many pages as its PDF', async ({ page }, info) => {
    await fillEmployee(page);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als PDF' }).click()]);
    const pdfPath = info.outputPath('sheet.pdf');
    await dl.saveAs(pdfPath);
    await page.emulateMedia({ media: 'print' });
    const printed = writeTemp('printed.pdf', await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages(printed)).toBe(pages(pdfPath));
  });

  test('blank sheet prints without JavaScript, fillable PDF is there', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/voorbereiden/leidinggevende/blanco/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voorbereiding voor de leidinggevende');
    expect(await page.locator('.line').count()).toBeGreaterThan(20);
    await context.close();
    for (const rol of ['medewerker', 'leidinggevende']) {
      const res = await request.get(`/voorbereiden/${rol}/invulbaar.pdf`);
      expect(res.status()).toBe(200);
      const body = await res.body();
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      const pdf = readPdfFile(writeTemp(`${rol}.pdf`, body));
      expect(pdf.info).toMatch(/Form:\s+AcroForm/);
      expect(pdf.text).toContain(rol === 'medewerker' ? 'Waar ben je trots op?' : 'Wat gaat goed?');
    }
  });

  test('@phone the sheet works on a small screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await fillEmployee(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test.describe('a browser that blocks storage', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('De toegang is geweigerd', 'SecurityError'); } });
    });
  });

  test('the sheet still works, says it cannot keep anything, and can still make a PDF', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/voorbereiden/medewerker/');
    await expect(page.getByRole('alert')).toContainText('laat deze site niets bewaren');
    await page.getByLabel('Je naam').fill('Noor');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als PDF' }).click()]);
    expect((await readPdfDownload(download)).text).toContain('Noor');
    expect(errors).toEqual([]);
  });

  test('the question bank and the report still load', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/vragen/');
    await page.getByRole('searchbox').first().fill('samenwerking');
    await expect(page.getByRole('status').first()).toContainText(/\d/);
    await page.goto('/verslag/');
    await expect(page.getByRole('alert').first()).toContainText('laat deze site niets bewaren');
    expect(errors).toEqual([]);
  });
});
