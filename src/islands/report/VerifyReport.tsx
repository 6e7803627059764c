/**
 * The check page. One PDF: re-rendered from its own data and compared byte for byte, the
 * signatures checked, and the whole report shown to read. Two PDFs: compared field by field,
 * which is the real protection between two people who each kept a copy.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { reportCodec, type ReportEnvelope } from '../../lib/report/codec.ts';
import { reportDefinition } from '../../lib/report/declaration.ts';
import { shortFingerprint } from '../../lib/report/fingerprint.ts';
import { documentFingerprint, holds } from '../../lib/report/signing.ts';
import type { CopyComparison, FileCheck } from '../../lib/report/verify.ts';
import { readChosenFile } from '../ui/download.ts';
import { ReadView } from '../ui/ReadView.tsx';
import { documentStoreFor } from '../ui/useDocument.ts';
import { importedMessage } from '../../lib/stores/documentTexts.ts';
import { warmFileWorker } from './fileWorkerClient.ts';
import { loadPdfTools } from './readFile.ts';
import { SignatureSummary } from './SignatureSummary.tsx';

type CheckState = { kind: 'idle' } | { kind: 'busy'; file: string } | { kind: 'error'; file: string; message: string } | { kind: 'done'; file: string; check: FileCheck };

const FILE_TEXT: Record<FileCheck['file'], { tone: 'ok' | 'bad' | 'warn'; text: string }> = {
  identical: { tone: 'ok', text: 'Dit bestand is precies wat Gesprekswijzer maakt van de gegevens erin. Er is niets aan veranderd sinds het gemaakt werd: niet aan de pagina\'s, niet aan de gegevens, niet aan de rest van het bestand.' },
  'pages-differ': { tone: 'bad', text: 'Wat je op de pagina\'s ziet, past niet bij de gegevens in het bestand. Na het maken is er dus iets veranderd: aan de pagina\'s (bijvoorbeeld iets eroverheen getekend of getypt) of aan de gegevens erin. Welk van de twee, kan deze controle niet zeggen.' },
  'file-differs': { tone: 'bad', text: 'Het bestand is veranderd of beschadigd nadat Gesprekswijzer het maakte. De pagina\'s zelf zijn wel dezelfde.' },
  'other-version': { tone: 'warn', text: 'Dit bestand is gemaakt met een andere versie van Gesprekswijzer. Daarom konden alleen de gegevens en de handtekeningen nagekeken worden, niet de pagina\'s en de rest van het bestand.' },
  legacy: { tone: 'warn', text: 'Dit verslag is gemaakt met een oudere versie van Gesprekswijzer. Alleen de gegevens en de handtekeningen konden nagekeken worden, niet de pagina\'s en de rest van het bestand.' },
};

async function checkFile(file: File): Promise<CheckState> {
  const read = await readChosenFile(file);
  if (!read.ok) return { kind: 'error', file: file.name, message: read.message };
  // In the file worker, with a time limit: never throws, a failure is a Dutch message.
  const r = await (await loadPdfTools()).checkPdf(read.value);
  return r.ok ? { kind: 'done', file: file.name, check: r.value } : { kind: 'error', file: file.name, message: r.message };
}

/** The signatures that are on the report (a missing one is not checked). */
const placedSignatures = (check: FileCheck) => [check.statuses.manager, check.statuses.employee].filter((s) => s.status !== 'missing');

function Mark({ tone }: { tone: 'ok' | 'bad' | 'warn' | 'none' }) {
  return <span aria-hidden="true">{tone === 'ok' ? '✓ ' : tone === 'bad' ? '✗ ' : tone === 'warn' ? '! ' : '○ '}</span>;
}

function Result({ state, headingRef, onOpen, children }: { state: CheckState; headingRef: { current: HTMLHeadingElement | null }; onOpen: (env: ReportEnvelope) => void; children?: ComponentChildren }) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'busy') return <p role="status">“{state.file}” wordt nagekeken…</p>;
  if (state.kind === 'error') {
    return (
      <div class="verify-result">
        <h2 ref={headingRef} tabIndex={-1}>Resultaat</h2>
        <div class="notice error verify-summary" role="status">
          <p><strong>{state.file}</strong></p>
          <p>{state.message}</p>
        </div>
      </div>
    );
  }
  const { check } = state;
  const f = FILE_TEXT[check.file];
  const sigs = placedSignatures(check);
  const sigsHold = sigs.every((s) => holds(s.status));
  const overall = f.tone === 'bad' || !sigsHold ? 'bad' : f.tone === 'ok' && sigs.length === 2 ? 'ok' : 'warn';
  const headline =
    overall === 'bad'
      ? 'Let op: dit verslag klopt niet. Vraag het andere exemplaar op en vergelijk ze hieronder.'
      : overall === 'ok'
        ? 'Dit bestand is niet veranderd, en beide handtekeningen horen bij deze inhoud.'
        : sigs.length < 2 && f.tone === 'ok'
          ? `Dit bestand is niet veranderd. ${sigs.length === 0 ? 'Er is nog niet getekend.' : 'Er staat nog maar één handtekening op.'}`
          : 'De gegevens en de handtekeningen kloppen, maar niet alles kon nagekeken worden (zie hieronder).';
  return (
    <div class="verify-result">
      <h2 ref={headingRef} tabIndex={-1}>Resultaat</h2>
      <div class={`notice verify-summary tone-${overall}`} role="status">
        <p class="muted small">{state.file}</p>
        <p><Mark tone={overall} /><strong>{headline}</strong></p>
      </div>
      <h3>Het bestand</h3>
      <p class={`verify-file tone-${f.tone}`} data-verdict={check.file}><Mark tone={f.tone} />{f.text}</p>
      <h3>De handtekeningen</h3>
      <SignatureSummary statuses={check.statuses} />
      <details class="disclosure">
        <summary>Wat bewijst deze controle, en wat niet?</summary>
        <ul>
          <li><strong>Wel:</strong> of het bestand precies is wat Gesprekswijzer van de gegevens erin maakt, en of elke handtekening bij deze inhoud en bij de andere handtekening hoort.</li>
          <li><strong>Niet:</strong> wie de handtekening echt zette. Het is een eenvoudige elektronische handtekening, geen gekwalificeerde met een eID of itsme.</li>
          <li><strong>Niet:</strong> dat niemand met deze site een nieuw verslag maakte dat er even echt uitziet. Daarom bewaren jullie allebei een exemplaar: vergelijk ze hieronder, of vergelijk de vingerafdruk onderaan de pagina's.</li>
        </ul>
      </details>
      {children}
      <div class="inline no-print">
        <button type="button" onClick={() => onOpen(check.envelope)}>Open om te lezen en te tekenen</button>
      </div>
      <p class="field-help">Het verslag wordt dan in je browser bewaard, met de handtekeningen erbij. Zo kan wie nog moet tekenen, dat doen.</p>
      <h3>Het verslag</h3>
      {overall === 'bad' && <p class="notice warn">Hieronder staan de gegevens uit het bestand. Omdat het bestand niet klopt, kunnen ook die veranderd zijn.</p>}
      <ReadView def={reportDefinition} data={check.envelope.data} omit={['signatures']} headingLevel={3} />
    </div>
  );
}

type CompareState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; result: CopyComparison; codes: [string, string]; files: Array<{ name: string; tone: 'bad' | 'warn'; text: string }> };

/** What is wrong with one copy as a whole file (its pages, its bytes, its signatures), or null when it checks out. */
function fileProblem(check: FileCheck): { tone: 'bad' | 'warn'; text: string } | null {
  const sigsHold = placedSignatures(check).every((s) => holds(s.status));
  const f = FILE_TEXT[check.file];
  if (f.tone === 'bad' || f.tone === 'warn') return { tone: sigsHold ? f.tone : 'bad', text: `${f.text}${sigsHold ? '' : ' Ook een handtekening klopt niet.'}` };
  return sigsHold ? null : { tone: 'bad', text: 'Een handtekening hoort niet bij deze inhoud.' };
}

function Compare() {
  const a = useRef<HTMLInputElement>(null);
  const b = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CompareState>({ kind: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);

  async function run() {
    const fa = a.current?.files?.[0];
    const fb = b.current?.files?.[0];
    if (!fa || !fb) return setState({ kind: 'error', message: 'Kies twee PDF\'s: jouw exemplaar en het exemplaar dat je kreeg.' });
    setState({ kind: 'busy' });
    const [ba, bb] = await Promise.all([readChosenFile(fa), readChosenFile(fb)]);
    if (!ba.ok) return setState({ kind: 'error', message: `${fa.name}: ${ba.message}` });
    if (!bb.ok) return setState({ kind: 'error', message: `${fb.name}: ${bb.message}` });
    // Both read and compared in the file worker, with a time limit.
    const r = await (await loadPdfTools()).compareCopyPdfs({ name: fa.name, bytes: ba.value }, { name: fb.name, bytes: bb.value });
    if (!r.ok) return setState({ kind: 'error', message: r.message });
    const codes = await Promise.all([documentFingerprint(r.value.a.data), documentFingerprint(r.value.b.data)]);
    const files = r.value.checks.flatMap((c, i) => {
      const p = fileProblem(c);
      return p ? [{ name: i === 0 ? fa.name : fb.name, ...p }] : [];
    });
    setState({ kind: 'done', result: r.value.comparison, codes: [shortFingerprint(codes[0]), shortFingerprint(codes[1])], files });
    requestAnimationFrame(() => heading.current?.focus());
  }

  return (
    <section class="compare" aria-labelledby="vergelijk-titel">
      <h2 id="vergelijk-titel">Vergelijk twee exemplaren</h2>
      <p>Hebben jullie allebei een PDF van het verslag bewaard? Kies ze allebei. Je ziet meteen of ze gelijk zijn, en zo niet, wat er verschilt.</p>
      <div class="field">
        <label for="vergelijk-a">Jouw exemplaar</label>
        <input ref={a} id="vergelijk-a" name="vergelijk-a" type="file" accept=".pdf,application/pdf" />
      </div>
      <div class="field">
        <label for="vergelijk-b">Het exemplaar dat je kreeg</label>
        <input ref={b} id="vergelijk-b" name="vergelijk-b" type="file" accept=".pdf,application/pdf" />
      </div>
      <button type="button" onClick={run} disabled={state.kind === 'busy'}>{state.kind === 'busy' ? 'Bezig met vergelijken…' : 'Vergelijk'}</button>
      <div aria-live="polite">
        {state.kind === 'error' && <p class="notice error" role="status">{state.message}</p>}
        {state.kind === 'done' && (
          <div class="compare-result">
            <h3 ref={heading} tabIndex={-1}>Resultaat van de vergelijking</h3>
            {!state.result.sameReport && <p class="notice error">Let op: dit zijn twee verschillende verslagen (elk verslag krijgt een eigen nummer als het gemaakt wordt).</p>}
            {state.result.differences.length === 0 && state.files.length === 0 ? (
              <p class="notice tone-ok" role="status"><Mark tone="ok" /><strong>De twee exemplaren zijn gelijk:</strong> dezelfde inhoud en dezelfde handtekeningen (vingerafdruk {state.codes[0]}), en aan geen van beide bestanden is iets veranderd.</p>
            ) : state.result.differences.length === 0 && state.files.some((f) => f.tone === 'bad') ? (
              <p class="notice error" role="status"><Mark tone="bad" /><strong>De gegevens in de twee exemplaren zijn gelijk</strong> (inhoud en handtekeningen, vingerafdruk {state.codes[0]}), <strong>maar niet elk bestand klopt:</strong> zie hieronder.</p>
            ) : state.result.differences.length === 0 ? (
              <p class="notice tone-warn" role="status"><Mark tone="warn" /><strong>De gegevens in de twee exemplaren zijn gelijk</strong> (inhoud en handtekeningen, vingerafdruk {state.codes[0]}), maar niet alles kon nagekeken worden: zie hieronder.</p>
            ) : (
              <>
                <p class="notice error" role="status"><Mark tone="bad" /><strong>De exemplaren verschillen op {state.result.differences.length === 1 ? '1 plaats' : `${state.result.differences.length} plaatsen`}.</strong> Vingerafdruk van jouw exemplaar: {state.codes[0]}; van het andere: {state.codes[1]}.</p>
                <ol class="differences">
                  {state.result.differences.map((d) => (
                    <li key={d.key}>
                      <p><strong>{d.label}</strong> <span class="muted">({d.section})</span></p>
                      <dl>
                        <div><dt>Jouw exemplaar</dt><dd>{d.a || <span class="muted">(leeg)</span>}</dd></div>
                        <div><dt>Het andere exemplaar</dt><dd>{d.b || <span class="muted">(leeg)</span>}</dd></div>
                      </dl>
                    </li>
                  ))}
                </ol>
              </>
            )}
            {state.files.length > 0 && (
              <ul class="compare-files">
                {state.files.map((f, i) => <li key={i} class={`tone-${f.tone}`}><Mark tone={f.tone} /><strong>{f.name}:</strong> {f.text}</li>)}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

export default function VerifyReport() {
  const [state, setState] = useState<CheckState>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement | null>(null);

  async function check(file: File) {
    setOpenError(null);
    setOpened(null);
    setState({ kind: 'busy', file: file.name });
    setState(await checkFile(file));
    requestAnimationFrame(() => resultHeading.current?.focus());
  }

  // A file chosen before this island woke up (slow phone) is not lost: check it now.
  // Otherwise the file worker loads now, so that the first check answers sooner.
  useEffect(() => {
    const el = input.current;
    const early = el?.files?.[0];
    if (el && early) {
      el.value = '';
      void check(early);
    } else warmFileWorker();
  }, []);

  function openInForm(env: ReportEnvelope) {
    try {
      const store = documentStoreFor(reportCodec);
      store.load();
      const imported = store.addImported(env, true);
      const saved = store.$save.get();
      if (saved.kind === 'error' || saved.kind === 'memory') throw new Error(saved.kind === 'error' ? saved.message : 'Je browser laat deze site niets bewaren. Open de PDF dan op de pagina Verslag met “Open een verslag”.');
      // A version kept aside is said here first; otherwise straight on to the report.
      if (imported.keptAs) setOpened(importedMessage(env.name || 'Het verslag', imported, store.codec.describePart));
      else window.location.assign('/verslag/');
    } catch (e) {
      setOpenError(e instanceof Error ? e.message : 'Het verslag kon niet geopend worden.');
    }
  }

  return (
    <div class="verify">
      <section aria-labelledby="controleer-titel">
        <h2 id="controleer-titel" class="visually-hidden">Controleer een PDF</h2>
        <div
          class={`dropzone ${dragging ? 'dragging' : ''}`}
          onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer?.files?.[0];
            if (file) void check(file);
          }}
        >
          <label for="controleer-pdf">Kies de PDF van het verslag</label>
          <p class="field-help" id="controleer-pdf-hulp">Of sleep de PDF naar dit vak.</p>
          <input
            ref={input}
            id="controleer-pdf"
            name="controleer-pdf"
            type="file"
            accept=".pdf,application/pdf"
            aria-describedby="controleer-pdf-hulp"
            onChange={(e) => {
              const el = e.currentTarget as HTMLInputElement;
              const file = el.files?.[0];
              el.value = '';
              if (file) void check(file);
            }}
          />
        </div>
        <div class="verify-output" aria-live="polite">
          <Result state={state} headingRef={resultHeading} onOpen={openInForm}>
            {openError && <p class="notice error" role="alert">{openError}</p>}
            {opened && <p class="notice ok" role="status">{opened} <a href="/verslag/">Ga naar het verslag</a></p>}
          </Result>
        </div>
      </section>
      <Compare />
    </div>
  );
}
