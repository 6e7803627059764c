/** The signatures' status against the report as it is, computed off the typing path (debounced). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../../lib/report/codec.ts';
import { signatureStatuses, type SignatureStatuses } from '../../lib/report/signing.ts';

export function useStatuses(report: Report, delay = 250): { statuses: SignatureStatuses | null; error: boolean } {
  const [statuses, setStatuses] = useState<SignatureStatuses | null>(null);
  const [error, setError] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    const n = ++seq.current;
    const t = setTimeout(() => {
      signatureStatuses(report).then(
        (s) => n === seq.current && (setStatuses(s), setError(false)),
        () => n === seq.current && setError(true),
      );
    }, statuses ? delay : 0);
    return () => clearTimeout(t);
  }, [report]);
  return { statuses, error };
}
