/**
 * The conversation report, declared once: its parts in the order of the seven phases, every
 * field with its Dutch label and help. The form, validation, storage, the PDF, the
 * fingerprint's canonical form, the read-only view and the comparison of two copies all
 * follow from this. To add a field: add one line here (and bump `version` with a migration
 * in codec.ts only if existing data changes shape).
 */
import type { FormDefinition } from '../forms/definition.ts';
import { earlierAgreementsField, NOT_IMPROVING_HREF, PERSONNEL_FILE_HREF, PRIVATE_CAUTION, PRIVATE_LINK, SMART_HREF, SMART_LINE } from '../forms/common.ts';
import { countFilled, countStrengths, developmentGuidance } from '../forms/smart.ts';

export const REPORT_KIND = 'verslag';

export const reportDefinition = {
  kind: REPORT_KIND,
  version: 2,
  title: 'Verslag van het functioneringsgesprek',
  audience: 'leidinggevende',
  intro: 'Leg vast wat jullie bespraken en welke afspraken jullie maakten.',
  nameField: 'employeeName',
  dateField: 'talkDate',
  guidance: (data) => ({
    developmentPoints: developmentGuidance(countFilled(data.developmentPoints), countStrengths(typeof data.managerStrengths === 'string' ? data.managerStrengths : '')),
  }),
  sections: [
    {
      id: 'gegevens',
      title: 'Gegevens van het gesprek',
      fields: [
        { id: 'organisation', kind: 'text', label: 'Organisatie', autocomplete: 'organization', help: 'Bijvoorbeeld: Garage Peeters, boekhoudkantoor Van Dam.' },
        { id: 'employeeName', kind: 'text', label: 'Naam van de medewerker', half: true, maxLength: 120 },
        { id: 'employeeJobTitle', kind: 'text', label: 'Functie van de medewerker', half: true, maxLength: 120 },
        { id: 'managerName', kind: 'text', label: 'Naam van de leidinggevende', half: true, maxLength: 120 },
        { id: 'managerJobTitle', kind: 'text', label: 'Functie van de leidinggevende', half: true, maxLength: 120 },
        { id: 'talkDate', kind: 'date', label: 'Datum van het gesprek', half: true },
        {
          id: 'place',
          kind: 'text',
          label: 'Plaats',
          half: true,
          help: 'Een rustige ruimte, liefst niet aan je eigen bureau. Online? Zet allebei je camera aan.',
          quickFill: { label: 'Het gesprek was online', value: 'Online (videogesprek)' },
        },
        { id: 'period', kind: 'text', label: 'Over welke periode gaat het gesprek?', help: 'Bijvoorbeeld: september 2025 tot september 2026.' },
        { id: 'writtenBy', kind: 'text', label: 'Wie schrijft het verslag?', half: true },
        { id: 'recipients', kind: 'text', label: 'Wie krijgt het verslag?', half: true },
        {
          id: 'storage',
          kind: 'text',
          label: 'Waar wordt het verslag bewaard?',
          help: 'Het verslag is vertrouwelijk. Alleen wie het echt nodig heeft, krijgt het te zien, bijvoorbeeld in het personeelsdossier.',
          link: { href: PERSONNEL_FILE_HREF, text: 'Wie mag het lezen en hoelang bewaar je het?' },
        },
      ],
    },
    {
      id: 'terugblik',
      title: 'Terugblik op de vorige afspraken',
      phase: 2,
      intro: 'Zijn de afspraken van het vorige gesprek nagekomen? En zo niet, wat hield ze tegen?',
      fields: [earlierAgreementsField('lookBack', 'Is dit het eerste gesprek? Dan laat je dit leeg.')],
    },
    {
      id: 'verhaal',
      title: 'Het verhaal van de medewerker',
      phase: 3,
      intro: 'De medewerker vertelt eerst. Vat samen wat je hoorde, zoveel mogelijk in de woorden van de medewerker.',
      fields: [{ id: 'employeeView', kind: 'textarea', label: 'Wat vertelde de medewerker?', rows: 6, help: 'Wat gaat goed, waar is de medewerker trots op, wat loopt minder vlot?' }],
    },
    {
      id: 'verdieping',
      title: 'Verdieping',
      phase: 4,
      intro: 'Wat kwam er naar boven toen jullie doorvroegen? Noteer concrete voorbeelden.',
      fields: [
        { id: 'deepening', kind: 'textarea', label: 'Verdieping en voorbeelden', rows: 5 },
        { id: 'feedbackToManager', kind: 'textarea', label: 'Feedback van de medewerker aan de leidinggevende', help: 'Over samenwerking, steun en communicatie: wat helpt, wat kan beter?' },
      ],
    },
    {
      id: 'kijk-leidinggevende',
      title: 'De kijk van de leidinggevende',
      phase: 5,
      intro: 'Begin met wat goed gaat: minstens twee sterke punten per ontwikkelpunt. Noem hoogstens drie ontwikkelpunten, elk met een voorbeeld.',
      fields: [
        {
          id: 'managerStrengths',
          kind: 'textarea',
          label: 'Wat goed gaat: sterke punten',
          rows: 5,
          help: 'Eén sterk punt per regel, met een voorbeeld. Bijvoorbeeld: “Houdt de werkplaats netjes: na elke herstelling ligt het gereedschap terug.”',
        },
        {
          id: 'developmentPoints',
          kind: 'rows',
          label: 'Ontwikkelpunten',
          help: 'Beschrijf gedrag dat je zag, geen eigenschap. Dus niet “slordig”, wel “twee keer dit kwartaal ontbrak de factuur bij de levering”.',
          link: { href: NOT_IMPROVING_HREF, text: 'Gaat het na eerdere afspraken nog altijd niet beter? Lees Als het niet beter gaat' },
          itemLabel: 'Ontwikkelpunt',
          addLabel: 'Ontwikkelpunt toevoegen',
          maxItems: 10,
          columns: [{ id: 'text', label: 'Ontwikkelpunt', kind: 'textarea', maxLength: 2000 }],
        },
      ],
    },
    {
      id: 'werkomstandigheden',
      title: 'Werkomstandigheden en werkplezier',
      fields: [
        {
          id: 'conditions',
          kind: 'textarea',
          label: 'Werkomstandigheden en belemmeringen',
          help: 'Wat zit het werk in de weg? Denk ook aan materiaal: een trage laptop, een machine die hapert, een rooster dat niet klopt.',
        },
        { id: 'wellbeing', kind: 'textarea', label: 'Werkplezier en balans', help: 'Hoe gaat het met de energie en de werkdruk? Lukt het om werk en privé in evenwicht te houden?', caution: PRIVATE_CAUTION, link: PRIVATE_LINK },
      ],
    },
    {
      id: 'ontwikkelwensen',
      title: 'Ontwikkelwensen',
      fields: [
        {
          id: 'developmentWishes',
          kind: 'textarea',
          label: 'Wat wil de medewerker leren of bereiken?',
          help: 'Bijvoorbeeld een opleiding, meer verantwoordelijkheid, meelopen met een collega of een nieuw project.',
        },
      ],
    },
    {
      id: 'afspraken',
      title: 'Samen vooruit: afspraken',
      phase: 6,
      intro: SMART_LINE,
      fields: [
        { id: 'agreements', kind: 'agreements', label: 'Afspraken', link: { href: SMART_HREF, text: 'Van vaag naar SMART' }, maxItems: 30, emptyText: 'Geen afspraken genoteerd.' },
        { id: 'noNewAgreements', kind: 'checklist', label: 'Geen nieuwe afspraken?', options: [{ id: 'none', label: 'We maakten deze keer bewust geen nieuwe afspraken' }] },
      ],
    },
    {
      id: 'opvolging',
      title: 'Opvolging',
      intro: 'Plan nu al een kort tussentijds gesprek, bijvoorbeeld zes weken na het gesprek. Een kwartier is vaak genoeg.',
      fields: [
        { id: 'checkInDate', kind: 'date', label: 'Tussentijds gesprek', half: true, suggest: { from: 'talkDate', weeks: 6 } },
        { id: 'nextTalkDate', kind: 'date', label: 'Volgend functioneringsgesprek', half: true, suggest: { from: 'talkDate', weeks: 52 } },
      ],
    },
    {
      id: 'afsluiting',
      title: 'Afsluiting',
      phase: 7,
      intro: 'Vat samen, vraag hoe het gesprek was en bevestig de afspraken.',
      fields: [
        { id: 'experience', kind: 'textarea', label: 'Hoe ervoer de medewerker het gesprek?' },
        {
          id: 'employeeReaction',
          kind: 'textarea',
          label: 'Reactie van de medewerker op het verslag',
          rows: 5,
          help: 'De medewerker mag altijd een eigen reactie toevoegen. Niet akkoord? Schrijf wat niet klopt en waarom. Deze reactie gaat samen met het verslag in het personeelsdossier. De leidinggevende tekent eerst; deze reactie maakt die handtekening niet ongeldig.',
        },
      ],
    },
    {
      id: 'ondertekenen',
      title: 'Handtekeningen',
      fields: [{ id: 'signatures', kind: 'signatures', label: 'Handtekeningen' }],
    },
  ],
} as const satisfies FormDefinition;

export type ReportDefinition = typeof reportDefinition;
