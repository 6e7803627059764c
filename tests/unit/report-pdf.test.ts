import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPdf } from '../../src/lib/pdf/index.ts';
import type { Block } from '../../src/lib/pdf/model.ts';
import { fingerprint, shortFingerprint } from '../../src/lib/report/fingerprint.ts';
import { emptyReport, type Report } from '../../src/lib/report/model.ts';
import {
  formatDateNl,
  formatDateTimeNl,
  PDF_MESSAGES,
  readReportFromPdf,
  REPORT_ATTACHMENT,
  reportFileName,
  reportToPdfModel,
} from '../../src/lib/report/reportPdf.ts';
import { signatureStatuses, signerFingerprint } from '../../src/lib/report/signing.ts';
import { sampleReport } from './report-fixtures.ts';
import { testFonts } from './pdf-helpers.ts';

const NOW = new Date('2025-03-16T12:00:00Z');

async function signedSample(): Promise<Report> {
  const r = sampleReport();
  r.signatures.manager = {
    name: 'Jeroen Peeters',
    date: '2025-03-15T10:12:00.000Z',
    verdict: 'akkoord',
    method: 'getekend',
    strokes: [
      [{ x: 10, y: 60 }, { x: 40, y: 20 }, { x: 80, y: 70 }, { x: 120, y: 30 }],
      [{ x: 20, y: 80 }, { x: 140, y: 80 }],
    ],
    box: { width: 300, height: 100 },
    fingerprint: await signerFingerprint(r, 'manager'),
  };
  r.signatures.employee = {
    name: 'Zoë Wiśniewska-Ağaoğlu',
    date: '2025-03-16T08:30:00.000Z',
    verdict: 'gezien',
    method: 'getypt',
    fingerprint: await signerFingerprint(r, 'employee'),
  };
  return r;
}

async function makePdf(r: Report): Promise<Uint8Array> {
  const fp = await fingerprint(r);
  return buildPdf(reportToPdfModel(r, { fingerprint: fp, statuses: await signatureStatuses(r), now: NOW }), testFonts());
}

/** Text of a PDF according to poppler's pdftotext (an independent reader). */
function pdftotext(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'verslag-'));
  try {
    const file = join(dir, 'verslag.pdf');
    writeFileSync(file, bytes);
    execFileSync('pdftotext', ['-enc', 'UTF-8', file, join(dir, 'out.txt')]);
    return readFileSync(join(dir, 'out.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('reportToPdfModel', () => {
  it('lays out the phases in order', async () => {
    const r = sampleReport();
    const model = reportToPdfModel(r, { fingerprint: await fingerprint(r), now: NOW });
    const headings = model.blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.level === 2).map((b) => b.text);
    expect(headings).toEqual([
      'Gegevens van het gesprek',
      'Terugblik op de vorige afspraken',
      'Het verhaal van de medewerker',
      'Verdieping',
      'De kijk van de leidinggevende',
      'Werkomstandigheden en werkplezier',
      'Ontwikkelwensen',
      'Samen vooruit: afspraken',
      'Opvolging',
      'Afsluiting',
      'Handtekeningen',
    ]);
    const tables = model.blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
    expect(tables.map((t) => t.columns.map((c) => c.header))).toEqual([
      ['Afspraak', 'Status', 'Toelichting'],
      ['Wat', 'Wie', 'Wanneer', 'Meting', 'Steun'],
    ]);
    expect(tables[1]!.rows[0]).toEqual([
      'Zoë volgt de cursus taartdecoratie bij Syntra',
      'Medewerker',
      '30 juni 2025',
      'Certificaat behaald en 3 taarten zelf gemaakt',
      'Bakkerij betaalt de cursus; les valt in werktijd',
    ]);
    expect(model.lang).toBe('nl');
    expect(model.creationDate).toBe(NOW);
  });

  it('footer and attachment', async () => {
    const r = sampleReport();
    const fp = await fingerprint(r);
    const model = reportToPdfModel(r, { fingerprint: fp, now: NOW });
    expect(model.footerCenter).toBe(`Vingerafdruk ${shortFingerprint(fp)}`);
    expect(model.attachments).toHaveLength(1);
    const att = model.attachments![0]!;
    expect(att.name).toBe(REPORT_ATTACHMENT);
    expect(att.mimeType).toBe('application/json');
    expect(JSON.parse(new TextDecoder().decode(att.data))).toEqual(r);
  });

  it('an empty report still gives a complete document', async () => {
    const r = emptyReport();
    const model = reportToPdfModel(r, { fingerprint: await fingerprint(r), now: NOW });
    expect(model.title).toBe('Verslag van het functioneringsgesprek');
    const sig = model.blocks.find((b) => b.type === 'signatures');
    expect(sig && sig.type === 'signatures' && sig.items.map((i) => i.role)).toEqual(['Leidinggevende', 'Medewerker']);
  });

  it('marks a signature made for other content', async () => {
    const r = await signedSample();
    r.agreements[0]!.due = '2025-07-31';
    const statuses = await signatureStatuses(r);
    const model = reportToPdfModel(r, { fingerprint: statuses.full, statuses, now: NOW });
    const sig = model.blocks.find((b) => b.type === 'signatures');
    if (!sig || sig.type !== 'signatures') throw new Error('no signatures block');
    expect(sig.items[0]!.note).toMatch(/^Let op: getekend voor een eerdere versie/);
    expect(sig.items[1]!.note).toMatch(/^Let op/);
    // Without statuses, the employee's signature is still checked against the full fingerprint.
    const plain = reportToPdfModel(r, { fingerprint: statuses.full, now: NOW });
    const sig2 = plain.blocks.find((b) => b.type === 'signatures');
    expect(sig2 && sig2.type === 'signatures' && sig2.items[1]!.note).toMatch(/^Let op/);
  });
});

describe('helpers', () => {
  it('reportFileName', () => {
    expect(reportFileName(sampleReport())).toBe('verslag-zoe-wisniewska-agaoglu-2025-03-14.pdf');
    expect(reportFileName(emptyReport())).toBe('verslag.pdf');
  });
  it('formats dates in Dutch', () => {
    expect(formatDateNl('2025-03-14')).toBe('14 maart 2025');
    expect(formatDateNl('')).toBe('');
    expect(formatDateTimeNl('2025-03-15T10:12:00.000Z')).toBe('15 maart 2025 om 11:12');
    expect(formatDateTimeNl('2025-07-01T10:12:00.000Z')).toBe('1 juli 2025 om 12:12');
  });
});

describe('PDF round trip', () => {
  it('report → PDF → report gives the same report, signatures included', async () => {
    const r = await signedSample();
    const bytes = await makePdf(r);
    const back = await readReportFromPdf(bytes);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.report).toEqual(r);
    const statuses = back.ok ? await signatureStatuses(back.report) : null;
    expect(statuses?.manager.status).toBe('geldig');
    expect(statuses?.employee.status).toBe('geldig');
  }, 30_000);

  it('pdftotext reads the content, names with diacritics and the footer', async () => {
    const r = await signedSample();
    const fp = await fingerprint(r);
    const text = flat(pdftotext(await makePdf(r)));
    for (const s of [
      'Verslag van het functioneringsgesprek',
      'Bakkerij De Korenbloem',
      'Zoë Wiśniewska-Ağaoğlu',
      'Kassa-opleiding volgen',
      'Deels nagekomen',
      'De drukte op zaterdag is zwaar.',
      'Graag het rooster een week vroeger.',
      'Bestellingen sneller doorgeven aan het atelier',
      'Zoë volgt de cursus taartdecoratie',
      '25 april 2025',
      'Ik ben akkoord met het verslag.',
      `Vingerafdruk ${shortFingerprint(fp)}`,
      '15 maart 2025 om 11:12',
    ]) {
      expect(text).toContain(s);
    }
    // Phase order in the text.
    const order = ['Terugblik op de vorige afspraken', 'Het verhaal van de medewerker', 'Verdieping', 'De kijk van de leidinggevende', 'Samen vooruit: afspraken', 'Opvolging', 'Afsluiting', 'Handtekeningen'];
    const positions = order.map((h) => text.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  }, 30_000);

  it('pdfdetach sees the embedded verslag.json', async () => {
    const bytes = await makePdf(sampleReport());
    const dir = mkdtempSync(join(tmpdir(), 'verslag-'));
    try {
      writeFileSync(join(dir, 'v.pdf'), bytes);
      const listing = execFileSync('pdfdetach', ['-list', join(dir, 'v.pdf')], { encoding: 'utf8' });
      expect(listing).toContain('verslag.json');
      execFileSync('pdfdetach', ['-save', '1', '-o', join(dir, 'out.json'), join(dir, 'v.pdf')]);
      expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toEqual(sampleReport());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('readReportFromPdf: errors in Dutch', () => {
  it('not a PDF', async () => {
    const r = await readReportFromPdf(new TextEncoder().encode('{"kind":"verslag"}'));
    expect(r).toEqual({ ok: false, message: PDF_MESSAGES.notPdf });
  });
  it('a damaged PDF', async () => {
    const bytes = await makePdf(sampleReport());
    const broken = bytes.slice(0, 400);
    const r = await readReportFromPdf(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/beschadigd|geen PDF|niet gelezen/);
  }, 30_000);
  it('a PDF without report data', async () => {
    const bytes = await buildPdf({ title: 'Iets anders', blocks: [{ type: 'paragraph', text: 'Hallo' }] }, testFonts());
    expect(await readReportFromPdf(bytes)).toEqual({ ok: false, message: PDF_MESSAGES.noReport });
  }, 30_000);
  it('a PDF whose data does not validate', async () => {
    const bad = { kind: 'verslag', version: 1, agreements: [{ due: 'volgende week' }] };
    const bytes = await buildPdf(
      {
        title: 'Verslag',
        blocks: [],
        attachments: [{ name: REPORT_ATTACHMENT, data: new TextEncoder().encode(JSON.stringify(bad)), mimeType: 'application/json' }],
      },
      testFonts(),
    );
    const r = await readReportFromPdf(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/^De gegevens in deze PDF kunnen niet gelezen worden\./);
      expect(r.message).toMatch(/Afspraken, rij 1, Tegen wanneer/);
    }
  }, 30_000);
  it('a PDF with data of another kind', async () => {
    const bytes = await buildPdf(
      {
        title: 'Voorbereiding',
        blocks: [],
        attachments: [{ name: REPORT_ATTACHMENT, data: new TextEncoder().encode('{"kind":"voorbereiding-medewerker","version":1}'), mimeType: 'application/json' }],
      },
      testFonts(),
    );
    const r = await readReportFromPdf(bytes);
    expect(r.ok === false && r.message).toMatch(/voorbereiding, geen verslag/);
  }, 30_000);
  it('a reader that fails is reported, never thrown', async () => {
    const r = await readReportFromPdf(new TextEncoder().encode('%PDF-1.7\n'), async () => {
      throw new Error('boom');
    });
    expect(r).toEqual({ ok: false, message: PDF_MESSAGES.notPdf });
  });
});
