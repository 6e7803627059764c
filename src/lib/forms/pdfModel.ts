/**
 * A document → the PDF engine's models, from its declaration: the filled PDF, the fillable
 * (AcroForm) blank sheet, and the paper sheet's writing spaces. Pure: the same code runs in
 * the browser, in tests and at build time.
 */
import type { Block, FillableModel, PdfAttachment, PdfDocumentModel } from '../pdf/model.ts';
import { formatDate } from '../shared/dates.ts';
import type { Field, FormData, FormDefinition } from './definition.ts';
import { kindOf, type BlankSpec } from './kinds/index.ts';

export interface DocumentPdfOptions {
  /** Creation date written in the PDF: pass one derived from the data for reproducible bytes. */
  creationDate: Date;
  subject: string;
  keywords?: string[];
  author?: string;
  footerCenter?: string;
  /** Blocks after the title (e.g. how to sign) and at the end (e.g. the fingerprint). */
  before?: Block[];
  after?: Block[];
  attachments?: PdfAttachment[];
  signatureNotes?: Partial<Record<string, string>>;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function documentName(def: FormDefinition, data: FormData): string {
  return str(data[def.nameField]).trim();
}

export function documentDate(def: FormDefinition, data: FormData): string {
  return def.dateField ? str(data[def.dateField]) : '';
}

/** The blocks of one field (inline fields return a key–value line instead). */
function fieldPdf(field: Field, data: FormData, signatureNotes: DocumentPdfOptions['signatureNotes']) {
  const k = kindOf(field);
  return k.pdf(field, data[field.id] ?? k.empty(field), { data, signatureNotes });
}

export function documentPdfModel(def: FormDefinition, data: FormData, o: DocumentPdfOptions): PdfDocumentModel {
  const name = documentName(def, data);
  const date = documentDate(def, data);
  const blocks: Block[] = [{ type: 'title', title: def.title, subtitle: [name, date && `gesprek van ${formatDate(date)}`].filter(Boolean).join(' · ') || undefined }];
  blocks.push(...(o.before ?? []));
  for (const section of def.sections) {
    blocks.push({ type: 'heading', text: section.pdfTitle ?? section.title, level: 2 });
    const inline: { key: string; value: string }[] = [];
    const rest: Block[] = [];
    for (const field of section.fields) {
      const out = fieldPdf(field, data, o.signatureNotes);
      if ('inline' in out) inline.push({ key: field.label, value: out.inline });
      else rest.push(...out);
    }
    if (inline.length) blocks.push({ type: 'keyValue', items: inline });
    blocks.push(...rest);
  }
  blocks.push(...(o.after ?? []));
  return {
    title: name ? `${def.title} – ${name}` : def.title,
    subject: o.subject,
    author: o.author,
    keywords: o.keywords,
    creationDate: o.creationDate,
    lang: 'nl',
    // The footer's left part is narrow: a long name is shortened (the title has it in full).
    footerLeft: [name ? (name.length <= 20 ? name : name.split(/\s+/)[0]) : def.title, date && formatDate(date, 'short')].filter(Boolean).join(' · '),
    footerCenter: o.footerCenter,
    blocks,
    attachments: o.attachments,
  };
}

/** A blank sheet for any PDF reader: one text field per question, the first section's lines at the top. */
export function fillableModel(def: FormDefinition): FillableModel {
  const header = def.sections[0]!;
  return {
    title: def.title,
    subtitle: 'Invulbaar formulier — Gesprekswijzer',
    intro: def.intro,
    subject: 'Voorbereiding van een functioneringsgesprek',
    keywords: ['functioneringsgesprek', 'voorbereiding', def.audience],
    lang: 'nl',
    footerLeft: def.title,
    headerFields: header.fields.filter((f) => kindOf(f).fillable(f).type === 'header').map((f) => ({ id: f.id, label: f.label })),
    sections: def.sections
      .map((s, si) => ({
        title: s.title,
        intro: s.intro,
        questions: s.fields.flatMap((f) => {
          const spec = kindOf(f).fillable(f);
          if (spec.type === 'none' || (spec.type === 'header' && si === 0)) return [];
          if (spec.type === 'header') return [{ id: f.id, label: f.label, help: f.help, lines: 1 }];
          return [{ id: f.id, label: spec.label ?? f.label, help: f.help, lines: spec.lines || 1, ...(spec.options ? { options: spec.options, optionsOnly: spec.optionsOnly } : {}) }];
        }),
      }))
      .filter((s) => s.questions.length > 0),
  };
}

export interface BlankSection {
  title: string;
  intro?: string;
  fields: { id: string; label: string; help?: string; spec: BlankSpec }[];
}

/** The paper sheet: each field's writing space. */
export function blankSheet(def: FormDefinition): BlankSection[] {
  return def.sections.map((s) => ({
    title: s.title,
    intro: s.intro,
    fields: s.fields.map((f) => ({ id: f.id, label: f.label, help: f.help, spec: kindOf(f).blank(f) })),
  }));
}
