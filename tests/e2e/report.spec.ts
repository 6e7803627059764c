/**
 * The report journey, as two people on two devices: the manager fills in and signs on a laptop,
 * the employee opens the PDF on a 360 px phone, reads, reacts, signs "voor gezien" and sends it
 * back; the manager opens the final PDF; /controleren/ checks the whole file and compares copies.
 * PDFs are read with poppler (an independent reader). axe runs in every state.
 */
import { test, expect, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument, rgb } from 'pdf-lib';
import { islandsReady } from './support/islands';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(summary, label).toEqual([]);
}

async function openReport(page: Page) {
  await page.goto('/verslag/');
  await expect(page.locator('.save-state')).toContainText(/bewaard|Opgeslagen/);
  // Every section awake (the form is locked until then): a file set on a sleeping section's input would be lost.
  await islandsReady(page);
}

const waitSaved = (page: Page) => expect(page.locator('.save-state')).toContainText('Opgeslagen');
const pdfText = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');

async function download(page: Page, trigger: () => Promise<unknown>, info: TestInfo, name: string) {
  const [dl] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = info.outputPath(name);
  await dl.saveAs(path);
  return { path, suggested: dl.suggestedFilename() };
}

/** Draws a signature-like line on a panel's canvas. */
async function drawSignature(page: Page, panel: Locator) {
  const canvas = panel.getByTestId('tekenvak');
  await canvas.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  const box = (await canvas.boundingBox())!;
  const y0 = box.y + box.height * 0.6;
  await page.mouse.move(box.x + 30, y0);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) await page.mouse.move(box.x + 30 + i * 10, y0 - Math.sin(i / 2.5) * box.height * 0.3, { steps: 2 });
  await page.mouse.up();
  await expect(panel.getByRole('button', { name: 'Wis tekening' })).toBeEnabled();
}

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

async function addAgreement(page: Page, what: string) {
  await page.getByRole('button', { name: '+ Afspraak toevoegen' }).click();
  await page.locator('#veld-agreements-0-what').fill(what);
  await page.locator('#veld-agreements-0-owner').selectOption('employee');
  await page.locator('#veld-agreements-0-ownerName').fill('Zoë Wiśniewska');
  await page.locator('#veld-agreements-0-due').fill('2027-01-15');
  await page.locator('#veld-agreements-0-measure').fill('Attest behaald en drie diagnoses zonder hulp in januari');
  await page.locator('#veld-agreements-0-support').fill('De garage betaalt de cursus; de lessen vallen in werktijd');
}

/** The manager's part on the laptop: fill, SMART, completeness, sign. Returns the PDF she sends. */
async function managerFillsAndSigns(page: Page, info: TestInfo) {
  test.slow(); // a whole report is typed and signed before the part under test starts
  await openReport(page);
  await axe(page, '/verslag/ leeg');
  // A blank report cannot be signed: the check says what is missing, with links.
  await page.locator('#teken-leidinggevende-plaats').click();
  await expect(page.locator('#teken-leidinggevende-ontbreekt')).toContainText('De naam van de medewerker ontbreekt');
  await fillDetails(page);
  await page.getByLabel('Wat vertelde de medewerker?').fill('Zoë is trots op de snelle herstellingen aan bestelwagens.');
  await addAgreement(page, VAGUE);
  const smart = page.locator('#veld-agreements-0-smart');
  await expect(smart.locator('[data-hint="vague"]')).toContainText('‘bekijken’');
  await expect(page.locator('#veld-agreements-0-what')).toHaveAttribute('aria-describedby', /veld-agreements-0-tip-vague/);
  await page.locator('#veld-agreements-0-what').fill(SMART);
  await expect(smart).toContainText('SMART.');
  // Everything that was missing is gone as soon as it is filled in.
  await expect(page.locator('.completeness')).toHaveCount(0);
  await waitSaved(page);
  await page.reload();
  await expect(page.locator('#veld-agreements-0-what')).toHaveValue(SMART);

  const panel = page.locator('.sign-panel').first();
  await expect(panel.getByLabel('Je naam', { exact: true })).toHaveValue('Jeroen Peeters');
  // No default for "voor gezien / voor akkoord".
  await expect(panel.getByLabel(/Voor gezien/)).not.toBeChecked();
  await expect(panel.getByLabel(/Voor akkoord/)).not.toBeChecked();
  await drawSignature(page, panel);
  await panel.getByRole('button', { name: /Plaats handtekening/ }).click();
  await expect(panel.locator('.sign-problems')).toContainText('Kies: voor gezien of voor akkoord');
  await panel.getByLabel(/Voor akkoord/).check();
  await expect(panel.locator('.sign-problems')).toHaveCount(0);
  await drawSignature(page, panel);
  await panel.getByRole('button', { name: /Plaats handtekening/ }).click();

  // Locked: a status at the top, no editable content.
  await expect(page.locator('#verslag-status')).toBeFocused();
  await expect(page.locator('#verslag-status')).toHaveText('Wacht op de handtekening van Zoë Wiśniewska');
  await expect(page.locator('.signature-summary [data-role="manager"]')).toHaveAttribute('data-status', 'valid');
  await expect(page.locator('.signature-summary [data-role="manager"]')).toContainText(/voor akkoord, \d+\s\p{L}+\s\d{4} om \d\d:\d\d \(UTC\+[12], Europe\/Brussels\)/u);
  await expect(page.getByLabel('Naam van de medewerker')).toHaveCount(0);
  await axe(page, '/verslag/ getekend door de leidinggevende');

  const sent = await download(page, () => page.locator('.next-step').getByRole('button', { name: 'Download PDF' }).click(), info, 'manager.pdf');
  expect(sent.suggested).toBe('verslag-zoe-wisniewska-2026-11-20.pdf');
  const text = pdfText(sent.path);
  for (const s of ['Zoë Wiśniewska', 'Jeroen Peeters', 'Garage Peeters', 'elektrische diagnose', 'Zo teken of controleer je dit verslag', '/controleren/', 'pagina 1 van']) expect(text).toContain(s);
  // A ready mail text names the fingerprint.
  await page.locator('.next-step summary', { hasText: 'Tekst voor de mail' }).click();
  const mail = page.locator('.next-step a', { hasText: 'Open een mail met deze tekst' });
  await expect(mail).toHaveAttribute('href', /^mailto:\?subject=Verslag%20van%20ons%20gesprek/);
  await expect(page.locator('.mail-body')).toContainText('vingerafdruk');
  return sent.path;
}

async function phone(browser: Browser) {
  return browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
}

test.describe('verslag: twee mensen, twee toestellen', () => {
  test.setTimeout(180_000);

  test('manager signs on a laptop; employee reads, reacts and signs on a 360 px phone; the manager opens the final PDF; the check page agrees', async ({ page, browser }, info) => {
    const sentPath = await managerFillsAndSigns(page, info);

    // The employee, on a phone, opens the PDF from the mail.
    const ctx = await phone(browser);
    const emp = await ctx.newPage();
    await openReport(emp);
    await emp.getByTestId('open-verslag').setInputFiles(sentPath);
    await expect(emp.locator('#verslag-status')).toHaveText('Wacht op de handtekening van Zoë Wiśniewska');
    await expect(emp.locator('.signature-summary [data-role="manager"]')).toHaveAttribute('data-status', 'valid');
    // The whole report to read; nothing of the manager's content can be edited or removed.
    const read = emp.locator('.countersign .read-view');
    await expect(read).toContainText('elektrische diagnose');
    await expect(read).toContainText('Garage Peeters');
    await expect(emp.getByRole('button', { name: /verwijderen/ })).toHaveCount(0);
    await expect(emp.locator('.countersign textarea')).toHaveCount(1);
    expect(await emp.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await axe(emp, 'tegentekenen op de telefoon');

    await emp.getByLabel('Reactie van de medewerker op het verslag').fill('De cursus past het best in januari. Het deel over de planning klopt niet helemaal.');
    const panel = emp.locator('.countersign .sign-panel');
    await panel.getByLabel(/Voor gezien/).check();
    await panel.getByLabel('Typ je naam', { exact: true }).check();
    await panel.getByLabel('Typ je naam als handtekening').fill('Zoë Wiśniewska');
    await panel.getByLabel('Ik bevestig dat dit mijn handtekening is').check();
    await panel.getByRole('button', { name: /Plaats handtekening/ }).click();
    await expect(emp.locator('#verslag-status')).toHaveText('Door allebei getekend');
    await expect(emp.locator('.signature-summary [data-role="employee"]')).toContainText(/voor gezien, .* \(UTC\+1, Europe\/Amsterdam\)/);
    await expect(emp.locator('.signature-summary [data-role="manager"]')).toHaveAttribute('data-status', 'valid');
    await axe(emp, 'door allebei getekend, telefoon');
    const back = await download(emp, () => emp.getByRole('button', { name: 'Download de getekende PDF' }).click(), info, 'final.pdf');
    const text = pdfText(back.path);
    expect(text).toContain('De cursus past het best in januari');
    expect(text).toMatch(/Voor gezien/);
    expect(text).not.toContain('Let op');
    await ctx.close();

    // The manager opens the returned PDF: it replaces her copy.
    await page.locator('.doc-actions input[type=file]').setInputFiles(back.path);
    await expect(page.locator('.doc-message')).toContainText('Het bestand bevat alles van de versie die al in je browser stond');
    await expect(page.locator('#verslag-status')).toHaveText('Door allebei getekend');
    await expect(page.getByLabel('Open verslag').locator('option')).toHaveCount(1);

    // The older PDF (only her signature) again, e.g. from the mail: the copy signed by both is not overwritten.
    await page.locator('.doc-actions input[type=file]').setInputFiles(sentPath);
    await expect(page.locator('.doc-message')).toContainText('Die versie is niet weg');
    // It says what the older file lacks: the employee's signature (and her reaction).
    await expect(page.locator('.doc-message')).toContainText(/niet in dit bestand staat: .*de handtekening van de medewerker/);
    await expect(page.locator('#verslag-status')).not.toHaveText('Door allebei getekend');
    const kept = page.getByLabel('Open verslag').locator('option', { hasText: 'versie die in deze browser stond' });
    await expect(kept).toHaveCount(1);
    await page.getByLabel('Open verslag').selectOption({ label: (await kept.textContent())! });
    await expect(page.locator('#verslag-status')).toHaveText('Door allebei getekend');

    // The check page: the whole file is as made, both signatures hold, the report can be read.
    await page.goto('/controleren/');
    await islandsReady(page);
    await page.getByLabel('Kies de PDF van het verslag').setInputFiles(back.path);
    await expect(page.locator('.verify-summary')).toContainText('Dit bestand is niet veranderd, en beide handtekeningen horen bij deze inhoud');
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'identical');
    await expect(page.locator('.verify-result .read-view')).toContainText('elektrische diagnose');
    await axe(page, '/controleren/ met resultaat');

    // Compare the two copies: the manager's first PDF and the final one differ (reaction, signature).
    await page.getByLabel('Jouw exemplaar').setInputFiles(sentPath);
    await page.getByLabel('Het exemplaar dat je kreeg').setInputFiles(back.path);
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await expect(page.locator('.compare-result')).toContainText('De exemplaren verschillen');
    await expect(page.locator('.differences')).toContainText('Reactie van de medewerker op het verslag');
    await expect(page.locator('.differences')).toContainText('Handtekening medewerker');
    await page.getByLabel('Jouw exemplaar').setInputFiles(back.path);
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await expect(page.locator('.compare-result')).toContainText('De twee exemplaren zijn gelijk');
    await axe(page, '/controleren/ vergelijken');
  });

  test('keyboard only: the employee opens the PDF and countersigns', async ({ page, browser }, info) => {
    const ctx = await browser.newContext();
    const manager = await ctx.newPage();
    const sentPath = await managerFillsAndSigns(manager, info);
    await ctx.close();

    await openReport(page);
    await page.getByRole('button', { name: 'Open een verslag (PDF) om te lezen en te tekenen' }).focus();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await chooser.setFiles(sentPath);
    await expect(page.locator('#verslag-status')).toBeFocused();
    await page.getByLabel('Reactie van de medewerker op het verslag').focus();
    await page.keyboard.type('Akkoord.');
    await page.keyboard.press('Tab');
    await expect(page.locator('#teken-medewerker-naam')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Meer over tekenen' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('#teken-medewerker-gezien')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#teken-medewerker-akkoord')).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.locator('#teken-medewerker-methode-drawn')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#teken-medewerker-methode-typed')).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Zoë Wiśniewska');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.locator('#teken-medewerker-plaats')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#verslag-status')).toHaveText('Door allebei getekend');
    await expect(page.locator('.signature-summary [data-role="employee"]')).toContainText('voor akkoord');
  });

  test('editing a signed report asks first and says which signatures lapse', async ({ page }, info) => {
    await managerFillsAndSigns(page, info);
    let asked = '';
    page.once('dialog', (d) => { asked = d.message(); void d.dismiss(); });
    await page.getByRole('button', { name: 'Bewerken…' }).click();
    await expect.poll(() => asked).toContain('vervallen de handtekeningen van Jeroen Peeters (leidinggevende)');
    await expect(page.locator('#verslag-status')).toBeVisible();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Bewerken…' }).click();
    await expect(page.getByLabel('Naam van de medewerker')).toHaveValue('Zoë Wiśniewska');
    await expect(page.locator('#verslag-status')).toHaveCount(0);
  });
});

test.describe('controleren', () => {
  test('an overlay on a page, data of another report, a damaged byte and a printed PDF each get a clear answer', async ({ page, browser }, info) => {
    const ctx = await browser.newContext();
    const m = await ctx.newPage();
    const path = await managerFillsAndSigns(m, info);
    await ctx.close();
    const bytes = readFileSync(path);

    const overlay = await PDFDocument.load(bytes, { updateMetadata: false });
    overlay.getPage(0).drawRectangle({ x: 60, y: 600, width: 300, height: 40, color: rgb(1, 1, 1) });
    const overlayPath = info.outputPath('overlay.pdf');
    writeFileSync(overlayPath, await overlay.save());

    const flipped = Buffer.from(bytes);
    const at = Math.floor(flipped.length * 0.7);
    flipped[at] = flipped[at]! ^ 1;
    const flippedPath = info.outputPath('flipped.pdf');
    writeFileSync(flippedPath, flipped);

    const plain = await PDFDocument.create();
    plain.addPage();
    const plainPath = info.outputPath('afgedrukt.pdf');
    writeFileSync(plainPath, await plain.save());

    await page.goto('/controleren/');
    await islandsReady(page);
    const input = page.getByLabel('Kies de PDF van het verslag');
    await input.setInputFiles(overlayPath);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'pages-differ');
    await expect(page.locator('.verify-summary')).toContainText('Let op: dit verslag klopt niet');
    await axe(page, '/controleren/ met overlay');

    // Comparing the original with the overlaid copy: the data is the same, and the page says the file is not.
    await page.getByLabel('Jouw exemplaar').setInputFiles(path);
    await page.getByLabel('Het exemplaar dat je kreeg').setInputFiles(overlayPath);
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await expect(page.locator('.compare-result')).toContainText('De gegevens in de twee exemplaren zijn gelijk');
    await expect(page.locator('.compare-result')).toContainText('maar niet elk bestand klopt');
    await expect(page.locator('.compare-files li')).toHaveCount(1);
    await expect(page.locator('.compare-files li')).toContainText('overlay.pdf');
    await expect(page.locator('.compare-result')).not.toContainText('De twee exemplaren zijn gelijk');

    await input.setInputFiles(flippedPath);
    await expect(page.locator('.verify-summary')).toContainText(/klopt niet|beschadigd|niet gelezen/);
    await expect(page.locator('.verify-summary')).not.toContainText('niet veranderd');

    await input.setInputFiles(plainPath);
    await expect(page.locator('.verify-summary')).toContainText('geen gegevens van een verslag');
    await expect(page.locator('.verify-summary')).toContainText('afgedrukte of opnieuw opgeslagen PDF');
  });

  test('a file chosen before the page had loaded its script is still checked (slow phone)', async ({ page }, info) => {
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
    await expect(page.locator('.verify-output')).toContainText(/geen gegevens/i);
  });

  test('a report PDF of the previous version opens, and the check says what it could not check', async ({ page }) => {
    await page.goto('/controleren/');
    await islandsReady(page);
    await page.getByLabel('Kies de PDF van het verslag').setInputFiles('tests/fixtures/v1/report-signed.pdf');
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'legacy');
    await expect(page.locator('.signature-summary [data-role="manager"]')).toHaveAttribute('data-status', 'legacy-valid');
    await expect(page.locator('.signature-summary')).toContainText('oudere versie');
  });
});

test.describe('verslag invullen', () => {
  test('starting from both preparations fills and marks the matching parts', async ({ page }) => {
    await openReport(page);
    await page.getByTestId('voorbereidingen').setInputFiles(['tests/fixtures/v1/sheet-employee-export.json', 'tests/fixtures/v1/sheet-manager-export.json']);
    await expect(page.locator('.start-panel-message .notice')).toContainText('Uit de voorbereiding van de medewerker en de leidinggevende');
    await expect(page.getByLabel('Naam van de medewerker')).toHaveValue('Łukasz Wójcik');
    await expect(page.getByLabel('Wat vertelde de medewerker?')).toHaveValue('Trots op: De kersttaarten.');
    await expect(page.locator('.prefilled').first()).toBeVisible();
    const marks = await page.locator('.prefilled').count();
    await page.getByLabel('Wat vertelde de medewerker?').fill('Łukasz vertelde over de kersttaarten.');
    await expect(page.locator('.prefilled')).toHaveCount(marks - 1);
  });

  test('starting from a preparation PDF (read in the file worker) fills the report', async ({ page }, info) => {
    await page.goto('/voorbereiden/medewerker/');
    await expect(page.locator('.save-state')).not.toContainText('Laden');
    await page.getByLabel('Je naam').fill('Łukasz Wójcik');
    await page.getByLabel('Waar ben je trots op?').fill('De kersttaarten.');
    await waitSaved(page);
    const sheet = await download(page, () => page.getByRole('button', { name: 'Download als PDF' }).click(), info, 'voorbereiding.pdf');
    await openReport(page);
    await page.getByTestId('voorbereidingen').setInputFiles(sheet.path);
    await expect(page.locator('.start-panel-message .notice')).toContainText('Uit de voorbereiding van de medewerker');
    await expect(page.getByLabel('Naam van de medewerker')).toHaveValue('Łukasz Wójcik');
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
  });

  test('"Voorbeeld laden" opens the worked example as a new report', async ({ page }) => {
    await openReport(page);
    await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
    await expect(page.getByLabel('Naam van de medewerker')).toHaveValue('Łukasz Wójcik');
    await expect(page.locator('[id^="veld-agreements-"][id$="-what"]')).not.toHaveCount(0);
    await expect(page.locator('.smart-panel.is-smart').first()).toBeVisible();
  });

  test('"Neem over uit vorig verslag" appends the earlier agreements; a wrong file changes nothing', async ({ page }, info) => {
    const earlier = info.outputPath('vorig.json');
    writeFileSync(earlier, JSON.stringify({ kind: 'verslag', version: 1, details: { employee: { name: 'Lotte' }, date: '2025-11-03' }, agreements: [{ what: 'Lotte leert de nieuwe kassa' }, { what: 'Joris regelt een tweede weegschaal' }, { what: '' }] }));
    const wrong = info.outputPath('boodschappen.json');
    writeFileSync(wrong, JSON.stringify({ brood: 2, melk: 1 }));
    await openReport(page);
    const input = page.getByTestId('vorig-verslag');
    await input.setInputFiles(wrong);
    await expect(page.locator('.carry-over .row-message')).toContainText('Overnemen lukte niet');
    await expect(page.locator('.carry-over .row-message')).toContainText('Er is niets veranderd');
    await expect(page.locator('[id^="veld-lookBack-"][id$="-agreement"]')).toHaveCount(0);
    await input.setInputFiles(earlier);
    await expect(page.locator('.carry-over .row-message')).toContainText(/2 afspraken uit het vorige verslag \(Lotte, gesprek van 3\snovember\s2025\)/);
    await expect(page.locator('#veld-lookBack-0-agreement')).toHaveValue('Lotte leert de nieuwe kassa');
    await expect(page.locator('#veld-lookBack-1-agreement')).toHaveValue('Joris regelt een tweede weegschaal');
  });

  test('development points: a live count that warns', async ({ page }) => {
    await openReport(page);
    await page.getByLabel('Wat goed gaat: sterke punten').fill('Stipt\nVriendelijk voor klanten');
    for (let i = 0; i < 4; i++) {
      await page.getByRole('button', { name: '+ Ontwikkelpunt toevoegen' }).click();
      await page.locator(`#veld-developmentPoints-${i}-text`).fill(`Punt ${i + 1}`);
    }
    const hints = page.locator('#veld-developmentPoints-tips');
    await expect(hints).toContainText('4 ontwikkelpunten (hoogstens 3) · 2 sterke punten');
    await expect(hints).toContainText('meer dan drie');
    await expect(hints).toContainText('zijn dat er 8; nu staan er 2');
  });

  test('a removed agreement can be put back', async ({ page }) => {
    await openReport(page);
    await addAgreement(page, SMART);
    await page.getByRole('button', { name: 'Afspraak 1 verwijderen' }).click();
    await expect(page.locator('#veld-agreements-0-what')).toHaveCount(0);
    await page.getByRole('button', { name: 'Zet terug' }).click();
    await expect(page.locator('#veld-agreements-0-what')).toHaveValue(SMART);
  });
});

test('the report form fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openReport(page);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
  await expect(page.getByLabel('Naam van de medewerker')).toHaveValue('Łukasz Wójcik');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
