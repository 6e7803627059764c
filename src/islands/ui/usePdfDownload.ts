/**
 * The "Download PDF" action: loads the PDF code on demand (prefetched at idle time once the
 * person starts typing), makes the PDF, offers it as a download, and says what to do next.
 */
import { useState } from 'preact/hooks';
import { loadPdfEngine, prefetchPdfEngine } from '../../lib/pdf/loader.ts';
import { downloadFile } from './download.ts';
import { dutchList } from '../../lib/text/list.ts';

export const loadPdfChunk = () => import('./pdfChunk.ts');

/**
 * Fetch the PDF code and fonts while the browser is idle (called on every change of a form;
 * cheap after the first). `value` is the typed text: when it needs a larger font set (Greek,
 * Cyrillic, Arabic…), that set is fetched too. `alsoLoad` fetches the island's own PDF module.
 */
export function prefetchPdf(value?: unknown, alsoLoad?: () => Promise<unknown>): void {
  const load = alsoLoad ? () => Promise.all([loadPdfChunk(), alsoLoad()]) : loadPdfChunk;
  prefetchPdfEngine(load, typeof value === 'string' ? value : value === undefined ? undefined : JSON.stringify(value));
}

/**
 * Starts fetching the engine and the common fonts now, beside the page's own PDF module: on a
 * slow connection that saves a round trip after the click (otherwise the engine is only asked
 * for once the page's PDF module has arrived). Memoised in the loader; a failure is retried by
 * the next call, and the click itself reports it.
 */
function startEngine(): void {
  void loadPdfChunk().catch(() => undefined);
  void loadPdfEngine().catch(() => undefined);
}

export interface PdfState { busy: boolean; message?: string; error?: boolean; fileName?: string }

/** What to add when some characters could not be drawn: the PDF shows □ there. */
export function undrawnNote(undrawn: readonly string[] = []): string {
  if (!undrawn.length) return '';
  const list = undrawn.map((c) => `“${c}”`);
  return ` Let op: ${dutchList(list)} ${list.length === 1 ? 'staat' : 'staan'} niet in het lettertype van de PDF. Daar staat □ in de plaats.`;
}

export function usePdfDownload(make: () => Promise<{ bytes: Uint8Array; name: string; undrawn?: string[] }>, next: (name: string) => string) {
  const [state, setState] = useState<PdfState>({ busy: false });
  async function download() {
    startEngine();
    setState({ busy: true, message: 'De PDF wordt gemaakt…' });
    try {
      const { bytes, name, undrawn } = await make();
      downloadFile(bytes, name, 'application/pdf');
      setState({ busy: false, fileName: name, message: next(name) + undrawnNote(undrawn) });
    } catch (e) {
      console.error(e);
      setState({ busy: false, error: true, message: 'De PDF kon niet gemaakt worden. Je gegevens zijn nog bewaard. Probeer het opnieuw, of druk af via “Meer”.' });
    }
  }
  return { state, download, warmUp: startEngine };
}
