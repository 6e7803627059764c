/** The state of both signatures, in words, with the drawing: the first thing on a signed report. */
import type { Signature, SignerRole } from '../../lib/forms/definition.ts';
import { ROLE_LABELS, SIGNER_ORDER, signatureLine } from '../../lib/forms/kinds/signatures.ts';
import { shortFingerprint } from '../../lib/report/fingerprint.ts';
import type { SignatureStatuses, SignerState } from '../../lib/report/signing.ts';

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

export function SignaturePreview({ sig }: { sig: Signature }) {
  if (sig.method === 'typed') return <p class="signature-typed" aria-hidden="true">{sig.name}</p>;
  const strokes = sig.strokes ?? [];
  if (!strokes.length) return null;
  const w = sig.box?.width ?? Math.max(...strokes.flat().map((p) => p.x), 1);
  const h = sig.box?.height ?? Math.max(...strokes.flat().map((p) => p.y), 1);
  return (
    <svg class="signature-preview" viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
      {strokes.map((s, i) =>
        s.length === 1 ? (
          <circle key={i} cx={s[0]!.x} cy={s[0]!.y} r={1.5} fill="currentColor" />
        ) : (
          <polyline key={i} points={s.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke="currentColor" stroke-width={2} stroke-linecap="round" stroke-linejoin="round" />
        ),
      )}
    </svg>
  );
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
                <SignaturePreview sig={st.signature} />
              </div>
            )}
          </li>
        );
      })}
      <li class="muted small">Vingerafdruk van dit verslag met de handtekeningen: <code data-testid="vingerafdruk">{shortFingerprint(statuses.document)}</code></li>
    </ul>
  );
}
