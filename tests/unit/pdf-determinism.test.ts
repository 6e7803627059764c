/**
 * Deterministic rendering: the same model and engine version give the same bytes, within one
 * process (whatever was rendered before) and in a fresh Node process. /controleren/ relies on it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fillableSheetModel, longAnswer, reportModel } from '../fixtures/pdf.ts';
import { PDF_ENGINE_VERSION, buildFillablePdf, buildPdf } from '../../src/lib/pdf/index.ts';
import { testFonts } from './pdf-helpers.ts';

const json = () => new TextEncoder().encode(JSON.stringify({ versie: 1, naam: 'Łukasz Nowak' }));
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Renders the reference report and fillable sheet in a fresh Node process; returns both as base64. */
function renderInFreshProcess(): { report: string; fillable: string } {
  const script = `
    const root = ${JSON.stringify(root)};
    const { buildPdf, buildFillablePdf } = await import(root + 'src/lib/pdf/index.ts');
    const fx = await import(root + 'tests/fixtures/pdf.ts');
    const { testFonts } = await import(root + 'tests/unit/pdf-helpers.ts');
    const json = new TextEncoder().encode(JSON.stringify({ versie: 1, naam: 'Łukasz Nowak' }));
    const report = await buildPdf(fx.reportModel(json), testFonts());
    const fillable = await buildFillablePdf(fx.fillableSheetModel(), testFonts());
    process.stdout.write(JSON.stringify({ report: Buffer.from(report).toString('base64'), fillable: Buffer.from(fillable).toString('base64') }));
  `;
  // process.execPath is the project's Node 24, which runs the TypeScript sources directly.
  const out = execFileSync(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], { cwd: root, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  return JSON.parse(out) as { report: string; fillable: string };
}

/**
 * The bytes of the reference documents for this engine version. When a change alters them, bump
 * PDF_ENGINE_VERSION (src/lib/pdf/document.ts) and put the new hashes here: PDFs made by an older
 * version must be recognisable as such (/controleren/ re-renders a PDF and compares the bytes).
 */
const GOLDEN = {
  version: '2.1.0',
  report: '2522ace1fa52ae0ab453df31003ee6e569b5bde40950aa59f08176d854b4c368',
  fillable: '87433c67df5ee28a06ec61f51924680c95a5a37435ced7fbc6a393a8fae89ede',
};
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('deterministic PDFs', () => {
  it('gives the recorded bytes for this engine version (bump PDF_ENGINE_VERSION when they change)', async () => {
    const report = sha256(await buildPdf(reportModel(json()), testFonts()));
    const fillable = sha256(await buildFillablePdf(fillableSheetModel(), testFonts()));
    expect({ version: PDF_ENGINE_VERSION, report, fillable }).toEqual(GOLDEN);
  });

  it('gives the same bytes twice in one process, whatever was rendered in between', async () => {
    const first = await buildPdf(reportModel(json()), testFonts());
    await buildPdf({ title: 'Anders', blocks: [{ type: 'paragraph', text: 'ᾯ ﬁ Ωμµ 😀 שלום مرحبا Привет ' + longAnswer(3000) }] }, testFonts());
    const second = await buildPdf(reportModel(json()), testFonts());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const f1 = await buildFillablePdf(fillableSheetModel(), testFonts());
    const f2 = await buildFillablePdf(fillableSheetModel(), testFonts());
    expect(Buffer.from(f2).equals(Buffer.from(f1))).toBe(true);
  });

  it('gives the same bytes in a fresh Node process', async () => {
    const report = Buffer.from(await buildPdf(reportModel(json()), testFonts()));
    const fillable = Buffer.from(await buildFillablePdf(fillableSheetModel(), testFonts()));
    const fresh = renderInFreshProcess();
    expect(Buffer.from(fresh.report, 'base64').equals(report)).toBe(true);
    expect(Buffer.from(fresh.fillable, 'base64').equals(fillable)).toBe(true);
  }, 60_000);

  it('stamps the engine version in the Producer and in /GesprekswijzerEngine, and takes dates from the model', async () => {
    const bytes = await buildPdf(reportModel(json()), testFonts());
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text).not.toMatch(/\/ID\s*\[/); // no random file identifier
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(PDF_ENGINE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pdf.getProducer()).toContain(PDF_ENGINE_VERSION);
    const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
    const stamp = info.lookup(PDFName.of('GesprekswijzerEngine'));
    expect(stamp && 'decodeText' in stamp ? (stamp as { decodeText(): string }).decodeText() : undefined).toBe(PDF_ENGINE_VERSION);
    expect(pdf.getCreationDate()?.toISOString()).toBe(reportModel().creationDate?.toISOString());
    expect(pdf.getModificationDate()?.toISOString()).toBe(reportModel().creationDate?.toISOString());
  });

  it('writes no dates at all when the model has none, so the output stays reproducible', async () => {
    const model = { title: 'Zonder datum', blocks: [{ type: 'paragraph' as const, text: 'Tekst' }], attachments: [{ name: 'a.json', data: json(), mimeType: 'application/json' }] };
    const a = await buildPdf(model, testFonts());
    await new Promise((r) => setTimeout(r, 1100));
    const b = await buildPdf(model, testFonts());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const pdf = await PDFDocument.load(a, { updateMetadata: false });
    expect(pdf.getCreationDate()).toBeUndefined();
  });
});
