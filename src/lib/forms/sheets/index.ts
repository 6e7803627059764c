/** The two preparation sheets: declarations, codecs (with migrations of stored data) and live guidance. */
import type { FormData, FormDefinition } from '../definition.ts';
import type { Codec } from '../../documents/envelope.ts';
import { formCodec, type Migration } from '../codec.ts';
import { LEGACY_STATUS } from '../common.ts';
import { DOCUMENT_KINDS } from '../../documents/kinds.ts';
import { isRecord } from '../../shared/json.ts';
import { employeeSheet } from './employee.ts';
import { managerSheet } from './manager.ts';

export { employeeSheet, managerSheet };

/** Version 1 → 2: the status of earlier agreements in English words. */
const statusToEnglish: Migration = (d) => ({
  ...d,
  earlierAgreements: Array.isArray(d.earlierAgreements)
    ? d.earlierAgreements.map((r) => (isRecord(r) && typeof r.status === 'string' ? { ...r, status: LEGACY_STATUS[r.status] ?? r.status } : r))
    : d.earlierAgreements,
});

export const employeeCodec = formCodec(employeeSheet, { label: DOCUMENT_KINDS['voorbereiding-medewerker'].label, migrations: { 1: statusToEnglish } });
export const managerCodec = formCodec(managerSheet, { label: DOCUMENT_KINDS['voorbereiding-leidinggevende'].label, migrations: { 1: statusToEnglish } });

export type SheetAudience = 'medewerker' | 'leidinggevende';

/** Both sheets, for code that works on either (the sheet page, reading a preparation file). */
export const SHEETS: Record<SheetAudience, { def: FormDefinition; codec: Codec<FormData> }> = {
  medewerker: { def: employeeSheet, codec: employeeCodec as unknown as Codec<FormData> },
  leidinggevende: { def: managerSheet, codec: managerCodec as unknown as Codec<FormData> },
};
