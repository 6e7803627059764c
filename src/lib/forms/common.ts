/** Fields and word lists that several documents share (the sheets and the report). */
import type { RowsField } from './definition.ts';

/** Where an earlier agreement stands. */
export const AGREEMENT_STATUS = [
  { id: 'kept', label: 'Nagekomen' },
  { id: 'partly', label: 'Deels nagekomen' },
  { id: 'notKept', label: 'Niet nagekomen' },
  { id: 'ongoing', label: 'Nog bezig' },
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUS)[number]['id'];

/** Stored data of version 1 used Dutch words for the status. */
export const LEGACY_STATUS: Record<string, AgreementStatus> = { nagekomen: 'kept', deels: 'partly', niet: 'notKept', bezig: 'ongoing' };

const EARLIER_COLUMNS = [
  { id: 'agreement', label: 'Afspraak', kind: 'textarea', maxLength: 300, width: 0.42 },
  { id: 'status', label: 'Stand van zaken', kind: 'select', options: AGREEMENT_STATUS, width: 0.18 },
  { id: 'note', label: 'Toelichting: wat hielp, wat hield het tegen?', kind: 'textarea', maxLength: 2000, width: 0.4 },
] as const;

/** Earlier agreements and where they stand: on both sheets and in the report. */
export function earlierAgreementsField<I extends string>(id: I, help: string) {
  return {
    id,
    kind: 'rows',
    label: 'Afspraken van het vorige gesprek',
    help,
    itemLabel: 'Vorige afspraak',
    addLabel: 'Vorige afspraak toevoegen',
    maxItems: 30,
    lines: 6,
    emptyText: 'Geen vorige afspraken genoteerd.',
    columns: EARLIER_COLUMNS,
  } as const satisfies RowsField;
}

/** The house definition of SMART, the same everywhere on the site. */
export const SMART_LINE =
  'Maak de afspraken SMART: Specifiek, Meetbaar, Acceptabel, Realistisch en Tijdgebonden. Spreek ook af wat de leidinggevende en het bedrijf doen.';

/** The guide chapter for when performance stays below what is needed. */
export const NOT_IMPROVING_HREF = '/gids/als-het-niet-beter-gaat/';
/** No health or private details in a report or a sheet: the same words everywhere. */
export const PRIVATE_CAUTION = 'Schrijf hier geen gezondheid of privézaken (geen ziekte, diagnose, gezin of geldzorgen). Noteer alleen wat jullie voor het werk afspreken.';
export const PRIVATE_LINK = { href: '/gids/na-het-gesprek/#personeelsdossier-en-privacy', text: 'Waarom?' };
/** Where the guide explains signing. */
export const SIGNING_HREF = '/gids/na-het-gesprek/#tekenen-voor-gezien-of-voor-akkoord';
export const PERSONNEL_FILE_HREF = '/gids/na-het-gesprek/#personeelsdossier-en-privacy';
export const SMART_HREF = '/gids/goede-afspraken/#smart-in-deze-gids';
