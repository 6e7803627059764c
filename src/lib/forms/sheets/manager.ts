/** Preparation sheet for the manager: reflect, gather examples, plan the agenda. */
import type { FormDefinition } from '../definition.ts';
import { earlierAgreementsField, NOT_IMPROVING_HREF } from '../common.ts';
import { countFilled, developmentGuidance } from '../smart.ts';

export const managerSheet = {
  kind: 'voorbereiding-leidinggevende',
  version: 2,
  title: 'Voorbereiding voor de leidinggevende',
  audience: 'leidinggevende',
  intro:
    'Een goed gesprek begint bij een goede voorbereiding. Verzamel voorbeelden, kijk naar de vorige afspraken en regel een rustig moment. Ga het gesprek in als coach, niet als rechter.',
  nameField: 'employeeName',
  dateField: 'talkDate',
  guidance: (data) => ({ developmentPoints: developmentGuidance(countFilled(data.developmentPoints), countFilled(data.strengths)) }),
  sections: [
    {
      id: 'gegevens',
      title: 'Over het gesprek',
      fields: [
        { id: 'employeeName', kind: 'text', label: 'Naam van de medewerker', maxLength: 120 },
        { id: 'jobTitle', kind: 'text', label: 'Functie van de medewerker', maxLength: 120 },
        { id: 'managerName', kind: 'text', label: 'Je eigen naam', autocomplete: 'name', maxLength: 120 },
        { id: 'talkDate', kind: 'date', label: 'Datum van het gesprek' },
        { id: 'place', kind: 'text', label: 'Plaats of “online”', help: 'Liefst een neutrale ruimte, niet aan jouw bureau.', maxLength: 150 },
      ],
    },
    {
      id: 'praktisch',
      title: 'Praktisch geregeld',
      fields: [
        {
          id: 'setting',
          kind: 'checklist',
          label: 'Vink af wat geregeld is',
          options: [
            { id: 'tijd', label: '45 tot 60 minuten gepland, met wat ruimte erna' },
            { id: 'uitnodiging', label: 'Samen een moment gekozen en gevraagd om je ook voor te bereiden' },
            { id: 'ruimte', label: 'Een rustige, neutrale ruimte (niet tegenover elkaar aan mijn bureau)' },
            { id: 'storing', label: 'Telefoon stil, niemand stoort' },
            { id: 'online', label: 'Online: camera aan, techniek getest, en de medewerker gevraagd om ook te testen' },
            { id: 'verslag', label: 'Vorig verslag en afspraken herlezen' },
            { id: 'profiel', label: 'Functieomschrijving of competentieprofiel bij de hand (als die er is)' },
          ],
        },
      ],
    },
    {
      id: 'terugblik',
      title: 'Terugblik',
      fields: [
        earlierAgreementsField('earlierAgreements', 'Welke afspraken maakten jullie de vorige keer? Wat is ervan gekomen, ook van jouw kant?'),
        { id: 'roleExpectations', kind: 'textarea', label: 'Wat verwacht je van deze functie?', help: 'Waar ligt de verantwoordelijkheid? Wat is “goed genoeg”? Zeg het zo concreet mogelijk.', lines: 4 },
      ],
    },
    {
      id: 'kijk',
      title: 'Jouw kijk op het werk',
      intro: 'Begin bij wat goed gaat. Reken op minstens twee sterke punten per ontwikkelpunt, en houd het bij hoogstens drie ontwikkelpunten.',
      fields: [
        { id: 'strengths', kind: 'list', label: 'Wat gaat goed?', help: 'Eén sterk punt per regel, met een concreet voorbeeld: wanneer, wat deed de medewerker, wat was het effect?', itemLabel: 'Sterk punt', addLabel: 'Sterk punt toevoegen', maxItems: 12, lines: 5 },
        {
          id: 'developmentPoints',
          kind: 'rows',
          label: 'Ontwikkelpunten',
          help: 'Beschrijf gedrag, geen eigenschap. Niet “slordig”, wel “bij drie van de vijf bestellingen deze maand ontbrak de leverbon”.',
          itemLabel: 'Ontwikkelpunt',
          addLabel: 'Ontwikkelpunt toevoegen',
          maxItems: 10,
          lines: 6,
          link: { href: NOT_IMPROVING_HREF, text: 'Gaat het na eerdere afspraken nog altijd niet beter? Lees Als het niet beter gaat' },
          columns: [
            { id: 'behaviour', label: 'Gedrag dat je wilt zien veranderen', kind: 'textarea', maxLength: 1000 },
            { id: 'example', label: 'Een concreet voorbeeld', kind: 'textarea', maxLength: 1000 },
          ],
        },
        { id: 'colleagueInput', kind: 'textarea', label: 'Wat zeggen collega\'s?', help: 'Vraag gerust input aan collega\'s of klanten: zij zien wat jij mist. Noteer wat je hoorde, niet wie het zei.', lines: 3 },
        { id: 'selfImprovement', kind: 'textarea', label: 'Wat kan ik als leidinggevende beter doen?', help: 'Welke steun gaf je? Wat had de medewerker van jou nodig en kreeg hij of zij niet?', lines: 3 },
      ],
    },
    {
      id: 'agenda',
      title: 'Agenda',
      fields: [
        { id: 'agenda', kind: 'list', label: 'Onderwerpen die ik wil bespreken', help: 'Laat ook ruimte voor de punten van de medewerker: die komen eerst aan bod.', itemLabel: 'Onderwerp', addLabel: 'Onderwerp toevoegen', maxItems: 12, lines: 4 },
        { id: 'questions', kind: 'questions', label: 'Vragen die ik wil stellen', help: 'Open vragen werken het best: wat, hoe, waardoor, vertel eens. Luister zo\'n 70% van de tijd.', lines: 4 },
      ],
    },
  ],
} as const satisfies FormDefinition;
