/**
 * Blank, fillable preparation sheet: title, intro, sections with one multiline AcroForm text
 * field per question (and check boxes for options). The fields use the embedded DejaVu Sans as
 * default appearance (/DA + /DR); /NeedAppearances asks readers to redraw what is typed.
 *
 * Field names: question.id, or `v<section>-<question>` (1-based); option check boxes get
 * `<question name>-o<n>`; header fields get their id or a slug of the label. Names are made unique.
 */
import { PDFBool, PDFDict, PDFHexString, PDFName, PDFString, rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { addAttachments, createDocument, saveDocument, setMetadata } from './document.ts';
import { slugPart } from './fileName.ts';
import { Layout, type Face } from './layout.ts';
import type { FillableModel, FillableQuestion, PdfFonts } from './model.ts';
import { drawLines, heading, paragraph, title } from './render.ts';
import { COLOR, TYPE } from './theme.ts';

const FIELD_FONT_SIZE = 10;
const FIELD_LINE = 14.5;
const FIELD_PAD = 5;

/**
 * Characters that are always in the embedded font subset, so text typed into the fields can be
 * drawn with the same font by readers that use the embedded font (Latin-1, Latin Extended-A,
 * common punctuation).
 */
function typingCharset(): string {
  let s = '';
  for (let cp = 0x20; cp < 0x7f; cp++) s += String.fromCodePoint(cp);
  for (let cp = 0xa1; cp <= 0x17f; cp++) if (cp !== 0xad) s += String.fromCodePoint(cp);
  return s + '‘’‚“”„–—…•€™';
}

class FieldNames {
  private readonly used = new Set<string>();
  take(wanted: string): string {
    const base = wanted.replace(/[.\s()<>[\]{}/%#\\]+/g, '_').slice(0, 80) || 'veld';
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}_${i}`;
    this.used.add(name);
    return name;
  }
}

interface FieldContext {
  doc: PDFDocument;
  font: PDFFont;
  da: string;
  names: FieldNames;
}

/** Tooltip (/TU): what screen readers and most viewers announce for the field. */
function setTooltip(dict: PDFDict, label: string): void {
  const tip = label.replace(/\s+/g, ' ').trim();
  if (tip) dict.set(PDFName.of('TU'), PDFHexString.fromText(tip.slice(0, 300)));
}

function addTextField(ctx: FieldContext, page: PDFPage, name: string, x: number, y: number, w: number, h: number, multiline: boolean, label: string): void {
  const form = ctx.doc.getForm();
  const field = form.createTextField(name);
  field.acroField.setDefaultAppearance(ctx.da);
  setTooltip(field.acroField.dict, label);
  if (multiline) field.enableMultiline();
  field.disableRichFormatting();
  field.addToPage(page, {
    x,
    y,
    width: w,
    height: h,
    font: ctx.font,
    textColor: rgb(COLOR.text[0], COLOR.text[1], COLOR.text[2]),
    backgroundColor: rgb(COLOR.fieldFill[0], COLOR.fieldFill[1], COLOR.fieldFill[2]),
    borderColor: rgb(COLOR.border[0], COLOR.border[1], COLOR.border[2]),
    borderWidth: 0.8,
  });
}

function addCheckBox(ctx: FieldContext, page: PDFPage, name: string, x: number, y: number, size: number, label: string): void {
  const box = ctx.doc.getForm().createCheckBox(name);
  setTooltip(box.acroField.dict, label);
  box.addToPage(page, {
    x,
    y,
    width: size,
    height: size,
    textColor: rgb(COLOR.primary[0], COLOR.primary[1], COLOR.primary[2]),
    backgroundColor: rgb(1, 1, 1),
    borderColor: rgb(COLOR.text[0], COLOR.text[1], COLOR.text[2]),
    borderWidth: 0.8,
  });
}

function questionLayout(l: Layout, q: FillableQuestion) {
  const bold = l.faces.bold;
  const reg = l.faces.regular;
  const labelLines = l.wrap(q.label ?? '', bold, TYPE.body, l.width).filter((x) => x !== '');
  const helpLines = q.help ? l.wrap(q.help, reg, TYPE.small, l.width).filter((x) => x !== '') : [];
  const options = Array.isArray(q.options) ? q.options.filter((o) => typeof o === 'string' && o.trim() !== '') : [];
  const optionLines = options.map((o) => l.wrap(o, reg, TYPE.body, l.width - 20).filter((x) => x !== ''));
  const lines = Math.round(Math.min(40, Math.max(1, Number.isFinite(q.lines) ? (q.lines as number) : 4)));
  const textField = !(q.optionsOnly && options.length > 0);
  const maxFieldH = l.top - l.bottom - 80;
  const fieldH = textField ? Math.min(lines * FIELD_LINE + 2 * FIELD_PAD, maxFieldH) : 0;
  const labelH = labelLines.length * TYPE.bodyLeading;
  const helpH = helpLines.length * TYPE.smallLeading;
  const optionsH = optionLines.reduce((h, ls) => h + Math.max(1, ls.length) * TYPE.bodyLeading + 3, 0);
  return { labelLines, helpLines, options, optionLines, fieldH, textField, height: labelH + helpH + 3 + optionsH + fieldH + 4 };
}

function drawQuestion(l: Layout, ctx: FieldContext, q: FillableQuestion, fieldName: string): void {
  const reg: Face = l.faces.regular;
  const bold: Face = l.faces.bold;
  const ql = questionLayout(l, q);
  // Keep a question with its field on one page (a field taller than a page was capped above).
  l.ensure(ql.height);
  drawLines(l, ql.labelLines, l.left, bold, TYPE.body, TYPE.bodyLeading, COLOR.text);
  drawLines(l, ql.helpLines, l.left, reg, TYPE.small, TYPE.smallLeading, COLOR.muted);
  l.y -= 3;
  ql.optionLines.forEach((lines, i) => {
    const h = Math.max(1, lines.length) * TYPE.bodyLeading;
    if (l.y - h < l.bottom) l.newPage();
    const baseline = l.baseline(l.y, reg, TYPE.body, TYPE.bodyLeading);
    addCheckBox(ctx, l.page.page, ctx.names.take(`${fieldName}-o${i + 1}`), l.left + 1, baseline - 1.5, 10, `${q.label}: ${ql.options[i]}`);
    drawLines(l, lines, l.left + 18, reg, TYPE.body, TYPE.bodyLeading, COLOR.text);
    l.y -= 3;
  });
  if (ql.textField) {
    if (l.y - ql.fieldH < l.bottom) l.newPage();
    addTextField(ctx, l.page.page, fieldName, l.left, l.y - ql.fieldH, l.width, ql.fieldH, true, q.label ?? '');
    l.y -= ql.fieldH;
  }
  l.y -= 12;
}

export async function buildFillablePdf(model: FillableModel, fonts: PdfFonts): Promise<Uint8Array> {
  const { doc, faces } = await createDocument(fonts);
  setMetadata(doc, model);
  const l = new Layout(doc, faces);
  const font = faces.regular.pdf;
  // Glyphs for typing go into the subset; the encoded string itself is not drawn.
  font.encodeText(typingCharset());
  const names = new FieldNames();
  const ctx: FieldContext = {
    doc,
    font,
    da: `/${font.name} ${FIELD_FONT_SIZE} Tf ${COLOR.text.map((c) => c.toFixed(3)).join(' ')} rg`,
    names,
  };

  title(l, model.title, model.subtitle);
  if (model.intro) paragraph(l, model.intro, { empty: 'skip', gapAfter: 12 });

  const headerFields = model.headerFields ?? [];
  if (headerFields.length > 0) {
    const gap = 16;
    const colW = (l.width - gap) / 2;
    const fieldH = 20;
    for (let i = 0; i < headerFields.length; i += 2) {
      const row = headerFields.slice(i, i + 2);
      const labelLines = row.map((f) => l.wrap(f.label, faces.regular, TYPE.small, colW).filter((x) => x !== ''));
      const labelH = Math.max(1, ...labelLines.map((x) => x.length)) * TYPE.smallLeading;
      l.ensure(labelH + fieldH + 8);
      const top = l.y;
      row.forEach((f, c) => {
        const x = l.left + c * (colW + gap);
        l.y = top;
        drawLines(l, labelLines[c] as string[], x, faces.regular, TYPE.small, TYPE.smallLeading, COLOR.muted);
        const name = names.take(f.id ?? (slugPart(f.label) || `veld-${i + c + 1}`));
        addTextField(ctx, l.page.page, name, x, top - labelH - 1 - fieldH, colW, fieldH, false, f.label);
      });
      l.y = top - labelH - 1 - fieldH - 8;
    }
    l.y -= 6;
  }

  (model.sections ?? []).forEach((section, s) => {
    heading(l, section.title, 1);
    if (section.intro) paragraph(l, section.intro, { muted: true, size: TYPE.small + 0.4, empty: 'skip' });
    (section.questions ?? []).forEach((q, i) => {
      drawQuestion(l, ctx, q, names.take(q.id ?? `v${s + 1}-${i + 1}`));
    });
  });

  l.finish({ left: model.footerLeft, center: model.footerCenter });

  // Default appearance for the whole form, resources and the request to regenerate appearances.
  const acroForm = doc.getForm().acroForm.dict;
  const dr = doc.context.obj({}) as PDFDict;
  const fontsDict = doc.context.obj({}) as PDFDict;
  fontsDict.set(PDFName.of(font.name), font.ref);
  dr.set(PDFName.of('Font'), fontsDict);
  acroForm.set(PDFName.of('DR'), dr);
  acroForm.set(PDFName.of('DA'), PDFString.of(ctx.da));
  acroForm.set(PDFName.of('NeedAppearances'), PDFBool.True);

  await addAttachments(doc, model.attachments, model.creationDate);
  return saveDocument(doc);
}
