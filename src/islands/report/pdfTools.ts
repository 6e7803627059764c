/**
 * Loaded on demand: builds the PDF of a report (engine and fonts through the PDF loader) and
 * reads a report back from a PDF (the reader, with pdf-lib, loads only then).
 */
import { loadPdfEngine } from '../../lib/pdf/loader.ts';
import { readReportFromPdf, reportFileName, reportToPdfModel } from '../../lib/report/reportPdf.ts';
import type { ParseResult, Report } from '../../lib/report/model.ts';
import { signatureStatuses } from '../../lib/report/signing.ts';

export async function makeReportPdf(report: Report, now = new Date()): Promise<{ bytes: Uint8Array; name: string }> {
  const statuses = await signatureStatuses(report);
  const model = reportToPdfModel(report, { fingerprint: statuses.full, statuses, now });
  const bytes = await (await loadPdfEngine()).buildPdf(model);
  return { bytes, name: reportFileName(report) };
}

/** The report embedded in a PDF made by the site. Never throws; messages in Dutch. */
export function reportFromPdf(bytes: Uint8Array): Promise<ParseResult> {
  return readReportFromPdf(bytes);
}
