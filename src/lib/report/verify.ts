/**
 * The check of a report PDF as a whole. Rendering is deterministic (the same data and engine
 * version give the same bytes), so a file is re-rendered from its own embedded data and
 * compared byte for byte: an edit of the pages, the data or any byte shows. The engine is
 * passed in (it is loaded on demand in the browser; tests pass the real one too).
 *
 * What a match proves: the file is exactly what this version of Gesprekswijzer makes from the
 * data inside it, and each signature belongs to that content. What it cannot prove: who drew a
 * signature, or that nobody made a new, consistent file with the site itself.
 */
import type { Result } from '../shared/result.ts';
import { compareDocuments, type Difference } from '../forms/entries.ts';
import type { ReportEnvelope } from './codec.ts';
import { reportDefinition } from './declaration.ts';
import { readReportFromPdf, type AttachmentReader } from './fromPdf.ts';
import { signatureStatuses, type SignatureStatuses } from './signing.ts';

export type FileVerdict =
  /** Byte for byte what this engine makes from the embedded data. */
  | 'identical'
  /** The visible pages differ from what the data gives (e.g. something drawn over a page). */
  | 'pages-differ'
  /** The pages are the same, but other bytes of the file differ (edited or damaged). */
  | 'file-differs'
  /** Made by another version of the engine: only the data and the signatures could be checked. */
  | 'other-version'
  /** An older report PDF (before the file check existed): only the data could be checked. */
  | 'legacy';

export interface PdfEngineForCheck {
  /** The version stamped in every PDF this engine makes. */
  version: string;
  /** The engine version stamped in a file, or null. */
  versionOf(bytes: Uint8Array): Promise<string | null>;
  render(env: ReportEnvelope, statuses: SignatureStatuses): Promise<Uint8Array>;
  /** The decoded drawing instructions of each page, or null when the file cannot be read that far. */
  pages(bytes: Uint8Array): Promise<string[] | null>;
  readAttachment: AttachmentReader;
  preparationAttachment?: string;
}

export interface FileCheck {
  envelope: ReportEnvelope;
  statuses: SignatureStatuses;
  file: FileVerdict;
  /** The engine version in the file, when there is one. */
  fileVersion: string | null;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export async function checkReportPdf(bytes: Uint8Array, engine: PdfEngineForCheck): Promise<Result<FileCheck>> {
  const read = await readReportFromPdf(bytes, engine.readAttachment, engine.preparationAttachment);
  if (!read.ok) return read;
  const envelope = read.value;
  const statuses = await signatureStatuses(envelope.data);
  const fileVersion = await engine.versionOf(bytes).catch(() => null);
  let file: FileVerdict;
  if (fileVersion === null) file = 'legacy';
  else if (fileVersion !== engine.version) file = 'other-version';
  else {
    const again = await engine.render(envelope, statuses);
    if (sameBytes(again, bytes)) file = 'identical';
    else {
      const [mine, theirs] = await Promise.all([engine.pages(again), engine.pages(bytes).catch(() => null)]);
      const samePages = !!mine && !!theirs && mine.length === theirs.length && mine.every((p, i) => p === theirs[i]);
      file = samePages ? 'file-differs' : 'pages-differ';
    }
  }
  return { ok: true, value: { envelope, statuses, file, fileVersion } };
}

export interface CopyComparison {
  /** Both files hold the same report (same id): a different id means two separate reports. */
  sameReport: boolean;
  differences: Difference[];
}

/** Two copies of a report, field by field (content and signatures). */
export function compareCopies(a: ReportEnvelope, b: ReportEnvelope): CopyComparison {
  return { sameReport: a.id === b.id, differences: compareDocuments(reportDefinition, a.data, b.data) };
}

