/**
 * The site's tools and other pages that are not guide text, as search records:
 * declared here once, with the Dutch words people use for them ("formulier",
 * "invullen", "handtekening", "afdrukken", "pdf"). The index (src/pages/zoekindex.json.ts)
 * adds them as they are; an e2e test checks that every link exists.
 *
 * Keywords name what a tool is for, one word per idea: their synonyms ("printen" for
 * "afdrukken", "tekenen" for "handtekening") come from synonyms.ts, for every record alike.
 */

export interface ToolEntry {
  /** Link: a page, or a file such as the fillable PDF. */
  href: string;
  /** Shown as the result's title. */
  title: string;
  /** One or two sentences, shown under the title. */
  description: string;
  /** What people type when they look for this: not shown, searched with a high weight. */
  keywords: readonly string[];
  /** Shown above the title, like the chapter of a guide section. */
  parent?: string;
  /** 'tool' for something you use (a form, a check, a PDF), 'pagina' for an information page. */
  kind?: 'tool' | 'pagina';
}

type Role = 'medewerker' | 'leidinggevende';

const sheetTools = (role: Role): ToolEntry[] => {
  const base = `/voorbereiden/${role}/`;
  const forWhom = `voor de ${role}`;
  return [
    {
      href: base,
      title: `Voorbereiding ${forWhom}`,
      description: `Bereid je gesprek voor op een formulier dat je op het scherm invult. Het wordt bewaard in je browser. Druk het af of download het als PDF.`,
      keywords: [role, 'voorbereiden', 'formulier', 'invullen', 'blad', 'afdrukken', 'pdf', 'downloaden', 'mijn vragen'],
      parent: 'Voorbereiden',
    },
    {
      href: `${base}blanco/`,
      title: `Leeg blad om af te drukken: voorbereiding ${forWhom}`,
      description: `Hetzelfde blad zonder ingevulde tekst, met schrijflijnen. Druk het af en vul het met de pen in.`,
      keywords: [role, 'blad', 'leeg', 'afdrukken', 'papier', 'pen', 'formulier', 'voorbereiden'],
      parent: 'Voorbereiden',
    },
    {
      href: `${base}invulbaar.pdf`,
      title: `Invulbare PDF: voorbereiding ${forWhom}`,
      description: `Download het voorbereidingsblad als PDF met invulvakken. Vul het in met een PDF-lezer op je computer, zonder deze site.`,
      keywords: [role, 'pdf', 'invulbaar', 'downloaden', 'formulier', 'pdf-lezer', 'invullen', 'voorbereiden'],
      parent: 'Voorbereiden',
    },
  ];
};

/** Every tool and information page in the search index, in display order for equal scores. */
export const TOOLS: readonly ToolEntry[] = [
  {
    href: '/voorbereiden/',
    title: 'Voorbereiden: kies je blad',
    description: 'Een voorbereidingsblad (formulier) voor de medewerker en een voor de leidinggevende: invullen op het scherm, afdrukken, als leeg blad of als invulbare PDF.',
    keywords: ['voorbereiden', 'formulier', 'invullen', 'blad', 'medewerker', 'leidinggevende', 'afdrukken', 'pdf'],
  },
  ...sheetTools('medewerker'),
  ...sheetTools('leidinggevende'),
  {
    href: '/verslag/',
    title: 'Gespreksverslag maken en ondertekenen',
    description: 'Schrijf het verslag van het gesprek met SMART-afspraken en een datum voor de opvolging. Daarna tekenen jullie allebei en download je de PDF.',
    keywords: ['verslag', 'schrijven', 'invullen', 'formulier', 'handtekening', 'elektronisch', 'afspraken', 'smart', 'opvolging', 'agenda', 'pdf', 'downloaden', 'afdrukken'],
  },
  {
    href: '/team/',
    title: 'Mijn team: alle gesprekken van het jaar',
    description: 'Per persoon het laatste gesprek, of het verslag getekend is, het volgende gesprek en de open afspraken. Plan een ronde en maak een reservekopie.',
    keywords: ['team', 'medewerkers', 'overzicht', 'jaar', 'opvolging', 'afspraken', 'afvinken', 'planning', 'ronde', 'agenda', 'reservekopie', 'back-up', 'ander toestel', 'versleutelen', 'wachtwoord'],
  },
  {
    href: '/controleren/',
    title: 'Verslag controleren',
    description: 'Kies de PDF van een getekend verslag. Je ziet wie tekende en wanneer, en of de inhoud sindsdien veranderd is.',
    keywords: ['controleren', 'handtekening', 'echt', 'vervalst', 'veranderd', 'gewijzigd', 'vingerafdruk', 'getekend', 'pdf'],
    parent: 'Verslag',
  },
  {
    href: '/vragen/',
    title: 'Vragenbank: vragen voor het gesprek',
    description: 'Welke vragen stel je in het gesprek? Open vragen voor de leidinggevende en de medewerker, per thema en fase. Zet de vragen die je wilt stellen in je eigen lijst.',
    keywords: ['vragen', 'vragenlijst', 'voorbeeldvragen', 'open vragen', 'gespreksvragen'],
  },
  {
    href: '/vragen/mijn-vragen/',
    title: 'Mijn vragen: je eigen vragenlijst',
    description: 'De vragen die je koos in de vragenbank: orden en herschrijf ze, druk ze af of kopieer ze. De lijst blijft in je browser.',
    keywords: ['mijn vragen', 'eigen vragenlijst', 'afdrukken', 'kopiëren'],
    parent: 'Vragenbank',
  },
  {
    href: '/gids/afdrukken/',
    title: 'De hele gids om af te drukken',
    description: 'Alle hoofdstukken van de gids op één pagina, om af te drukken of als PDF te bewaren.',
    keywords: ['afdrukken', 'hele gids', 'pdf', 'alles op één pagina'],
    parent: 'Gids',
  },
  {
    href: '/privacy/',
    title: 'Privacy',
    description: 'Wat je typt, blijft in je browser: Gesprekswijzer heeft geen server die je gegevens ontvangt. Wat er bewaard wordt en hoe je het wist.',
    keywords: ['privacy', 'gegevens', 'opslag', 'browser', 'wissen', 'cookies', 'tracking', 'avg'],
    kind: 'pagina',
  },
];
