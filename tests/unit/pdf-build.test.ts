import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { longAnswer, preparationSheetModel, reportModel, stressModel } from '../fixtures/pdf.ts';
import { REPLACEMENT_CHAR, buildPdf } from '../../src/lib/pdf/index.ts';
import type { PdfDocumentModel } from '../../src/lib/pdf/model.ts';
import { extractText, testFonts } from './pdf-helpers.ts';

const strip = (s: string) => s.replace(/\s+/g, '');
const bodyText = (pages: { body: string[] }[]) => pages.map((p) => p.body.join('\n')).join('\n');

function doc(blocks: PdfDocumentModel['blocks'], extra: Partial<PdfDocumentModel> = {}): PdfDocumentModel {
  return { title: 'Test', creationDate: new Date('2026-11-22T10:00:00Z'), blocks, ...extra };
}

describe('buildPdf', () => {
  it('paginates a 10,000-character answer over several pages and keeps all its text', async () => {
    const text = longAnswer(10_000);
    const bytes = await buildPdf(doc([{ type: 'heading', text: 'Antwoord' }, { type: 'paragraph', text }]), testFonts());
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(3);
    const pages = await extractText(bytes);
    expect(pages.length).toBe(pdf.getPageCount());
    expect(strip(bodyText(pages))).toBe(strip('Antwoord' + text));
    // Every page got a footer with the page number.
    pages.forEach((p, i) => expect(p.footer.join(' ')).toContain(`pagina ${i + 1} van ${pages.length}`));
  });

  it('replaces characters the font lacks instead of throwing', async () => {
    const text = 'Emoji 🥐🧑‍🔧 CJK 面谈 control \u0007 lone \uD800 end';
    const bytes = await buildPdf(doc([{ type: 'paragraph', text }]), testFonts());
    const out = bodyText(await extractText(bytes));
    const R = REPLACEMENT_CHAR;
    expect(strip(out)).toBe(strip(`Emoji ${R}${R}${R} CJK ${R}${R} control ${R} lone ${R} end`));
  });

  it('keeps user line breaks', async () => {
    const bytes = await buildPdf(doc([{ type: 'paragraph', text: 'regel één\r\nregel twee\n\nregel drie' }]), testFonts());
    const pages = await extractText(bytes);
    const lines = pages[0]!.body.map((s) => s.trim()).filter(Boolean);
    expect(lines).toEqual(['regel één', 'regel twee', 'regel drie']);
  });

  it('writes metadata, language and viewer preferences', async () => {
    const bytes = await buildPdf(
      doc([{ type: 'paragraph', text: 'x' }], {
        title: 'Verslag — Łukasz',
        subject: 'Onderwerp',
        author: 'Els',
        keywords: ['a', 'b'],
        lang: 'nl-BE',
      }),
      testFonts(),
    );
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Verslag — Łukasz');
    expect(pdf.getSubject()).toBe('Onderwerp');
    expect(pdf.getAuthor()).toBe('Els');
    expect(pdf.getKeywords()).toBe('a b');
    expect(pdf.getCreator()).toBe('Gesprekswijzer');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-11-22T10:00:00.000Z');
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toContain('nl-BE');
    expect(pdf.catalog.getViewerPreferences()?.getDisplayDocTitle()).toBe(true);
  });

  it('defaults the language to nl', async () => {
    const bytes = await buildPdf(doc([]), testFonts());
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(nl)');
    expect(pdf.getPageCount()).toBe(1);
  });

  it('repeats the table header on every page of a long table', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [String(i + 1), `Afspraak nummer ${i + 1} met wat uitleg`, 'Els']);
    const bytes = await buildPdf(
      doc([{ type: 'table', columns: [{ header: 'Nr', width: 1 }, { header: 'Kolomkop', width: 6 }, { header: 'Wie', width: 2 }], rows }]),
      testFonts(),
    );
    const pages = await extractText(bytes);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.body.join(' ')).toContain('Kolomkop');
    const all = bodyText(pages);
    for (const r of rows) expect(all).toContain(r[1]);
  });

  it('splits a table row that is taller than a page', async () => {
    const long = longAnswer(9_000);
    const bytes = await buildPdf(
      doc([{ type: 'table', columns: [{ header: 'A', width: 1 }, { header: 'B', width: 3 }], rows: [['kort', long], ['na', 'de lange rij']] }]),
      testFonts(),
    );
    const pages = await extractText(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(bodyText(pages)).toContain('de lange rij');
  });

  it('renders all reference documents with the expected page counts and sizes', async () => {
    const json = new TextEncoder().encode('{"ok":true}');
    const cases: [PdfDocumentModel, number, number][] = [
      [preparationSheetModel(), 30, 4],
      [reportModel(json), 40, 3],
      [stressModel(), 80, 12],
    ];
    for (const [model, maxKb, maxPages] of cases) {
      const bytes = await buildPdf(model, testFonts());
      expect(bytes.length / 1024).toBeLessThan(maxKb);
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBeLessThanOrEqual(maxPages);
    }
  });

  it('draws signatures with names, verdict and the typed-signature note', async () => {
    const bytes = await buildPdf(
      doc([
        {
          type: 'signatures',
          items: [
            { role: 'Medewerker', name: 'Łukasz Nowak', date: '22-11-2026', verdict: 'voor akkoord', strokes: [[{ x: 0, y: 0 }, { x: 10, y: 5 }], [{ x: 3, y: 3 }]] },
            { role: 'Leidinggevende', name: 'Els Vermeulen', date: '22-11-2026', verdict: 'voor gezien', typed: true },
          ],
        },
      ]),
      testFonts(),
    );
    const text = bodyText(await extractText(bytes));
    for (const s of ['Łukasz Nowak', 'Medewerker', 'Voor akkoord', 'Voor gezien', 'Els Vermeulen', '(getekend door de naam te typen)']) {
      expect(text).toContain(s);
    }
  });

  it('is deterministic: the same model gives the same bytes, whatever was built before', async () => {
    const first = await buildPdf(reportModel(), testFonts());
    await buildPdf(doc([{ type: 'paragraph', text: 'ᾯ ͺ ﬁ fi office Ωμµ 😀 שלום مرحبا ' + longAnswer(2000) }]), testFonts());
    const second = await buildPdf(reportModel(), testFonts());
    expect(second).toEqual(first);
  });

  it('survives odd models (empty texts, bad numbers, missing fields)', async () => {
    const bad = {
      title: '',
      blocks: [
        { type: 'paragraph', text: '' },
        { type: 'paragraph', text: '   ', empty: 'skip' },
        { type: 'list', items: [] },
        { type: 'table', columns: [], rows: [['x']] },
        { type: 'table', columns: [{ header: 'a', width: Number.NaN }], rows: [[], ['b', 'extra']] },
        { type: 'writingLines', count: -3 },
        { type: 'spacer', height: Number.POSITIVE_INFINITY },
        { type: 'signatures', items: [{ role: '', name: '', date: '', strokes: [[{ x: Number.NaN, y: 1 }]] }] },
        { type: 'unknown' },
        null,
      ],
    } as unknown as PdfDocumentModel;
    const bytes = await buildPdf(bad, testFonts());
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(1);
  });
});
