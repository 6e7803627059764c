/**
 * Loaded on demand (pdf-lib, fontkit and the fonts are heavy): builds the PDF of a report
 * and reads a report back from a PDF.
 */
import { buildPdf, loadFontsInBrowser, readAttachment } from '../../lib/pdf/index.ts';
import { readReportFromPdf, reportFileName, reportToPdfModel } from '../../lib/report/reportPdf.ts';
import type { ParseResult, Report } from '../../lib/report/model.ts';
import { signatureStatuses } from '../../lib/report/signing.ts';

export async function makeReportPdf(report: Report, now = new Date()): Promise<{ bytes: Uint8Array; name: string }> {
  const statuses = await signatureStatuses(report);
  const model = reportToPdfModel(report, { fingerprint: statuses.full, statuses, now });
  const bytes = await buildPdf(model, await loadFontsInBrowser());
  return { bytes, name: reportFileName(report) };
}

/** The report embedded in a PDF made by the site. Never throws; messages in Dutch. */
export function reportFromPdf(bytes: Uint8Array): Promise<ParseResult> {
  return readReportFromPdf(bytes, async (pdf, name) => (await readAttachment(pdf, name))?.data ?? null);
}
