/** Reading reports: today's format, files and storage of version 1, hand-made and foreign data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExportFile } from '../../src/lib/documents/envelope.ts';
import { readReportJson, reportCodec } from '../../src/lib/report/codec.ts';
import { readReportText } from '../../src/lib/report/fromPdf.ts';
import { employeeCodec, managerCodec } from '../../src/lib/forms/sheets/index.ts';
import { sampleReport } from '../fixtures/report.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/v1/${name}`, import.meta.url), 'utf8');

describe('version 1 files and storage keep loading', () => {
  it('an exported report of version 1 (also the format in storage) becomes version 2 with its signatures', () => {
    const r = parseExportFile(reportCodec, fixture('report-export.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.id).toBe('a1b2c3d4e5f60718');
    expect(r.value.version).toBe(2);
    const d = r.value.data;
    expect(d.employeeName).toBe('Zoë Wiśniewska-Ağaoğlu');
    expect(d.talkDate).toBe('2025-03-14');
    expect(d.lookBack.map((x) => x.status)).toEqual(['kept', 'partly']);
    expect(d.agreements.map((a) => a.owner)).toEqual(['employee', 'manager']);
    expect(d.signatures.manager).toMatchObject({ name: 'Jeroen Peeters', verdict: 'agreed', method: 'drawn', scheme: 1, covers: [], timeZone: 'Europe/Brussels', signedAt: '2025-03-15T10:12:00.000Z' });
    expect(d.signatures.employee).toMatchObject({ verdict: 'seen', method: 'typed', scheme: 1 });
  });

  it('the bare version 1 report inside older PDFs', () => {
    const r = readReportJson(JSON.parse(fixture('report.json')));
    expect(r.ok && r.value.data.managerJobTitle).toBe('Zaakvoerder');
  });

  it('preparation sheets of version 1 (Dutch status words) become version 2', () => {
    const e = parseExportFile(employeeCodec, fixture('sheet-employee-export.json'));
    expect(e.ok && e.value.data.earlierAgreements.map((r) => r.status)).toEqual(['ongoing', 'kept']);
    const m = parseExportFile(managerCodec, fixture('sheet-manager-export.json'));
    expect(m.ok && m.value.data.developmentPoints[0]).toMatchObject({ behaviour: 'Bestellingen te laat doorgegeven', example: 'Drie keer in maart' });
  });

  it('today\'s format round-trips unchanged', () => {
    const r = sampleReport();
    const again = reportCodec.parse(JSON.parse(JSON.stringify(r)), 2);
    expect(again).toEqual({ ok: true, value: r });
  });
});

describe('lenient with hand-made files', () => {
  it('reads DD-MM-YYYY dates, lists as text and Dutch synonyms', () => {
    const r = readReportJson({ kind: 'verslag', details: { employee: 'Ahmet', date: '3-2-2026' }, agreements: '- Ahmet geeft een workshop\n- Els koopt een stoel', lookBack: [{ agreement: 'Kleuren', status: 'Ja' }], followUp: { checkInDate: '17/03/2026' } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.data.talkDate).toBe('2026-02-03');
    expect(r.value.data.agreements.map((a) => a.what)).toEqual(['Ahmet geeft een workshop', 'Els koopt een stoel']);
    expect(r.value.data.lookBack[0]!.status).toBe('kept');
    expect(r.value.data.checkInDate).toBe('2026-03-17');
  });

  it('nulls are dropped, not errors', () => {
    const r = readReportJson({ kind: 'verslag', version: 1, details: null, agreements: [null, { what: 'x', due: null }] });
    expect(r.ok && r.value.data.agreements.length).toBe(1);
  });
});

describe('says what is wrong, in Dutch', () => {
  it.each([
    [{ brood: 2 }, 'geen gespreksverslag'],
    [[1, 2, 3], 'geen gespreksverslag'],
    [{ kind: 'voorbereiding-medewerker', data: {} }, 'voorbereiding'],
    [{ kind: 'verslag', version: 9 }, 'nieuwere versie'],
    [{ format: 'gesprekswijzer', kind: 'verslag', version: 9, id: 'x', data: {} }, 'nieuwere versie'],
    [{ format: 'gesprekswijzer', kind: 'voorbereiding-leidinggevende', version: 2, id: 'x', data: {} }, 'voorbereiding van de leidinggevende, geen gespreksverslag'],
    [{ kind: 'verslag', details: { date: 'gisteren' } }, 'geen geldige datum'],
  ])('%j', (input, message) => {
    const r = readReportJson(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(message);
  });

  it('a file nested 10,000 levels deep gives a message, quickly, without overflowing the stack', () => {
    const deep = '{"kind":"verslag","agreements":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}';
    const t = performance.now();
    const r = readReportText(deep);
    expect(performance.now() - t).toBeLessThan(500);
    expect(!r.ok && r.message).toContain('te diep genest');
  });

  it('broken JSON', () => {
    const r = readReportText('{"kind":"verslag", "employeeVi');
    expect(!r.ok && r.message).toContain('geen geldig JSON-bestand');
  });
});
