/** Before signing (what is missing), starting from the preparations, and the mail that goes with the PDF. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExportFile } from '../../src/lib/documents/envelope.ts';
import { employeeCodec, managerCodec } from '../../src/lib/forms/sheets/index.ts';
import { reportCodec } from '../../src/lib/report/codec.ts';
import { missingBeforeSigning } from '../../src/lib/report/completeness.ts';
import { mailText } from '../../src/lib/report/mail.ts';
import { nameMismatch, prefillFromPreparations } from '../../src/lib/report/prefill.ts';
import { sampleReport } from '../fixtures/report.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/v1/${name}`, import.meta.url), 'utf8');

describe('before signing', () => {
  it('an empty report lacks names, date and agreements', () => {
    expect(missingBeforeSigning(reportCodec.empty()).map((m) => m.fieldId)).toEqual(['employeeName', 'managerName', 'talkDate', 'agreements']);
  });
  it('"no new agreements" ticked is enough; a complete report lacks nothing', () => {
    const r = { ...sampleReport(), agreements: [], noNewAgreements: ['none'] };
    expect(missingBeforeSigning(r)).toEqual([]);
    expect(missingBeforeSigning(sampleReport())).toEqual([]);
  });
  it('an agreement without "what" is named', () => {
    const r = sampleReport();
    r.agreements[1] = { ...r.agreements[1]!, what: ' ' };
    expect(missingBeforeSigning(r).map((m) => m.message)).toEqual(['Bij een afspraak staat nog niet wat er gebeurt. Vul het aan of verwijder die afspraak.']);
  });
});

describe('starting from the preparations', () => {
  const employee = () => {
    const r = parseExportFile(employeeCodec, fixture('sheet-employee-export.json'));
    if (!r.ok) throw new Error(r.message);
    return r.value.data;
  };
  const manager = () => {
    const r = parseExportFile(managerCodec, fixture('sheet-manager-export.json'));
    if (!r.ok) throw new Error(r.message);
    return r.value.data;
  };

  it('fills the matching parts from both sheets and lists them', () => {
    const { report, filled } = prefillFromPreparations(reportCodec.empty(), employee(), manager());
    expect(report.employeeName).toBe('Łukasz Wójcik');
    expect(report.managerName).toBe('Joëlle Martens');
    expect(report.place).toBe('Kantoor');
    expect(report.employeeView).toBe('Trots op: De kersttaarten.');
    expect(report.conditions).toBe('De oude mixer');
    expect(report.managerStrengths).toBe('Stipt\nVriendelijk\nNetjes');
    expect(report.developmentPoints.map((p) => p.text)).toEqual(['Bestellingen te laat doorgegeven Voorbeeld: Drie keer in maart']);
    // The same earlier agreement in both sheets becomes one row, with both notes.
    expect(report.lookBack.map((r) => [r.agreement, r.status])).toEqual([['Cursus deeg', 'partly'], ['Nieuwe oven leren', 'kept']]);
    expect(report.lookBack[0]!.note).toBe('Volgens de medewerker: Start in april');
    expect(filled).toContain('lookBack');
    expect(filled).not.toContain('agreements');
  });

  it('warns when the preparations (or the report) name different employees; case and accents do not count', () => {
    expect(nameMismatch(reportCodec.empty(), employee(), manager())).toBeNull();
    expect(nameMismatch(reportCodec.empty(), employee(), { ...manager(), employeeName: '  lukasz  WOJCIK ' })).toBeNull();
    const other = nameMismatch(reportCodec.empty(), employee(), { ...manager(), employeeName: 'Jan Janssens' });
    expect(other).toBe('Let op: de naam van de medewerker verschilt: “Łukasz Wójcik” (de voorbereiding van de medewerker) en “Jan Janssens” (de voorbereiding van de leidinggevende). Gaat het wel over dezelfde persoon? Kijk het verslag na en haal weg wat niet klopt.');
    expect(nameMismatch({ ...reportCodec.empty(), employeeName: 'Sara' }, employee())).toMatch(/“Sara” \(het verslag\) en “Łukasz Wójcik”/);
  });

  it('never replaces what is already typed', () => {
    const start = { ...reportCodec.empty(), employeeView: 'Eigen tekst' };
    const { report, filled } = prefillFromPreparations(start, employee());
    expect(report.employeeView).toBe('Eigen tekst');
    expect(filled).not.toContain('employeeView');
  });
});

describe('the mail text', () => {
  it('names the file, the fingerprint and where to sign, and is a valid mailto link', () => {
    const m = mailText(sampleReport(), 'to-employee', 'verslag-zoe.pdf', 'ab12cd34ef560000' + '0'.repeat(48), 'https://gesprekswijzer.example/');
    expect(m.subject).toBe('Verslag van ons gesprek van 14 maart 2025: lezen en tekenen');
    expect(m.body).toContain('verslag-zoe.pdf');
    expect(m.body).toContain('AB12 CD34 EF56 0000');
    expect(m.body).toContain('https://gesprekswijzer.example/verslag/');
    expect(m.body).toContain('Tekenen is niet verplicht');
    expect(decodeURIComponent(m.href.split('body=')[1]!)).toBe(m.body);
  });
});
