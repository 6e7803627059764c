/**
 * What a signature covers: the content (the manager's without the employee's reaction), its own
 * record, and the signature placed before it. A table over every field proves each is covered.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allFields, type Signature } from '../../src/lib/forms/definition.ts';
import { kindOf } from '../../src/lib/forms/kinds/index.ts';
import { readReportJson, type Report } from '../../src/lib/report/codec.ts';
import { reportDefinition } from '../../src/lib/report/declaration.ts';
import { documentFingerprint, seal, signatureState, signatureStatuses, type SignatureDraft } from '../../src/lib/report/signing.ts';
import { shortFingerprint } from '../../src/lib/report/fingerprint.ts';
import { sampleReport } from '../fixtures/report.ts';

const draft = (over: Partial<SignatureDraft> = {}): SignatureDraft => ({
  name: 'Jeroen Peeters',
  signedAt: '2025-03-15T10:12:00.000Z',
  timeZone: 'Europe/Brussels',
  verdict: 'agreed',
  method: 'drawn',
  strokes: [[{ x: 10, y: 40 }, { x: 30, y: 20 }], [{ x: 60, y: 45 }]],
  box: { width: 300, height: 100 },
  ...over,
});

async function signedBoth(): Promise<Report> {
  const r = sampleReport();
  const manager = await seal(r, 'manager', draft());
  const withManager = { ...r, signatures: { manager } };
  const employee = await seal(withManager, 'employee', draft({ name: 'Zoë Wiśniewska-Ağaoğlu', verdict: 'seen', method: 'typed', strokes: undefined, box: undefined, timeZone: 'Europe/Amsterdam', signedAt: '2025-03-16T18:40:00.000Z' }));
  return { ...withManager, signatures: { manager, employee } };
}

/** A different value of the same kind for any field. */
function changed(report: Report, id: string): Report {
  const field = allFields(reportDefinition).find((f) => f.id === id)!;
  const v = (report as Record<string, unknown>)[id];
  let next: unknown;
  switch (field.kind) {
    case 'text':
    case 'textarea':
      next = `${v as string} (gewijzigd)`;
      break;
    case 'date':
      next = v === '2027-01-01' ? '2027-01-02' : '2027-01-01';
      break;
    case 'checklist':
      next = (v as string[]).length ? [] : ['none'];
      break;
    case 'rows':
    case 'agreements': {
      const rows = v as Record<string, string>[];
      const first = rows[0] ?? { id: 'n', ...Object.fromEntries((kindOf(field).columns?.(field) ?? []).map((c) => [c.id, ''])) };
      const textCol = (kindOf(field).columns?.(field) ?? []).find((c) => c.kind === 'textarea' || c.kind === 'text')!;
      next = [{ ...first, [textCol.id]: `${first[textCol.id] ?? ''} extra` }, ...rows.slice(1)];
      break;
    }
    default:
      throw new Error(`no change for ${field.kind}`);
  }
  return { ...report, [id]: next } as Report;
}

const contentFields = allFields(reportDefinition).filter((f) => f.kind !== 'signatures').map((f) => f.id);

describe('a fingerprint covers all content', () => {
  it('both signatures hold on the report they were placed on', async () => {
    const s = await signatureStatuses(await signedBoth());
    expect([s.manager.status, s.employee.status]).toEqual(['valid', 'valid']);
    expect((await signedBoth()).signatures.employee!.covers).toEqual(['manager']);
  });

  it.each(contentFields)('changing %s breaks the signatures that cover it', async (id) => {
    const r = changed(await signedBoth(), id);
    const s = await signatureStatuses(r);
    // The employee's reaction is the employee's: it may follow the manager's signature.
    expect(s.manager.status).toBe(id === 'employeeReaction' ? 'valid' : 'broken');
    expect(s.employee.status).toBe('broken');
  });
});

const RECORD_CHANGES: [string, (s: Signature) => Signature][] = [
  ['name', (s) => ({ ...s, name: `${s.name}x` })],
  ['verdict', (s) => ({ ...s, verdict: s.verdict === 'seen' ? 'agreed' : 'seen' })],
  ['signedAt', (s) => ({ ...s, signedAt: '2025-03-20T10:12:00.000Z' })],
  ['timeZone', (s) => ({ ...s, timeZone: 'America/New_York' })],
  ['method', (s) => ({ ...s, method: s.method === 'drawn' ? 'typed' : 'drawn' })],
  ['strokes', (s) => ({ ...s, strokes: [[{ x: 11, y: 40 }, { x: 30, y: 20 }]] })],
  ['box', (s) => ({ ...s, box: { width: 301, height: 100 } })],
  ['covers', (s) => ({ ...s, covers: s.covers.length ? [] : ['employee'] })],
  ['fingerprint', (s) => ({ ...s, fingerprint: 'f'.repeat(64) })],
];

describe('a fingerprint covers its own record, and the second covers the first', () => {
  it.each(RECORD_CHANGES)("changing the manager's %s breaks the manager's and the employee's signature", async (_what, change) => {
    const r = await signedBoth();
    const s = await signatureStatuses({ ...r, signatures: { ...r.signatures, manager: change(r.signatures.manager!) } });
    expect(s.manager.status).toBe('broken');
    expect(s.employee.status).toBe('broken');
  });

  it.each(RECORD_CHANGES)("changing the employee's %s breaks the employee's signature only", async (_what, change) => {
    const r = await signedBoth();
    const s = await signatureStatuses({ ...r, signatures: { ...r.signatures, employee: change(r.signatures.employee!) } });
    expect(s.manager.status).toBe('valid');
    expect(s.employee.status).toBe('broken');
  });

  it("removing the manager's signature breaks the employee's, which covered it", async () => {
    const r = await signedBoth();
    const st = await signatureState({ ...r, signatures: { employee: r.signatures.employee } }, 'employee');
    expect(st.status).toBe('broken');
  });

  it('the employee may react after the manager signed', async () => {
    const r = sampleReport();
    const manager = await seal({ ...r, employeeReaction: '' }, 'manager', draft());
    const later = { ...r, employeeReaction: 'Niet akkoord met het deel over de planning.', signatures: { manager } };
    expect((await signatureState(later, 'manager')).status).toBe('valid');
  });
});

describe('older signatures (version 1)', () => {
  const v1 = () => {
    const r = readReportJson(JSON.parse(readFileSync(new URL('../fixtures/v1/report.json', import.meta.url), 'utf8')));
    if (!r.ok) throw new Error(r.message);
    return r.value.data;
  };
  it('still hold for their content, and say they do not cover their record', async () => {
    const s = await signatureStatuses(v1());
    expect([s.manager.status, s.employee.status]).toEqual(['legacy-valid', 'legacy-valid']);
  });
  it('break when the content changes', async () => {
    const s = await signatureStatuses({ ...v1(), deepening: 'Anders' });
    expect([s.manager.status, s.employee.status]).toEqual(['legacy-broken', 'legacy-broken']);
  });
});

describe('the document fingerprint', () => {
  it('is the same for the same report and differs when a signature differs', async () => {
    const r = await signedBoth();
    const a = await documentFingerprint(r);
    expect(await documentFingerprint(structuredClone(r))).toBe(a);
    const other = { ...r, signatures: { ...r.signatures, employee: { ...r.signatures.employee!, verdict: 'agreed' as const } } };
    expect(await documentFingerprint(other)).not.toBe(a);
    expect(shortFingerprint(a)).toMatch(/^[0-9A-F]{4}(\u00a0[0-9A-F]{4}){3}$/);
  });
});

