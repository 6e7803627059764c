import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from '@playwright/test';

/** Saves a download and reads it with poppler (an independent reader, not pdf-lib). */
export async function readPdfDownload(download: Download): Promise<{ path: string; text: string; pages: number; info: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gw-pdf-'));
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return readPdfFile(path);
}

export function readPdfFile(path: string): { path: string; text: string; pages: number; info: string } {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return { path, text, pages, info };
}

export function writeTemp(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'gw-file-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
