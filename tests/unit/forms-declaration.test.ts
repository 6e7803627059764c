/**
 * One declaration, many faces: a field declared once shows up in the schema, the canonical form,
 * the read-only entries, the PDF, the blank sheet and the fillable PDF, through its kind module.
 */
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../src/lib/forms/definition.ts';
import { allFields } from '../../src/lib/forms/definition.ts';
import { emptyData, fieldIssues, parseData } from '../../src/lib/forms/schema.ts';
import { canonicalContent, canonicalJson, hasContent } from '../../src/lib/forms/canonical.ts';
import { compareDocuments, documentEntries } from '../../src/lib/forms/entries.ts';
import { blankSheet, documentPdfModel, fillableModel } from '../../src/lib/forms/pdfModel.ts';
import { employeeSheet, managerSheet, SHEETS } from '../../src/lib/forms/sheets/index.ts';
import { reportDefinition } from '../../src/lib/report/declaration.ts';

const DEFS: FormDefinition[] = [employeeSheet, managerSheet, reportDefinition];

describe('every declaration', () => {
  it.each(DEFS.map((d) => [d.kind, d] as const))('%s: unique field ids, an empty document that validates, and no content', (_k, def) => {
    const ids = allFields(def).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const empty = emptyData(def);
    expect(parseData(def, empty)).toEqual({ ok: true, value: empty });
    expect(hasContent(def, empty)).toBe(false);
  });

  it.each(DEFS.map((d) => [d.kind, d] as const))('%s: every field has a PDF, a blank-sheet and a read-only face', (_k, def) => {
    const pdf = documentPdfModel(def, emptyData(def), { creationDate: new Date(0), subject: 'x' });
    const headings = pdf.blocks.filter((b) => b.type === 'heading' && b.level === 2).map((b) => (b as { text: string }).text);
    expect(headings).toEqual(def.sections.map((s) => s.pdfTitle ?? s.title));
    expect(blankSheet(def).flatMap((s) => s.fields).map((f) => f.id)).toEqual(allFields(def).map((f) => f.id));
    expect(documentEntries(def, emptyData(def)).flatMap((s) => s.fields).map((f) => f.id)).toEqual(allFields(def).map((f) => f.id));
  });
});

describe('adding a field is one edit', () => {
  const base: FormDefinition = {
    kind: 'proef',
    version: 1,
    title: 'Proef',
    audience: 'medewerker',
    intro: '',
    nameField: 'name',
    sections: [{ id: 'a', title: 'Deel A', fields: [{ id: 'name', kind: 'text', label: 'Naam' }] }],
  };
  const withField: FormDefinition = { ...base, sections: [{ ...base.sections[0]!, fields: [...base.sections[0]!.fields, { id: 'mood', kind: 'textarea', label: 'Hoe gaat het?' }] }] };

  it('the new field is in the schema, canonical form, entries, PDF, blank sheet and fillable PDF', () => {
    const parsed = parseData(withField, { name: 'Åsa', mood: 'Goed' });
    expect(parsed.ok && parsed.value).toEqual({ name: 'Åsa', mood: 'Goed' });
    expect(canonicalContent(withField, { name: 'Åsa', mood: 'Goed' })).toEqual({ mood: 'Goed', name: 'Åsa' });
    expect(documentEntries(withField, { name: 'Åsa', mood: 'Goed' })[0]!.fields[1]!.entries[0]).toMatchObject({ label: 'Hoe gaat het?', text: 'Goed' });
    const pdf = documentPdfModel(withField, { name: 'Åsa', mood: 'Goed' }, { creationDate: new Date(0), subject: 'x' });
    expect(pdf.blocks).toContainEqual({ type: 'heading', text: 'Hoe gaat het?', level: 3 });
    expect(pdf.blocks).toContainEqual({ type: 'paragraph', text: 'Goed' });
    expect(blankSheet(withField)[0]!.fields.map((f) => f.label)).toEqual(['Naam', 'Hoe gaat het?']);
    expect(fillableModel(withField).sections[0]!.questions.map((q) => q.label)).toEqual(['Hoe gaat het?']);
  });

  it('data stored before the field existed still loads, with the field empty', () => {
    expect(parseData(withField, { name: 'Åsa' })).toEqual({ ok: true, value: { name: 'Åsa', mood: '' } });
  });
});

describe('validation', () => {
  it('says in Dutch where a problem is, with the field label and the row', () => {
    const r = parseData(reportDefinition, { talkDate: '14-03-2025x', agreements: [{ what: 'x' }, { owner: 'baas' }] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('‘Datum van het gesprek’ staat geen geldige datum');
    const r2 = parseData(reportDefinition, { agreements: [{ what: 'x' }, { owner: 'baas' }] });
    expect(!r2.ok && r2.message).toBe('Bij ‘Afspraken, rij 2, Wie doet het?’ staat een keuze die Gesprekswijzer niet kent.');
    const r3 = parseData(employeeSheet, { proudOf: { tekst: 'ja' } });
    expect(!r3.ok && r3.message).toBe('Bij ‘Waar ben je trots op?’ staat een waarde die Gesprekswijzer niet kan lezen.');
  });

  it('keeps long answers (only absurd sizes are refused) and reports them as soft issues', () => {
    const long = 'woord '.repeat(3000);
    const r = parseData(employeeSheet, { proudOf: long });
    expect(r.ok).toBe(true);
    const issues = fieldIssues(employeeSheet, r.ok ? r.value : {});
    expect(issues.map((i) => i.fieldId)).toEqual(['proudOf']);
    expect(parseData(employeeSheet, { proudOf: 'x'.repeat(100_001) }).ok).toBe(false);
  });

  it('drops unknown keys and gives every row an id', () => {
    const r = parseData(managerSheet, { evil: '<script>', __proto__: { x: 1 }, developmentPoints: [{ behaviour: 'Te laat' }, { id: 'same', example: 'a' }, { id: 'same', example: 'b' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect('evil' in r.value).toBe(false);
    const ids = r.value.developmentPoints.map((p) => p.id);
    expect(new Set(ids).size).toBe(3);
    expect(r.value.developmentPoints[0]).toMatchObject({ behaviour: 'Te laat', example: '' });
  });
});

describe('canonical form and comparing copies', () => {
  it('ignores row ids, empty rows, spacing and line endings; not the text itself', () => {
    const a = SHEETS.leidinggevende.codec.parse({ strengths: ['Stipt'], developmentPoints: [{ id: 'x', behaviour: 'Te laat', example: '' }, { behaviour: '', example: '' }] }, 2);
    const b = SHEETS.leidinggevende.codec.parse({ strengths: ['  Stipt '], developmentPoints: [{ id: 'y', behaviour: 'Te\r\nlaat'.replace('\r\n', ' '), example: '' }] }, 2);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(canonicalJson(canonicalContent(managerSheet, a.value))).toBe(canonicalJson(canonicalContent(managerSheet, b.value)));
    const c = { ...b.value, strengths: ['Stipt!'] };
    expect(canonicalJson(canonicalContent(managerSheet, a.value))).not.toBe(canonicalJson(canonicalContent(managerSheet, c)));
  });

  it('lists each difference between two copies with its label', () => {
    const a = { ...emptyData(reportDefinition), employeeName: 'Zoë', agreements: [{ id: 'a1', what: 'Cursus', owner: 'employee' as const, ownerName: '', due: '2025-06-30', measure: '', support: '' }] };
    const b = { ...a, agreements: [{ ...a.agreements[0]!, due: '2025-07-31' }] };
    expect(compareDocuments(reportDefinition, a, b)).toEqual([
      { section: 'Samen vooruit: afspraken', key: 'agreements.a1.due', label: 'Afspraak 1 · Tegen wanneer?', a: '30\u00a0juni\u00a02025', b: '31\u00a0juli\u00a02025' },
    ]);
    expect(compareDocuments(reportDefinition, a, a)).toEqual([]);
  });
});
