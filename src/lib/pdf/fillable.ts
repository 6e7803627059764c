/**
 * Blank, fillable preparation sheet: title, intro, sections with one multiline AcroForm text
 * field per question (and check boxes for options). The fields use the embedded DejaVu Sans as
 * default appearance (/DA + /DR); /NeedAppearances asks readers to redraw what is typed.
 *
 * Field names: question.id, or `v<section>-<question>` (1-based); option check boxes get
 * `<question name>-o<n>`; header fields get their id or a slug of the label. Names are made unique.
 */
import { addAttachments, createDocument, saveDocument, setMetadata, type Page, type PdfDoc } from './document.ts';
import { slugPart } from './fileName.ts';
import { Layout, type Face } from './layout.ts';
import type { FillableModel, FillableQuestion, PdfFonts } from './model.ts';
import { drawLines, heading, paragraph, title } from './render.ts';
import type { PdfFont } from './pdfFont.ts';
import { COLOR, TYPE, type Rgb } from './theme.ts';
import { PdfRaw, PdfRef, name, pdfNumber, text, type PdfDict } from './writer.ts';

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
  doc: PdfDoc;
  font: PdfFont;
  da: string;
  names: FieldNames;
  fields: PdfRef[];
  zapf: PdfRef;
}

const n = pdfNumber;
const color = (c: Rgb) => c.map((v) => n(v));
const colorOps = (c: Rgb, op: 'rg' | 'RG') => `${color(c).join(' ')} ${op}`;

/** A form XObject (appearance stream). */
function appearance(ctx: FieldContext, w: number, h: number, content: string, resources?: PdfDict): PdfRef {
  return ctx.doc.writer.addStream(new TextEncoder().encode(content), {
    Type: name('XObject'),
    Subtype: name('Form'),
    BBox: [0, 0, w, h],
    Resources: resources,
  });
}

/** Background and border of a field, inset by half the border width. */
function boxOps(w: number, h: number, fill: Rgb, border: Rgb, borderWidth: number): string {
  const i = borderWidth / 2;
  return `q ${colorOps(fill, 'rg')} ${colorOps(border, 'RG')} ${n(borderWidth)} w ${n(i)} ${n(i)} ${n(w - borderWidth)} ${n(h - borderWidth)} re B Q`;
}

/** Adds a merged field + widget annotation to the page and the form. */
function addWidget(ctx: FieldContext, page: Page, dict: PdfDict): void {
  const ref = ctx.doc.writer.add({ ...dict, Type: name('Annot'), Subtype: name('Widget'), P: page.ref, F: 4 });
  const annots = (page.dict.Annots ??= []) as PdfRef[];
  annots.push(ref);
  ctx.fields.push(ref);
}

/** Tooltip (/TU): what screen readers and most viewers announce for the field. */
function tooltip(label: string) {
  const tip = label.replace(/\s+/g, ' ').trim();
  return tip ? text(tip.slice(0, 300)) : undefined;
}

const MULTILINE = 1 << 12;

function addTextField(ctx: FieldContext, page: Page, fieldName: string, x: number, y: number, w: number, h: number, multiline: boolean, label: string): void {
  const borderWidth = 0.8;
  const ap = appearance(ctx, w, h, boxOps(w, h, COLOR.fieldFill, COLOR.border, borderWidth));
  addWidget(ctx, page, {
    FT: name('Tx'),
    T: text(fieldName),
    TU: tooltip(label),
    Ff: multiline ? MULTILINE : 0,
    DA: text(ctx.da),
    Rect: [x, y, x + w, y + h],
    MK: { BG: [...COLOR.fieldFill], BC: [...COLOR.border] },
    BS: { W: borderWidth },
    AP: { N: ap },
  });
}

function addCheckBox(ctx: FieldContext, page: Page, fieldName: string, x: number, y: number, size: number, label: string): void {
  const borderWidth = 0.8;
  const box = boxOps(size, size, [1, 1, 1], COLOR.text, borderWidth);
  // A check mark drawn as a path: no font needed.
  const check = `q ${colorOps(COLOR.primary, 'RG')} ${n(size * 0.12)} w 1 J 1 j ${n(size * 0.22)} ${n(size * 0.52)} m ${n(size * 0.42)} ${n(size * 0.28)} l ${n(size * 0.8)} ${n(size * 0.76)} l S Q`;
  const off = appearance(ctx, size, size, box);
  const on = appearance(ctx, size, size, `${box}\n${check}`);
  addWidget(ctx, page, {
    FT: name('Btn'),
    T: text(fieldName),
    TU: tooltip(label),
    V: name('Off'),
    AS: name('Off'),
    DA: text(`/ZaDb 0 Tf ${colorOps(COLOR.primary, 'rg')}`),
    Rect: [x, y, x + size, y + size],
    MK: { BG: [1, 1, 1], BC: [...COLOR.text], CA: new PdfRaw('(4)') },
    BS: { W: borderWidth },
    AP: { N: { Yes: on, Off: off } },
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
  const { doc, faces } = await createDocument(fonts, model);
  setMetadata(doc, model);
  const l = new Layout(doc, faces);
  const font = faces.regular.font;
  // Glyphs for typing go into the subset; they are not drawn.
  font.include(typingCharset());
  const names = new FieldNames();
  const ctx: FieldContext = {
    doc,
    font,
    da: `/${font.resourceName} ${FIELD_FONT_SIZE} Tf ${COLOR.text.map((c) => c.toFixed(3)).join(' ')} rg`,
    names,
    fields: [],
    zapf: doc.writer.add({ Type: name('Font'), Subtype: name('Type1'), BaseFont: name('ZapfDingbats') }),
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
        const fieldName = names.take(f.id ?? (slugPart(f.label) || `veld-${i + c + 1}`));
        addTextField(ctx, l.page.page, fieldName, x, top - labelH - 1 - fieldH, colW, fieldH, false, f.label);
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

  // The form: its fields, default appearance and resources, and the request to regenerate appearances.
  doc.catalog.AcroForm = {
    Fields: ctx.fields,
    DR: { Font: { [font.resourceName]: font.ref, ZaDb: ctx.zapf } },
    DA: text(ctx.da),
    NeedAppearances: true,
  };

  addAttachments(doc, model.attachments, model.creationDate);
  return saveDocument(doc);
}
