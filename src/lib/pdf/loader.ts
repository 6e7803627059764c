/**
 * The PDF engine in the browser. Small on purpose (islands import it statically): the engine
 * (build.ts, ~30 KB gz) and the fonts (public/fonts/, 'latin' set ~40 KB gz) load on demand.
 *
 *   const { buildPdf } = await loadPdfEngine();   // engine and common fonts, once per page session
 *   const bytes = await buildPdf(model);           // a larger font set is fetched only when the text needs it
 *
 * prefetchPdfEngine() starts the same loading when the browser is idle, at low priority: call it
 * when someone starts filling in a form, so that a click on "Download PDF" only has to render.
 * A failed load is not cached: the next call tries again.
 */
import type { FontSetData } from './fontData.ts';
import { FONT_FILES, type FontSetName } from './fontFiles.generated.ts';
import type { PdfDocumentModel, PdfFontSet, PdfFontSource } from './model.ts';
import { whenIdle } from '../shared/idle.ts';

type EngineModule = typeof import('./build.ts');

export interface PdfEngine {
  /** buildPdf with the site's fonts. */
  buildPdf(model: PdfDocumentModel): Promise<Uint8Array>;
  /** The font source (fetches a font set once per page session). */
  fonts: PdfFontSource;
  /** The engine module itself (PDF_ENGINE_VERSION, fontSetFor, buildPdf(model, fonts)). */
  engine: EngineModule;
}

function fontBase(): string {
  const base = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
  return `${base.endsWith('/') ? base : `${base}/`}fonts/`;
}

let enginePromise: Promise<EngineModule> | null = null;
const fontSets = new Map<FontSetName, Promise<PdfFontSet>>();
type Priority = 'low' | 'auto';

function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= import('./build.ts').catch((err: unknown) => {
    enginePromise = null;
    throw err;
  });
  return enginePromise;
}

async function get(file: string, priority: Priority): Promise<Response> {
  const init: RequestInit & { priority?: Priority } = { priority };
  const res = await fetch(fontBase() + file, init);
  if (!res.ok) throw new Error(`Het lettertype ${file} kon niet geladen worden (HTTP ${res.status}).`);
  return res;
}

function loadFontSet(set: FontSetName, priority: Priority = 'auto'): Promise<PdfFontSet> {
  let p = fontSets.get(set);
  if (!p) {
    const files = FONT_FILES.find((f) => f.set === set);
    if (!files) return Promise.reject(new Error(`Onbekende lettertypeset: ${set}`));
    p = Promise.all([
      get(files.metrics, priority).then((r) => r.json() as Promise<FontSetData>),
      get(files.regular, priority).then((r) => r.arrayBuffer()),
      get(files.bold, priority).then((r) => r.arrayBuffer()),
    ]).then(
      ([metrics, regular, bold]) => ({
        regular: { program: new Uint8Array(regular), metrics: metrics.regular },
        bold: { program: new Uint8Array(bold), metrics: metrics.bold },
      }),
      (err: unknown) => {
        fontSets.delete(set);
        throw err;
      },
    );
    fontSets.set(set, p);
  }
  return p;
}

/** Fetches font sets from public/fonts/ (same origin), once per page session. */
export const browserFontSource: PdfFontSource = { load: (set) => loadFontSet(set) };

let enginePromiseAll: Promise<PdfEngine> | null = null;

/** The engine with the common ('latin') fonts; engine code and fonts load in parallel. Memoised. */
export function loadPdfEngine(priority: Priority = 'auto'): Promise<PdfEngine> {
  enginePromiseAll ??= Promise.all([loadEngineModule(), loadFontSet(FONT_FILES[0]!.set, priority)]).then(
    ([engine]) => ({ engine, fonts: browserFontSource, buildPdf: (model: PdfDocumentModel) => engine.buildPdf(model, browserFontSource) }),
    (err: unknown) => {
      enginePromiseAll = null;
      throw err;
    },
  );
  return enginePromiseAll;
}

let prefetched = false;

/** A tiny document that runs every part of the engine once, so the first real PDF runs warm code. */
const WARM_UP: PdfDocumentModel = {
  title: 'Gesprekswijzer',
  footerLeft: 'Gesprekswijzer',
  blocks: [
    { type: 'title', title: 'Gesprekswijzer', subtitle: 'Łódź · € 2.450' },
    { type: 'heading', text: 'Afspraken' },
    { type: 'paragraph', text: 'Een korte tekst om de motor op te warmen.' },
    { type: 'keyValue', items: [{ key: 'Naam', value: 'Zoë' }] },
    { type: 'table', columns: [{ header: 'Wat', width: 2 }, { header: 'Wie', width: 1 }], rows: [['Opleiding', 'Els']] },
  ],
  attachments: [{ name: 'a.json', data: new Uint8Array([123, 125]), mimeType: 'application/json' }],
};

/** Without idle callbacks, 200 ms later. */
const FALLBACK_MS = 200;

/** Characters outside the common set's ranges: the typed text may need a larger font set. */
const MAYBE_MORE = /[^\u0000-\u024F\u2000-\u206F\u20A0-\u20CF]/;
let largest: FontSetName = FONT_FILES[0]!.set;
let pendingText: string | null = null;

/** Fetches (idle, low priority) the font set that `text` needs, when it is larger than what was fetched. */
function prefetchSetFor(text: string): void {
  if (largest === FONT_FILES[FONT_FILES.length - 1]!.set || !MAYBE_MORE.test(text)) return;
  const scheduled = pendingText !== null;
  pendingText = text; // the latest text of this field; one check per idle period
  if (scheduled) return;
  whenIdle(() => {
    void loadEngineModule().then((engine) => {
      const set = engine.fontSetFor({ text: pendingText ?? '' });
      pendingText = null;
      const rank = (s: FontSetName) => FONT_FILES.findIndex((f) => f.set === s);
      if (rank(set) <= rank(largest)) return;
      largest = set;
      loadFontSet(set, 'low').catch(() => {
        largest = FONT_FILES[0]!.set;
      });
    }, () => {
      pendingText = null;
    });
  }, 3000, FALLBACK_MS);
}

/**
 * Loads the engine and the common fonts ahead of a click, when the browser is idle, at low
 * priority, then renders a tiny document (so the first real PDF runs warm code). `alsoLoad` loads
 * the caller's own PDF module (e.g. the island's model code) at the same time. Pass the typed
 * text too: when it needs a larger font set (Greek, Cyrillic, Arabic, …), that set is fetched as
 * well. Safe to call on every input event (cheap when there is nothing to do); errors
 * are ignored (the click tries again).
 */
export function prefetchPdfEngine(alsoLoad?: () => Promise<unknown>, typed?: string): void {
  if (typeof window === 'undefined') return;
  if (typed) prefetchSetFor(typed);
  if (prefetched) return;
  prefetched = true;
  whenIdle(() => {
    const engine = loadPdfEngine('low');
    const extra = alsoLoad ? alsoLoad() : Promise.resolve();
    Promise.all([engine, extra]).then(
      ([e]) => whenIdle(() => void e.buildPdf(WARM_UP).catch(() => undefined), 3000, FALLBACK_MS),
      () => {
        prefetched = false;
      },
    );
  }, 2000, FALLBACK_MS);
}
