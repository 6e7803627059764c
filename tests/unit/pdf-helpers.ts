/** Shared helpers for the PDF engine tests: fonts from public/fonts and an independent reader (pdfjs-dist). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfFontSource } from '../../src/lib/pdf/model.ts';
import { nodeFontSource } from '../../src/lib/pdf/nodeFonts.ts';

let fonts: PdfFontSource | null = null;
/** The engine's fonts as the site uses them: the smallest set that covers a document (public/fonts/). */
export function testFonts(): PdfFontSource {
  fonts ??= nodeFontSource();
  return fonts;
}

/** The original, complete DejaVu Sans fonts (npm dejavu-fonts-ttf), for independent coverage checks. */
export function originalDejaVu(): { regular: Uint8Array; bold: Uint8Array } {
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return { regular: new Uint8Array(readFileSync(join(dir, 'DejaVuSans.ttf'))), bold: new Uint8Array(readFileSync(join(dir, 'DejaVuSans-Bold.ttf'))) };
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;
export function pdfjs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

export interface ExtractedPage {
  /** Text items in content-stream order, footer excluded (items below `footerBelow` pt). */
  body: string[];
  /** Footer items. */
  footer: string[];
}

/** Extracts the text of every page with pdf.js (not pdf-lib): an independent reader. */
export async function extractText(bytes: Uint8Array, footerBelow = 40): Promise<ExtractedPage[]> {
  const lib = await pdfjs();
  // pdf.js may transfer (detach) the buffer it is given: pass a copy.
  const task = lib.getDocument({ data: bytes.slice(), verbosity: 0, disableFontFace: true, useSystemFonts: false, isEvalSupported: false });
  const doc = await task.promise;
  try {
    const pages: ExtractedPage[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent({ disableNormalization: true });
      const body: string[] = [];
      const footer: string[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        (y < footerBelow ? footer : body).push(item.str);
      }
      pages.push({ body, footer });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** Field names and types as pdf.js sees them. */
export async function fieldObjects(bytes: Uint8Array): Promise<Record<string, { type: string; multiline?: boolean }[]>> {
  const lib = await pdfjs();
  const task = lib.getDocument({ data: bytes.slice(), verbosity: 0 });
  const doc = await task.promise;
  try {
    return ((await doc.getFieldObjects()) ?? {}) as unknown as Record<string, { type: string; multiline?: boolean }[]>;
  } finally {
    await task.destroy();
  }
}
