/**
 * What a signature covers, and whether it still holds.
 *
 * A signature's fingerprint (scheme 2) is a SHA-256 over one canonical text holding:
 * - the content the signer signs for: for the manager everything except the employee's
 *   reaction (the employee may react after the manager signed, which is their right), for the
 *   employee everything;
 * - the signature's own record: name, moment and zone, "voor gezien"/"voor akkoord", how it was
 *   made and the drawing;
 * - the full record (with fingerprint) of every signature already placed, so the second
 *   signature also covers the first.
 * Changing any of these in a file makes the check fail. What this cannot prove: who really drew
 * a signature, and that nobody made a new, consistent file with this site (anyone can compute a
 * SHA-256). The real protection between two people is that each keeps a copy and compares.
 *
 * Older signatures (scheme 1) covered the content only; they are checked as such (legacy.ts).
 */
import { canonicalContent, canonicalJson } from '../forms/canonical.ts';
import type { Json } from '../forms/kinds/index.ts';
import { SIGNER_ORDER } from '../forms/kinds/signatures.ts';
import type { Signature, SignerRole } from '../forms/definition.ts';
import { reportDefinition } from './declaration.ts';
import type { Report } from './codec.ts';
import { sha256Hex } from './fingerprint.ts';
import { legacyCanonical } from './legacy.ts';

export const SIGNATURE_SCHEME = 2;

export const otherRole = (role: SignerRole): SignerRole => (role === 'manager' ? 'employee' : 'manager');

/** The content a role signs for, in canonical form. */
export function signedContent(report: Report, role: SignerRole): { [k: string]: Json } {
  return canonicalContent(reportDefinition, report, { omit: role === 'manager' ? ['employeeReaction'] : [] });
}

/** A signature record as hashed (everything but its fingerprint). */
function record(sig: Signature): { [k: string]: Json } {
  return {
    name: sig.name.normalize('NFC').trim(),
    signedAt: sig.signedAt,
    timeZone: sig.timeZone,
    verdict: sig.verdict,
    method: sig.method,
    strokes: sig.strokes ? sig.strokes.map((s) => s.map((p) => [p.x, p.y])) : null,
    box: sig.box ? [sig.box.width, sig.box.height] : null,
    covers: [...sig.covers].sort(),
    scheme: sig.scheme,
  };
}

/** The text a scheme-2 signature hashes; null when a signature it covers is missing. */
export function signaturePayload(report: Report, role: SignerRole, sig: Signature): string | null {
  const covered: { [k: string]: Json } = {};
  for (const r of sig.covers) {
    const prev = report.signatures[r];
    if (!prev || r === role) return null;
    covered[r] = { ...record(prev), fingerprint: prev.fingerprint };
  }
  return canonicalJson({ scheme: SIGNATURE_SCHEME, role, content: signedContent(report, role), signature: record(sig), covers: covered });
}

export type SignatureDraft = Pick<Signature, 'name' | 'signedAt' | 'timeZone' | 'verdict' | 'method' | 'strokes' | 'box'>;

/** A complete signature for the report as it is now: it covers the signature already placed. */
export async function seal(report: Report, role: SignerRole, draft: SignatureDraft): Promise<Signature> {
  const other = otherRole(role);
  const base: Signature = {
    name: draft.name,
    signedAt: draft.signedAt,
    timeZone: draft.timeZone,
    verdict: draft.verdict,
    method: draft.method,
    ...(draft.method === 'drawn' && draft.strokes?.length ? { strokes: draft.strokes, box: draft.box } : {}),
    covers: report.signatures[other] ? [other] : [],
    scheme: SIGNATURE_SCHEME,
    fingerprint: '',
  };
  const payload = signaturePayload(report, role, base);
  if (payload === null) throw new Error('A covered signature is missing.');
  return { ...base, fingerprint: await sha256Hex(payload) };
}

export type SignatureStatus =
  /** Not signed. */
  | 'missing'
  /** Content, record and covered signatures are as signed. */
  | 'valid'
  /** Something it covers changed (content, its own record, or a signature it covers). */
  | 'broken'
  /** An older signature (scheme 1) whose content still matches; its own record is not covered. */
  | 'legacy-valid'
  /** An older signature whose content changed. */
  | 'legacy-broken';

export interface SignerState {
  role: SignerRole;
  status: SignatureStatus;
  signature?: Signature;
}

export async function signatureState(report: Report, role: SignerRole): Promise<SignerState> {
  const sig = report.signatures[role];
  if (!sig) return { role, status: 'missing' };
  if (sig.scheme === 1) {
    const fp = await sha256Hex(legacyCanonical(report, role));
    return { role, status: fp === sig.fingerprint ? 'legacy-valid' : 'legacy-broken', signature: sig };
  }
  const payload = signaturePayload(report, role, sig);
  const fp = payload === null ? '' : await sha256Hex(payload);
  return { role, status: fp === sig.fingerprint ? 'valid' : 'broken', signature: sig };
}

export interface SignatureStatuses {
  manager: SignerState;
  employee: SignerState;
  /** Fingerprint of the whole document (content and all signatures): two copies with the same code are the same. */
  document: string;
}

/** Fingerprint of everything: content and every signature with its fingerprint. */
export function documentFingerprint(report: Report): Promise<string> {
  const sigs: { [k: string]: Json } = {};
  for (const role of SIGNER_ORDER) {
    const s = report.signatures[role];
    if (s) sigs[role] = { ...record(s), fingerprint: s.fingerprint };
  }
  return sha256Hex(canonicalJson({ scheme: SIGNATURE_SCHEME, content: signedContent(report, 'employee'), signatures: sigs }));
}

export async function signatureStatuses(report: Report): Promise<SignatureStatuses> {
  const [manager, employee, document] = await Promise.all([signatureState(report, 'manager'), signatureState(report, 'employee'), documentFingerprint(report)]);
  return { manager, employee, document };
}

export const isSigned = (report: Report): boolean => !!report.signatures.manager || !!report.signatures.employee;
export const holds = (s: SignatureStatus): boolean => s === 'valid' || s === 'legacy-valid';
