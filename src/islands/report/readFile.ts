/** Reads a report, or a preparation, from a file a person picks: a PDF made by the site or a back-up file. */
import type { ReportEnvelope } from '../../lib/report/codec.ts';
import { looksLikePdf, readReportText } from '../../lib/report/fromPdf.ts';
import { fail, type Result } from '../../lib/shared/result.ts';
import { readChosenFile } from '../ui/download.ts';

export const loadPdfTools = () => import('./pdfTools.ts');

export function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Never throws. */
export async function readReportFile(file: File): Promise<Result<ReportEnvelope>> {
  const read = await readChosenFile(file);
  if (!read.ok) return read;
  if (looksLikePdf(read.value) || /\.pdf$/i.test(file.name)) {
    try {
      return await (await loadPdfTools()).reportFromPdf(read.value);
    } catch (e) {
      console.error(e);
      return fail('De PDF kon niet gelezen worden. Laad de pagina opnieuw en probeer het nog eens.');
    }
  }
  const text = utf8(read.value);
  return text === null ? fail('Dit bestand is geen verslag van Gesprekswijzer: het is geen tekst (JSON) en geen PDF.') : readReportText(text);
}
