import type { FormDefinition } from '../definition.ts';
import { employeeSheet } from './employee.ts';
import { managerSheet } from './manager.ts';

export { employeeSheet, managerSheet };

export const SHEETS = { medewerker: employeeSheet, leidinggevende: managerSheet } as const;
export type SheetAudience = keyof typeof SHEETS;

/** Dutch names of every document kind, for messages about a file of the wrong kind. */
export const KIND_LABELS: Record<string, string> = {
  'voorbereiding-medewerker': 'voorbereiding van de medewerker',
  'voorbereiding-leidinggevende': 'voorbereiding van de leidinggevende',
  verslag: 'gespreksverslag',
};

export function sheetLabel(def: FormDefinition): string {
  return KIND_LABELS[def.kind] ?? def.title.toLowerCase();
}
