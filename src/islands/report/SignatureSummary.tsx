/** The state of both signatures, in words, with the drawing: the first thing on a signed report. */
import type { Signature, SignerRole } from '../../lib/forms/definition.ts';
import { ROLE_LABELS, SIGNER_ORDER, signatureLine } from '../../lib/forms/kinds/signatures.ts';
import { shortFingerprint } from '../../lib/report/fingerprint.ts';
import type { SignatureStatuses, SignerState } from '../../lib/report/signing.ts';
import { SignaturePreview } from './SignatureCanvas.tsx';

export function statusText(state: SignerState): { tone: 'ok' | 'bad' | 'none'; icon: string; text: string } {
  const role = ROLE_LABELS[state.role];
  const s = state.signature;
  switch (state.status) {
    case 'missing':
      return { tone: 'none', icon: '○', text: `${role}: nog niet getekend.` };
    case 'valid':
      return { tone: 'ok', icon: '✓', text: `${role}: getekend door ${signatureLine(s!)}. De handtekening hoort bij deze inhoud.` };
    case 'legacy-valid':
      return { tone: 'ok', icon: '✓', text: `${role}: getekend door ${signatureLine(s!)}. Getekend met een oudere versie: de handtekening geldt voor de inhoud, maar naam, tijdstip en keuze zijn daarin niet mee beveiligd.` };
    default:
      return { tone: 'bad', icon: '✗', text: `${role}: getekend door ${signatureLine(s!)}, maar deze handtekening hoort niet bij het verslag zoals het nu is. Er is iets veranderd nadat er getekend werd.` };
  }
}

function SignatureOf({ sig }: { sig: Signature }) {
  return <SignaturePreview strokes={sig.strokes ?? []} box={sig.box} typedName={sig.method === 'typed' ? sig.name : undefined} />;
}

export function SignatureSummary({ statuses, roles = SIGNER_ORDER }: { statuses: SignatureStatuses; roles?: readonly SignerRole[] }) {
  return (
    <ul class="signature-summary">
      {roles.map((role) => {
        const st = statuses[role];
        const t = statusText(st);
        return (
          <li key={role} class={`tone-${t.tone}`} data-role={role} data-status={st.status}>
            <p><span class="status-icon" aria-hidden="true">{t.icon}</span> {t.text}</p>
            {st.signature && (
              <div class="signature-paper small">
                <SignatureOf sig={st.signature} />
              </div>
            )}
          </li>
        );
      })}
      <li class="muted small">Vingerafdruk van dit verslag met de handtekeningen: <code data-testid="vingerafdruk">{shortFingerprint(statuses.document)}</code></li>
    </ul>
  );
}
