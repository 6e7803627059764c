/**
 * The report journey: fill in, SMART hints, autosave, two signatures (mouse and keyboard),
 * the signed PDF (read back with pdftotext, an independent reader), reopening it as the
 * employee, the check page, the calendar file, the worked example, and axe scans.
 */
import { test, expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { islandsReady } from './support/islands';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(summary, label).toEqual([]);
}

/** Opens /verslag/ and waits until the stored document is loaded. */
async function openReport(page: Page) {
  await page.goto('/verslag/');
  await expect(page.locator('.save-state')).toContainText(/bewaard|Opgeslagen/);
}

async function waitSaved(page: Page) {
  await expect(page.locator('.save-state')).toContainText('Opgeslagen');
}

const panel = (page: Page, role: 'leidinggevende' | 'medewerker') => page.locator(`section[aria-labelledby="teken-${role}-titel"]`);
const statusOf = (page: Page, role: 'leidinggevende' | 'medewerker') => page.locator(`#teken-${role}-status`);

/** Draws a signature-like line with the mouse on the panel's canvas. */
async function drawSignature(page: Page, p: Locator) {
  const canvas = p.getByTestId('tekenvak');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  await canvas.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = (await canvas.boundingBox())!;
  const y0 = box.y + box.height * 0.6;
  await page.mouse.move(box.x + 30, y0);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) {
    await page.mouse.move(box.x + 30 + i * 10, y0 - Math.sin(i / 2.5) * box.height * 0.3, { steps: 2 });
  }
  await page.mouse.up();
  await expect(p.getByRole('button', { name: 'Wis tekening' })).toBeEnabled();
}

async function download(page: Page, trigger: () => Promise<unknown>, info: TestInfo, name: string) {
  const [dl] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = info.outputPath(name);
  await dl.saveAs(path);
  return { path, suggested: dl.suggestedFilename() };
}

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

async function fillDetails(page: Page) {
  await page.getByLabel('Organisatie').fill('Garage Peeters');
  await page.getByLabel('Naam van de medewerker').fill('Zoë Wiśniewska');
  await page.getByLabel('Functie van de medewerker').fill('Mecanicien');
  await page.getByLabel('Naam van de leidinggevende').fill('Jeroen Peeters');
  await page.getByLabel('Functie van de leidinggevende').fill('Zaakvoerder');
  await page.getByLabel('Datum van het gesprek').fill('2026-11-20');
}

const VAGUE = 'We bekijken of Zoë de diagnoses beter kan doen';
const SMART = 'Zoë volgt de cursus elektrische diagnose bij Syntra en doet daarna 3 diagnoses alleen';

/** Adds an agreement with a vague verb; returns the row's base id. */
async function addVagueAgreement(page: Page) {
  await page.getByRole('button', { name: '+ Afspraak toevoegen' }).click();
  await page.locator('#afspraak-0-wat').fill(VAGUE);
  await page.locator('#afspraak-0-wie').selectOption('medewerker');
  await page.locator('#afspraak-0-naam').fill('Zoë Wiśniewska');
  await page.locator('#afspraak-0-datum').fill('2027-01-15');
  await page.locator('#afspraak-0-meting').fill('Attest behaald en drie diagnoses zonder hulp in januari');
  await page.locator('#afspraak-0-steun').fill('De garage betaalt de cursus; de lessen vallen in werktijd');
}

test.describe('verslag', () => {
  test.setTimeout(120_000);

  test('fill, SMART hint, sign as manager, PDF, reopen as employee, sign, check', async ({ page, browser }, info) => {
    await openReport(page);
    await axe(page, '/verslag/ leeg');
    await fillDetails(page);
    await page.getByLabel('Wat vertelde de medewerker?').fill('Zoë is trots op de snelle herstellingen aan bestelwagens.');

    // An agreement with a vague verb gets a SMART hint, live; fixing it removes the hint.
    await addVagueAgreement(page);
    const smart = page.locator('#afspraak-0-smart');
    await expect(smart.locator('[data-hint="vaag"]')).toContainText('‘bekijken’');
    await expect(page.locator('#afspraak-0-wat')).toHaveAttribute('aria-describedby', /afspraak-0-tip-vaag/);
    await axe(page, '/verslag/ met tips');
    await page.locator('#afspraak-0-wat').fill(SMART);
    await expect(smart.locator('[data-hint="vaag"]')).toHaveCount(0);
    await expect(smart).toContainText('SMART.');

    // Reload halfway: everything is still there.
    await waitSaved(page);
    await page.reload();
    await expect(page.getByLabel('Naam van de medewerker')).toHaveValue('Zoë Wiśniewska');
    await expect(page.locator('#afspraak-0-wat')).toHaveValue(SMART);
    await expect(page.getByLabel('Wat vertelde de medewerker?')).toHaveValue(/snelle herstellingen/);

    // The manager signs with the mouse.
    const manager = panel(page, 'leidinggevende');
    await expect(manager.getByLabel('Naam', { exact: true })).toHaveValue('Jeroen Peeters');
    await drawSignature(page, manager);
    await manager.getByRole('button', { name: /Plaats handtekening/ }).click();
    await expect(statusOf(page, 'leidinggevende')).toContainText('Geldig: getekend door Jeroen Peeters');
    await expect(statusOf(page, 'leidinggevende')).toContainText('voor akkoord');
    await expect(manager.locator('svg.signature-preview polyline').first()).toBeVisible();
    await axe(page, '/verslag/ met handtekening');

    // The PDF: text checked with an independent reader.
    const first = await download(page, () => page.getByRole('button', { name: 'Download PDF' }).click(), info, 'manager.pdf');
    expect(first.suggested).toMatch(/^verslag-zoe-wisniewska-2026-11-20\.pdf$/);
    const text1 = pdfText(first.path);
    for (const s of ['Zoë Wiśniewska', 'Jeroen Peeters', 'Garage Peeters', 'elektrische diagnose', 'pagina 1 van']) expect(text1).toContain(s);
    await waitSaved(page);

    // The employee opens the PDF in a fresh browser.
    const ctx = await browser.newContext();
    const emp = await ctx.newPage();
    await openReport(emp);
    await emp.locator('.doc-actions input[type=file]').setInputFiles(first.path);
    await expect(emp.locator('.doc-message')).toContainText('geïmporteerd');
    await expect(emp.getByLabel('Naam van de medewerker')).toHaveValue('Zoë Wiśniewska');
    await expect(statusOf(emp, 'leidinggevende')).toContainText('Geldig: getekend door Jeroen Peeters');

    // The employee's reaction does not break the manager's signature.
    await emp.getByLabel('Reactie van de medewerker op het verslag').fill('Ik ben akkoord. De cursus past het best in januari.');
    await expect(statusOf(emp, 'leidinggevende')).toContainText('Geldig');
    const employee = panel(emp, 'medewerker');
    await expect(employee.getByLabel('Naam', { exact: true })).toHaveValue('Zoë Wiśniewska');
    await drawSignature(emp, employee);
    await employee.getByRole('button', { name: /Plaats handtekening/ }).click();
    await expect(statusOf(emp, 'medewerker')).toContainText('Geldig: getekend door Zoë Wiśniewska');
    await expect(statusOf(emp, 'leidinggevende')).toContainText('Geldig');

    const final = await download(emp, () => emp.getByRole('button', { name: 'Download PDF' }).click(), info, 'final.pdf');
    const text2 = pdfText(final.path);
    expect(text2).toContain('De cursus past het best in januari');
    expect(text2).not.toContain('Let op');

    // The check page: both signatures match.
    await emp.goto('/controleren/');
    await islandsReady(emp);
    await emp.getByLabel('Kies de PDF van het verslag').setInputFiles(final.path);
    await expect(emp.locator('.verify-summary')).toContainText('De inhoud is niet veranderd sinds beide handtekeningen');
    await expect(emp.locator('.verify-signature')).toHaveCount(2);
    await expect(emp.locator('.verify-verdict.tone-geldig')).toHaveCount(2);
    await expect(emp.locator('.verify-facts')).toContainText('Zoë Wiśniewska');
    await expect(emp.locator('.verify-facts')).toContainText('20 november 2026');
    await axe(emp, '/controleren/ met resultaat');

    // Open it in the form, change a field: both signatures no longer match.
    await emp.getByRole('button', { name: 'Open in het verslagformulier' }).click();
    await expect(emp).toHaveURL(/\/verslag\/$/);
    await expect(emp.getByLabel('Naam van de medewerker')).toHaveValue('Zoë Wiśniewska');
    await expect(statusOf(emp, 'medewerker')).toContainText('Geldig');
    await emp.getByLabel('Functie van de medewerker').fill('Eerste mecanicien');
    await expect(statusOf(emp, 'leidinggevende')).toContainText('Verouderd: de inhoud is gewijzigd');
    await expect(statusOf(emp, 'medewerker')).toContainText('Verouderd');
    await ctx.close();
  });

  test('the check page also checks a file chosen before its script had loaded (slow phone)', async ({ page }, info) => {
    const plain = await PDFDocument.create();
    plain.addPage();
    const plainPath = info.outputPath('vroeg.pdf');
    writeFileSync(plainPath, await plain.save());
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/VerifyReport\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/controleren/', { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Kies de PDF van het verslag').setInputFiles(plainPath);
    release();
    await expect(page.locator('.verify-output')).toContainText(/geen gegevens|geen verslag/i);
  });

  test('the check page explains altered data, PDFs without data and other files', async ({ page }, info) => {
    // A report PDF whose embedded data was edited after signing.
    const report = {
      version: 1,
      kind: 'verslag',
      details: { employee: { name: 'Ahmet Yılmaz', jobTitle: 'Kapper' }, manager: { name: 'Els De Smet', jobTitle: 'Zaakvoerder' }, date: '2026-10-02' },
      agreements: [{ what: 'Ahmet geeft elke maand één workshop kleuren', owner: 'medewerker', due: '2027-01-31', measure: 'Drie workshops gegeven' }],
      signatures: {
        manager: { name: 'Els De Smet', date: '2026-10-03T09:00:00.000Z', verdict: 'akkoord', method: 'getypt', fingerprint: 'a'.repeat(64) },
      },
    };
    const tampered = await PDFDocument.create();
    tampered.addPage();
    await tampered.attach(new TextEncoder().encode(JSON.stringify(report)), 'verslag.json', { mimeType: 'application/json' });
    const tamperedPath = info.outputPath('gewijzigd.pdf');
    writeFileSync(tamperedPath, await tampered.save());

    const plain = await PDFDocument.create();
    plain.addPage();
    const plainPath = info.outputPath('gewone.pdf');
    writeFileSync(plainPath, await plain.save());

    const junkPath = info.outputPath('foto.png');
    writeFileSync(junkPath, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)));

    await page.goto('/controleren/');
    await islandsReady(page);
    const input = page.getByLabel('Kies de PDF van het verslag');
    await input.setInputFiles(tamperedPath);
    await expect(page.locator('.verify-summary')).toContainText('Let op: de inhoud is veranderd nadat Els De Smet tekende');
    await expect(page.locator('.verify-verdict.tone-verouderd')).toContainText('Klopt niet');
    await expect(page.locator('.verify-facts')).toContainText('Ahmet Yılmaz');

    await input.setInputFiles(plainPath);
    await expect(page.locator('.verify-summary')).toContainText('In deze PDF zitten geen gegevens van een verslag');

    await input.setInputFiles(junkPath);
    await expect(page.locator('.verify-summary')).toContainText('geen PDF');
    await axe(page, '/controleren/ met foutmelding');
  });

  test('keyboard only: sign by typing your name', async ({ page }) => {
    await openReport(page);
    await page.getByLabel('Naam van de leidinggevende').fill('Jeroen Peeters');
    const drawn = page.locator('#teken-leidinggevende-methode-getekend');
    await drawn.focus();
    await page.keyboard.press('ArrowDown'); // radio group: to "Teken door je naam te typen"
    await expect(page.locator('#teken-leidinggevende-methode-getypt')).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.locator('#teken-leidinggevende-getypt')).toBeFocused();
    await page.keyboard.type('Jeroen Peeters');
    await page.keyboard.press('Tab');
    await expect(page.locator('#teken-leidinggevende-bevestig')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.locator('#teken-leidinggevende-plaats')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(statusOf(page, 'leidinggevende')).toContainText('Geldig: getekend door Jeroen Peeters');
    await expect(statusOf(page, 'leidinggevende')).toContainText('naam getypt');
    await expect(panel(page, 'leidinggevende').locator('.signature-typed')).toHaveText('Jeroen Peeters');
  });

  test('placing a signature without drawing or confirming says what is missing', async ({ page }) => {
    await openReport(page);
    const p = panel(page, 'medewerker');
    await p.getByLabel('Naam', { exact: true }).fill('Zoë');
    // "Voor gezien" without a reaction: a hint asks to explain why.
    await p.getByLabel(/Voor gezien/).check();
    await expect(p.locator('.hints')).toContainText('Je tekent voor gezien');
    await page.getByLabel('Reactie van de medewerker op het verslag').fill('Het deel over de planning klopt niet.');
    await expect(p.locator('.hints')).toHaveCount(0);
    await p.getByRole('button', { name: /Plaats handtekening/ }).click();
    await expect(p.locator('.notice.error')).toContainText('Teken eerst je handtekening');
    await p.getByLabel('Teken door je naam te typen').check();
    await p.getByLabel('Typ je naam als handtekening').fill('Zoë');
    await p.getByRole('button', { name: /Plaats handtekening/ }).click();
    await expect(p.locator('.notice.error')).toContainText('Vink aan');
    await expect(statusOf(page, 'medewerker')).toContainText('Nog niet getekend');
  });

  test('calendar file for the follow-up', async ({ page }, info) => {
    await openReport(page);
    await page.getByLabel('Naam van de medewerker').fill('Zoë Wiśniewska');
    await page.getByLabel('Datum van het gesprek').fill('2026-11-20');
    await page.getByRole('button', { name: 'Stel voor: 1 januari 2027' }).click();
    await expect(page.getByLabel('Tussentijds gesprek')).toHaveValue('2027-01-01');
    const ics = await download(page, () => page.getByRole('button', { name: 'Zet in je agenda (.ics)' }).click(), info, 'opvolging.ics');
    expect(ics.suggested).toBe('opvolging-zoe-wisniewska-2026-11-20.ics');
    const body = readFileSync(ics.path, 'utf8');
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body).toContain('\r\nDTSTART;VALUE=DATE:20270101\r\n');
    expect(body.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('"Voorbeeld laden" fills the form with the worked example', async ({ page }) => {
    await openReport(page);
    await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
    await expect(page.getByLabel('Naam van de medewerker')).toHaveValue('Łukasz Wójcik');
    await expect(page.locator('[id^="afspraak-"][id$="-wat"]')).toHaveCount(4);
    await expect(page.locator('[id^="terugblik-"][id$="-afspraak"]')).toHaveCount(3);
    await expect(page.locator('.smart-panel.is-smart')).toHaveCount(4);
    // A second time asks first, because the open document has content.
    let asked = '';
    page.once('dialog', (d) => { asked = d.message(); void d.dismiss(); });
    await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
    await expect.poll(() => asked).toContain('nieuw verslag');
  });

  test('"Neem over uit vorig verslag" appends the earlier agreements; a wrong file changes nothing', async ({ page }, info) => {
    const earlier = info.outputPath('vorig.json');
    writeFileSync(earlier, JSON.stringify({ kind: 'verslag', version: 1, details: { employee: { name: 'Lotte' }, date: '2025-11-03' }, agreements: [{ what: 'Lotte leert de nieuwe kassa' }, { what: 'Joris regelt een tweede weegschaal' }, { what: '' }] }));
    const wrong = info.outputPath('boodschappen.json');
    writeFileSync(wrong, JSON.stringify({ brood: 2, melk: 1 }));

    await openReport(page);
    const input = page.getByTestId('vorig-verslag');
    await input.setInputFiles(wrong);
    await expect(page.locator('#terugblik .row-message')).toContainText('Overnemen lukte niet');
    await expect(page.locator('#terugblik .row-message')).toContainText('Er is niets veranderd');
    await expect(page.locator('[id^="terugblik-"][id$="-afspraak"]')).toHaveCount(0);

    await input.setInputFiles(earlier);
    await expect(page.locator('#terugblik .row-message')).toContainText('2 afspraken uit het vorige verslag (Lotte, gesprek van 3 november 2025)');
    await expect(page.locator('#terugblik-0-afspraak')).toHaveValue('Lotte leert de nieuwe kassa');
    await expect(page.locator('#terugblik-1-afspraak')).toHaveValue('Joris regelt een tweede weegschaal');
    await expect(page.locator('#terugblik-0-status')).toHaveValue('');
  });

  test('development points: a live count that warns', async ({ page }) => {
    await openReport(page);
    await page.getByLabel('Wat goed gaat: sterke punten').fill('Stipt\nVriendelijk voor klanten');
    for (let i = 0; i < 4; i++) {
      await page.getByRole('button', { name: '+ Ontwikkelpunt toevoegen' }).click();
      await page.locator(`#ontwikkelpunt-${i}`).fill(`Punt ${i + 1}`);
    }
    const counter = page.locator('#punten-teller');
    await expect(counter).toContainText('2 sterke punten, 4 ontwikkelpunten');
    await expect(counter).toContainText('meer dan drie');
    await expect(counter).toContainText('zijn dat er 8; nu staan er 2');
  });
});

test('the report form fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openReport(page);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
  await expect(page.getByLabel('Naam van de medewerker')).toHaveValue('Łukasz Wójcik');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
