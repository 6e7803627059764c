/** A growing list of records with named columns (earlier agreements, development points). */
import { z } from 'zod/mini';
import type { RowColumn, RowsField, RowValue } from '../definition.ts';
import type { Block } from '../../pdf/model.ts';
import { formatDate } from '../../shared/dates.ts';
import { newId } from '../../shared/ids.ts';
import { canonicalRow, countIssue, filled, list, rowIsEmpty, text } from './shared.ts';
import type { KindModule } from './types.ts';

/** The schema of one cell of a column. */
export function cellSchema(col: RowColumn) {
  if (col.kind === 'select') return z.enum(['', ...col.options.map((o) => o.id)] as [string, ...string[]]);
  if (col.kind === 'date') return z.union([z.literal(''), z.iso.date()]);
  return text();
}

/** Rows of records: every row gets an id (for the UI and for matching two copies) and every column a value. */
export function rowsSchema(columns: readonly RowColumn[]) {
  const shape = Object.fromEntries(columns.map((c) => [c.id, z.optional(cellSchema(c))]));
  return z.pipe(
    list(z.object({ id: z.optional(z.string().check(z.maxLength(100))), ...shape })),
    z.transform((rows: Record<string, string | undefined>[]) => {
      const seen = new Set<string>();
      return rows.map((row) => {
        let id = row.id && !seen.has(row.id) ? row.id : newId(6);
        while (seen.has(id)) id = newId(6);
        seen.add(id);
        const out: RowValue = { id };
        for (const c of columns) out[c.id] = row[c.id] ?? '';
        return out;
      });
    }),
  );
}

/** What a reader sees in a cell. */
export function cellText(col: RowColumn, value: string | undefined): string {
  const v = value ?? '';
  if (col.kind === 'select') return col.options.find((o) => o.id === v)?.label ?? '';
  if (col.kind === 'date') return formatDate(v);
  return v.trim();
}

export function rowsEntries(fieldId: string, itemLabel: string, columns: readonly RowColumn[], rows: readonly RowValue[]) {
  return rows
    .filter((r) => !rowIsEmpty(r))
    .flatMap((row, i) =>
      columns.map((c) => ({
        key: `${fieldId}.${row.id || i}.${c.id}`,
        label: `${itemLabel} ${i + 1} · ${c.label}`,
        text: cellText(c, row[c.id]),
        group: `${itemLabel} ${i + 1}`,
      })),
    );
}

export function rowsTable(columns: readonly (RowColumn & { short?: string })[], rows: readonly RowValue[]): Block {
  const widths = columns.map((c) => c.width ?? (c.kind === 'select' || c.kind === 'date' ? 0.18 : c.kind === 'textarea' ? 0.42 : 0.3));
  return {
    type: 'table',
    columns: columns.map((c, i) => ({ header: c.short ?? c.label, width: widths[i]! })),
    rows: rows.map((r) => columns.map((c) => cellText(c, r[c.id]))),
  };
}

export const rowsKind: KindModule<RowsField, RowValue[]> = {
  empty: () => [],
  schema: (field) => rowsSchema(field.columns),
  isEmpty: (v) => v.every(rowIsEmpty),
  issues: (field, v) => countIssue(v.filter((r) => !rowIsEmpty(r)).length, field.maxItems, field.itemLabel),
  canonical: (_f, v) => v.filter((r) => !rowIsEmpty(r)).map(canonicalRow),
  entries: (field, v) => rowsEntries(field.id, field.itemLabel, field.columns, v),
  pdf: (field, v) => {
    const rows = v.filter((r) => !rowIsEmpty(r));
    const head: Block = { type: 'heading', text: field.label, level: 3 };
    if (!rows.length) return [head, { type: 'paragraph', text: field.emptyText ?? '', muted: true }];
    // One column: a numbered list reads better than a table.
    if (field.columns.length === 1) return [head, { type: 'list', items: rows.map((r) => cellText(field.columns[0]!, r[field.columns[0]!.id])).filter(Boolean), ordered: true }];
    return [head, rowsTable(field.columns, rows)];
  },
  blank: (field) => ({ type: 'table', columns: field.columns.map((c) => c.label), rows: Math.max(3, Math.ceil((field.lines ?? 6) / 2)) }),
  columns: (field) => field.columns,
  fillable: (field) => ({ type: 'question', lines: field.lines ?? 4, label: `${field.label} (${field.columns.map((c) => c.label.toLowerCase()).join(' · ')})` }),
};

export { filled };
