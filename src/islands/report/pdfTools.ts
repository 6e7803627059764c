/**
 * Loaded on demand when someone opens or checks a PDF: reading a report or a preparation back
 * from a PDF (bounded reader, pdf-lib's parser only) and the whole-file check of /controleren/,
 * which renders the report again with the writer.
 */
import { readAttachment } from '../../lib/pdf/attachments.ts';
import { pageContents, engineVersionOf, PDF_ENGINE_VERSION } from '../../lib/pdf/inspect.ts';
import type { ReportEnvelope } from '../../lib/report/codec.ts';
import { PREPARATION_ATTACHMENT } from '../../lib/report/files.ts';
import { readReportFromPdf } from '../../lib/report/fromPdf.ts';
import { checkReportPdf, type PdfEngineForCheck } from '../../lib/report/verify.ts';
import type { Result } from '../../lib/shared/result.ts';
import { renderReport } from './pdfMake.ts';

export { PREPARATION_ATTACHMENT };

/** The bytes of an embedded file (null when there is none). Throws PdfReadError for an unreadable PDF. */
export async function attachment(bytes: Uint8Array, name: string): Promise<Uint8Array | null> {
  return (await readAttachment(bytes, name))?.data ?? null;
}

export function reportFromPdf(bytes: Uint8Array): Promise<Result<ReportEnvelope>> {
  return readReportFromPdf(bytes, attachment, PREPARATION_ATTACHMENT);
}

const engine: PdfEngineForCheck = {
  version: PDF_ENGINE_VERSION,
  versionOf: engineVersionOf,
  render: renderReport,
  pages: pageContents,
  readAttachment: attachment,
  preparationAttachment: PREPARATION_ATTACHMENT,
};

export function checkPdf(bytes: Uint8Array) {
  return checkReportPdf(bytes, engine);
}
