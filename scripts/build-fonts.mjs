#!/usr/bin/env node
// Prepares the PDF fonts at build time (runs before `astro build`, see package.json "prebuild").
//
// From DejaVu Sans and DejaVu Sans Bold (npm dejavu-fonts-ttf) it makes three font sets with
// harfbuzz's hb-subset (npm subset-font), hinting removed:
//   latin   Basic Latin, Latin-1, Latin Extended-A, the useful part of Extended-B, punctuation, €,
//           a few symbols: fetched for every PDF;
//   europe  all Latin letters and combining marks, Greek, Cyrillic, currency signs:
//           fetched only when a text needs it;
//   full    every glyph (Arabic, Hebrew, …): fetched only when a text needs it.
// For each set it writes to public/fonts/ the two font programs (dejavu-sans[-bold]-<set>.ttf,
// only the tables a PDF needs) and their metrics (dejavu-sans-<set>.json: cmap, advance widths,
// descriptor values and, for right-to-left scripts, joining forms and ligatures computed with
// fontkit's shaper), plus src/lib/pdf/fontFiles.generated.ts (file names) and
// src/lib/pdf/fontCoverage.generated.ts (the code points of each set).
//
// The outputs are committed: the bytes of every PDF depend on them, so a newer harfbuzz must not
// change a PDF without a new PDF_ENGINE_VERSION. Usage:
//   node scripts/build-fonts.mjs          write missing outputs; warn when the committed ones differ
//   node scripts/build-fonts.mjs --write  (re)write all outputs
//   node scripts/build-fonts.mjs --check  exit 1 when an output is missing or differs
import fontkitModule from '@pdf-lib/fontkit';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { readSfnt, subsetSfnt } from '../src/lib/pdf/sfnt.ts';

const fontkit = fontkitModule.default ?? fontkitModule;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dejavuDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const mode = process.argv.includes('--write') ? 'write' : process.argv.includes('--check') ? 'check' : 'auto';

const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const cps = (s) => Array.from(s, (c) => c.codePointAt(0));

const LATIN = [
  ...range(0x20, 0x7e),
  ...range(0xa0, 0x17f),
  // Latin Extended-B: Ə/ə (Azerbaijani), ƒ, Ơ Ư (Vietnamese), digraphs, Pinyin vowels with caron,
  // Ǧ Ǩ Ǫ, Ǻ Ǽ Ǿ, Ș Ț (Romanian), ȷ.
  0x18f, 0x192, 0x1a0, 0x1a1, 0x1af, 0x1b0, ...range(0x1c4, 0x1dc), 0x1e2, 0x1e3, ...range(0x1e6, 0x1e9),
  ...range(0x1f0, 0x1f5), ...range(0x1fa, 0x1ff), ...range(0x218, 0x21b), 0x237, 0x259,
  0x2bb, 0x2bc, 0x2c6, 0x2c7, 0x2c9, ...range(0x2d8, 0x2dd),
  ...range(0x2000, 0x206f), // general punctuation
  ...cps('₤€₴₹₺₽№™ℓ⅓⅔←↑→↓↔↕⇒⇔−∙∞≈≠≤≥■□▪▫▲▶►▼◆○●◦★☆☐☑☒✓✔✗✘\uFFFD'),
  ...range(0xfb00, 0xfb06), // ﬁ ﬂ … pasted from other documents
];
const EUROPE = [
  ...LATIN,
  ...range(0x180, 0x24f), ...range(0x2b0, 0x2ff), ...range(0x300, 0x36f), // Latin Extended-B, modifier letters, combining marks
  ...range(0x370, 0x3ff), ...range(0x1f00, 0x1fff), // Greek
  ...range(0x400, 0x52f), // Cyrillic
  ...range(0x1e00, 0x1eff), // Latin Extended Additional (Vietnamese, Welsh)
  ...range(0x20a0, 0x20cf), // currency
];
const SETS = [
  { set: 'latin', codePoints: LATIN },
  { set: 'europe', codePoints: EUROPE },
  { set: 'full', codePoints: null },
];
const FACES = [
  { face: 'regular', source: 'DejaVuSans.ttf', file: (set) => `dejavu-sans-${set}.ttf` },
  { face: 'bold', source: 'DejaVuSans-Bold.ttf', file: (set) => `dejavu-sans-bold-${set}.ttf` },
];
const DROP = ['GSUB', 'GPOS', 'GDEF', 'kern', 'name', 'post', 'gasp', 'FFTM', 'OS/2', 'VDMX', 'hdmx', 'LTSH', 'PCLT', 'MATH', 'BASE', 'JSTF', 'DSIG'];

/** Code points of right-to-left scripts that may need joining (Hebrew … Arabic Extended, N'Ko). */
const RTL_SHAPING = (cp) => cp >= 0x590 && cp <= 0x8ff;

/** Runs of consecutive code points mapped to consecutive glyphs: [cpDelta, count, firstGid, …]. */
function encodeCmap(map) {
  const out = [];
  let prevEnd = 0;
  const entries = [...map].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < entries.length; ) {
    const [cp, gid] = entries[i];
    let n = 1;
    while (i + n < entries.length && entries[i + n][0] === cp + n && entries[i + n][1] === gid + n) n++;
    out.push(cp - prevEnd, n, gid);
    prevEnd = cp + n;
    i += n;
  }
  return out;
}

/** Coverage ranges [startDelta, length, …] of a sorted set of code points. */
function encodeRanges(sorted) {
  const out = [];
  let prevEnd = 0;
  for (let i = 0; i < sorted.length; ) {
    let n = 1;
    while (i + n < sorted.length && sorted[i + n] === sorted[i] + n) n++;
    out.push(sorted[i] - prevEnd, n);
    prevEnd = sorted[i] + n;
    i += n;
  }
  return out;
}

/** Joining types, contextual forms and lam-alef style ligatures, as fontkit's Arabic shaper applies them. */
function shapingTables(font, cmap) {
  const ids = (text) => font.layout(text).glyphs.map((g) => g.id);
  // What a zero-width joiner becomes in the glyph run (fontkit may map it to a blank glyph).
  const zwjIds = new Set([font.glyphForCodePoint(0x200d).id, ...ids('\u200d')]);
  const notZwj = (g) => !zwjIds.has(g);
  const beh = 0x628;
  const behForms = [cmap.get(beh), ids('\u200d\u0628').find(notZwj), ids('\u0628\u200d').find(notZwj)];
  const joining = { D: [], R: [], C: [], T: [] };
  const forms = [];
  const rtl = [...cmap.keys()].filter(RTL_SHAPING).sort((a, b) => a - b);
  for (const cp of rtl) {
    const c = String.fromCodePoint(cp);
    // Does the letter join the beh before it (beh takes its initial form) and the beh after it (final form)?
    const after = ids('\u0628' + c); // glyphs in visual (reversed) order
    const before = ids(c + '\u0628');
    const joinsPrev = after.includes(behForms[2]);
    const joinsNext = before.includes(behForms[1]);
    const transparent = /\p{M}/u.test(c) && ids('\u0628' + c + '\u0628').filter((g) => g === behForms[1] || g === behForms[2]).length === 2;
    if (transparent) joining.T.push(cp);
    else if (joinsPrev && joinsNext) joining[cp === 0x640 ? 'C' : 'D'].push(cp);
    else if (joinsPrev) joining.R.push(cp);
    else continue;
    if (transparent) continue;
    const one = (text) => {
      const g = ids(text).filter(notZwj);
      return g.length === 1 ? g[0] : 0;
    };
    const isol = cmap.get(cp);
    const fina = one('\u200d' + c);
    const init = joinsNext ? one(c + '\u200d') : 0;
    const medi = joinsNext ? one('\u200d' + c + '\u200d') : 0;
    if (fina !== isol || init !== isol || medi !== isol) forms.push(cp, isol, fina, init, medi);
  }
  // Required ligatures: a dual-joining letter followed by a right-joining one that shape into one glyph.
  const ligatures = [];
  for (const a of joining.D) {
    for (const b of joining.R) {
      const pair = String.fromCodePoint(a, b);
      const iso = ids(pair).filter(notZwj);
      if (iso.length !== 1) continue;
      const fin = ids('\u200d' + pair).filter(notZwj);
      ligatures.push(a, b, iso[0], fin.length === 1 ? fin[0] : iso[0]);
    }
  }
  return { joining, forms, ligatures };
}

function metricsOf(intermediate, shaping) {
  const font = fontkit.create(intermediate);
  const cmap = new Map();
  for (const cp of font.characterSet) {
    const id = font.glyphForCodePoint(cp).id;
    if (id > 0) cmap.set(cp, id);
  }
  const widths = [];
  for (let gid = 0; gid < font.numGlyphs; gid++) widths.push(font.getGlyph(gid).advanceWidth);
  const bbox = font.bbox;
  const metrics = {
    psName: font.postscriptName,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    capHeight: font.capHeight || font.ascent,
    xHeight: font.xHeight || 0,
    bbox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY],
    italicAngle: font.italicAngle,
    numGlyphs: font.numGlyphs,
    cmap: encodeCmap(cmap),
    widths,
  };
  if (shaping) Object.assign(metrics, shapingTables(font, cmap));
  return { metrics, cmap };
}

async function prepareSet({ set, codePoints }) {
  const out = { set };
  const files = {};
  const coverage = new Set();
  for (const { face, source, file } of FACES) {
    const original = readFileSync(join(dejavuDir, source));
    const text = codePoints ? String.fromCodePoint(...codePoints) : undefined;
    // The intermediate keeps cmap and (for the full set) GSUB, to compute the metrics and forms.
    const intermediate = await subsetFont(original, text ?? null, {
      targetFormat: 'truetype',
      noHinting: true,
      ...(codePoints ? { noLayoutClosure: true, keepFeatures: [], dropTables: DROP.filter((t) => t !== 'OS/2' && t !== 'post' && t !== 'name') } : { keepAllGlyphs: true, dropTables: ['kern', 'gasp', 'FFTM', 'VDMX', 'hdmx', 'LTSH', 'PCLT', 'DSIG'] }),
    });
    const { metrics, cmap } = metricsOf(new Uint8Array(intermediate), !codePoints);
    // What is shipped: the tables a PDF embeds, every glyph under its id in the metrics.
    const program = subsetSfnt(readSfnt(new Uint8Array(intermediate)), range(0, metrics.numGlyphs - 1));
    out[face] = metrics;
    files[face] = { name: file(set), bytes: program };
    for (const cp of cmap.keys()) coverage.add(cp);
  }
  return { set, metrics: out, files, coverage: [...coverage].sort((a, b) => a - b) };
}

const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

const outputs = [];
const tiers = [];
for (const spec of SETS) {
  const r = await prepareSet(spec);
  const metricsJson = Buffer.from(JSON.stringify(r.metrics) + '\n');
  const metricsName = `dejavu-sans-${r.set}.json`;
  outputs.push({ path: join(root, 'public/fonts', metricsName), bytes: metricsJson });
  for (const f of Object.values(r.files)) outputs.push({ path: join(root, 'public/fonts', f.name), bytes: Buffer.from(f.bytes) });
  tiers.push({
    set: r.set,
    metrics: `${metricsName}?v=${hash(metricsJson)}`,
    regular: `${r.files.regular.name}?v=${hash(r.files.regular.bytes)}`,
    bold: `${r.files.bold.name}?v=${hash(r.files.bold.bytes)}`,
    coverage: encodeRanges(r.coverage),
    size: r.coverage.length,
  });
}

const header = '// Generated by scripts/build-fonts.mjs — do not edit.\n';
const filesTs = `${header}// The PDF font sets, smallest first: metrics and font files in public/fonts/, with a content hash
// against stale caches. Small on purpose: the browser loader imports it.
export type FontSetName = ${tiers.map((t) => `'${t.set}'`).join(' | ')};

export interface FontSetFiles {
  set: FontSetName;
  metrics: string;
  regular: string;
  bold: string;
}

export const FONT_FILES: readonly FontSetFiles[] = [
${tiers.map((t) => `  { set: '${t.set}', metrics: '${t.metrics}', regular: '${t.regular}', bold: '${t.bold}' },`).join('\n')}
];
`;
const coverageTs = `${header}// The code points each font set covers (regular or bold), as ranges [start delta, length, …],
// smallest set first (same order as FONT_FILES).
export const FONT_COVERAGE: readonly (readonly number[])[] = [
${tiers.map((t) => `  // ${t.set}: ${t.size} code points\n  [${t.coverage.join(',')}],`).join('\n')}
];
`;
outputs.push({ path: join(root, 'src/lib/pdf/fontFiles.generated.ts'), bytes: Buffer.from(filesTs) });
outputs.push({ path: join(root, 'src/lib/pdf/fontCoverage.generated.ts'), bytes: Buffer.from(coverageTs) });

outputs.push({ path: join(root, 'public/fonts/LICENSE-DejaVu.txt'), bytes: readFileSync(join(dejavuDir, '..', 'LICENSE')) });

let missing = 0;
let differ = 0;
for (const o of outputs) {
  const exists = existsSync(o.path);
  const same = exists && Buffer.compare(readFileSync(o.path), o.bytes) === 0;
  const rel = o.path.slice(root.length + 1);
  if (same) continue;
  if (!exists) missing++;
  else differ++;
  if (mode === 'write' || (mode === 'auto' && !exists)) {
    mkdirSync(dirname(o.path), { recursive: true });
    writeFileSync(o.path, o.bytes);
    console.log(`build-fonts: wrote ${rel} (${(o.bytes.length / 1024).toFixed(1)} KB)`);
  } else {
    console.warn(`build-fonts: ${rel} ${exists ? 'differs from what this subsetter makes (the committed file is kept; run with --write and bump PDF_ENGINE_VERSION to take the new one)' : 'is missing'}`);
  }
}
if (missing + differ === 0) console.log(`build-fonts: ${outputs.length} font files up to date`);
if (mode === 'check' && missing + differ > 0) process.exitCode = 1;
