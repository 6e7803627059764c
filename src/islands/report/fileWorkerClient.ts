/**
 * The page's side of the file worker (fileWorker.ts): the same functions as the reader chunk
 * (pdfTools.ts), run off the main thread with a time limit per call.
 *
 * - A call that takes longer than FILE_TIME_LIMIT_MS per file it reads stops the worker
 *   (terminate), and every call still waiting on it gets a Dutch message; the next call starts
 *   a fresh worker. Comparing two copies reads two files, so it gets twice the time.
 * - A worker with nothing to do for WORKER_IDLE_MS after its last answer is stopped too (a huge
 *   file can leave a big heap behind); the next call starts a fresh one.
 * - A worker that crashes (an error event, e.g. out of memory) gives a Dutch message too, never
 *   an unhandled rejection. Reading only returns values: nothing stored changes when it fails.
 * - A browser without module workers (the worker fails before it says it is ready, or cannot
 *   be made at all) reads on the main thread instead, as before, without a time limit.
 *
 * Test hook: `window.__gwWorkerTimeoutMs`, read only when it is set to a positive number,
 * replaces the time limit (tests/e2e/hostile.spec.ts uses it to make a read run over).
 */
import type { ReportEnvelope } from '../../lib/report/codec.ts';
import { PREPARATION_ATTACHMENT } from '../../lib/report/files.ts';
import { looksLikePdf } from '../../lib/report/fromPdf.ts';
import type { FileCheck } from '../../lib/report/verify.ts';
import { fail, type Result } from '../../lib/shared/result.ts';
import type { FileReply, FileRequest } from './fileWorker.ts';
import type { CopyPair, FileTask, FileTaskResults, NamedBytes } from './pdfTools.ts';

/** How long reading one file may take, in ms, before the worker is stopped. */
export const FILE_TIME_LIMIT_MS = 10_000;

/** How long an idle worker is kept after its last answer, in ms (a next file starts sooner). */
export const WORKER_IDLE_MS = 30_000;

const NOTHING_CHANGED = 'Niets van wat je invulde is veranderd.';

export function limitMessage(kind: 'timeout' | 'crashed', pdf: boolean): string {
  const what = pdf ? 'Is het echt een PDF van Gesprekswijzer?' : 'Is het echt een bestand van Gesprekswijzer?';
  return kind === 'timeout'
    ? `Dit bestand lezen duurde te lang en is gestopt. ${what} ${NOTHING_CHANGED}`
    : `Je browser kon dit bestand niet lezen en is ermee gestopt, misschien omdat er te weinig geheugen was. ${what} ${NOTHING_CHANGED}`;
}

type Outcome = { ok: true; value: unknown } | { ok: false; kind: 'timeout' | 'crashed' } | { ok: false; kind: 'threw'; name: string; message: string };

interface Waiting {
  task: FileTask;
  done: (outcome: Outcome) => void;
  timer: ReturnType<typeof setTimeout>;
}

let worker: Worker | null = null;
let ready = false;
/** False once a worker failed before its code ran: then every call reads on the main thread. */
let useWorker = typeof Worker !== 'undefined';
const waiting = new Map<number, Waiting>();
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function timeLimit(): number {
  const hook = (globalThis as { __gwWorkerTimeoutMs?: unknown }).__gwWorkerTimeoutMs;
  return typeof hook === 'number' && hook > 0 ? hook : FILE_TIME_LIMIT_MS;
}

async function onMainThread(task: FileTask): Promise<Outcome> {
  try {
    return { ok: true, value: await (await import('./pdfTools.ts')).runTask(task) };
  } catch (e) {
    return { ok: false, kind: 'threw', name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) };
  }
}

/** Files a task reads: its time limit is the limit per file times this. */
const filesIn = (task: FileTask) => (task.op === 'compareCopyPdfs' ? 2 : 1);

function takeAll(): Waiting[] {
  const all = [...waiting.values()];
  waiting.clear();
  for (const w of all) clearTimeout(w.timer);
  return all;
}

/** Ends the current worker, if any; the next call starts a fresh one. */
function dropWorker(): void {
  clearTimeout(idleTimer);
  worker?.terminate();
  worker = null;
  ready = false;
}

/** Stops the worker; every call waiting on it gets `kind`. */
function stop(kind: 'timeout' | 'crashed'): void {
  dropWorker();
  for (const w of takeAll()) w.done({ ok: false, kind });
}

/** The worker never ran its code (no module workers, or its script did not load): read on the main thread. */
function fallBack(): void {
  useWorker = false;
  dropWorker();
  for (const w of takeAll()) void onMainThread(w.task).then(w.done);
}

function onReply(reply: FileReply): void {
  if (reply.type === 'ready') {
    ready = true;
    return;
  }
  const w = waiting.get(reply.id);
  if (!w) return;
  waiting.delete(reply.id);
  clearTimeout(w.timer);
  w.done(reply.type === 'done' ? { ok: true, value: reply.value } : { ok: false, kind: 'threw', name: reply.name, message: reply.message });
  if (!waiting.size) {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (!waiting.size) dropWorker();
    }, WORKER_IDLE_MS);
  }
}

function startWorker(): Worker | null {
  if (worker) return worker;
  try {
    const w = new Worker(new URL('./fileWorker.ts', import.meta.url), { type: 'module', name: 'gesprekswijzer-bestanden' });
    w.addEventListener('message', (e: MessageEvent<FileReply>) => onReply(e.data));
    w.addEventListener('messageerror', () => stop('crashed'));
    w.addEventListener('error', (e) => {
      e.preventDefault();
      console.error('Bestandswerker:', e.message);
      if (ready) stop('crashed');
      else fallBack();
    });
    worker = w;
    ready = false;
    return w;
  } catch {
    useWorker = false;
    return null;
  }
}

function run(task: FileTask): Promise<Outcome> {
  const w = useWorker ? startWorker() : null;
  if (!w) return onMainThread(task);
  clearTimeout(idleTimer);
  return new Promise((done) => {
    const id = nextId++;
    const timer = setTimeout(() => {
      if (waiting.has(id)) stop('timeout');
    }, timeLimit() * filesIn(task));
    waiting.set(id, { task, done, timer });
    const request: FileRequest = { id, task };
    w.postMessage(request);
  });
}

/**
 * Starts the worker ahead of the first file (its code loads and compiles off the main thread),
 * so that the first check answers sooner. For pages whose purpose is reading files (/controleren/).
 */
export function warmFileWorker(): void {
  if (useWorker) startWorker();
}

const isPdfTask = (task: FileTask) => task.op !== 'readReport' || looksLikePdf(task.bytes) || /\.pdf$/i.test(task.fileName);

/** A task whose answer is a Result: a time limit, a crash or an unexpected error become a Dutch message. */
async function result<K extends 'reportFromPdf' | 'readReport' | 'checkPdf' | 'compareCopyPdfs'>(task: Extract<FileTask, { op: K }>): Promise<FileTaskResults[K]> {
  const out = await run(task);
  if (out.ok) return out.value as FileTaskResults[K];
  if (out.kind !== 'threw') return fail(limitMessage(out.kind, isPdfTask(task)), out.kind);
  console.error(`${out.name}: ${out.message}`);
  return fail(isPdfTask(task) ? 'De PDF kon niet gelezen worden. Laad de pagina opnieuw en probeer het nog eens.' : 'Dit bestand kon niet gelezen worden. Laad de pagina opnieuw en probeer het nog eens.');
}

/** The reader chunk's functions, each in the worker with a time limit. */
export interface FileTools {
  PREPARATION_ATTACHMENT: string;
  reportFromPdf(bytes: Uint8Array): Promise<Result<ReportEnvelope>>;
  /** A report from a chosen file: a PDF or a back-up file (JSON). */
  readReport(bytes: Uint8Array, fileName: string): Promise<Result<ReportEnvelope>>;
  checkPdf(bytes: Uint8Array): Promise<Result<FileCheck>>;
  compareCopyPdfs(a: NamedBytes, b: NamedBytes): Promise<Result<CopyPair>>;
  /** The bytes of an embedded file, or null. Throws an Error named 'PdfReadError' with a Dutch message (also for the time limit and a crash). */
  attachment(bytes: Uint8Array, name: string): Promise<Uint8Array | null>;
}

export const fileTools: FileTools = {
  PREPARATION_ATTACHMENT,
  reportFromPdf: (bytes) => result({ op: 'reportFromPdf', bytes }),
  readReport: (bytes, fileName) => result({ op: 'readReport', bytes, fileName }),
  checkPdf: (bytes) => result({ op: 'checkPdf', bytes }),
  compareCopyPdfs: (a, b) => result({ op: 'compareCopyPdfs', a, b }),
  async attachment(bytes, name) {
    const out = await run({ op: 'attachment', bytes, name });
    if (out.ok) return out.value as Uint8Array | null;
    const error = new Error(out.kind === 'threw' ? out.message : limitMessage(out.kind, true));
    error.name = out.kind === 'threw' ? out.name : 'PdfReadError';
    throw error;
  },
};
