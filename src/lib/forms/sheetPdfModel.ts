/**
 * A filled preparation sheet → the PDF engine's document model, and a blank
 * sheet → a fillable (AcroForm) model. Pure: the same code runs in the browser,
 * in tests and at build time (the fillable PDFs are built into the site).
 */
import type { Block, FillableModel, PdfDocumentModel } from '../pdf/model.ts';
import type { Field, FormData, FormDefinition, PickedQuestion, RowValue } from './definition.ts';

const formatDate = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}-${Number(m[2])}-${m[1]}` : iso;
};

const nonEmpty = (s: unknown) => typeof s === 'string' && s.trim() !== '';

function fieldBlocks(field: Field, value: FormData[string]): Block[] {
  const heading: Block = { type: 'heading', text: field.label, level: 3 };
  switch (field.kind) {
    case 'text':
    case 'date':
      return []; // shown in the key–value block at the top of their section
    case 'textarea':
      return [heading, { type: 'paragraph', text: String(value ?? '') }];
    case 'checklist': {
      const on = new Set(value as string[]);
      return [heading, { type: 'checkboxes', items: field.options.map((o) => ({ label: o.label, checked: on.has(o.id) })) }];
    }
    case 'list': {
      const items = (value as string[]).filter(nonEmpty);
      return [heading, items.length ? { type: 'list', items, ordered: true } : { type: 'paragraph', text: '' }];
    }
    case 'rows': {
      const rows = (value as RowValue[]).filter((r) => Object.values(r).some(nonEmpty));
      if (!rows.length) return [heading, { type: 'paragraph', text: '' }];
      const widths = field.columns.map((c) => (c.kind === 'select' ? 0.2 : c.kind === 'textarea' ? 0.45 : 0.35));
      return [
        heading,
        {
          type: 'table',
          columns: field.columns.map((c, i) => ({ header: c.label, width: widths[i]! })),
          rows: rows.map((r) => field.columns.map((c) => (c.kind === 'select' ? c.options.find((o) => o.id === r[c.id])?.label ?? '' : r[c.id] ?? ''))),
        },
      ];
    }
    case 'questions': {
      const items = (value as PickedQuestion[]).map((q) => q.text).filter(nonEmpty);
      return [heading, items.length ? { type: 'list', items, ordered: true } : { type: 'paragraph', text: '' }];
    }
  }
}

export function sheetToPdfModel(def: FormDefinition, data: FormData, now: Date): PdfDocumentModel {
  const name = String(data[def.nameField] ?? '').trim();
  const date = def.dateField ? String(data[def.dateField] ?? '') : '';
  const blocks: Block[] = [{ type: 'title', title: def.title, subtitle: [name, date && `gesprek van ${formatDate(date)}`].filter(Boolean).join(' · ') || undefined }];
  for (const section of def.sections) {
    blocks.push({ type: 'heading', text: section.title, level: 2 });
    const simple = section.fields.filter((f) => f.kind === 'text' || f.kind === 'date');
    if (simple.length) {
      blocks.push({ type: 'keyValue', items: simple.map((f) => ({ key: f.label, value: f.kind === 'date' ? formatDate(String(data[f.id] ?? '')) : String(data[f.id] ?? '') })) });
    }
    for (const field of section.fields) blocks.push(...fieldBlocks(field, data[field.id] ?? ''));
  }
  return {
    title: name ? `${def.title}: ${name}` : def.title,
    subject: 'Voorbereiding van een functioneringsgesprek',
    author: def.audience === 'medewerker' ? name : String(data.managerName ?? ''),
    keywords: ['functioneringsgesprek', 'voorbereiding', def.audience],
    creationDate: now,
    lang: 'nl',
    footerLeft: [def.title, date && formatDate(date)].filter(Boolean).join(' · '),
    blocks,
  };
}

/** A blank sheet for pen and paper or any PDF reader: one text field per question. */
export function sheetToFillableModel(def: FormDefinition): FillableModel {
  const header = def.sections[0]!;
  return {
    title: def.title,
    subtitle: 'Invulbaar formulier — Gesprekswijzer',
    intro: def.intro,
    subject: 'Voorbereiding van een functioneringsgesprek',
    keywords: ['functioneringsgesprek', 'voorbereiding', def.audience],
    lang: 'nl',
    footerLeft: def.title,
    headerFields: header.fields.filter((f) => f.kind === 'text' || f.kind === 'date').map((f) => ({ id: f.id, label: f.label })),
    sections: def.sections
      .map((s, si) => ({
        title: s.title,
        intro: s.intro,
        questions: s.fields
          .filter((f) => !(si === 0 && (f.kind === 'text' || f.kind === 'date')))
          .map((f) => ({
            id: f.id,
            label: f.kind === 'rows' ? `${f.label} (${f.columns.map((c) => c.label.toLowerCase()).join(' · ')})` : f.label,
            help: f.help,
            lines: f.lines ?? (f.kind === 'text' || f.kind === 'date' ? 1 : 4),
            ...(f.kind === 'checklist' ? { options: f.options.map((o) => o.label), optionsOnly: true } : {}),
          })),
      }))
      .filter((s) => s.questions.length > 0),
  };
}
