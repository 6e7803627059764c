/**
 * Functioneringsgesprek versus evaluatie- of beoordelingsgesprek, point by point,
 * for <ComparisonTable />.
 */
export interface ComparisonRow {
  /** Stable key, also used in tests. */
  key: string;
  /** The dimension, shown as row header. */
  label: string;
  functionering: string;
  evaluatie: string;
}

export const COMPARISON_ROWS: readonly ComparisonRow[] = [
  {
    key: 'richting',
    label: 'Richting',
    functionering: 'Tweerichtingsverkeer: een dialoog. Jullie geven elkaar feedback.',
    evaluatie: 'Eenrichtingsverkeer: de leidinggevende geeft een oordeel.',
  },
  {
    key: 'focus',
    label: 'Focus',
    functionering: 'Het heden en de nabije toekomst: groeien en beter samenwerken.',
    evaluatie: 'Het verleden: de resultaten en de doelen van de voorbije periode.',
  },
  {
    key: 'onderwerp',
    label: 'Waarover',
    functionering: 'Het werk van de medewerker én van de leidinggevende, de samenwerking in het team en de werkomstandigheden.',
    evaluatie: 'Het functioneren van de medewerker, afgemeten aan de doelen van de functie.',
  },
  {
    key: 'sfeer',
    label: 'Sfeer',
    functionering: 'Gelijkwaardig: twee partners aan tafel.',
    evaluatie: 'Hiërarchisch: er is een duidelijke machtsverhouding.',
  },
  {
    key: 'uitkomst',
    label: 'Uitkomst',
    functionering: 'Afspraken om te groeien en het werk te verbeteren.',
    evaluatie: 'Een oordeel dat gedrag bevestigt of bijstuurt.',
  },
  {
    key: 'oplossingen',
    label: 'Wie zoekt oplossingen?',
    functionering: 'Jullie verkennen samen wat kan.',
    evaluatie: 'De leidinggevende stelt oplossingen voor en doet suggesties.',
  },
  {
    key: 'rol',
    label: 'Rol van de medewerker',
    functionering: 'Actief: brengt zelf onderwerpen in en is open over eigen doelen en twijfels.',
    evaluatie: 'Ondergaat het gesprek: kan reageren en uitleg geven, maar neemt zelf weinig initiatief.',
  },
  {
    key: 'frequentie',
    label: 'Hoe vaak?',
    functionering: 'Minstens één keer per jaar, meestal één à twee keer, vaak aangevuld met korte tussentijdse gesprekken.',
    evaluatie: 'Meestal één keer per jaar.',
  },
  {
    key: 'loon',
    label: 'Link met loon',
    functionering: 'Nee. Loon, premie en promotie horen hier niet thuis.',
    evaluatie: 'Vaak wel: loon, premie, promotie of andere arbeidsvoorwaarden.',
  },
  {
    key: 'wie',
    label: 'Wie voert het?',
    functionering: 'De directe leidinggevende.',
    evaluatie: 'Meestal ook de directe leidinggevende, op een apart moment. Soms kiest men iemand anders, zoals een coördinator of vennoot.',
  },
];

export const comparisonText = (): string =>
  COMPARISON_ROWS.map((r) => `${r.label} ${r.functionering} ${r.evaluatie}`).join(' ');
