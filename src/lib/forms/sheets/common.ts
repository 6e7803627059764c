import type { RowsField } from '../definition.ts';

export const AGREEMENT_STATUS = [
  { id: 'nagekomen', label: 'Nagekomen' },
  { id: 'deels', label: 'Deels nagekomen' },
  { id: 'niet', label: 'Niet nagekomen' },
  { id: 'bezig', label: 'Nog bezig' },
];

/** Earlier agreements and where they stand: on both sheets. */
export function earlierAgreementsField(help: string): RowsField {
  return {
    id: 'earlierAgreements',
    kind: 'rows',
    label: 'Afspraken van het vorige gesprek',
    help,
    itemLabel: 'Afspraak',
    addLabel: 'Afspraak toevoegen',
    maxItems: 30,
    lines: 6,
    columns: [
      { id: 'agreement', label: 'Afspraak', kind: 'text', maxLength: 300 },
      { id: 'status', label: 'Stand van zaken', kind: 'select', options: AGREEMENT_STATUS },
      { id: 'note', label: 'Toelichting: wat hielp, wat hield het tegen?', kind: 'textarea', maxLength: 2000 },
    ],
  };
}
