/**
 * Preparation sheet for the employee: look back, look ahead, what to discuss. Written at B1 for a
 * reader whose Dutch is a second language: short sentences, one question per label, an example
 * answer per field.
 */
import type { FormDefinition } from '../definition.ts';
import { earlierAgreementsField, NOT_IMPROVING_HREF, PRIVATE_CAUTION, PRIVATE_LINK } from '../common.ts';

export const employeeSheet = {
  kind: 'voorbereiding-medewerker',
  version: 2,
  title: 'Je voorbereiding op het gesprek',
  audience: 'medewerker',
  intro:
    'Wat je hier schrijft, blijft op je eigen toestel. Niemand anders ziet het, ook je leidinggevende niet, tot je het zelf deelt. Neem een halfuur. Kijk terug op je werk en denk aan de toekomst. Schrijf korte zinnen, met een voorbeeld. Je hoeft niet alles in te vullen. Kies wat voor jou belangrijk is.',
  nameField: 'employeeName',
  dateField: 'talkDate',
  sections: [
    {
      id: 'gegevens',
      title: 'Over het gesprek',
      fields: [
        { id: 'employeeName', kind: 'text', label: 'Je naam', autocomplete: 'name', maxLength: 120, example: 'Sara Öztürk', half: true },
        { id: 'jobTitle', kind: 'text', label: 'Je werk (functie)', help: 'Wat is je job?', example: 'verkoopster in de winkel', autocomplete: 'organization-title', maxLength: 120, half: true },
        { id: 'managerName', kind: 'text', label: 'Naam van je leidinggevende', help: 'Met wie heb je het gesprek?', example: 'Tom Peeters', maxLength: 120, half: true },
        { id: 'talkDate', kind: 'date', label: 'Datum van het gesprek', half: true },
        {
          id: 'agendaAsked',
          kind: 'checklist',
          label: 'Wat heb je al gedaan?',
          help: 'Vink aan wat klaar is.',
          options: [
            { id: 'onderwerpen', label: 'Ik weet waarover we praten (of ik heb het gevraagd)' },
            { id: 'verslag', label: 'Ik heb het vorige verslag en de afspraken nog eens gelezen' },
            { id: 'functie', label: 'Ik heb mijn functieomschrijving (taken) bij de hand' },
          ],
        },
      ],
    },
    {
      id: 'terugblik',
      title: 'Terugkijken',
      intro: 'Denk aan de laatste maanden. Een voorbeeld maakt het gesprek makkelijker.',
      fields: [
        {
          ...earlierAgreementsField('earlierAgreements', 'Zoek het vorige verslag. Wat is gelukt? Wat niet? Waardoor?'),
          label: 'Wat spraken jullie de vorige keer af?',
          example: 'Ik zou de kassa leren afsluiten. Dat is gelukt sinds maart.',
        },
        { id: 'proudOf', kind: 'textarea', label: 'Waar ben je trots op?', help: 'Wat deed jij? Wat was het resultaat?', example: "In december heb ik drie nieuwe collega's geholpen aan de toonbank.", lines: 5 },
        {
          id: 'lessWell',
          kind: 'textarea',
          label: 'Wat ging minder goed?',
          help: 'Wees eerlijk. Wat doe je de volgende keer anders?',
          example: 'Ik vergat soms de bestellingen van de restaurants. Ik wil een lijstje gebruiken.',
          link: { href: `${NOT_IMPROVING_HREF}#als-medewerker-in-een-verbetertraject`, text: 'Krijg je een verbeterplan? Lees wat dat betekent' },
          lines: 4,
        },
        {
          id: 'obstacles',
          kind: 'textarea',
          label: 'Wat maakt je werk moeilijk?',
          help: 'Denk ook aan materiaal: een trage computer, een machine die vaak stilvalt, een rooster dat laat komt.',
          example: 'De kassa valt op zaterdag vaak uit. Dan moeten klanten lang wachten.',
          lines: 4,
        },
      ],
    },
    {
      id: 'vooruit',
      title: 'Vooruitkijken',
      fields: [
        { id: 'inOneYear', kind: 'textarea', label: 'Wat wil je over een jaar doen?', help: 'Welke taken? Meer verantwoordelijkheid? Ander werk?', example: 'Ik wil zelf de bestellingen bij de leveranciers doen.', lines: 3 },
        { id: 'skills', kind: 'textarea', label: 'Wat wil je leren?', help: 'Een vaardigheid, een programma, een machine.', example: 'Beter werken met het kassaprogramma.', lines: 3 },
        {
          id: 'needs',
          kind: 'textarea',
          label: 'Welke hulp heb je daarvoor nodig?',
          help: 'Van je leidinggevende of de zaak: een opleiding, uitleg, meelopen met een collega, meer tijd. Opleiding die je nodig hebt voor je werk, is vaak een recht.',
          example: 'Twee keer een uur uitleg van Tom, en een cursus.',
          link: { href: '/gids/trends/#opleiding-is-niet-vrijblijvend', text: 'Meer over je recht op opleiding' },
          lines: 3,
        },
        {
          id: 'contribution',
          kind: 'textarea',
          label: 'Hoe help jij de zaak vooruit?',
          help: 'Wat weet je van de plannen van de zaak? Wat kun jij doen?',
          example: 'We willen meer taarten verkopen. Ik kan klanten vertellen over de nieuwe taarten.',
          lines: 3,
        },
      ],
    },
    {
      id: 'samenwerking',
      title: 'Samenwerken en werkplezier',
      fields: [
        {
          id: 'feedbackForManager',
          kind: 'textarea',
          label: 'Wat wil je zeggen aan je leidinggevende?',
          help: 'Over samenwerken, hulp en uitleg. Schrijf wat er gebeurde, niet wat voor iemand hij of zij is. Zo: “Toen … deed je …. Daardoor …”',
          example: 'Vorige week kreeg ik mijn rooster pas op zondag. Ik wil het liever op donderdag.',
          lines: 4,
        },
        {
          id: 'wellbeing',
          kind: 'textarea',
          label: 'Werkplezier en balans',
          help: 'Wat geeft je energie? Wat kost energie? Lukt het om werk en privé te combineren?',
          example: 'Ik werk graag met klanten. De late diensten na elkaar zijn zwaar.',
          caution: PRIVATE_CAUTION,
          link: PRIVATE_LINK,
          lines: 4,
        },
      ],
    },
    {
      id: 'agenda',
      title: 'Wat wil ik zeker bespreken?',
      fields: [
        { id: 'agenda', kind: 'list', label: 'Onderwerpen voor het gesprek', help: 'Zet het belangrijkste bovenaan.', example: 'mijn rooster op zaterdag', itemLabel: 'Onderwerp', addLabel: 'Onderwerp toevoegen', maxItems: 12, lines: 4 },
        { id: 'questions', kind: 'questions', label: 'Vragen die ik wil stellen', help: 'Kies vragen uit je lijst in de vragenbank, of schrijf ze zelf.', example: 'Wat verwacht je de komende maanden van mij?', lines: 4 },
      ],
    },
  ],
} as const satisfies FormDefinition;
