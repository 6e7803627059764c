/**
 * What the file worker (src/islands/report/fileWorker.ts) sends back must survive a structured
 * clone unchanged: no class instances (they would lose their prototype), no functions (they
 * would throw a DataCloneError). Each task of the reader chunk runs here as in the worker; the
 * whole-file check runs with the test engine (the browser's writer fetches its fonts).
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { compareCopyPdfs, runTask, type FileTask } from '../../src/islands/report/pdfTools.ts';
import { checkReportPdf } from '../../src/lib/report/verify.ts';
import { renderReport, signedReport, testEngine } from '../fixtures/reportPdf.ts';

const T = 60_000;

function survivesClone(value: unknown): void {
  expect(structuredClone(value)).toStrictEqual(value);
}

describe('the file worker’s answers survive a structured clone', () => {
  it('reading, comparing and the whole-file check', async () => {
    const env = { id: '0123456789abcdef', data: await signedReport() };
    const bytes = await renderReport(env);
    const plain = await PDFDocument.create();
    plain.addPage();
    const printed = await plain.save();
    const json = new TextEncoder().encode(JSON.stringify({ format: 'gesprekswijzer', kind: 'verslag', version: 2, id: env.id, name: '', createdAt: '', updatedAt: '', data: env.data }));
    const tasks: FileTask[] = [
      { op: 'reportFromPdf', bytes },
      { op: 'reportFromPdf', bytes: printed },
      { op: 'readReport', bytes, fileName: 'verslag.pdf' },
      { op: 'readReport', bytes: json, fileName: 'verslag.json' },
      { op: 'readReport', bytes: new Uint8Array([0xff, 0xfe, 0x00]), fileName: 'x.bin' },
      { op: 'attachment', bytes, name: 'verslag.json' },
      { op: 'attachment', bytes: printed, name: 'verslag.json' },
    ];
    for (const task of tasks) survivesClone(await runTask(task));
    // Comparing checks each copy as a whole file too: here with the test engine.
    const check = (b: Uint8Array) => checkReportPdf(b, testEngine);
    const same = await compareCopyPdfs({ name: 'a.pdf', bytes }, { name: 'b.pdf', bytes }, check);
    expect(same).toMatchObject({ ok: true, value: { comparison: { sameReport: true, differences: [] }, checks: [{ file: 'identical' }, { file: 'identical' }] } });
    survivesClone(same);
    survivesClone(await compareCopyPdfs({ name: 'a.pdf', bytes }, { name: 'b.pdf', bytes: printed }, check));
    const read = await runTask({ op: 'readReport', bytes: json, fileName: 'verslag.json' });
    expect(read).toMatchObject({ ok: true, value: { id: env.id } });
    const whole = await checkReportPdf(bytes, testEngine);
    expect(whole.ok && whole.value.file).toBe('identical');
    survivesClone(whole);
  }, T);
});
