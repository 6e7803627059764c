/** The signatures' status against the report as it is, computed off the typing path (debounced). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../../lib/report/codec.ts';
import { signatureStatuses, type SignatureStatuses } from '../../lib/report/signing.ts';

/** Only while `enabled` (a signed report): an unsigned one has nothing to check, so nothing is hashed. */
export function useStatuses(report: Report, enabled: boolean, delay = 250): { statuses: SignatureStatuses | null; error: boolean } {
  const [statuses, setStatuses] = useState<SignatureStatuses | null>(null);
  const [error, setError] = useState(false);
  const seq = useRef(0);
  const lastSignatures = useRef('');
  useEffect(() => {
    if (!enabled) return;
    const n = ++seq.current;
    // A new or removed signature is checked at once; typing is checked after a pause.
    const sigs = JSON.stringify(report.signatures);
    const now = !statuses || sigs !== lastSignatures.current;
    lastSignatures.current = sigs;
    const t = setTimeout(() => {
      signatureStatuses(report).then(
        (s) => n === seq.current && (setStatuses(s), setError(false)),
        () => n === seq.current && setError(true),
      );
    }, now ? 0 : delay);
    return () => clearTimeout(t);
  }, [report, enabled]);
  return { statuses, error };
}
