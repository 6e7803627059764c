import { fail, ok, type Result } from '../../lib/shared/result.ts';

/** Offers bytes or text to the user as a downloaded file. */
export function downloadFile(content: string | Uint8Array, fileName: string, type: string): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen or dropped file as bytes, with a size limit. Never throws. */
export async function readChosenFile(file: File, maxBytes = 20 * 1024 * 1024): Promise<Result<Uint8Array>> {
  if (file.size > maxBytes) {
    return fail(`Dit bestand is te groot (${Math.round(file.size / 1024 / 1024)} MB; hoogstens ${Math.round(maxBytes / 1024 / 1024)} MB). Er is niets veranderd.`);
  }
  try {
    return ok(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return fail('Dit bestand kon niet gelezen worden. Er is niets veranderd.');
  }
}
