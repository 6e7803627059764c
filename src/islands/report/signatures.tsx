/**
 * The signing step: one panel for the manager and one for the employee. A signature stores
 * who, when, "voor akkoord" or "voor gezien", how, the drawing, and the fingerprint of the
 * content it covers (see lib/report/signing.ts). Each panel says live whether it still matches.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report, Signature, SignatureMethod, SignatureVerdict, SignerRole } from '../../lib/report/model.ts';
import { shortFingerprint } from '../../lib/report/fingerprint.ts';
import { signerFingerprint, type SignatureStatuses, type SignerState } from '../../lib/report/signing.ts';
import { VERDICT_LABELS } from '../../lib/report/labels.ts';
import { focusSoon } from '../sheet/fields.tsx';
import { formatDateShort, formatDateTime } from './controls.tsx';
import { Section, type Update } from './sections.tsx';
import { SignatureCanvas, SignaturePreview, type PadHandle } from './SignatureCanvas.tsx';

const ROLE = {
  manager: { slug: 'leidinggevende', title: 'Leidinggevende' },
  employee: { slug: 'medewerker', title: 'Medewerker' },
} as const;

const METHOD_TEXT: Record<SignatureMethod, string> = { getekend: 'getekend', getypt: 'naam getypt' };

/** The sentence that says whether a signature still holds. */
export function statusSentence(state: SignerState | null): { tone: 'none' | 'ok' | 'stale' | 'busy'; text: string } {
  if (!state) return { tone: 'busy', text: 'De handtekening wordt nagekeken…' };
  const s = state.signature;
  if (state.status === 'ontbreekt' || !s) return { tone: 'none', text: 'Nog niet getekend.' };
  const who = s.name.trim() || 'onbekend';
  if (state.status === 'geldig') {
    return { tone: 'ok', text: `Geldig: getekend door ${who} op ${formatDateTime(s.date)}, ${VERDICT_LABELS[s.verdict].toLowerCase()} (${METHOD_TEXT[s.method]}).` };
  }
  return { tone: 'stale', text: `Verouderd: de inhoud is gewijzigd sinds deze handtekening van ${who} (${formatDateTime(s.date)}). Teken opnieuw.` };
}

interface PanelProps {
  role: SignerRole;
  report: Report;
  state: SignerState | null;
  update: Update;
}

function SignaturePanel({ role, report, state, update }: PanelProps) {
  const r = ROLE[role];
  const base = `teken-${r.slug}`;
  const person = role === 'manager' ? report.details.manager : report.details.employee;
  const sig = report.signatures[role];
  const [name, setName] = useState(person.name);
  const [nameTouched, setNameTouched] = useState(false);
  const [verdict, setVerdict] = useState<SignatureVerdict>('akkoord');
  const [method, setMethod] = useState<SignatureMethod>('getekend');
  const [typed, setTyped] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [empty, setEmpty] = useState(true);
  const [error, setError] = useState<{ text: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const pad = useRef<PadHandle | null>(null);

  // Follow the name in the details until the person edits it here.
  useEffect(() => {
    if (!nameTouched) setName(person.name);
  }, [person.name, nameTouched]);

  const status = statusSentence(state);
  const reactionMissing = role === 'employee' && verdict === 'gezien' && !report.closing.employeeReaction.trim();

  async function place() {
    setError(null);
    const who = name.trim();
    if (!who) return fail('Vul je naam in.', `${base}-naam`);
    if (method === 'getekend' && (pad.current?.isEmpty() ?? true)) {
      return fail('Teken eerst je handtekening in het vak. Lukt tekenen niet? Kies dan “Teken door je naam te typen”.', `${base}-methode-getypt`);
    }
    if (method === 'getypt') {
      if (!typed.trim()) return fail('Typ je naam als handtekening.', `${base}-getypt`);
      if (!confirmed) return fail('Vink aan dat dit je handtekening is.', `${base}-bevestig`);
    }
    setBusy(true);
    try {
      const fp = await signerFingerprint(report, role);
      const drawing = method === 'getekend' ? pad.current?.read() : undefined;
      const signature: Signature = {
        name: method === 'getypt' ? typed.trim() : who,
        date: new Date().toISOString(),
        verdict,
        method,
        ...(drawing && drawing.strokes.length ? { strokes: drawing.strokes, box: drawing.box } : {}),
        fingerprint: fp,
      };
      update((rep) => ({ ...rep, signatures: { ...rep.signatures, [role]: signature } }));
      setTyped('');
      setConfirmed(false);
      focusSoon(`#${base}-status`);
    } catch (e) {
      console.error(e);
      fail('De handtekening kon niet geplaatst worden: je browser kan de vingerafdruk niet berekenen. Gebruik een recente browser en open de site via https.');
    } finally {
      setBusy(false);
    }
  }

  function fail(text: string, field?: string) {
    setError({ text, field });
    if (field) focusSoon(`#${field}`);
  }

  function remove(ask: boolean) {
    if (ask && !window.confirm(`Wil je de handtekening van ${sig?.name || r.title.toLowerCase()} verwijderen?`)) return;
    update((rep) => {
      const next = { ...rep.signatures };
      delete next[role];
      return { ...rep, signatures: next };
    });
    focusSoon(`#${base}-naam`);
  }

  return (
    <section class={`signature-panel tone-${status.tone}`} aria-labelledby={`${base}-titel`}>
      <h3 id={`${base}-titel`}>{r.title}</h3>
      <p id={`${base}-status`} class={`signature-status tone-${status.tone}`} role="status" aria-live="polite" tabIndex={-1}>
        <span class="status-icon" aria-hidden="true">{status.tone === 'ok' ? '✓' : status.tone === 'stale' ? '!' : '○'}</span> {status.text}
      </p>

      {sig ? (
        <div class="signature-placed">
          <div class="signature-paper">
            <SignaturePreview strokes={sig.method === 'getekend' ? sig.strokes : undefined} box={sig.box} typedName={sig.method === 'getypt' ? sig.name : undefined} />
          </div>
          <p class="signature-caption">
            {sig.name}, {formatDateTime(sig.date)}, {VERDICT_LABELS[sig.verdict].toLowerCase()}
            {sig.method === 'getypt' ? ' (naam getypt)' : ''}
          </p>
          <div class="inline no-print">
            {state?.status === 'verouderd' && (
              <button type="button" onClick={() => remove(false)}>Teken opnieuw</button>
            )}
            <button type="button" class="danger" onClick={() => remove(true)}>Handtekening verwijderen</button>
          </div>
        </div>
      ) : (
        <div class="signature-form no-print">
          {role === 'employee' && !report.signatures.manager && (
            <p class="field-help">Meestal tekent de leidinggevende eerst. Daarna schrijft de medewerker een reactie (bij Afsluiting) en tekent.</p>
          )}
          <div class="field">
            <label for={`${base}-naam`}>Naam</label>
            <input id={`${base}-naam`} type="text" autocomplete="off" value={name} onInput={(e) => { setName((e.currentTarget as HTMLInputElement).value); setNameTouched(true); }} />
          </div>
          <p class="field-help">Datum: vandaag, {formatDateShort(localToday())}. Het tijdstip wordt bewaard wanneer je tekent.</p>

          <fieldset class="field choice">
            <legend>Je tekent</legend>
            <div class="check">
              <input type="radio" id={`${base}-akkoord`} name={`${base}-oordeel`} checked={verdict === 'akkoord'} onChange={() => setVerdict('akkoord')} />
              <label for={`${base}-akkoord`}>Voor akkoord <span class="muted">— ik ben het eens met dit verslag</span></label>
            </div>
            <div class="check">
              <input type="radio" id={`${base}-gezien`} name={`${base}-oordeel`} checked={verdict === 'gezien'} onChange={() => setVerdict('gezien')} />
              <label for={`${base}-gezien`}>Voor gezien <span class="muted">— ik heb het gelezen, maar ben het niet met alles eens</span></label>
            </div>
          </fieldset>
          <div role="status" aria-live="polite">
            {reactionMissing && (
              <p class="hints">
                Je tekent voor gezien. Schrijf eerst bij <a href="#reactie">Reactie van de medewerker</a> waarom: wat klopt er volgens jou niet?
              </p>
            )}
          </div>

          <fieldset class="field choice">
            <legend>Hoe teken je?</legend>
            <div class="check">
              <input type="radio" id={`${base}-methode-getekend`} name={`${base}-methode`} checked={method === 'getekend'} onChange={() => setMethod('getekend')} />
              <label for={`${base}-methode-getekend`}>Tekenen met muis, vinger of pen</label>
            </div>
            <div class="check">
              <input type="radio" id={`${base}-methode-getypt`} name={`${base}-methode`} checked={method === 'getypt'} onChange={() => setMethod('getypt')} />
              <label for={`${base}-methode-getypt`}>Teken door je naam te typen</label>
            </div>
          </fieldset>

          {method === 'getekend' ? (
            <div class="field">
              <p class="field-help" id={`${base}-teken-hulp`}>Teken je handtekening in het witte vak, met de muis, je vinger of een pen.</p>
              <div class="signature-paper">
                <SignatureCanvas handle={pad} onChange={setEmpty} label={`Tekenvak voor de handtekening van de ${r.title.toLowerCase()}${empty ? ', nog leeg' : ', met een tekening'}`} describedBy={`${base}-teken-hulp`} />
              </div>
              <button type="button" class="secondary small" disabled={empty} onClick={() => pad.current?.clear()}>Wis tekening</button>
            </div>
          ) : (
            <div class="field">
              <label for={`${base}-getypt`}>Typ je naam als handtekening</label>
              <input id={`${base}-getypt`} type="text" autocomplete="off" class="typed-input" value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} />
              <div class="check confirm">
                <input type="checkbox" id={`${base}-bevestig`} checked={confirmed} onChange={(e) => setConfirmed((e.currentTarget as HTMLInputElement).checked)} />
                <label for={`${base}-bevestig`}>Ik bevestig dat dit mijn handtekening is</label>
              </div>
            </div>
          )}

          <div role="status" aria-live="polite">
            {error && <p class="notice error">{error.text}</p>}
          </div>
          <button type="button" id={`${base}-plaats`} disabled={busy} onClick={place}>
            {busy ? 'Bezig…' : `Plaats handtekening (${r.title.toLowerCase()})`}
          </button>
        </div>
      )}
    </section>
  );
}

function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function SignatureSection({ report, update, statuses, error }: { report: Report; update: Update; statuses: SignatureStatuses | null; error: string | null }) {
  return (
    <Section id="ondertekenen" title="Ondertekenen" intro="Eerst tekent de leidinggevende. Daarna leest de medewerker het verslag, schrijft eventueel een reactie bij Afsluiting en tekent ook.">
      <div class="notice signature-info">
        <p>
          Dit is een <strong>eenvoudige elektronische handtekening</strong>, geen gekwalificeerde (zoals met een eID of itsme). Ze toont wie het verslag las en of die persoon akkoord ging.
        </p>
        <p>
          Elke handtekening bewaart de <strong>vingerafdruk</strong> van de inhoud. Verandert er daarna iets, dan zie je dat meteen. De handtekening van de leidinggevende geldt voor alles behalve de reactie van de medewerker; die van de medewerker geldt voor het hele verslag.
        </p>
        <p class="fingerprint-line" aria-live="polite">
          Vingerafdruk van het verslag nu:{' '}
          {error ? <span class="error-text">{error}</span> : <code data-testid="vingerafdruk">{statuses ? shortFingerprint(statuses.full) : '…'}</code>}
        </p>
      </div>
      <div class="signature-grid">
        <SignaturePanel role="manager" report={report} state={statuses?.manager ?? null} update={update} />
        <SignaturePanel role="employee" report={report} state={statuses?.employee ?? null} update={update} />
      </div>
    </Section>
  );
}
