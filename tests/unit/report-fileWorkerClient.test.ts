/**
 * The page's side of the file worker (src/islands/report/fileWorkerClient.ts), with a stand-in
 * Worker that answers, hangs or crashes as told: the Dutch messages for a time limit and a crash,
 * a fresh worker after either, twice the time for comparing two copies, the idle stop, and
 * reading on the main thread when the worker never starts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileReply, FileRequest } from '../../src/islands/report/fileWorker.ts';

type Behaviour = 'answer' | 'hang' | 'crash' | { answerAfterMs: number };

/** What the next worker does: say it is ready (or fail before that), then per request. */
const plan = { ready: true, behaviour: 'answer' as Behaviour };
const made: FakeWorker[] = [];

class FakeWorker extends EventTarget {
  terminated = false;
  constructor() {
    super();
    made.push(this);
    const { ready } = plan;
    queueMicrotask(() => {
      if (ready) this.reply({ type: 'ready' });
      else this.crash('script failed to load');
    });
  }
  reply(data: FileReply) {
    if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data }));
  }
  crash(message: string) {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
  postMessage({ id, task }: FileRequest) {
    const { behaviour } = plan;
    const value = { ok: true, value: `gelezen: ${task.op}` };
    if (behaviour === 'answer') queueMicrotask(() => this.reply({ type: 'done', id, value }));
    else if (behaviour === 'crash') queueMicrotask(() => this.crash('out of memory'));
    else if (behaviour !== 'hang') setTimeout(() => this.reply({ type: 'done', id, value }), behaviour.answerAfterMs);
  }
  terminate() {
    this.terminated = true;
  }
}

const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // "%PDF-"
const pair = { a: { name: 'a.pdf', bytes }, b: { name: 'b.pdf', bytes } };

async function client() {
  vi.resetModules();
  return import('../../src/islands/report/fileWorkerClient.ts');
}

beforeEach(() => {
  made.length = 0;
  plan.ready = true;
  plan.behaviour = 'answer';
  vi.stubGlobal('Worker', FakeWorker);
  vi.spyOn(console, 'error').mockImplementation(() => {}); // the client logs what the worker said
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the file worker client', () => {
  it('passes the worker’s answer on', async () => {
    const { fileTools } = await client();
    expect(await fileTools.checkPdf(bytes)).toEqual({ ok: true, value: 'gelezen: checkPdf' });
    expect(made).toHaveLength(1);
  });

  it('a crash gives the Dutch crash message, and the next file gets a fresh worker', async () => {
    const { fileTools, limitMessage } = await client();
    plan.behaviour = 'crash';
    const crashed = await fileTools.checkPdf(bytes);
    expect(crashed).toEqual({ ok: false, message: limitMessage('crashed', true), code: 'crashed' });
    expect(crashed.ok === false && crashed.message).toContain('te weinig geheugen');
    expect(crashed.ok === false && crashed.message).toContain('Niets van wat je invulde is veranderd.');
    expect(made[0]!.terminated).toBe(true);
    plan.behaviour = 'answer';
    expect(await fileTools.checkPdf(bytes)).toMatchObject({ ok: true });
    expect(made).toHaveLength(2);
  });

  it('a crash while reading an embedded file throws a PdfReadError with the same message', async () => {
    const { fileTools, limitMessage } = await client();
    plan.behaviour = 'crash';
    await expect(fileTools.attachment(bytes, 'voorbereiding.json')).rejects.toMatchObject({ name: 'PdfReadError', message: limitMessage('crashed', true) });
  });

  it('a file that takes too long is stopped with the Dutch time-limit message', async () => {
    vi.useFakeTimers();
    const { fileTools, limitMessage, FILE_TIME_LIMIT_MS } = await client();
    plan.behaviour = 'hang';
    const pending = fileTools.readReport(new TextEncoder().encode('{"a":1}'), 'verslag.json');
    await vi.advanceTimersByTimeAsync(FILE_TIME_LIMIT_MS - 1);
    expect(made[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const out = await pending;
    expect(out).toEqual({ ok: false, message: limitMessage('timeout', false), code: 'timeout' });
    expect(out.ok === false && out.message).toContain('bestand van Gesprekswijzer');
    expect(made[0]!.terminated).toBe(true);
  });

  it('comparing two copies gets the time limit once per file', async () => {
    vi.useFakeTimers();
    const { fileTools, FILE_TIME_LIMIT_MS } = await client();
    plan.behaviour = { answerAfterMs: FILE_TIME_LIMIT_MS * 1.5 };
    const compare = fileTools.compareCopyPdfs(pair.a, pair.b);
    await vi.advanceTimersByTimeAsync(FILE_TIME_LIMIT_MS * 1.5);
    expect(await compare).toEqual({ ok: true, value: 'gelezen: compareCopyPdfs' });
    const check = fileTools.checkPdf(bytes);
    await vi.advanceTimersByTimeAsync(FILE_TIME_LIMIT_MS * 1.5);
    expect(await check).toMatchObject({ ok: false, code: 'timeout' });
  });

  it('an idle worker is stopped after its last answer, and a new call starts another', async () => {
    vi.useFakeTimers();
    const { fileTools, WORKER_IDLE_MS } = await client();
    await fileTools.checkPdf(bytes);
    await vi.advanceTimersByTimeAsync(WORKER_IDLE_MS - 1);
    expect(made[0]!.terminated).toBe(false);
    await fileTools.checkPdf(bytes); // a call in between keeps it
    await vi.advanceTimersByTimeAsync(WORKER_IDLE_MS - 1);
    expect(made).toHaveLength(1);
    expect(made[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(made[0]!.terminated).toBe(true);
    await fileTools.checkPdf(bytes);
    expect(made).toHaveLength(2);
  });

  it('a worker that fails before it is ready means reading on the main thread', async () => {
    const { fileTools } = await client();
    plan.ready = false;
    plan.behaviour = 'hang';
    // The real reader answers: this JSON is no Gesprekswijzer file.
    const out = await fileTools.readReport(new TextEncoder().encode('{"a":1}'), 'verslag.json');
    expect(out.ok).toBe(false);
    expect(out.ok === false && out.code).not.toBe('timeout');
    expect(made).toHaveLength(1);
    // From then on no worker is made.
    await fileTools.readReport(new TextEncoder().encode('{"a":1}'), 'verslag.json');
    expect(made).toHaveLength(1);
  }, 60_000);
});
