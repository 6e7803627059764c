import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { reportModel, seededRandom } from '../../src/lib/pdf/fixtures.ts';
import { PdfReadError, buildPdf, listAttachments, readAttachment } from '../../src/lib/pdf/index.ts';
import { testFonts } from './pdf-helpers.ts';

const json = new TextEncoder().encode(JSON.stringify({ versie: 1, naam: 'Łukasz Nowak', tekst: 'é😀'.repeat(2000) }));

/** Resolves to 'null', 'PdfReadError:<code>', 'ok' or 'OTHER:<message>' (must never happen). */
async function outcome(input: Uint8Array | ArrayBuffer): Promise<string> {
  try {
    const r = await readAttachment(input);
    return r === null ? 'null' : 'ok';
  } catch (err) {
    if (err instanceof PdfReadError) return `PdfReadError:${err.code}`;
    return `OTHER:${String(err)}`;
  }
}

describe('attachments', () => {
  it('round trip: the embedded JSON comes back byte for byte', async () => {
    const pdf = await buildPdf(reportModel(json), testFonts());
    const back = await readAttachment(pdf);
    expect(back?.name).toBe('verslag.json');
    expect(back?.data).toEqual(json);
    const byName = await readAttachment(pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer, 'verslag.json');
    expect(byName?.data).toEqual(json);
    expect(await listAttachments(pdf)).toEqual(['verslag.json']);
  });

  it('returns null for a PDF without attachment or without the named one', async () => {
    const plain = await buildPdf(reportModel(), testFonts());
    expect(await readAttachment(plain)).toBeNull();
    const withJson = await buildPdf(reportModel(json), testFonts());
    expect(await readAttachment(withJson, 'iets-anders.json')).toBeNull();
    const foreign = await (await PDFDocument.create()).save();
    expect(await readAttachment(foreign)).toBeNull();
  });

  it('throws PdfReadError with a Dutch message for input that is not a PDF', async () => {
    await expect(readAttachment(new TextEncoder().encode('{"dit":"is json"}'))).rejects.toBeInstanceOf(PdfReadError);
    await expect(readAttachment(new Uint8Array(0))).rejects.toMatchObject({ code: 'not-pdf' });
    await expect(readAttachment('geen bytes' as unknown as Uint8Array)).rejects.toMatchObject({ code: 'not-pdf' });
    try {
      await readAttachment(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    } catch (err) {
      expect((err as Error).message).toMatch(/geen PDF/);
    }
  });

  it('never throws anything but PdfReadError for truncated or damaged PDFs', async () => {
    const pdf = await buildPdf(reportModel(json), testFonts());
    // pdf-lib logs every object it cannot parse; keep the test output readable.
    const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {})];
    const results = new Set<string>();
    // Truncations at many points, and random byte corruption.
    for (let n = 0; n < pdf.length; n += Math.max(1, Math.floor(pdf.length / 60))) {
      results.add(await outcome(pdf.slice(0, n)));
    }
    const rnd = seededRandom(5);
    for (let i = 0; i < 40; i++) {
      const copy = pdf.slice();
      for (let k = 0; k < 20; k++) copy[Math.floor(rnd() * copy.length)] = Math.floor(rnd() * 256);
      results.add(await outcome(copy));
    }
    // A PDF header followed by garbage.
    const garbage = new Uint8Array(4096).map(() => Math.floor(rnd() * 256));
    garbage.set(new TextEncoder().encode('%PDF-1.7\n'));
    results.add(await outcome(garbage));
    for (const q of quiet) q.mockRestore();
    for (const r of results) expect(r.startsWith('OTHER')).toBe(false);
    expect([...results].some((r) => r.startsWith('PdfReadError'))).toBe(true);
  });
});
