/**
 * The agreements of a talk: what happens, who does it, by when, how progress is measured and
 * what support there is. The SMART check (../smart.ts) reads these columns.
 */
import type { Agreement, AgreementOwner, AgreementsField, RowColumn } from '../definition.ts';
import { canonicalRow, countIssue, rowIsEmpty } from './shared.ts';
import { cellText, rowsEntries, rowsSchema } from './rows.ts';
import type { KindModule } from './types.ts';
import { lazy } from '../../shared/lazy.ts';

export const OWNER_OPTIONS = [
  { id: 'employee', label: 'Medewerker' },
  { id: 'manager', label: 'Leidinggevende' },
  { id: 'organisation', label: 'Organisatie' },
  { id: 'other', label: 'Iemand anders' },
] as const satisfies readonly { id: Exclude<AgreementOwner, ''>; label: string }[];

/** The columns: `label` in the form, `short` as the PDF table header. */
export const AGREEMENT_COLUMNS = [
  { id: 'what', label: 'Wat gebeurt er precies?', short: 'Wat', kind: 'textarea', width: 0.28 },
  { id: 'owner', label: 'Wie doet het?', short: 'Wie', kind: 'select', options: OWNER_OPTIONS, width: 0.19 },
  { id: 'ownerName', label: 'Naam (wie precies)', short: 'Naam', kind: 'text' },
  { id: 'due', label: 'Tegen wanneer?', short: 'Wanneer', kind: 'date', width: 0.14 },
  { id: 'measure', label: 'Hoe meten jullie of het gelukt is?', short: 'Meting', kind: 'textarea', width: 0.21 },
  { id: 'support', label: 'Welke steun is er? (opleiding, tijd, coaching…)', short: 'Steun', kind: 'textarea', width: 0.18 },
] as const satisfies readonly (RowColumn & { id: keyof Agreement; short: string })[];

export const AGREEMENT_ITEM = 'Afspraak';

/** 'Medewerker (Zoë)', or the name alone for someone else. */
export function ownerText(a: Pick<Agreement, 'owner' | 'ownerName'>): string {
  const label = cellText(AGREEMENT_COLUMNS[1], a.owner);
  const name = a.ownerName.trim();
  if (a.owner === 'other') return name || label;
  return name ? (label ? `${label} (${name})` : name) : label;
}

const schema = lazy(() => rowsSchema(AGREEMENT_COLUMNS));
/** In the PDF the owner's name goes with the owner: five columns. */
const PDF_COLUMNS = AGREEMENT_COLUMNS.filter((c): c is Exclude<(typeof AGREEMENT_COLUMNS)[number], { id: 'ownerName' }> => c.id !== 'ownerName');

export const agreementsKind: KindModule<AgreementsField, Agreement[]> = {
  empty: () => [],
  schema: () => schema() as never,
  isEmpty: (v) => v.every((a) => rowIsEmpty(a as unknown as Record<string, string>)),
  issues: (field, v) => countIssue(v.filter((a) => !rowIsEmpty(a as unknown as Record<string, string>)).length, field.maxItems, AGREEMENT_ITEM),
  canonical: (_f, v) => v.filter((a) => !rowIsEmpty(a as unknown as Record<string, string>)).map((a) => canonicalRow(a as unknown as Record<string, string>)),
  entries: (field, v) => rowsEntries(field.id, AGREEMENT_ITEM, AGREEMENT_COLUMNS, v as unknown as Record<string, string>[]),
  pdf: (field, v) => {
    const rows = v.filter((a) => !rowIsEmpty(a as unknown as Record<string, string>));
    if (!rows.length) return [{ type: 'paragraph', text: field.emptyText ?? 'Geen afspraken genoteerd.', muted: true }];
    return [
      {
        type: 'table',
        columns: PDF_COLUMNS.map((c) => ({ header: c.short, width: c.width })),
        rows: rows.map((a) => [a.what, ownerText(a), cellText(AGREEMENT_COLUMNS[3], a.due), a.measure, a.support]),
      },
    ];
  },
  columns: () => AGREEMENT_COLUMNS,
  blank: () => ({ type: 'table', columns: PDF_COLUMNS.map((c) => c.short), rows: 4 }),
  fillable: (field) => ({ type: 'question', lines: 8, label: `${field.label} (wat · wie · tegen wanneer · hoe meten · steun)` }),
};
