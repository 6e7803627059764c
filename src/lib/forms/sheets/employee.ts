/** Preparation sheet for the employee: reflect, gather examples, plan the agenda. */
import type { FormDefinition } from '../definition.ts';
import { earlierAgreementsField, PRIVATE_CAUTION } from '../common.ts';

export const employeeSheet = {
  kind: 'voorbereiding-medewerker',
  version: 2,
  title: 'Voorbereiding voor de medewerker',
  audience: 'medewerker',
  intro:
    'Neem een halfuur om terug te kijken en vooruit te denken. Schrijf korte punten met een voorbeeld erbij. Je hoeft niet alles in te vullen: kies wat voor jou belangrijk is.',
  nameField: 'employeeName',
  dateField: 'talkDate',
  sections: [
    {
      id: 'gegevens',
      title: 'Over het gesprek',
      fields: [
        { id: 'employeeName', kind: 'text', label: 'Je naam', autocomplete: 'name', maxLength: 120 },
        { id: 'jobTitle', kind: 'text', label: 'Je functie', autocomplete: 'organization-title', maxLength: 120 },
        { id: 'managerName', kind: 'text', label: 'Naam van je leidinggevende', maxLength: 120 },
        { id: 'talkDate', kind: 'date', label: 'Datum van het gesprek' },
        {
          id: 'agendaAsked',
          kind: 'checklist',
          label: 'Vooraf geregeld',
          options: [
            { id: 'onderwerpen', label: 'Ik weet welke onderwerpen aan bod komen (of ik heb het gevraagd)' },
            { id: 'verslag', label: 'Ik heb het vorige verslag en de afspraken herlezen' },
            { id: 'functie', label: 'Ik heb mijn functieomschrijving of taakomschrijving bij de hand' },
          ],
        },
      ],
    },
    {
      id: 'terugblik',
      title: 'Terugblik',
      intro: 'Kijk eerlijk terug op de voorbije periode. Concrete voorbeelden maken het gesprek makkelijker.',
      fields: [
        earlierAgreementsField('earlierAgreements', 'Zoek het vorige verslag op. Welke afspraken zijn gelukt, welke niet, en waarom?'),
        { id: 'proudOf', kind: 'textarea', label: 'Waar ben je trots op?', help: 'Noem een situatie: wat deed jij, en wat leverde het op?', lines: 5 },
        { id: 'lessWell', kind: 'textarea', label: 'Wat ging minder goed?', help: 'Wees eerlijk. Wat zou je de volgende keer anders doen?', lines: 4 },
        { id: 'obstacles', kind: 'textarea', label: 'Wat hield je tegen in je werk?', help: 'Denk ook aan gereedschap en materiaal: een trage laptop, een machine die vaak stilvalt, software die ontbreekt.', lines: 4 },
      ],
    },
    {
      id: 'vooruit',
      title: 'Vooruit kijken',
      fields: [
        { id: 'inOneYear', kind: 'textarea', label: 'Waar wil je over een jaar staan?', help: 'Welke taken, welke verantwoordelijkheid, welk soort werk?', lines: 3 },
        { id: 'skills', kind: 'textarea', label: 'Welke vaardigheden wil je ontwikkelen?', lines: 3 },
        { id: 'needs', kind: 'textarea', label: 'Welke steun vraag je hiervoor aan je leidinggevende of het bedrijf?', help: 'Bijvoorbeeld een opleiding of cursus, een project, meer verantwoordelijkheid, meelopen met een collega.', lines: 3 },
        { id: 'contribution', kind: 'textarea', label: 'Hoe draag jij bij aan de doelen van het bedrijf?', help: 'Wat weet je van de plannen van de zaak? Waar zie je jouw rol daarin?', lines: 3 },
      ],
    },
    {
      id: 'samenwerking',
      title: 'Samenwerking en werkplezier',
      fields: [
        { id: 'feedbackForManager', kind: 'textarea', label: 'Feedback voor je leidinggevende', help: 'Over samenwerking, steun en communicatie. Beschrijf gedrag en een voorbeeld, geen eigenschap: "Toen … deed je …, daardoor …".', lines: 4 },
        { id: 'wellbeing', kind: 'textarea', label: 'Werkplezier en balans', help: 'Wat geeft je energie, wat kost energie? Hoe gaat het met de balans tussen werk en privé?', caution: PRIVATE_CAUTION, lines: 4 },
      ],
    },
    {
      id: 'agenda',
      title: 'Wat wil ik zeker bespreken?',
      fields: [
        { id: 'agenda', kind: 'list', label: 'Onderwerpen voor de agenda', help: 'Zet het belangrijkste bovenaan.', itemLabel: 'Onderwerp', addLabel: 'Onderwerp toevoegen', maxItems: 12, lines: 4 },
        { id: 'questions', kind: 'questions', label: 'Vragen die ik wil stellen', help: 'Kies vragen uit je lijst in de vragenbank, of typ ze hier zelf.', lines: 4 },
      ],
    },
  ],
} as const satisfies FormDefinition;
