/** What a report needs before anyone signs it: the names, the date and its agreements. */
import { AGREEMENT_COLUMNS } from '../forms/kinds/agreements.ts';
import type { Report } from './codec.ts';

export interface Missing {
  /** The field to go to. */
  fieldId: string;
  message: string;
}

const blank = (s: string) => s.trim() === '';

export function missingBeforeSigning(r: Report): Missing[] {
  const out: Missing[] = [];
  if (blank(r.employeeName)) out.push({ fieldId: 'employeeName', message: 'De naam van de medewerker ontbreekt.' });
  if (blank(r.managerName)) out.push({ fieldId: 'managerName', message: 'De naam van de leidinggevende ontbreekt.' });
  if (blank(r.talkDate)) out.push({ fieldId: 'talkDate', message: 'De datum van het gesprek ontbreekt.' });
  const agreements = r.agreements.filter((a) => AGREEMENT_COLUMNS.some((c) => !blank(String(a[c.id] ?? ''))));
  if (agreements.length === 0 && !r.noNewAgreements.includes('none')) {
    out.push({ fieldId: 'agreements', message: 'Er staat nog geen afspraak in. Voeg er een toe, of vink aan dat jullie bewust geen nieuwe afspraken maakten.' });
  } else if (agreements.some((a) => blank(a.what))) {
    out.push({ fieldId: 'agreements', message: 'Bij een afspraak staat nog niet wat er gebeurt. Vul het aan of verwijder die afspraak.' });
  }
  return out;
}
