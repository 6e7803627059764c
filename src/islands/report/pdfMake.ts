/** Loaded on demand: the report's PDF (writing only; pdfTools.ts reads and checks PDFs). */
import type { ReportEnvelope } from '../../lib/report/codec.ts';
import { reportFileName } from '../../lib/report/files.ts';
import { signatureStatuses, type SignatureStatuses } from '../../lib/report/signing.ts';
import { reportPdfModel } from '../../lib/report/toPdf.ts';
import { renderPdf, undrawable } from '../ui/pdfChunk.ts';

/** The site's public address, from the build (SITE_URL). */
export const SITE = import.meta.env.SITE ?? 'https://gesprekswijzer.example';

export function renderReport(env: Pick<ReportEnvelope, 'id' | 'data'>, statuses: SignatureStatuses): Promise<Uint8Array> {
  return renderPdf(reportPdfModel(env, statuses, SITE));
}

export async function makeReportPdf(env: Pick<ReportEnvelope, 'id' | 'data'>): Promise<{ bytes: Uint8Array; name: string; undrawn: string[] }> {
  const statuses = await signatureStatuses(env.data);
  const [bytes, undrawn] = await Promise.all([renderReport(env, statuses), undrawable(env.data)]);
  return { bytes, name: reportFileName(env.data), undrawn };
}
