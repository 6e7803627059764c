/**
 * Loaded on demand (pdf-lib and the fonts are heavy): the report's PDF, reading a report or a
 * preparation back from a PDF, and the whole-file check of /controleren/.
 */
import { readAttachment } from '../../lib/pdf/index.ts';
import { pageContents, engineVersionOf, PDF_ENGINE_VERSION } from '../../lib/pdf/inspect.ts';
import type { ReportEnvelope } from '../../lib/report/codec.ts';
import { readReportFromPdf } from '../../lib/report/fromPdf.ts';
import { signatureStatuses, type SignatureStatuses } from '../../lib/report/signing.ts';
import { reportPdfModel } from '../../lib/report/toPdf.ts';
import { reportFileName } from '../../lib/report/files.ts';
import { checkReportPdf, type PdfEngineForCheck } from '../../lib/report/verify.ts';
import type { Result } from '../../lib/shared/result.ts';
import { attachment, PREPARATION_ATTACHMENT, renderPdf } from '../ui/pdfChunk.ts';

export { attachment, PREPARATION_ATTACHMENT };

/** The site's public address, from the build (SITE_URL). */
export const SITE = import.meta.env.SITE ?? 'https://gesprekswijzer.example';

function render(env: Pick<ReportEnvelope, 'id' | 'data'>, statuses: SignatureStatuses): Promise<Uint8Array> {
  return renderPdf(reportPdfModel(env, statuses, SITE));
}

export async function makeReportPdf(env: Pick<ReportEnvelope, 'id' | 'data'>): Promise<{ bytes: Uint8Array; name: string }> {
  const statuses = await signatureStatuses(env.data);
  return { bytes: await render(env, statuses), name: reportFileName(env.data) };
}

const readEmbedded = async (bytes: Uint8Array, name: string) => (await readAttachment(bytes, name))?.data ?? null;

export function reportFromPdf(bytes: Uint8Array): Promise<Result<ReportEnvelope>> {
  return readReportFromPdf(bytes, readEmbedded, PREPARATION_ATTACHMENT);
}

const engine: PdfEngineForCheck = {
  version: PDF_ENGINE_VERSION,
  versionOf: engineVersionOf,
  render,
  pages: pageContents,
  readAttachment: readEmbedded,
  preparationAttachment: PREPARATION_ATTACHMENT,
};

export function checkPdf(bytes: Uint8Array) {
  return checkReportPdf(bytes, engine);
}
