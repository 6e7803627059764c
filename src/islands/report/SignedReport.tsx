/**
 * A report with at least one signature: locked. At the top what the signatures say; then, for
 * the person who still has to sign, the report to read and only their part (reaction, choice,
 * signature); for the one who signed, how to send it; when both signed, the next steps.
 * Editing the content is a separate, deliberate action that says which signatures lapse.
 */
import type { ComponentChildren } from 'preact';
import type { FieldValue, SignerRole } from '../../lib/forms/definition.ts';
import { fieldById } from '../../lib/forms/definition.ts';
import { ROLE_LABELS, NAME_FIELD } from '../../lib/forms/kinds/signatures.ts';
import { ownerText } from '../../lib/forms/kinds/agreements.ts';
import type { DocumentStore } from '../../lib/stores/documents.ts';
import type { Report } from '../../lib/report/codec.ts';
import { reportDefinition } from '../../lib/report/declaration.ts';
import { mailText } from '../../lib/report/mail.ts';
import { holds, type SignatureDraft, type SignatureStatuses } from '../../lib/report/signing.ts';
import { formatDate } from '../../lib/shared/dates.ts';
import { PERSONNEL_FILE_HREF } from '../../lib/forms/common.ts';
import { TextareaControl } from '../ui/controls/TextareaControl.tsx';
import { focusSoon } from '../ui/focus.ts';
import { ReadView } from '../ui/ReadView.tsx';
import { FollowUpIcs } from './FollowUpIcs.tsx';
import { SignatureSummary } from './SignatureSummary.tsx';
import { SignPanel } from './SignPanel.tsx';

const SITE = import.meta.env.SITE ?? 'https://gesprekswijzer.example';
const REACTION = fieldById(reportDefinition, 'employeeReaction')!;

interface Props {
  store: DocumentStore<Report>;
  report: Report;
  statuses: SignatureStatuses;
  sign: (role: SignerRole, draft: SignatureDraft) => Promise<void>;
  downloadButton: (label?: string) => ComponentChildren;
  fileName: string;
  setField: (id: string, value: FieldValue) => void;
}

function MailLink({ report, kind, fileName, statuses, label }: { report: Report; kind: 'to-employee' | 'countersigned' | 'final'; fileName: string; statuses: SignatureStatuses; label: string }) {
  const mail = mailText(report, kind, fileName, statuses.document, SITE);
  return (
    <details class="disclosure mail-text">
      <summary>{label}</summary>
      <p><a class="button secondary" href={mail.href}>Open een mail met deze tekst</a></p>
      <p class="field-help">Voeg de PDF zelf toe als bijlage. Gesprekswijzer verstuurt niets.</p>
      <pre class="mail-body">{`Onderwerp: ${mail.subject}\n\n${mail.body}`}</pre>
    </details>
  );
}

export function SignedReport({ store, report, statuses, sign, downloadButton, fileName, setField }: Props) {
  const name = (role: SignerRole) => String(report[NAME_FIELD[role] as 'managerName' | 'employeeName'] ?? '').trim() || ROLE_LABELS[role].toLowerCase();
  // Who signed comes from the report itself; whether it holds, from the (debounced) check.
  const waiting = (['manager', 'employee'] as const).filter((r) => !report.signatures[r]);
  const signedRoles = (['manager', 'employee'] as const).filter((r) => !!report.signatures[r]);
  const allHold = signedRoles.every((r) => statuses[r].status === 'missing' || holds(statuses[r].status));
  const both = waiting.length === 0;

  function edit() {
    const names = signedRoles.map((r) => `${name(r)} (${ROLE_LABELS[r].toLowerCase()})`).join(' en ');
    if (!window.confirm(`Als je het verslag wijzigt, vervallen de handtekeningen van ${names}. Daarna moet opnieuw getekend worden. Wil je het verslag bewerken?`)) return;
    store.update((r) => ({ ...r, signatures: {} }));
    focusSoon('#gegevens-titel');
  }

  return (
    <div class="signed-report">
      <section class={`notice report-status ${allHold ? '' : 'error'}`} aria-labelledby="verslag-status">
        <h2 id="verslag-status" tabIndex={-1}>{both ? (allHold ? 'Door allebei getekend' : 'Let op: een handtekening klopt niet') : `Wacht op de handtekening van ${name(waiting[0]!)}`}</h2>
        <SignatureSummary statuses={statuses} />
        <p class="small">Het verslag ligt vast. Wijzigen maakt de handtekeningen ongeldig.{' '}
          <button type="button" class="link" onClick={edit}>Bewerken…</button>
        </p>
      </section>

      {!both && (
        <>
          <section class="next-step" aria-labelledby="stuur-titel">
            <h2 id="stuur-titel">Ben je {name(signedRoles[0]!)}? Stuur het verslag naar {name(waiting[0]!)}</h2>
            <ol class="steps">
              <li>Download de PDF. {downloadButton('Download PDF')}</li>
              <li>Stuur hem naar {name(waiting[0]!)}, bijvoorbeeld per mail. <MailLink report={report} kind="to-employee" fileName={fileName} statuses={statuses} label="Tekst voor de mail" /></li>
              <li>{name(waiting[0]!)} opent de PDF op deze site (<q>Open een verslag</q>, of onder <q>Meer</q> als er al een verslag staat), leest, reageert en tekent, en stuurt hem terug.</li>
            </ol>
          </section>
          <section class="countersign" aria-labelledby="teken-titel">
            <h2 id="teken-titel">Ben je {name(waiting[0]!)}? Lees het verslag en teken</h2>
            <p>Hieronder staat het hele verslag. Je kunt niets aan de inhoud veranderen; je kunt wel een reactie schrijven. Niet eens met iets? Schrijf het in je reactie en teken voor gezien.</p>
            <ReadView def={reportDefinition} data={report} omit={['signatures', 'employeeReaction']} headingLevel={3} />
            {waiting[0] === 'employee' && (
              <div class="field reaction">
                <TextareaControl field={REACTION as never} value={report.employeeReaction} onChange={(v) => setField('employeeReaction', v)} today="" />
              </div>
            )}
            <SignPanel role={waiting[0]!} defaultName={String(report[NAME_FIELD[waiting[0]!] as 'employeeName'] ?? '')} blocking={[]} reactionHint={waiting[0] === 'employee'} onSign={(d) => sign(waiting[0]!, d)} />
          </section>
        </>
      )}

      {both && (
        <section class="next-step" aria-labelledby="daarna-titel">
          <h2 id="daarna-titel">Wat nu?</h2>
          <ol class="steps">
            <li>
              <strong>Download de getekende PDF</strong> en stuur hem terug, zodat jullie allebei hetzelfde exemplaar hebben. {downloadButton('Download de getekende PDF')}
              <MailLink report={report} kind="countersigned" fileName={fileName} statuses={statuses} label="Tekst voor de mail" />
            </li>
            <li>
              <strong>Bewaar het verslag</strong> in het personeelsdossier. Alleen wie het nodig heeft, mag het lezen; de medewerker mag het altijd inzien.{' '}
              <a href={PERSONNEL_FILE_HREF}>Wie mag het lezen en hoelang bewaar je het?</a>
            </li>
            <li>
              <strong>Zet de opvolging in je agenda</strong>
              {report.checkInDate ? `: het tussentijdse gesprek op ${formatDate(report.checkInDate)}.` : '.'}
              <FollowUpIcs report={report} />
            </li>
            <li>
              <strong>Volg de afspraken op.</strong>
              {report.agreements.filter((a) => a.what.trim()).length ? (
                <ul class="agreement-checklist">
                  {report.agreements.filter((a) => a.what.trim()).map((a) => (
                    <li key={a.id}>{a.what.trim()} <span class="muted">({[ownerText(a), a.due && `tegen ${formatDate(a.due)}`].filter(Boolean).join(', ')})</span></li>
                  ))}
                </ul>
              ) : (
                <span> Er staan geen afspraken in dit verslag.</span>
              )}
            </li>
          </ol>
        </section>
      )}

      <section class="read-report" aria-labelledby="lees-titel">
        <h2 id="lees-titel">Het verslag</h2>
        <ReadView def={reportDefinition} data={report} omit={['signatures']} headingLevel={3} />
      </section>
    </div>
  );
}
