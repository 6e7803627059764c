import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/lib/report/fingerprint.ts';
import type { Report, Signature, SignerRole } from '../../src/lib/report/model.ts';
import { signatureStatuses, signedScope, signerFingerprint } from '../../src/lib/report/signing.ts';
import { sampleReport } from './report-fixtures.ts';

async function sign(report: Report, role: SignerRole, name: string = role): Promise<Report> {
  const sig: Signature = {
    name,
    date: '2025-03-15T10:00:00.000Z',
    verdict: 'akkoord',
    method: 'getypt',
    fingerprint: await signerFingerprint(report, role),
  };
  return { ...report, signatures: { ...report.signatures, [role]: sig } };
}

const clone = (r: Report): Report => structuredClone(r);

/** Content edits other than the employee's reaction. */
const EDITS: [string, (r: Report) => void][] = [
  ['employee name', (r) => { r.details.employee.name += 'x'; }],
  ['talk date', (r) => { r.details.date = '2025-03-15'; }],
  ['employee view', (r) => { r.employeeView = 'Anders verteld.'; }],
  ['strengths', (r) => { r.managerStrengths += '\nPunctueel'; }],
  ['agreement text', (r) => { r.agreements[0]!.what = 'Zoë volgt de cursus later'; }],
  ['agreement due date', (r) => { r.agreements[1]!.due = '2025-05-15'; }],
  ['agreement removed', (r) => { r.agreements.pop(); }],
  ['look-back status', (r) => { r.lookBack[0]!.status = 'niet'; }],
  ['check-in date', (r) => { r.followUp.checkInDate = '2025-05-01'; }],
  ['closing experience', (r) => { r.closing.experience = 'Stroef gesprek.'; }],
];

describe('signedScope', () => {
  it('leaves out only the employee reaction for the manager', () => {
    const r = sampleReport();
    const scope = signedScope(r, 'manager');
    expect(scope.closing.employeeReaction).toBe('');
    expect(scope.closing.experience).toBe(r.closing.experience);
    expect({ ...scope, closing: r.closing }).toEqual(r);
    expect(r.closing.employeeReaction).toBe('Ik ben akkoord met het verslag.'); // input untouched
  });
  it('is the whole report for the employee', () => {
    const r = sampleReport();
    expect(signedScope(r, 'employee')).toBe(r);
  });
});

describe('signerFingerprint', () => {
  it('the employee scope equals the plain content fingerprint (the PDF footer)', async () => {
    const r = sampleReport();
    expect(await signerFingerprint(r, 'employee')).toBe(await fingerprint(r));
  });
  it('the manager scope differs from the full one only when there is a reaction', async () => {
    const r = sampleReport();
    expect(await signerFingerprint(r, 'manager')).not.toBe(await signerFingerprint(r, 'employee'));
    r.closing.employeeReaction = '   ';
    expect(await signerFingerprint(r, 'manager')).toBe(await signerFingerprint(r, 'employee'));
  });
  it('ignores the signatures themselves', async () => {
    const r = sampleReport();
    const before = await signerFingerprint(r, 'manager');
    const signed = await sign(r, 'manager');
    expect(await signerFingerprint(signed, 'manager')).toBe(before);
  });
});

describe('signatureStatuses', () => {
  it('reports missing signatures', async () => {
    const s = await signatureStatuses(sampleReport());
    expect(s.manager.status).toBe('ontbreekt');
    expect(s.employee.status).toBe('ontbreekt');
    expect(s.full).toBe(s.employee.current);
    expect(s.full).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the employee reaction does not break the manager signature', async () => {
    const r = sampleReport();
    r.closing.employeeReaction = '';
    const signed = await sign(r, 'manager', 'Jeroen Peeters');
    expect((await signatureStatuses(signed)).manager.status).toBe('geldig');

    const reacted = clone(signed);
    reacted.closing.employeeReaction = 'Ik zie het anders: de drukte op zaterdag is niet mijn fout.';
    const s = await signatureStatuses(reacted);
    expect(s.manager.status).toBe('geldig');
    expect(s.manager.signature?.name).toBe('Jeroen Peeters');
    expect(s.employee.status).toBe('ontbreekt');
  });

  for (const [label, edit] of EDITS) {
    it(`any other change breaks the manager signature: ${label}`, async () => {
      const signed = await sign(sampleReport(), 'manager');
      const changed = clone(signed);
      edit(changed);
      expect((await signatureStatuses(changed)).manager.status).toBe('verouderd');
    });
    it(`any other change breaks the employee signature: ${label}`, async () => {
      const signed = await sign(sampleReport(), 'employee');
      const changed = clone(signed);
      edit(changed);
      expect((await signatureStatuses(changed)).employee.status).toBe('verouderd');
    });
  }

  it('the employee signature covers the reaction', async () => {
    const r = sampleReport();
    const both = await sign(await sign(r, 'manager'), 'employee');
    let s = await signatureStatuses(both);
    expect([s.manager.status, s.employee.status]).toEqual(['geldig', 'geldig']);

    const changed = clone(both);
    changed.closing.employeeReaction += ' Toch niet helemaal.';
    s = await signatureStatuses(changed);
    expect(s.manager.status).toBe('geldig');
    expect(s.employee.status).toBe('verouderd');
  });

  it('whitespace-only edits keep both signatures valid', async () => {
    const both = await sign(await sign(sampleReport(), 'manager'), 'employee');
    const changed = clone(both);
    changed.employeeView = `  ${changed.employeeView.replace('\n', '\r\n')}  `;
    changed.closing.employeeReaction += '  ';
    const s = await signatureStatuses(changed);
    expect([s.manager.status, s.employee.status]).toEqual(['geldig', 'geldig']);
  });

  it('the full manager-then-employee flow ends with two valid signatures', async () => {
    let r = sampleReport();
    r.closing.employeeReaction = '';
    r = await sign(r, 'manager');
    r = { ...r, closing: { ...r.closing, employeeReaction: 'Akkoord, met één opmerking over de kassa.' } };
    r = await sign(r, 'employee');
    const s = await signatureStatuses(r);
    expect(s.manager.status).toBe('geldig');
    expect(s.employee.status).toBe('geldig');
    expect(s.employee.signature?.fingerprint).toBe(s.full);
    expect(s.manager.signature?.fingerprint).not.toBe(s.full);
  });
});
