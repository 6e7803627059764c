/** A calendar date, 'YYYY-MM-DD' or ''. */
import { z } from 'zod/mini';
import type { DateField } from '../definition.ts';
import { formatDate } from '../../shared/dates.ts';
import type { KindModule } from './types.ts';

export const dateKind: KindModule<DateField, string> = {
  empty: () => '',
  schema: () => z.union([z.literal(''), z.iso.date()]),
  isEmpty: (v) => v === '',
  issues: () => [],
  canonical: (_f, v) => v,
  entries: (field, v) => [{ key: field.id, label: field.label, text: formatDate(v) }],
  pdf: (_f, v) => ({ inline: formatDate(v) }),
  blank: () => ({ type: 'line' }),
  fillable: () => ({ type: 'header' }),
};
