/**
 * Property / fuzz test: random documents with random Unicode (emoji, combining marks, RTL, CJK,
 * control characters, lone surrogates, very long texts, newlines) go through buildPdf, and an
 * independent reader (pdf.js) must find every supported word again.
 *
 * Expected text = the input with whitespace normalised and characters the font lacks mapped to
 * the replacement character (coverage from a separate fontkit instance). Both sides are compared
 * with whitespace removed (long words are broken over lines) and characters folded to one code
 * point per glyph (e.g. µ and μ may share a glyph). Words with right-to-left or reordering scripts
 * are not compared character by character (the engine draws RTL words shaped and reversed, and
 * pdf.js reorders such lines); they only have to survive without a crash. In texts with RTL
 * characters only short all-letter words are compared (bidi moves digits and punctuation).
 */
import fontkit from '@pdf-lib/fontkit';
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { longAnswer } from '../fixtures/pdf.ts';
import { buildPdf } from '../../src/lib/pdf/index.ts';
import type { Block, PdfDocumentModel } from '../../src/lib/pdf/model.ts';
import { prepareText } from '../../src/lib/pdf/text.ts';
import { extractText, originalDejaVu, testFonts } from './pdf-helpers.ts';

const RUNS = 500;
/** Fixed seed for reproducible runs; set PDF_FUZZ_SEED to explore other inputs. */
const SEED = Number(process.env.PDF_FUZZ_SEED) || 20261122;

interface FkFont {
  characterSet: number[];
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { id: number };
}
// A separate parse of the font, independent of the engine's cached instance.
const regular = (fontkit as unknown as { create(b: Uint8Array): FkFont }).create(originalDejaVu().regular);
const bold = (fontkit as unknown as { create(b: Uint8Array): FkFont }).create(originalDejaVu().bold);

/** One representative code point per glyph of the regular font. */
const glyphRep = new Map<number, number>();
for (const cp of regular.characterSet) {
  const id = regular.glyphForCodePoint(cp).id;
  const prev = glyphRep.get(id);
  if (prev === undefined || cp < prev) glyphRep.set(id, cp);
}
function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (/\s/u.test(ch)) continue;
    const rep = regular.hasGlyphForCodePoint(cp) ? glyphRep.get(regular.glyphForCodePoint(cp).id) : undefined;
    out += rep !== undefined ? String.fromCodePoint(rep) : ch;
  }
  return out;
}

/** Scripts drawn in visual order or reordered by shaping: only checked for "no crash". */
const REORDERING = /[\u0590-\u08FF\u0E00-\u0EFF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

// ---------- generators ----------
const WORDS = ['bakkerij', 'functioneringsgesprek', 'Łukasz', 'Ağnieszka', 'Zoë', 'café', 'Øvergård', 'ĳsje', 'kmo', 'mkb', 'leidinggevende', 'afspraak', 'SMART', '2026-11-22', 'e-mail', '€ 12,50', '—', '“quote”'];
const SPICE = ['😀', '👩🏽‍🍳', '🥐', '🇧🇪', '中文', '面谈', 'नमस्ते', 'שלום', 'مرحبا', 'Ελληνικά', 'Кириллица', 'ქართული', 'e\u0301', 'a\u0308\u0323', '\u0301', '\u200B', '\u00AD', '\uFEFF', '\u202E', '\t', '\r\n', '\n', '\n\n', '\u0000', '\u0007', '\uD800', '\uDFFF', '\uFFFF', '\u2028', '\u00A0', '  ', 'x'.repeat(120), 'https://www.voorbeeld.be/pad/naar/een/heel/lange/pagina?met=parameters&en=nog&meer=waarden'];

const wordy = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 3, arbitrary: fc.constantFrom(...SPICE) }), { maxLength: 40 })
  .map((parts) => parts.join(' '));

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: wordy },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 500, max: 10_000 }).map((n) => longAnswer(n)) },
);
/** Short single-line text (keys, table cells): never taller than a page. */
const short = (max: number) => fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: max })).map((s) => s.replace(/[\r\n\u2028\u2029\u0085\u000B\u000C]/g, ' ').slice(0, max));

const point = fc.record({ x: fc.double({ min: -50, max: 500, noNaN: true }), y: fc.double({ min: -50, max: 200, noNaN: true }) });
const signature = fc.record({
  role: short(20),
  name: short(40),
  date: short(20),
  verdict: fc.constantFrom('voor akkoord', 'voor gezien', undefined),
  typed: fc.boolean(),
  note: fc.option(text, { nil: undefined }),
  strokes: fc.option(fc.array(fc.array(point, { maxLength: 40 }), { maxLength: 4 }), { nil: undefined }),
});

const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('paragraph' as const), text, muted: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('heading' as const), text: short(60), level: fc.constantFrom(1 as const, 2 as const, 3 as const) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('title' as const), title: short(80), subtitle: short(80) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('list' as const), items: fc.array(text, { maxLength: 5 }), ordered: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 1, max: 4 }).chain((cols) =>
      fc.record({
        type: fc.constant('table' as const),
        columns: fc.array(fc.record({ header: short(20), width: fc.integer({ min: 1, max: 3 }) }), { minLength: cols, maxLength: cols }),
        rows: fc.array(fc.array(short(40), { minLength: cols, maxLength: cols }), { maxLength: 14 }),
      }),
    ),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('keyValue' as const), items: fc.array(fc.record({ key: short(8), value: text }), { maxLength: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('checkboxes' as const), items: fc.array(fc.record({ label: text, checked: fc.boolean() }), { maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('signatures' as const), items: fc.array(signature, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('writingLines' as const), count: fc.integer({ min: 0, max: 30 }) }) },
  { weight: 1, arbitrary: fc.constantFrom<Block>({ type: 'pageBreak' }, { type: 'spacer', height: 40 }) },
);

const documentArb: fc.Arbitrary<PdfDocumentModel> = fc.record({
  title: text,
  footerLeft: text,
  footerCenter: short(20),
  blocks: fc.array(block, { minLength: 1, maxLength: 7 }),
});

// ---------- expectations ----------
interface Expect {
  text: string;
  bold: boolean;
}
function drawnTexts(b: Block): Expect[] {
  const r = (t: string | undefined): Expect => ({ text: t ?? '', bold: false });
  const B = (t: string | undefined): Expect => ({ text: t ?? '', bold: true });
  switch (b.type) {
    case 'paragraph':
      return [r(b.text)];
    case 'heading':
      return [B(b.text)];
    case 'title':
      return [B(b.title), r(b.subtitle)];
    case 'list':
      return b.items.map(r);
    case 'table':
      return [...b.columns.map((c) => B(c.header)), ...b.rows.flat().map(r)];
    case 'keyValue':
      return b.items.flatMap((i) => [B(i.key), r(i.value)]);
    case 'checkboxes':
      return b.items.map((i) => r(i.label));
    case 'signatures':
      return b.items.flatMap((s) => [B(s.name), r(s.role), r(s.date)]);
    default:
      return [];
  }
}

function tokensToCheck(e: Expect): string[] {
  const prepared = prepareText(e.text, (cp) => (e.bold ? bold : regular).hasGlyphForCodePoint(cp));
  const blockHasRtl = REORDERING.test(prepared);
  return prepared
    .split(/\s+/u)
    .filter((t) => t.length > 0)
    // Next to RTL text, pdf.js reorders lines (bidi): digits and punctuation move, so there only
    // short words made of letters are compared.
    .filter((t) => !REORDERING.test(t) && (!blockHasRtl || (Array.from(t).length <= 15 && /^[\p{L}\p{M}]+$/u.test(t))));
}

describe('PDF fuzz: random documents come out readable', () => {
  it(`${RUNS} random documents: buildPdf never throws and pdf.js finds every supported word`, async () => {
    const fonts = testFonts();
    const started = performance.now();
    let runs = 0;
    let checkedTokens = 0;
    let buildMs = 0;
    let readMs = 0;
    let pageTotal = 0;
    const result = await fc.check(
      fc.asyncProperty(documentArb, async (model) => {
        runs++;
        const t0 = performance.now();
        const bytes = await buildPdf(model, fonts);
        const t1 = performance.now();
        buildMs += t1 - t0;
        expect(bytes.length).toBeGreaterThan(500);
        const pages = await extractText(bytes);
        readMs += performance.now() - t1;
        pageTotal += pages.length;
        expect(pages.length).toBeGreaterThanOrEqual(1);
        pages.forEach((p, i) => expect(p.footer.join(' ')).toContain(`pagina ${i + 1} van ${pages.length}`));
        const body = fold(pages.map((p) => p.body.join('')).join(''));
        for (const b of model.blocks) {
          for (const e of drawnTexts(b)) {
            for (const token of tokensToCheck(e)) {
              checkedTokens++;
              if (!body.includes(fold(token))) {
                writeFileSync(fileURLToPath(new URL('../../bench-results/pdf-fuzz-failure.pdf', import.meta.url)), bytes);
                throw new Error(
                  `token ${JSON.stringify(token)} (folded ${JSON.stringify(fold(token))}) not found in extracted text of block ${b.type}: ${JSON.stringify(body.slice(0, 2000))}`,
                );
              }
            }
          }
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    if (result.failed) {
      // Keep the output short; the full counterexample goes to a file for debugging.
      const file = fileURLToPath(new URL('../../bench-results/pdf-fuzz-counterexample.json', import.meta.url));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(result.counterexample, null, 1));
      const cause = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
      throw new Error(`fuzz failed after ${result.numRuns} runs (seed ${result.seed}, path ${result.counterexamplePath}): ${cause.slice(0, 3000)}\ncounterexample: ${file}`);
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `pdf-fuzz: ${runs} documents (${pageTotal} pages), ${checkedTokens} words checked, ${seconds.toFixed(1)} s ` +
        `(buildPdf ${(buildMs / 1000).toFixed(1)} s, pdf.js ${(readMs / 1000).toFixed(1)} s)`,
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
  });
});
