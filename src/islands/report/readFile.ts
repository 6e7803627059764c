/** Reads a report, or a preparation, from a file a person picks: a PDF made by the site or a back-up file. */
import type { ReportEnvelope } from '../../lib/report/codec.ts';
import type { Result } from '../../lib/shared/result.ts';
import { readChosenFile } from '../ui/download.ts';
import { fileTools, type FileTools } from './fileWorkerClient.ts';

export { utf8 } from '../../lib/shared/json.ts';

/**
 * The reader chunk's functions (pdfTools.ts). They run in the file worker with a time limit
 * (fileWorkerClient.ts); the promise is kept so that callers stay as they were.
 */
export const loadPdfTools = (): Promise<FileTools> => Promise.resolve(fileTools);

/** Never throws. */
export async function readReportFile(file: File): Promise<Result<ReportEnvelope>> {
  const read = await readChosenFile(file);
  if (!read.ok) return read;
  return fileTools.readReport(read.value, file.name);
}
