/**
 * The "Download PDF" action: loads the PDF code on demand (prefetched at idle time once the
 * person starts typing), makes the PDF, offers it as a download, and says what to do next.
 */
import { useState } from 'preact/hooks';
import { downloadFile } from './download.ts';

export const loadPdfChunk = () => import('./pdfChunk.ts');

let prefetched = false;
/** Fetch the PDF code while the browser is idle (after the first keystroke on a form). */
export function prefetchPdf(): void {
  if (prefetched || typeof window === 'undefined') return;
  prefetched = true;
  const go = () => void loadPdfChunk().catch(() => { prefetched = false; });
  if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout: 4000 });
  else setTimeout(go, 1500);
}

export interface PdfState { busy: boolean; message?: string; error?: boolean; fileName?: string }

export function usePdfDownload(make: () => Promise<{ bytes: Uint8Array; name: string }>, next: (name: string) => string) {
  const [state, setState] = useState<PdfState>({ busy: false });
  async function download() {
    setState({ busy: true, message: 'De PDF wordt gemaakt…' });
    try {
      const { bytes, name } = await make();
      downloadFile(bytes, name, 'application/pdf');
      setState({ busy: false, fileName: name, message: next(name) });
    } catch (e) {
      console.error(e);
      setState({ busy: false, error: true, message: 'De PDF kon niet gemaakt worden. Je gegevens zijn nog bewaard. Probeer het opnieuw, of druk af via “Meer”.' });
    }
  }
  return { state, download, warmUp: () => void loadPdfChunk().catch(() => undefined) };
}
