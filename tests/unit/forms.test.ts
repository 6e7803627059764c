import { describe, expect, it } from 'vitest';
import { allFields, emptyData, type FormData } from '../../src/lib/forms/definition.ts';
import { dataSchema, fieldIssues } from '../../src/lib/forms/validation.ts';
import { employeeSheet, managerSheet, SHEETS } from '../../src/lib/forms/sheets/index.ts';
import { sheetGuidance } from '../../src/lib/forms/guidance.ts';
import { sheetToFillableModel, sheetToPdfModel } from '../../src/lib/forms/sheetPdfModel.ts';

describe('sheet declarations', () => {
  for (const def of Object.values(SHEETS)) {
    it(`${def.kind}: unique field ids, labels and a name field`, () => {
      const ids = allFields(def).map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toContain(def.nameField);
      for (const f of allFields(def)) expect(f.label.length).toBeGreaterThan(3);
    });
  }

  it('the employee sheet asks what CONTENT.md §5 asks', () => {
    const labels = allFields(employeeSheet).map((f) => `${f.label} ${f.help ?? ''}`).join(' ').toLowerCase();
    for (const word of ['trots', 'minder goed', 'gereedschap', 'over een jaar', 'steun', 'feedback', 'werkplezier', 'doelen', 'agenda', 'vorige gesprek']) expect(labels).toContain(word);
  });

  it('the manager sheet asks what CONTENT.md §4 asks', () => {
    const text = JSON.stringify(managerSheet).toLowerCase();
    for (const word of ['45 tot 60 minuten', 'neutrale ruimte', 'camera aan', 'vorige gesprek', 'verwacht', 'wat gaat goed', 'ontwikkelpunten', 'gedrag', 'collega', 'beter doen', 'agenda']) expect(text).toContain(word);
  });
});

describe('validation', () => {
  it('fills missing fields and drops unknown ones', () => {
    const r = dataSchema(employeeSheet).parse({ employeeName: 'Sam', onbekend: 1 });
    expect(r.employeeName).toBe('Sam');
    expect(r.agenda).toEqual([]);
    expect('onbekend' in r).toBe(false);
  });

  it('warns about very long answers without cutting them', () => {
    const data = { ...emptyData(employeeSheet), proudOf: 'a'.repeat(12_000) };
    const issues = fieldIssues(employeeSheet, data);
    expect(issues.map((i) => i.fieldId)).toEqual(['proudOf']);
    expect(issues[0]!.message).toMatch(/blijft bewaard/);
  });
});

describe('guidance on development points', () => {
  const withPoints = (points: number, strengths: number) => ({
    ...emptyData(managerSheet),
    developmentPoints: Array.from({ length: points }, (_, i) => ({ behaviour: `gedrag ${i}`, example: '' })),
    strengths: Array.from({ length: strengths }, (_, i) => `sterk ${i}`),
  });
  it('counts and warns past three points', () => {
    const guide = sheetGuidance(managerSheet, withPoints(4, 8)).developmentPoints!;
    expect(guide.count).toMatch(/4 ontwikkelpunten/);
    expect(guide.warnings.join(' ')).toMatch(/meer dan drie/);
  });
  it('asks for two strengths per point', () => {
    expect(sheetGuidance(managerSheet, withPoints(2, 3)).developmentPoints!.warnings.join(' ')).toMatch(/twee sterke punten/);
    expect(sheetGuidance(managerSheet, withPoints(2, 4)).developmentPoints!.warnings).toEqual([]);
  });
  it('ignores empty rows', () => {
    const data: FormData = { ...withPoints(1, 2), developmentPoints: [{ behaviour: 'x' }, { behaviour: ' ', example: '' }] };
    expect(sheetGuidance(managerSheet, data).developmentPoints!.count).toMatch(/^1 ontwikkelpunt /);
  });
  it('is silent on the employee sheet', () => {
    expect(sheetGuidance(employeeSheet, emptyData(employeeSheet))).toEqual({});
  });
});

describe('sheet → PDF model', () => {
  it('carries every section, the name and the typed text', () => {
    const data = { ...emptyData(employeeSheet), employeeName: 'Joëlle', talkDate: '2026-12-03', proudOf: 'De nieuwe kassa\nin één week', agenda: ['Rooster', ''] };
    const model = sheetToPdfModel(employeeSheet, data, new Date('2026-11-22T10:00:00Z'));
    const text = JSON.stringify(model.blocks);
    for (const s of employeeSheet.sections) expect(text).toContain(s.title);
    expect(text).toContain('De nieuwe kassa\\nin één week');
    expect(model.title).toContain('Joëlle');
    expect(model.footerLeft).toContain('3-12-2026');
    const agenda = model.blocks.find((b) => b.type === 'list' && b.items.includes('Rooster'));
    expect(agenda && agenda.type === 'list' && agenda.items).toEqual(['Rooster']);
  });

  it('makes one fillable field per question', () => {
    const model = sheetToFillableModel(managerSheet);
    const ids = [...(model.headerFields ?? []).map((f) => f.id), ...model.sections.flatMap((s) => s.questions.map((q) => q.id))];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(allFields(managerSheet).length);
  });
});
