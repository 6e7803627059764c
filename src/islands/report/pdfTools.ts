/**
 * The reader chunk: reading a report or a preparation back from a file a person picks (bounded
 * PDF reader, pdf-lib's parser only; or a back-up file as JSON text), comparing two copies, and
 * the whole-file check of /controleren/, which renders the report again with the writer.
 *
 * It runs in the file worker (fileWorker.ts, through fileWorkerClient.ts), and on the main
 * thread only in a browser without module workers. Everything it returns survives a structured
 * clone: plain objects, arrays, strings, numbers and bytes; errors travel as name and message.
 */
import { readAttachment } from '../../lib/pdf/attachments.ts';
import { pageContents, engineVersionOf, PDF_ENGINE_VERSION } from '../../lib/pdf/inspect.ts';
import type { ReportEnvelope } from '../../lib/report/codec.ts';
import { PREPARATION_ATTACHMENT } from '../../lib/report/files.ts';
import { looksLikePdf, readReportFromPdf, readReportText } from '../../lib/report/fromPdf.ts';
import { checkReportPdf, compareCopies, type CopyComparison, type FileCheck, type PdfEngineForCheck } from '../../lib/report/verify.ts';
import { utf8 } from '../../lib/shared/json.ts';
import { fail, type Result } from '../../lib/shared/result.ts';
import { renderReport } from './pdfMake.ts';

export { PREPARATION_ATTACHMENT };

/** The bytes of an embedded file (null when there is none). Throws PdfReadError for an unreadable PDF. */
export async function attachment(bytes: Uint8Array, name: string): Promise<Uint8Array | null> {
  return (await readAttachment(bytes, name))?.data ?? null;
}

export function reportFromPdf(bytes: Uint8Array): Promise<Result<ReportEnvelope>> {
  return readReportFromPdf(bytes, attachment, PREPARATION_ATTACHMENT);
}

/** A report from a chosen file: a PDF made by the site, or a back-up file (JSON text). */
export async function readReport(bytes: Uint8Array, fileName: string): Promise<Result<ReportEnvelope>> {
  if (looksLikePdf(bytes) || /\.pdf$/i.test(fileName)) return reportFromPdf(bytes);
  const text = utf8(bytes);
  return text === null ? fail('Dit bestand is geen verslag van Gesprekswijzer: het is geen tekst (JSON) en geen PDF.') : readReportText(text);
}

const engine: PdfEngineForCheck = {
  version: PDF_ENGINE_VERSION,
  versionOf: engineVersionOf,
  render: renderReport,
  pages: pageContents,
  readAttachment: attachment,
  preparationAttachment: PREPARATION_ATTACHMENT,
};

export function checkPdf(bytes: Uint8Array): Promise<Result<FileCheck>> {
  return checkReportPdf(bytes, engine);
}

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export interface CopyPair {
  a: ReportEnvelope;
  b: ReportEnvelope;
  comparison: CopyComparison;
  /** The whole-file check of each copy: equal data says nothing about the pages around it. */
  checks: [FileCheck, FileCheck];
}

/** Two report PDFs, each checked as a whole file and then compared field by field; a failure names the file it is about. */
export async function compareCopyPdfs(a: NamedBytes, b: NamedBytes, check = checkPdf): Promise<Result<CopyPair>> {
  const [ra, rb] = await Promise.all([check(a.bytes), check(b.bytes)]);
  if (!ra.ok) return fail(`${a.name}: ${ra.message}`, ra.code);
  if (!rb.ok) return fail(`${b.name}: ${rb.message}`, rb.code);
  const [ea, eb] = [ra.value.envelope, rb.value.envelope];
  return { ok: true, value: { a: ea, b: eb, comparison: compareCopies(ea, eb), checks: [ra.value, rb.value] } };
}

/** What the reader chunk can be asked to do; the worker and the main-thread fallback both run it. */
export type FileTask =
  | { op: 'reportFromPdf'; bytes: Uint8Array }
  | { op: 'readReport'; bytes: Uint8Array; fileName: string }
  | { op: 'checkPdf'; bytes: Uint8Array }
  | { op: 'attachment'; bytes: Uint8Array; name: string }
  | { op: 'compareCopyPdfs'; a: NamedBytes; b: NamedBytes };

export interface FileTaskResults {
  reportFromPdf: Result<ReportEnvelope>;
  readReport: Result<ReportEnvelope>;
  checkPdf: Result<FileCheck>;
  attachment: Uint8Array | null;
  compareCopyPdfs: Result<CopyPair>;
}

export function runTask(task: FileTask): Promise<FileTaskResults[FileTask['op']]> {
  switch (task.op) {
    case 'reportFromPdf':
      return reportFromPdf(task.bytes);
    case 'readReport':
      return readReport(task.bytes, task.fileName);
    case 'checkPdf':
      return checkPdf(task.bytes);
    case 'attachment':
      return attachment(task.bytes, task.name);
    case 'compareCopyPdfs':
      return compareCopyPdfs(task.a, task.b);
  }
}
