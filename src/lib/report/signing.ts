/**
 * What each signature covers, and whether it still matches the content.
 *
 * The manager signs first; then the employee writes a reaction on the report
 * (closing.employeeReaction) and signs. That reaction is the employee's right and must
 * not invalidate the manager's signature. So:
 * - the manager's signature covers all content EXCEPT the employee's reaction;
 * - the employee's signature covers everything (the fingerprint of the whole content).
 *
 * Pure (WebCrypto only): runs in the browser and in Node.
 */
import type { Report, Signature, SignerRole } from './model.ts';
import { fingerprint, signatureStatus, type SignatureStatus } from './fingerprint.ts';

export const SIGNER_ROLES: readonly SignerRole[] = ['manager', 'employee'];

/** The content one signer signs for: for the manager, the report without the employee's reaction. */
export function signedScope(report: Report, role: SignerRole): Report {
  if (role === 'employee') return report;
  return { ...report, closing: { ...report.closing, employeeReaction: '' } };
}

/** Hex SHA-256 of the content the given role signs for. */
export function signerFingerprint(report: Report, role: SignerRole): Promise<string> {
  return fingerprint(signedScope(report, role));
}

export interface SignerState {
  status: SignatureStatus;
  signature?: Signature;
  /** The fingerprint of this role's scope as the content is now. */
  current: string;
}

export interface SignatureStatuses {
  manager: SignerState;
  employee: SignerState;
  /** The fingerprint of the whole content (= the employee's scope), as shown in the PDF footer. */
  full: string;
}

/** The status of both signatures against the content as it is now. */
export async function signatureStatuses(report: Report): Promise<SignatureStatuses> {
  const [manager, employee] = await Promise.all([signerFingerprint(report, 'manager'), signerFingerprint(report, 'employee')]);
  const state = (role: SignerRole, current: string): SignerState => ({
    status: signatureStatus(report, role, current),
    signature: report.signatures[role],
    current,
  });
  return { manager: state('manager', manager), employee: state('employee', employee), full: employee };
}
