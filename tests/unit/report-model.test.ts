import { describe, expect, it } from 'vitest';
import {
  emptyAgreement,
  emptyReport,
  isIsoDate,
  isReport,
  migrate,
  parseReport,
  reportSchema,
  type Report,
} from '../../src/lib/report/model.ts';
import { describePath } from '../../src/lib/report/labels.ts';
import { sampleReport } from './report-fixtures.ts';

const HEX = 'a'.repeat(64);

function expectOk(r: ReturnType<typeof parseReport>): Report {
  if (!r.ok) throw new Error(`expected ok, got: ${r.message}`);
  return r.report;
}
function expectFail(r: ReturnType<typeof parseReport>): string {
  if (r.ok) throw new Error('expected a failure');
  return r.message;
}

describe('emptyReport', () => {
  it('is a valid report with version 1 and kind verslag', () => {
    const r = emptyReport();
    expect(r.version).toBe(1);
    expect(r.kind).toBe('verslag');
    expect(reportSchema.safeParse(r).success).toBe(true);
    expect(isReport(r)).toBe(true);
  });
  it('returns a fresh object each time', () => {
    const a = emptyReport();
    a.details.employee.name = 'x';
    expect(emptyReport().details.employee.name).toBe('');
  });
  it('new rows get distinct ids', () => {
    const ids = new Set(Array.from({ length: 200 }, () => emptyAgreement().id));
    expect(ids.size).toBe(200);
  });
});

describe('parseReport: valid data', () => {
  it('round-trips a full report through JSON', () => {
    const r = sampleReport();
    r.signatures.manager = {
      name: 'Jeroen Peeters',
      date: '2025-03-15T10:12:00.000Z',
      verdict: 'akkoord',
      method: 'getekend',
      strokes: [[{ x: 1, y: 2 }, { x: 3.5, y: 4 }]],
      box: { width: 400, height: 150 },
      fingerprint: HEX,
    };
    r.signatures.employee = {
      name: 'Zoë',
      date: '2025-03-16T09:00:00+01:00',
      verdict: 'gezien',
      method: 'getypt',
      fingerprint: HEX,
    };
    expect(expectOk(parseReport(JSON.stringify(r)))).toEqual(r);
    expect(expectOk(parseReport(r))).toEqual(r);
  });

  it('keeps long texts and any characters', () => {
    const r = emptyReport();
    r.employeeView = 'Łódź ğ ı ş ë Å 😀 '.repeat(700);
    expect(expectOk(parseReport(JSON.stringify(r))).employeeView).toBe(r.employeeView);
  });

  it('fills in missing fields (partial shape)', () => {
    const r = expectOk(parseReport({ version: 1, kind: 'verslag', employeeView: 'Hallo' }));
    expect(r.employeeView).toBe('Hallo');
    expect(r.details.employee).toEqual({ name: '', jobTitle: '' });
    expect(r.agreements).toEqual([]);
    expect(r.signatures).toEqual({});
    expect(r.followUp).toEqual({ checkInDate: '', nextTalkDate: '' });
  });

  it('accepts data without version or kind when it clearly is a report', () => {
    const r = expectOk(parseReport({ details: { organisation: 'Garage Van Dam' } }));
    expect(r.details.organisation).toBe('Garage Van Dam');
    expect(r.version).toBe(1);
  });

  it('turns null into empty values and drops null rows', () => {
    const r = expectOk(
      parseReport({ kind: 'verslag', version: 1, employeeView: null, agreements: [null, { what: 'x', due: null }] }),
    );
    expect(r.employeeView).toBe('');
    expect(r.agreements).toHaveLength(1);
    expect(r.agreements[0]!.due).toBe('');
  });

  it('strips unknown keys', () => {
    const r = expectOk(parseReport({ kind: 'verslag', version: 1, extra: 1, details: { foo: 'bar' } }));
    expect('extra' in r).toBe(false);
    expect('foo' in r.details).toBe(false);
  });
});

describe('migrate: older shapes', () => {
  it('version 0 with lists as text and synonyms', () => {
    const r = expectOk(
      parseReport({
        version: 0,
        details: { employee: 'An Claes', manager: 'Bram', date: '14/03/2025' },
        managerStrengths: ['Stipt', 'Rustig'],
        developmentPoints: '- Sneller offertes maken\n- Excel leren\n\n',
        lookBack: [{ agreement: 'Kast opruimen', status: 'Ja' }, { agreement: 'Cursus', status: 'gedeeltelijk' }],
        agreements: [{ what: 'Offertes binnen 2 dagen', owner: 'Werknemer', due: '1-6-2025' }, 'Laptop vervangen'],
      }),
    );
    expect(r.details.employee).toEqual({ name: 'An Claes', jobTitle: '' });
    expect(r.details.manager.name).toBe('Bram');
    expect(r.details.date).toBe('2025-03-14');
    expect(r.managerStrengths).toBe('Stipt\nRustig');
    expect(r.developmentPoints.map((p) => p.text)).toEqual(['Sneller offertes maken', 'Excel leren']);
    expect(r.lookBack.map((p) => p.status)).toEqual(['nagekomen', 'deels']);
    expect(r.agreements[0]).toMatchObject({ owner: 'medewerker', due: '2025-06-01' });
    expect(r.agreements[1]!.what).toBe('Laptop vervangen');
    for (const row of [...r.agreements, ...r.lookBack, ...r.developmentPoints]) expect(row.id).toMatch(/\S/);
  });

  it('gives duplicate row ids a new id', () => {
    const r = expectOk(parseReport({ kind: 'verslag', agreements: [{ id: 'x', what: 'a' }, { id: 'x', what: 'b' }] }));
    expect(r.agreements[0]!.id).toBe('x');
    expect(r.agreements[1]!.id).not.toBe('x');
  });

  it('lower-cases an upper-case fingerprint', () => {
    const r = expectOk(
      parseReport({
        kind: 'verslag',
        signatures: {
          manager: { name: 'A', date: '2025-01-01T00:00:00Z', verdict: 'akkoord', method: 'getypt', fingerprint: 'AB'.repeat(32) },
        },
      }),
    );
    expect(r.signatures.manager!.fingerprint).toBe('ab'.repeat(32));
  });

  it('migrate() returns the shape without validating', () => {
    const m = migrate({ details: {} });
    expect(m.ok).toBe(true);
  });
});

describe('parseReport: rejects with Dutch messages', () => {
  it.each([
    ['a number', 42],
    ['an array', [1, 2]],
    ['null', null],
    ['an unrelated object', { name: 'package.json', dependencies: {} }],
  ])('rejects %s as foreign', (_label, value) => {
    expect(expectFail(parseReport(value))).toMatch(/geen gespreksverslag/);
  });

  it('rejects text that is not JSON', () => {
    expect(expectFail(parseReport('%PDF-1.7 ...'))).toMatch(/kan niet gelezen worden/);
  });

  it('rejects another kind of document', () => {
    expect(expectFail(parseReport({ kind: 'voorbereiding-medewerker', version: 1 }))).toMatch(/voorbereiding, geen verslag/);
    expect(expectFail(parseReport({ kind: 'factuur', version: 1 }))).toMatch(/geen gespreksverslag/);
  });

  it('rejects a newer version', () => {
    expect(expectFail(parseReport({ kind: 'verslag', version: 2 }))).toMatch(/nieuwere versie/);
  });

  it('names the field with an invalid date', () => {
    const msg = expectFail(parseReport({ kind: 'verslag', agreements: [{}, { what: 'x', due: '2025-02-30' }] }));
    expect(msg).toMatch(/Afspraken, rij 2, Tegen wanneer/);
    expect(msg).toMatch(/JJJJ-MM-DD/);
  });

  it('names the field with an unknown choice', () => {
    const msg = expectFail(parseReport({ kind: 'verslag', lookBack: [{ status: 'misschien' }] }));
    expect(msg).toMatch(/Terugblik op de vorige afspraken, rij 1, Nagekomen\?/);
    expect(msg).toMatch(/keuze/);
  });

  it('rejects a wrong type and counts further problems', () => {
    const msg = expectFail(parseReport({ kind: 'verslag', employeeView: 5, deepening: [], wellbeing: {} }));
    expect(msg).toMatch(/Het verhaal van de medewerker/);
    expect(msg).toMatch(/nog 2 andere problemen/);
  });

  it('rejects a signature with a bad fingerprint or date', () => {
    const base = { name: 'A', date: '2025-01-01T00:00:00Z', verdict: 'akkoord', method: 'getypt', fingerprint: HEX };
    expect(expectFail(parseReport({ kind: 'verslag', signatures: { employee: { ...base, fingerprint: 'xyz' } } }))).toMatch(
      /Handtekening van de medewerker, Vingerafdruk/,
    );
    expect(expectFail(parseReport({ kind: 'verslag', signatures: { manager: { ...base, date: 'gisteren' } } }))).toMatch(
      /tijdstip/,
    );
  });
});

describe('helpers', () => {
  it('isIsoDate', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
  it('describePath', () => {
    expect(describePath(['details', 'employee', 'name'])).toBe('Gegevens van het gesprek, Medewerker, Naam van de medewerker');
    expect(describePath(['agreements', 0, 'owner'])).toBe('Afspraken, rij 1, Wie');
  });
});

describe('export envelope and codec', () => {
  it('unwraps an export envelope of the site', () => {
    const r = sampleReport();
    const env = { format: 'gesprekswijzer', kind: 'verslag', version: 1, id: 'x', name: 'n', createdAt: '', updatedAt: '', data: r };
    expect(expectOk(parseReport(JSON.stringify(env)))).toEqual(r);
  });
  it('rejects an envelope of another kind', () => {
    const env = { format: 'gesprekswijzer', kind: 'voorbereiding-leidinggevende', version: 1, id: 'x', data: {} };
    expect(expectFail(parseReport(env))).toMatch(/voorbereiding/);
  });
  it('reportCodec parses envelope data', async () => {
    const { reportCodec } = await import('../../src/lib/report/codec.ts');
    const { createEnvelope, openEnvelope } = await import('../../src/lib/documents/envelope.ts');
    const env = createEnvelope(reportCodec, sampleReport());
    expect(env.name).toBe('Zoë Wiśniewska-Ağaoğlu · 2025-03-14');
    const back = openEnvelope(reportCodec, JSON.parse(JSON.stringify(env)));
    expect(back.ok && back.value.data).toEqual(sampleReport());
    const partial = reportCodec.parse({}, 1);
    expect(partial.ok).toBe(true);
  });
});
