/**
 * Placing one signature: name, "voor gezien" or "voor akkoord" (no default: the person chooses,
 * knowing what each means), drawn or typed, and an explicit confirmation for a typed name.
 * Problems are shown as long as they exist and disappear as soon as they are fixed.
 */
import { hasVisibleText } from '../../lib/text/visible.ts';
import { useRef, useState } from 'preact/hooks';
import type { SignerRole, SignMethod, Verdict } from '../../lib/forms/definition.ts';
import { ROLE_LABELS } from '../../lib/forms/kinds/signatures.ts';
import { deviceTimeZone } from '../../lib/shared/dates.ts';
import { SIGNING_HREF } from '../../lib/forms/common.ts';
import type { SignatureDraft } from '../../lib/report/signing.ts';
import { focusSoon } from '../ui/focus.ts';
import { SignatureCanvas, type PadHandle } from './SignatureCanvas.tsx';

export const VERDICT_LABEL: Record<Verdict, string> = {
  seen: 'Voor gezien — ik heb het verslag gelezen en ontvangen',
  agreed: 'Voor akkoord — ik ben het eens met wat er staat',
};
export const VERDICT_HELP: Record<Verdict, string> = {
  seen: 'Dat zegt niet dat je het met alles eens bent. Dit is de neutrale keuze.',
  agreed: 'Wie voor akkoord tekent, kan later moeilijker zeggen dat iets niet klopte.',
};

interface Props {
  role: SignerRole;
  /** The name in the report, proposed as the signer's name. */
  defaultName: string;
  /** Things to fix in the report first (from the completeness check); signing waits for them. */
  blocking: { text: string; href: string }[];
  /** Shown with "voor gezien" for the employee: a reaction explains what is not right. */
  reactionHint?: boolean;
  onSign: (draft: SignatureDraft) => Promise<void>;
}

export function SignPanel({ role, defaultName, blocking, reactionHint, onSign }: Props) {
  const base = `teken-${role === 'manager' ? 'leidinggevende' : 'medewerker'}`;
  const who = ROLE_LABELS[role].toLowerCase();
  const [name, setName] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [method, setMethod] = useState<SignMethod>('drawn');
  const [typed, setTyped] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const pad = useRef<PadHandle | null>(null);
  const signer = (name ?? defaultName).trim();

  // What is still missing, computed from the current state: fixed problems disappear at once.
  const problems: { text: string; target: string }[] = [];
  if (!hasVisibleText(signer)) problems.push({ text: 'Vul je naam in.', target: `${base}-naam` });
  if (!verdict) problems.push({ text: 'Kies: voor gezien of voor akkoord.', target: `${base}-gezien` });
  if (method === 'drawn' && !drawn) problems.push({ text: 'Teken je handtekening in het vak. Lukt tekenen niet? Kies "Typ je naam".', target: `${base}-methode-typed` });
  if (method === 'typed' && !hasVisibleText(typed)) problems.push({ text: 'Typ je naam als handtekening.', target: `${base}-getypt` });
  if (method === 'typed' && !confirmed) problems.push({ text: 'Vink aan dat dit je handtekening is.', target: `${base}-bevestig` });

  async function place() {
    setTried(true);
    setFailure(null);
    if (blocking.length) return focusSoon(`#${base}-ontbreekt`);
    if (problems.length) return focusSoon(`#${problems[0]!.target}`);
    setBusy(true);
    try {
      const drawing = method === 'drawn' ? pad.current?.read() : undefined;
      await onSign({
        name: method === 'typed' ? typed.trim() : signer,
        signedAt: new Date().toISOString(),
        timeZone: deviceTimeZone(),
        verdict: verdict!,
        method,
        ...(drawing && drawing.strokes.length ? { strokes: drawing.strokes, box: drawing.box } : {}),
      });
    } catch (e) {
      console.error(e);
      setFailure('De handtekening kon niet geplaatst worden: je browser kan de vingerafdruk niet berekenen. Gebruik een recente browser en open de site via https.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="sign-panel" aria-labelledby={`${base}-titel`} role="group">
      <h3 id={`${base}-titel`}>Teken als {who}</h3>
      {blocking.length > 0 && (
        <div class="notice error" id={`${base}-ontbreekt`} tabIndex={-1}>
          <p>Vul eerst aan wat nog ontbreekt in het verslag:</p>
          <ul>{blocking.map((b) => <li key={b.text}><a href={b.href}>{b.text}</a></li>)}</ul>
        </div>
      )}
      <div class="field">
        <label for={`${base}-naam`}>Je naam</label>
        <input id={`${base}-naam`} name={`${base}-naam`} type="text" autocomplete="name" value={name ?? defaultName} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <fieldset class="field choice">
        <legend>Hoe teken je het verslag?</legend>
        <p class="field-help">
          Tekenen is niet verplicht. De medewerker mag altijd een eigen reactie schrijven; die gaat samen met het verslag in het personeelsdossier.{' '}
          <a href={SIGNING_HREF}>Meer over tekenen</a>
        </p>
        {(['seen', 'agreed'] as const).map((v) => (
          <div class="check" key={v}>
            <input type="radio" id={`${base}-${v === 'seen' ? 'gezien' : 'akkoord'}`} name={`${base}-oordeel`} checked={verdict === v} onChange={() => setVerdict(v)} aria-describedby={`${base}-${v}-uitleg`} />
            <label for={`${base}-${v === 'seen' ? 'gezien' : 'akkoord'}`}>
              {VERDICT_LABEL[v]}
              <span class="muted block" id={`${base}-${v}-uitleg`}>{VERDICT_HELP[v]}</span>
            </label>
          </div>
        ))}
      </fieldset>
      {reactionHint && verdict === 'seen' && (
        <p class="hints" role="status">Je tekent voor gezien. Ben je het met iets niet eens? Schrijf dan bij je reactie wat niet klopt en waarom. Dat mag, maar het hoeft niet.</p>
      )}
      <fieldset class="field choice">
        <legend>Hoe zet je je handtekening?</legend>
        <div class="check">
          <input type="radio" id={`${base}-methode-drawn`} name={`${base}-methode`} checked={method === 'drawn'} onChange={() => setMethod('drawn')} />
          <label for={`${base}-methode-drawn`}>Tekenen met muis, vinger of pen</label>
        </div>
        <div class="check">
          <input type="radio" id={`${base}-methode-typed`} name={`${base}-methode`} checked={method === 'typed'} onChange={() => setMethod('typed')} />
          <label for={`${base}-methode-typed`}>Typ je naam</label>
        </div>
      </fieldset>
      {method === 'drawn' ? (
        <div class="field">
          <p class="field-help" id={`${base}-teken-hulp`}>Teken je handtekening in het witte vak.</p>
          <div class="signature-paper">
            <SignatureCanvas handle={pad} onChange={(empty) => setDrawn(!empty)} label={`Tekenvak voor de handtekening van de ${who}${drawn ? ', met een tekening' : ', nog leeg'}`} describedBy={`${base}-teken-hulp`} />
          </div>
          <button type="button" class="secondary small" disabled={!drawn} onClick={() => pad.current?.clear()}>Wis tekening</button>
        </div>
      ) : (
        <div class="field">
          <label for={`${base}-getypt`}>Typ je naam als handtekening</label>
          <input id={`${base}-getypt`} name={`${base}-getypt`} type="text" autocomplete="off" class="typed-input" value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} />
          <div class="check confirm">
            <input type="checkbox" id={`${base}-bevestig`} name={`${base}-bevestig`} checked={confirmed} onChange={(e) => setConfirmed((e.currentTarget as HTMLInputElement).checked)} />
            <label for={`${base}-bevestig`}>Ik bevestig dat dit mijn handtekening is</label>
          </div>
        </div>
      )}
      <p class="field-help">Het tijdstip wordt bewaard, met de tijdzone van je toestel. Zo staat het ook in de PDF.</p>
      <div role="status" aria-live="polite">
        {tried && problems.length > 0 && (
          <ul class="notice error sign-problems">{problems.map((p) => <li key={p.text}><a href={`#${p.target}`}>{p.text}</a></li>)}</ul>
        )}
        {failure && <p class="notice error">{failure}</p>}
      </div>
      <button type="button" id={`${base}-plaats`} disabled={busy} onClick={place}>
        {busy ? 'Bezig…' : `Plaats handtekening (${who})`}
      </button>
    </div>
  );
}
