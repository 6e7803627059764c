import { PDFCheckBox, PDFDocument, PDFName, PDFTextField } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fillableSheetModel } from '../fixtures/pdf.ts';
import { buildFillablePdf } from '../../src/lib/pdf/index.ts';
import type { FillableModel } from '../../src/lib/pdf/model.ts';
import { extractText, fieldObjects, testFonts } from './pdf-helpers.ts';

describe('buildFillablePdf', () => {
  const model: FillableModel = {
    title: 'Voorbereiding',
    intro: 'Vul in of druk af.',
    sections: [
      { title: 'Terugblik', questions: [{ label: 'Waar ben je trots op?', help: 'Een voorbeeld.' }, { label: 'Wat was lastig?', lines: 8 }] },
      { title: 'Vooruitblik', questions: Array.from({ length: 12 }, (_, i) => ({ label: `Vraag ${i + 1} 😀 Łódź`, lines: 6 })) },
    ],
  };
  const questionCount = model.sections.reduce((n, s) => n + s.questions.length, 0);

  it('has one multiline text field per question (pdf-lib)', async () => {
    const bytes = await buildFillablePdf(model, testFonts());
    const pdf = await PDFDocument.load(bytes);
    const fields = pdf.getForm().getFields();
    expect(fields.length).toBe(questionCount);
    for (const f of fields) {
      expect(f).toBeInstanceOf(PDFTextField);
      expect((f as PDFTextField).isMultiline()).toBe(true);
    }
    expect(fields.map((f) => f.getName())).toContain('v2-12');
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    // Embedded font as default appearance, and readers are asked to regenerate appearances.
    const acro = pdf.getForm().acroForm.dict;
    expect(acro.get(PDFName.of('DA'))?.toString()).toContain('DejaVuSans');
    expect(acro.get(PDFName.of('NeedAppearances'))?.toString()).toBe('true');
  });

  it('has one field per question for an independent reader (pdf.js)', async () => {
    const bytes = await buildFillablePdf(model, testFonts());
    const fields = await fieldObjects(bytes);
    const names = Object.keys(fields);
    expect(names.length).toBe(questionCount);
    // pdf-lib writes a field with one widget kid: pdf.js lists both; the widget carries the type.
    for (const n of names) {
      const widgets = (fields[n] ?? []).filter((f) => f.type !== '');
      expect(widgets).toHaveLength(1);
      expect(widgets[0]).toMatchObject({ type: 'text', multiline: true });
    }
    // Labels are real text on the page.
    const text = (await extractText(bytes)).map((p) => p.body.join(' ')).join(' ');
    expect(text).toContain('Waar ben je trots op?');
    expect(text).toContain('Łódź');
  });

  it('adds header fields and option check boxes for the reference sheet', async () => {
    const ref = fillableSheetModel();
    const bytes = await buildFillablePdf(ref, testFonts());
    const form = (await PDFDocument.load(bytes)).getForm();
    const textFields = form.getFields().filter((f) => f instanceof PDFTextField);
    const checkBoxes = form.getFields().filter((f) => f instanceof PDFCheckBox);
    const questions = ref.sections.flatMap((s) => s.questions);
    expect(textFields.length).toBe(questions.filter((q) => !q.optionsOnly).length + (ref.headerFields?.length ?? 0));
    expect(checkBoxes.length).toBe(questions.reduce((n, q) => n + (q.options?.length ?? 0), 0));
    const independent = await fieldObjects(bytes);
    expect(Object.keys(independent).length).toBe(form.getFields().length);
  });
});
