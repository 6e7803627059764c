/** Tick boxes: the ids of the ticked options. */
import { z } from 'zod/mini';
import type { ChecklistField } from '../definition.ts';
import type { KindModule } from './types.ts';

export const checklistKind: KindModule<ChecklistField, string[]> = {
  empty: () => [],
  schema: (field) =>
    z.pipe(
      z.array(z.enum(field.options.map((o) => o.id) as [string, ...string[]])).check(z.maxLength(field.options.length * 2)),
      z.transform((ids: string[]) => [...new Set(ids)]),
    ),
  isEmpty: (v) => v.length === 0,
  issues: () => [],
  canonical: (field, v) => field.options.filter((o) => v.includes(o.id)).map((o) => o.id),
  entries: (field, v) =>
    field.options.map((o) => ({ key: `${field.id}.${o.id}`, label: `${field.label} · ${o.label}`, text: v.includes(o.id) ? 'ja' : '' })),
  pdf: (field, v) => [
    { type: 'heading', text: field.label, level: 3 },
    { type: 'checkboxes', items: field.options.map((o) => ({ label: o.label, checked: v.includes(o.id) })) },
  ],
  blank: (field) => ({ type: 'boxes', options: field.options.map((o) => o.label) }),
  fillable: (field) => ({ type: 'question', lines: 0, options: field.options.map((o) => o.label), optionsOnly: true }),
};
