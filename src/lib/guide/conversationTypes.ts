/**
 * The other kinds of work conversations next to the functioneringsgesprek,
 * for <ConversationTypes /> and the decision aid <WhichConversation />.
 */
export interface ConversationType {
  /** Stable id; the decision aid links to `#gesprek-<id>`. */
  id: string;
  name: string;
  /** Short name inside a sentence or button ("Ja → planningsgesprek"). */
  short: string;
  /** Other names people use. */
  alsoCalled?: string;
  when: string;
  what: string;
  result: string;
  /** A guide chapter or anchor with more, if there is one. */
  more?: { href: string; label: string };
}

export const CONVERSATION_TYPES: readonly ConversationType[] = [
  {
    id: 'functionering',
    name: 'Functioneringsgesprek',
    short: 'functioneringsgesprek',
    alsoCalled: 'groeigesprek, ontwikkelgesprek',
    when: 'Minstens één keer per jaar, vaak twee keer.',
    what: 'Hoe loopt het werk, hoe verloopt de samenwerking, wat houdt je tegen en waar wil je naartoe? Beide kanten geven feedback.',
    result: 'Concrete afspraken voor de medewerker én de leidinggevende.',
    more: { href: '/gids/zeven-fasen/', label: 'Zo verloopt een functioneringsgesprek' },
  },
  {
    id: 'planning',
    name: 'Planningsgesprek',
    short: 'planningsgesprek',
    alsoCalled: 'doelstellingsgesprek',
    when: 'Aan het begin van een nieuwe periode, meestal het begin van het jaar.',
    what: 'De plannen van de zaak en de ontwikkelwensen van de medewerker naast elkaar leggen.',
    result: 'Doelen in een persoonlijk ontwikkelingsplan (POP): sterke punten, wat je wilt bereiken, hoe en tegen wanneer.',
  },
  {
    id: 'evaluatie',
    name: 'Evaluatiegesprek (BE) of beoordelingsgesprek (NL)',
    short: 'evaluatie- of beoordelingsgesprek',
    when: 'Meestal één keer per jaar, los van het functioneringsgesprek.',
    what: 'De leidinggevende beoordeelt de resultaten van de voorbije periode.',
    result: 'Een oordeel, vaak met gevolgen voor loon, premie, promotie of arbeidsvoorwaarden.',
    more: { href: '/gids/soorten-gesprekken/#functioneringsgesprek-of-evaluatie', label: 'Het verschil met een functioneringsgesprek' },
  },
  {
    id: 'loopbaan',
    name: 'Loopbaangesprek',
    short: 'loopbaangesprek',
    when: 'Als iemand verder wil kijken dan één jaar, of bij een kantelmoment in de loopbaan of het leven.',
    what: 'Waar wil je over een paar jaar staan? Welke talenten wil je meer inzetten? Wat past bij je levensfase?',
    result: 'Ontwikkeldoelen voor de langere termijn en eerste stappen om ze te halen.',
  },
  {
    id: 'voortgang',
    name: 'Tussentijds gesprek of voortgangsgesprek',
    short: 'tussentijds gesprek of voortgangsgesprek',
    when: 'Tussen twee grote gesprekken: maandelijks of per kwartaal. Een kwartier volstaat vaak.',
    what: 'Lopen de afspraken? Is er iets nodig? Moet er iets bijgestuurd worden?',
    result: 'Afspraken blijven levend; kleine problemen worden niet groot.',
  },
  {
    id: 'coaching',
    name: 'Coaching- of feedbackgesprek',
    short: 'coaching- of feedbackgesprek',
    when: 'Wanneer het nodig is: kort na een voorval, bij een nieuwe taak of een moeilijke klant.',
    what: 'Eén concrete situatie of vaardigheid, met voorbeelden en tips.',
    result: 'Eén of twee kleine afspraken, meteen toe te passen.',
  },
];

export const conversationTypesText = (): string =>
  CONVERSATION_TYPES.map((t) => [t.name, t.alsoCalled ?? '', t.when, t.what, t.result].join(' ')).join(' ');

/** One yes/no step of the "Welk gesprek heb ik nodig?" aid. */
export interface DecisionStep {
  /** 1-based; anchors are #wg-vraag-N. */
  n: number;
  question: string;
  hint?: string;
  /** The conversation type a "yes" leads to. */
  yes: ConversationType['id'];
}

export const DECISION_STEPS: readonly DecisionStep[] = [
  {
    n: 1,
    question: 'Wil je een oordeel geven over de voorbije periode, met gevolgen voor loon, premie of promotie?',
    yes: 'evaluatie',
  },
  {
    n: 2,
    question: 'Staat er een nieuw jaar of een nieuwe periode voor de deur, en wil je samen doelen vastleggen?',
    hint: 'Bijvoorbeeld: de zaak start met een nieuwe dienst en je wilt weten wie wat wil leren.',
    yes: 'planning',
  },
  {
    n: 3,
    question: 'Wil de medewerker verder kijken dan het komende jaar: een andere rol, een opleiding van lange duur, minder of anders werken?',
    yes: 'loopbaan',
  },
  {
    n: 4,
    question: 'Gaat het om één concrete situatie of vaardigheid die nu aandacht vraagt?',
    hint: 'Bijvoorbeeld: een klacht van een klant gisteren, of een nieuwe kassa die iemand nog niet onder de knie heeft.',
    yes: 'coaching',
  },
  {
    n: 5,
    question: 'Hadden jullie onlangs al een groot gesprek, en wil je vooral kort nagaan of de afspraken lopen?',
    yes: 'voortgang',
  },
];

/** What the aid concludes when every answer was "no". */
export const DEFAULT_CONVERSATION: ConversationType['id'] = 'functionering';
