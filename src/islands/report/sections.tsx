/** The content sections of the report form, in the order of the seven phases. */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { phaseHref } from '../../lib/content/taxonomy.ts';
import {
  emptyAgreement,
  emptyDevelopmentPoint,
  emptyLookBackItem,
  type Agreement,
  type AgreementOwner,
  type LookBackItem,
  type LookBackStatus,
  type Report,
} from '../../lib/report/model.ts';
import { checkAgreement, checkDevelopmentPoints, countStrengths, type Hint } from '../../lib/report/smart.ts';
import { addWeeks, buildIcs, followUpEvents, suggestCheckIn } from '../../lib/report/ics.ts';
import { OWNER_LABELS, STATUS_LABELS } from '../../lib/report/labels.ts';
import { exportFileName } from '../../lib/documents/fileName.ts';
import { move, focusSoon } from '../sheet/fields.tsx';
import { downloadFile } from '../documents/download.ts';
import { Cell, PrintValue, RowTools, SelectCell, TextArea, TextField, formatDateShort } from './controls.tsx';
import { readReportFile } from './readReportFile.ts';

export type Update = (change: (r: Report) => Report) => void;
interface SectionProps { report: Report; update: Update }

export function Section({ id, title, phase, intro, children }: { id: string; title: string; phase?: number; intro?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="sheet-section report-section" id={id} aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>{title}</h2>
      {(intro || phase) && (
        <p class="section-intro">
          {intro}
          {phase && (
            <>
              {intro ? ' ' : ''}
              <a class="no-print" href={phaseHref(phase)}>Meer over fase {phase} in de gids</a>
            </>
          )}
        </p>
      )}
      {children}
    </section>
  );
}

function Message({ msg }: { msg: { tone: 'ok' | 'error'; text: string } | null }) {
  return (
    <div role="status" aria-live="polite" class="row-message">
      {msg && <p class={`notice ${msg.tone}`}>{msg.text}</p>}
    </div>
  );
}

// ---------------------------------------------------------------------------
// Gegevens
// ---------------------------------------------------------------------------

export function DetailsSection({ report, update }: SectionProps) {
  const d = report.details;
  const setD = (patch: Partial<Report['details']>) => update((r) => ({ ...r, details: { ...r.details, ...patch } }));
  const setPerson = (who: 'employee' | 'manager', patch: Partial<Report['details']['employee']>) =>
    update((r) => ({ ...r, details: { ...r.details, [who]: { ...r.details[who], ...patch } } }));
  const online = /^online\b/i.test(d.place.trim());
  return (
    <Section id="gegevens" title="Gegevens van het gesprek">
      <TextField id="organisatie" label="Organisatie" value={d.organisation} autocomplete="organization" onInput={(v) => setD({ organisation: v })} help="Bijvoorbeeld: Garage Peeters, boekhoudkantoor Van Dam." />
      <div class="grid-2">
        <TextField id="medewerker-naam" label="Naam van de medewerker" value={d.employee.name} onInput={(v) => setPerson('employee', { name: v })} />
        <TextField id="medewerker-functie" label="Functie van de medewerker" value={d.employee.jobTitle} onInput={(v) => setPerson('employee', { jobTitle: v })} />
        <TextField id="leidinggevende-naam" label="Naam van de leidinggevende" value={d.manager.name} onInput={(v) => setPerson('manager', { name: v })} />
        <TextField id="leidinggevende-functie" label="Functie van de leidinggevende" value={d.manager.jobTitle} onInput={(v) => setPerson('manager', { jobTitle: v })} />
        <TextField id="datum" type="date" label="Datum van het gesprek" value={d.date} onInput={(v) => setD({ date: v })} />
        <TextField
          id="plaats"
          label="Plaats"
          value={d.place}
          onInput={(v) => setD({ place: v })}
          help={online ? 'Online: zet allebei je camera aan en zit op een rustige plek.' : 'Een rustige ruimte, liefst niet aan je eigen bureau.'}
        >
          {!online && (
            <button type="button" class="secondary small no-print quick" onClick={() => setD({ place: 'Online (videogesprek)' })}>
              Het gesprek was online
            </button>
          )}
        </TextField>
      </div>
      <TextField id="periode" label="Over welke periode gaat het gesprek?" value={d.period} onInput={(v) => setD({ period: v })} help="Bijvoorbeeld: september 2025 tot september 2026." />
      <div class="grid-2">
        <TextField id="geschreven-door" label="Wie schrijft het verslag?" value={d.writtenBy} onInput={(v) => setD({ writtenBy: v })} />
        <TextField id="gedeeld-met" label="Wie krijgt het verslag?" value={d.recipients} onInput={(v) => setD({ recipients: v })} />
      </div>
      <TextField
        id="bewaard"
        label="Waar wordt het verslag bewaard?"
        value={d.storage}
        onInput={(v) => setD({ storage: v })}
        help={
          <>
            Het verslag is vertrouwelijk. Alleen wie het echt nodig heeft, krijgt het te zien, bijvoorbeeld in het personeelsdossier of een afgesloten kast.{' '}
            <a href="/gids/goede-afspraken/#vertrouwelijk">Meer over vertrouwelijk bewaren</a>
          </>
        }
      />
    </Section>
  );
}

// ---------------------------------------------------------------------------
// Terugblik
// ---------------------------------------------------------------------------

const STATUS_OPTIONS = (['nagekomen', 'deels', 'niet'] as const).map((value) => ({ value, label: STATUS_LABELS[value] }));

export function LookBackSection({ report, update }: SectionProps) {
  const rows = report.lookBack;
  const setRows = (f: (rows: LookBackItem[]) => LookBackItem[]) => update((r) => ({ ...r, lookBack: f(r.lookBack) }));
  const setRow = (i: number, patch: Partial<LookBackItem>) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const [msg, setMsg] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function onFile(e: Event) {
    const el = e.currentTarget as HTMLInputElement;
    const file = el.files?.[0];
    el.value = '';
    if (!file) return;
    setBusy(true);
    setMsg(null);
    const result = await readReportFile(file);
    setBusy(false);
    if (!result.ok) return setMsg({ tone: 'error', text: `Overnemen lukte niet. ${result.message} Er is niets veranderd.` });
    const earlier = result.report;
    const items = earlier.agreements.filter((a) => a.what.trim());
    if (items.length === 0) return setMsg({ tone: 'error', text: 'In dat verslag staan geen afspraken. Er is niets veranderd.' });
    const first = rows.length;
    setRows((rs) => [...rs, ...items.map((a) => ({ ...emptyLookBackItem(), agreement: a.what.trim() }))]);
    const from = [earlier.details.employee.name.trim(), earlier.details.date && `gesprek van ${formatDateShort(earlier.details.date)}`].filter(Boolean).join(', ');
    setMsg({
      tone: 'ok',
      text: `${items.length === 1 ? 'Eén afspraak' : `${items.length} afspraken`} uit het vorige verslag${from ? ` (${from})` : ''} ${items.length === 1 ? 'staat' : 'staan'} nu hieronder. Kies bij elke afspraak of ze nagekomen is.`,
    });
    focusSoon(`#terugblik-${first}-status`);
  }

  return (
    <Section id="terugblik" title="Terugblik op de vorige afspraken" phase={2} intro="Zijn de afspraken van het vorige gesprek nagekomen? En zo niet, waarom niet?">
      {rows.length > 0 && (
        <ol class="items report-rows">
          {rows.map((row, i) => (
            <li key={row.id} class="item row-item">
              <fieldset class="row-fields">
                <legend>Vorige afspraak {i + 1}</legend>
                <Cell id={`terugblik-${i}-afspraak`} label="Afspraak" kind="textarea" wide value={row.agreement} onInput={(v) => setRow(i, { agreement: v })} />
                <SelectCell<LookBackStatus> id={`terugblik-${i}-status`} label="Nagekomen?" value={row.status} options={STATUS_OPTIONS} onChange={(v) => setRow(i, { status: v })} />
                <Cell id={`terugblik-${i}-toelichting`} label="Waarom (niet)? Toelichting" kind="textarea" value={row.note} onInput={(v) => setRow(i, { note: v })} />
              </fieldset>
              <RowTools
                name="Vorige afspraak"
                index={i}
                count={rows.length}
                onMove={(to) => setRows((rs) => move(rs, i, to))}
                onRemove={() => { setRows((rs) => rs.filter((_, j) => j !== i)); focusSoon('#terugblik-toevoegen'); }}
              />
            </li>
          ))}
        </ol>
      )}
      {rows.length === 0 && <p class="muted">Nog geen vorige afspraken. Is dit het eerste gesprek? Dan laat je dit leeg.</p>}
      <div class="inline no-print">
        <button type="button" class="secondary add" id="terugblik-toevoegen" onClick={() => { setRows((rs) => [...rs, emptyLookBackItem()]); focusSoon(`#terugblik-${rows.length}-afspraak`); }}>
          + Vorige afspraak toevoegen
        </button>
        <button type="button" class="secondary" disabled={busy} aria-describedby="terugblik-overnemen-hulp" onClick={() => input.current?.click()}>
          {busy ? 'Bezig met lezen…' : 'Neem over uit vorig verslag…'}
        </button>
        <input ref={input} name="vorig-verslag" class="visually-hidden" type="file" accept=".json,.pdf,application/json,application/pdf" tabIndex={-1} aria-hidden="true" data-testid="vorig-verslag" onChange={onFile} />
      </div>
      <p class="field-help no-print" id="terugblik-overnemen-hulp">Kies de PDF of het JSON-bestand van het vorige verslag. De afspraken daaruit komen in deze lijst.</p>
      <Message msg={msg} />
    </Section>
  );
}

// ---------------------------------------------------------------------------
// Fasen 3–5 en de thema's
// ---------------------------------------------------------------------------

export function EmployeeViewSection({ report, update }: SectionProps) {
  return (
    <Section id="verhaal" title="Het verhaal van de medewerker" phase={3} intro="De medewerker vertelt eerst. Vat samen wat je hoorde, zoveel mogelijk in de woorden van de medewerker.">
      <TextArea id="verhaal-tekst" label="Wat vertelde de medewerker?" rows={6} value={report.employeeView} onInput={(v) => update((r) => ({ ...r, employeeView: v }))} help="Wat gaat goed, waar is de medewerker trots op, wat loopt minder vlot?" />
    </Section>
  );
}

export function DeepeningSection({ report, update }: SectionProps) {
  return (
    <Section id="verdieping" title="Verdieping" phase={4} intro="Wat kwam er naar boven toen jullie doorvroegen? Noteer concrete voorbeelden.">
      <TextArea id="verdieping-tekst" label="Verdieping en voorbeelden" rows={5} value={report.deepening} onInput={(v) => update((r) => ({ ...r, deepening: v }))} />
      <TextArea
        id="feedback-leidinggevende"
        label="Feedback van de medewerker aan de leidinggevende"
        rows={4}
        value={report.feedbackToManager}
        onInput={(v) => update((r) => ({ ...r, feedbackToManager: v }))}
        help="Over samenwerking, steun en communicatie: wat helpt, wat kan beter?"
      />
    </Section>
  );
}

export function ManagerViewSection({ report, update }: SectionProps) {
  const points = report.developmentPoints;
  const setPoints = (f: (p: Report['developmentPoints']) => Report['developmentPoints']) => update((r) => ({ ...r, developmentPoints: f(r.developmentPoints) }));
  const strengths = countStrengths(report.managerStrengths);
  const pointCount = points.filter((p) => p.text.trim()).length;
  const hints = checkDevelopmentPoints(pointCount, strengths);
  return (
    <Section id="kijk-leidinggevende" title="De kijk van de leidinggevende" phase={5} intro="Begin met wat goed gaat. Noem daarna hoogstens drie ontwikkelpunten, elk met een voorbeeld.">
      <TextArea
        id="sterke-punten"
        label="Wat goed gaat: sterke punten"
        rows={5}
        value={report.managerStrengths}
        onInput={(v) => update((r) => ({ ...r, managerStrengths: v }))}
        help="Eén sterk punt per regel, met een voorbeeld. Bijvoorbeeld: “Houdt de werkplaats netjes: na elke herstelling ligt het gereedschap terug.”"
        describedBy="punten-teller"
      />
      <fieldset class="field rows">
        <legend>Ontwikkelpunten</legend>
        <p class="field-help">Beschrijf gedrag dat je zag, geen eigenschap. Dus niet “slordig”, wel “twee keer dit kwartaal ontbrak de factuur bij de levering”.</p>
        {points.length > 0 && (
          <ol class="items">
            {points.map((p, i) => (
              <li key={p.id} class="item">
                <label class="visually-hidden" for={`ontwikkelpunt-${i}`}>Ontwikkelpunt {i + 1}</label>
                <textarea id={`ontwikkelpunt-${i}`} rows={2} value={p.text} aria-describedby="punten-teller" onInput={(e) => { const v = (e.currentTarget as HTMLTextAreaElement).value; setPoints((ps) => ps.map((x, j) => (j === i ? { ...x, text: v } : x))); }} />
                <PrintValue text={p.text} />
                <RowTools
                  name="Ontwikkelpunt"
                  index={i}
                  count={points.length}
                  onMove={(to) => setPoints((ps) => move(ps, i, to))}
                  onRemove={() => { setPoints((ps) => ps.filter((_, j) => j !== i)); focusSoon('#ontwikkelpunt-toevoegen'); }}
                />
              </li>
            ))}
          </ol>
        )}
        <div id="punten-teller" role="status" aria-live="polite" class="no-print">
          <p class={`count-line ${hints.length ? 'warn' : ''}`}>
            {strengths === 1 ? '1 sterk punt' : `${strengths} sterke punten`}, {pointCount === 1 ? '1 ontwikkelpunt' : `${pointCount} ontwikkelpunten`}.
          </p>
          {hints.length > 0 && (
            <div class="hints">
              {hints.map((h) => <p key={h.code}>{h.message}</p>)}
            </div>
          )}
        </div>
        <button type="button" class="secondary add" id="ontwikkelpunt-toevoegen" onClick={() => { setPoints((ps) => [...ps, emptyDevelopmentPoint()]); focusSoon(`#ontwikkelpunt-${points.length}`); }}>
          + Ontwikkelpunt toevoegen
        </button>
      </fieldset>
    </Section>
  );
}

export function TopicsSection({ report, update }: SectionProps) {
  return (
    <>
      <Section id="werkomstandigheden" title="Werkomstandigheden en werkplezier">
        <TextArea
          id="werkomstandigheden-tekst"
          label="Werkomstandigheden en belemmeringen"
          value={report.conditions}
          onInput={(v) => update((r) => ({ ...r, conditions: v }))}
          help="Wat zit het werk in de weg? Denk ook aan materiaal: een trage laptop, een machine die hapert, een rooster dat niet klopt."
        />
        <TextArea id="werkplezier" label="Werkplezier en balans" value={report.wellbeing} onInput={(v) => update((r) => ({ ...r, wellbeing: v }))} help="Hoe gaat het met de energie, de werkdruk en de balans tussen werk en thuis?" />
      </Section>
      <Section id="ontwikkelwensen" title="Ontwikkelwensen">
        <TextArea
          id="ontwikkelwensen-tekst"
          label="Wat wil de medewerker leren of bereiken?"
          value={report.developmentWishes}
          onInput={(v) => update((r) => ({ ...r, developmentWishes: v }))}
          help="Bijvoorbeeld een opleiding, meer verantwoordelijkheid, meelopen met een collega of een nieuw project."
        />
      </Section>
    </>
  );
}

// ---------------------------------------------------------------------------
// Afspraken
// ---------------------------------------------------------------------------

const OWNER_OPTIONS = (['medewerker', 'leidinggevende', 'organisatie', 'ander'] as const).map((value) => ({ value, label: OWNER_LABELS[value] }));

function SmartPanel({ base, hints }: { base: string; hints: Hint[] }) {
  return (
    <div class={`smart-panel ${hints.length ? 'has-hints' : 'is-smart'} no-print`} id={`${base}-smart`} role="status" aria-live="polite">
      {hints.length === 0 ? (
        <p class="smart-ok"><span aria-hidden="true">✓ </span><strong>SMART.</strong> Deze afspraak is concreet: wie, wat, tegen wanneer en hoe jullie het meten.</p>
      ) : (
        <>
          <p class="smart-title"><strong>SMART-check:</strong> {hints.length === 1 ? 'nog 1 tip' : `nog ${hints.length} tips`}</p>
          <ul>
            {hints.map((h) => (
              <li key={h.code} id={`${base}-tip-${h.code}`} data-hint={h.code}>{h.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function AgreementsSection({ report, update, today }: SectionProps & { today: string }) {
  const rows = report.agreements;
  const setRows = (f: (rows: Agreement[]) => Agreement[]) => update((r) => ({ ...r, agreements: f(r.agreements) }));
  const setRow = (i: number, patch: Partial<Agreement>) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <Section
      id="afspraken"
      title="Samen vooruit: afspraken"
      phase={6}
      intro={
        <>
          Maak de afspraken SMART: Specifiek, Meetbaar, Acceptabel (of Haalbaar), Realistisch (of Relevant) en Tijdgebonden. Spreek ook af wat de leidinggevende en het bedrijf doen.{' '}
          <a class="no-print" href="/gids/goede-afspraken/">Van vaag naar SMART</a>.
        </>
      }
    >
      {rows.length > 0 && (
        <ol class="items report-rows">
          {rows.map((a, i) => {
            const base = `afspraak-${i}`;
            const hints = checkAgreement(a, { today });
            const tipIds = (field: keyof Agreement) => hints.filter((h) => h.field === field).map((h) => `${base}-tip-${h.code}`).join(' ') || undefined;
            return (
              <li key={a.id} class="item row-item agreement">
                <fieldset class="row-fields">
                  <legend>Afspraak {i + 1}</legend>
                  <Cell id={`${base}-wat`} label="Wat gebeurt er precies?" kind="textarea" wide value={a.what} describedBy={tipIds('what')} onInput={(v) => setRow(i, { what: v })} />
                  <SelectCell<AgreementOwner> id={`${base}-wie`} label="Wie doet het?" value={a.owner} options={OWNER_OPTIONS} describedBy={tipIds('owner')} onChange={(v) => setRow(i, { owner: v })} />
                  <Cell id={`${base}-naam`} label={a.owner === 'ander' ? 'Naam van die persoon' : 'Naam (wie precies)'} value={a.ownerName} describedBy={tipIds('ownerName')} onInput={(v) => setRow(i, { ownerName: v })} />
                  <Cell id={`${base}-datum`} label="Tegen wanneer?" kind="date" value={a.due} describedBy={tipIds('due')} onInput={(v) => setRow(i, { due: v })} />
                  <Cell id={`${base}-meting`} label="Hoe meten jullie of het gelukt is?" kind="textarea" wide value={a.measure} describedBy={tipIds('measure')} onInput={(v) => setRow(i, { measure: v })} />
                  <Cell id={`${base}-steun`} label="Welke steun is er? (opleiding, tijd, coaching…)" kind="textarea" wide value={a.support} describedBy={tipIds('support')} onInput={(v) => setRow(i, { support: v })} />
                </fieldset>
                <RowTools
                  name="Afspraak"
                  index={i}
                  count={rows.length}
                  onMove={(to) => setRows((rs) => move(rs, i, to))}
                  onRemove={() => { setRows((rs) => rs.filter((_, j) => j !== i)); focusSoon('#afspraak-toevoegen'); }}
                />
                <SmartPanel base={base} hints={hints} />
              </li>
            );
          })}
        </ol>
      )}
      {rows.length === 0 && <p class="muted">Nog geen afspraken. Een goed gesprek eindigt met minstens één concrete afspraak.</p>}
      <button type="button" class="secondary add" id="afspraak-toevoegen" onClick={() => { setRows((rs) => [...rs, emptyAgreement()]); focusSoon(`#afspraak-${rows.length}-wat`); }}>
        + Afspraak toevoegen
      </button>
    </Section>
  );
}

// ---------------------------------------------------------------------------
// Opvolging
// ---------------------------------------------------------------------------

export function FollowUpSection({ report, update }: SectionProps) {
  const f = report.followUp;
  const setF = (patch: Partial<Report['followUp']>) => update((r) => ({ ...r, followUp: { ...r.followUp, ...patch } }));
  const suggestion = suggestCheckIn(report.details.date);
  const nextSuggestion = addWeeks(report.details.date, 52);
  const [msg, setMsg] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  function downloadIcs() {
    const events = followUpEvents(report);
    if (events.length === 0) {
      setMsg({ tone: 'error', text: 'Kies eerst een datum voor het tussentijdse gesprek of voor het volgende gesprek.' });
      return;
    }
    const name = exportFileName('opvolging', report.details.employee.name, report.details.date, 'ics');
    downloadFile(buildIcs(events, { now: new Date() }), name, 'text/calendar;charset=utf-8');
    setMsg({ tone: 'ok', text: `Het agendabestand "${name}" is gedownload. Open het om ${events.length === 1 ? 'de afspraak' : 'de afspraken'} in je agenda te zetten.` });
  }

  return (
    <Section id="opvolging" title="Opvolging" intro="Plan nu al een kort tussentijds gesprek, bijvoorbeeld zes weken na het gesprek. Een kwartier is vaak genoeg.">
      <div class="grid-2">
        <TextField id="tussentijds" type="date" label="Tussentijds gesprek" value={f.checkInDate} onInput={(v) => setF({ checkInDate: v })}>
          {suggestion && f.checkInDate !== suggestion && (
            <button type="button" class="secondary small no-print quick" onClick={() => setF({ checkInDate: suggestion })}>
              Stel voor: {formatDateShort(suggestion)}
            </button>
          )}
        </TextField>
        <TextField id="volgend-gesprek" type="date" label="Volgend functioneringsgesprek" value={f.nextTalkDate} onInput={(v) => setF({ nextTalkDate: v })}>
          {nextSuggestion && !f.nextTalkDate && (
            <button type="button" class="secondary small no-print quick" onClick={() => setF({ nextTalkDate: nextSuggestion })}>
              Stel voor: {formatDateShort(nextSuggestion)}
            </button>
          )}
        </TextField>
      </div>
      {!report.details.date && <p class="field-help no-print">Vul bij de gegevens de datum van het gesprek in: dan stelt het formulier een datum voor.</p>}
      <button type="button" class="secondary no-print" id="ics-download" onClick={downloadIcs}>Zet in je agenda (.ics)</button>
      <Message msg={msg} />
    </Section>
  );
}

// ---------------------------------------------------------------------------
// Afsluiting
// ---------------------------------------------------------------------------

export function ClosingSection({ report, update }: SectionProps) {
  const c = report.closing;
  const setC = (patch: Partial<Report['closing']>) => update((r) => ({ ...r, closing: { ...r.closing, ...patch } }));
  const seenOnly = report.signatures.employee?.verdict === 'gezien' && !c.employeeReaction.trim();
  return (
    <Section id="afsluiting" title="Afsluiting" phase={7} intro="Vat samen, vraag hoe het gesprek was en bevestig de afspraken.">
      <TextArea id="ervaring" label="Hoe ervoer de medewerker het gesprek?" value={c.experience} onInput={(v) => setC({ experience: v })} />
      <TextArea
        id="reactie"
        label="Reactie van de medewerker op het verslag"
        rows={5}
        value={c.employeeReaction}
        onInput={(v) => setC({ employeeReaction: v })}
        describedBy={seenOnly ? 'reactie-tip' : undefined}
        help="De medewerker mag altijd een eigen kijk toevoegen. Niet akkoord? Schrijf wat niet klopt en waarom. De leidinggevende tekent eerst; deze reactie maakt die handtekening niet ongeldig."
      >
        <div role="status" aria-live="polite">
          {seenOnly && (
            <p class="hints" id="reactie-tip">
              De medewerker tekende “voor gezien”. Leg hier uit waarom: met welke delen van het verslag ben je het niet eens?
            </p>
          )}
        </div>
      </TextArea>
    </Section>
  );
}
