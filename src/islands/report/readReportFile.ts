/** Reads a report from a chosen file: a PDF made by the site (embedded data) or a JSON export. */
import { parseReport, type ParseResult } from '../../lib/report/model.ts';
import { readChosenFile } from '../documents/download.ts';

export const loadPdfTools = () => import('./pdfTools.ts');

export function looksLikePdf(bytes: Uint8Array, fileName = ''): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-') || /\.pdf$/i.test(fileName);
}

/** Never throws. `pdfOnly` refuses anything that is not a PDF (the check page). */
export async function readReportFile(file: File, { pdfOnly = false } = {}): Promise<ParseResult & { pdf?: boolean }> {
  const read = await readChosenFile(file, 20 * 1024 * 1024);
  if (!read.ok) return read;
  const bytes = read.bytes;
  if (looksLikePdf(bytes, file.name) || pdfOnly) {
    try {
      const { reportFromPdf } = await loadPdfTools();
      return { ...(await reportFromPdf(bytes)), pdf: true };
    } catch (e) {
      console.error(e);
      return { ok: false, message: 'De PDF kon niet gelezen worden. Laad de pagina opnieuw en probeer het nog eens.' };
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'Dit bestand is geen verslag van Gesprekswijzer: het is geen tekst (JSON) en geen PDF.' };
  }
  return parseReport(text.replace(/^\uFEFF/, ''));
}
