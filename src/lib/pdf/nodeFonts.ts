/**
 * Node only (tests, benchmarks, the build-time fillable PDF): the font sets read from public/fonts/,
 * where scripts/build-fonts.mjs put them. Not for the browser (use loader.ts there).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontSetData } from './fontData.ts';
import { FONT_FILES } from './fontFiles.generated.ts';
import type { FontSetName, PdfFontSet, PdfFontSource } from './model.ts';

/** public/fonts/ next to the sources; from a bundle (the Astro build) the project directory. */
function findDefaultDir(): string {
  const besideSources = fileURLToPath(new URL('../../../public/fonts/', import.meta.url));
  return existsSync(join(besideSources, 'LICENSE-DejaVu.txt')) ? besideSources : join(process.cwd(), 'public', 'fonts');
}
const defaultDir = findDefaultDir();
const cache = new Map<string, PdfFontSet>();

/** Reads one font set (cached per directory and set). */
export function readFontSet(set: FontSetName, dir = defaultDir): PdfFontSet {
  const key = `${dir}\u0000${set}`;
  let fonts = cache.get(key);
  if (!fonts) {
    const files = FONT_FILES.find((s) => s.set === set);
    if (!files) throw new Error(`Onbekende lettertypeset: ${set}`);
    const file = (f: string) => join(dir, f.replace(/\?.*$/, ''));
    const metrics = JSON.parse(readFileSync(file(files.metrics), 'utf8')) as FontSetData;
    fonts = {
      regular: { program: new Uint8Array(readFileSync(file(files.regular))), metrics: metrics.regular },
      bold: { program: new Uint8Array(readFileSync(file(files.bold))), metrics: metrics.bold },
    };
    cache.set(key, fonts);
  }
  return fonts;
}

/** A font source over public/fonts/ (or `dir`): the engine picks the smallest set a document needs. */
export function nodeFontSource(dir = defaultDir): PdfFontSource {
  return { load: async (set) => readFontSet(set, dir) };
}
