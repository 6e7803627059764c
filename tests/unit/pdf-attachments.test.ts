import { zlibSync } from 'fflate';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { inflateBounded } from '../../src/lib/pdf/attachments.ts';
import { reportModel, seededRandom } from '../fixtures/pdf.ts';
import { PDF_READ_LIMITS, PdfReadError, buildPdf, listAttachments, readAttachment } from '../../src/lib/pdf/index.ts';
import { PdfStream, PdfWriter, name, text, type PdfDict } from '../../src/lib/pdf/writer.ts';
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

// ---------- hostile input: bounded work ----------

/** A zlib stream that inflates to `megabytes` MB of zeros, about 1 KB per MB (a "zip bomb"). */
function zlibBomb(megabytes: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1024 * 1024), { level: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH }); // non-final blocks
  const out = new Uint8Array(2 + block.length * megabytes + 2 + 4);
  out.set([0x78, 0xda], 0);
  for (let i = 0; i < megabytes; i++) out.set(block, 2 + i * block.length);
  out.set([0x03, 0x00], 2 + block.length * megabytes); // final empty block; then a (wrong) Adler-32
  return out;
}

/** A small PDF with one embedded file whose stream is `data` (already compressed). */
function pdfWithAttachment(data: Uint8Array, params: PdfDict | undefined): Uint8Array {
  const w = new PdfWriter();
  const pages = w.alloc();
  const file = w.add(new PdfStream({ Type: name('EmbeddedFile'), Subtype: name('application/json'), Params: params, Filter: name('FlateDecode') }, data));
  const spec = w.add({ Type: name('Filespec'), F: text('verslag.json'), UF: text('verslag.json'), EF: { F: file } });
  w.set(pages, { Type: name('Pages'), Kids: [], Count: 0 });
  const root = w.add({ Type: name('Catalog'), Pages: pages, Names: { EmbeddedFiles: { Names: [text('verslag.json'), spec] } } });
  return w.save({ root });
}

describe('attachments: bounded work on hostile PDFs', () => {
  const GB = 1024; // MB
  const bomb = zlibBomb(GB);

  it('refuses an attachment that says it inflates to 1 GB, without inflating it', async () => {
    const pdf = pdfWithAttachment(bomb, { Size: GB * 1024 * 1024 });
    expect(pdf.length).toBeLessThan(3 * 1024 * 1024);
    const t0 = performance.now();
    const err = await readAttachment(pdf).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PdfReadError);
    expect(err).toMatchObject({ code: 'attachment-too-large' });
    expect((err as Error).message).toMatch(/groter dan 5 MB/);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('stops inflating a 1 GB attachment that lies about its size (or gives none) at the 5 MB limit', async () => {
    for (const params of [{ Size: 100 }, undefined]) {
      const pdf = pdfWithAttachment(bomb, params);
      const before = process.memoryUsage().arrayBuffers;
      const t0 = performance.now();
      const err = await readAttachment(pdf).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'attachment-too-large' });
      expect(performance.now() - t0).toBeLessThan(3000);
      // Never anywhere near the 1 GB it would inflate to.
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(200 * 1024 * 1024);
    }
  });

  it('inflateBounded returns the data below the limit and throws past it', () => {
    expect(inflateBounded(zlibSync(new Uint8Array(10)), 100)).toEqual(new Uint8Array(10));
    expect(() => inflateBounded(zlibBomb(2), 1024 * 1024)).toThrow();
  });

  it('refuses a PDF whose own structure (an object stream) inflates to 1 GB', async () => {
    const w = new PdfWriter();
    w.add(new PdfStream({ Type: name('ObjStm'), N: 1, First: 4, Filter: name('FlateDecode') }, bomb));
    const pages = w.add({ Type: name('Pages'), Kids: [], Count: 0 });
    const root = w.add({ Type: name('Catalog'), Pages: pages });
    const pdf = w.save({ root });
    const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {})];
    const t0 = performance.now();
    const err = await readAttachment(pdf).catch((e: unknown) => e);
    for (const q of quiet) q.mockRestore();
    expect(err).toMatchObject({ code: 'too-large' });
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('refuses a PDF over the input limit before parsing it', async () => {
    const big = new Uint8Array(PDF_READ_LIMITS.inputBytes + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    await expect(readAttachment(big)).rejects.toMatchObject({ code: 'too-large' });
    await expect(listAttachments(big)).rejects.toMatchObject({ code: 'too-large' });
  });

  it('still reads a real attachment close to the limit', async () => {
    const data = new TextEncoder().encode(JSON.stringify({ tekst: 'Łukasz '.repeat(600_000) })); // ~4.8 MB
    expect(data.length).toBeLessThan(PDF_READ_LIMITS.attachmentBytes);
    const pdf = await buildPdf({ ...reportModel(), attachments: [{ name: 'verslag.json', data, mimeType: 'application/json' }] }, testFonts());
    const back = (await readAttachment(pdf))?.data;
    expect(back && Buffer.from(back).equals(Buffer.from(data))).toBe(true);
  });
});
