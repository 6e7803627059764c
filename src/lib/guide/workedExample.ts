/**
 * The worked example of the guide (chapter "voorbeeld") as data, so the report
 * form can offer it as a filled-in sample ("Voorbeeld laden").
 * The people and the bakery are made up.
 */

export type AgreementStatus = 'nagekomen' | 'deels' | 'niet';
export type AgreementOwner = 'medewerker' | 'leidinggevende' | 'organisatie' | 'ander';

export interface WorkedExamplePerson {
  name: string;
  jobTitle: string;
}

export interface WorkedExampleLookBack {
  agreement: string;
  status: AgreementStatus;
  note: string;
}

export interface WorkedExampleAgreement {
  what: string;
  owner: AgreementOwner;
  ownerName?: string;
  /** YYYY-MM-DD */
  due: string;
  measure: string;
  support: string;
}

export interface WorkedExample {
  organisation: string;
  employee: WorkedExamplePerson;
  manager: WorkedExamplePerson;
  /** YYYY-MM-DD */
  date: string;
  place: string;
  period: string;
  lookBack: WorkedExampleLookBack[];
  employeeView: string;
  deepening: string;
  feedbackToManager: string;
  managerStrengths: string[];
  developmentPoints: string[];
  conditions: string;
  developmentWishes: string;
  agreements: WorkedExampleAgreement[];
  /** YYYY-MM-DD */
  checkInDate: string;
  /** YYYY-MM-DD */
  nextTalkDate: string;
  experience: string;
  employeeReaction: string;
}

export const WORKED_EXAMPLE: WorkedExample = {
  organisation: 'Bakkerij De Korenbloem (winkel en bakkerij, 8 medewerkers)',
  employee: { name: 'Łukasz Wójcik', jobTitle: 'Bakker' },
  manager: { name: 'Joëlle Verhaegen', jobTitle: 'Zaakvoerder' },
  date: '2026-10-20',
  place: 'Pauzeruimte boven de winkel, na de ochtendploeg (13.30–14.30 uur)',
  period: 'Oktober 2025 tot oktober 2026',
  lookBack: [
    {
      agreement: 'Łukasz leert de nieuwe deegverdeler bedienen en schrijft er een werkfiche van één pagina over voor de collega’s.',
      status: 'nagekomen',
      note: 'De fiche hangt sinds februari aan de machine. De leerling werkt er zelfstandig mee.',
    },
    {
      agreement: 'Joëlle zorgt dat Łukasz hoogstens twee zaterdagen per maand de vroege ploeg (start 4 uur) heeft.',
      status: 'deels',
      note: 'Lukte tot juni. In juli en augustus vaker door vakanties en een zieke collega. Joëlle erkent dat ze geen vervanging had geregeld.',
    },
    {
      agreement: 'Łukasz volgt vóór juni een opleiding voedselveiligheid.',
      status: 'niet',
      note: 'De sessie in het voorjaar was volzet en niemand zocht een nieuwe datum. Joëlle neemt de opvolging op zich.',
    },
  ],
  employeeView:
    'Łukasz is trots op de twee desembroden die hij zelf uitwerkte en die goed verkopen. Sinds de bakkerij ook twee restaurants levert, zijn de ochtenden gejaagd: bestellingen komen laat binnen en veranderen nog. De oude oven houdt de temperatuur slecht, waardoor hij soms een plaat brood moet weggooien. Hij werkt graag samen met de leerling.',
  deepening:
    'Joëlle vroeg door over de drukke ochtenden. In de voorbije twee weken kwam er op drie avonden na 20 uur nog een wijziging via berichtjes binnen; Łukasz ziet die pas om 4 uur. De thermostaat van de oven wijkt tot 15 °C af; Łukasz houdt het bij in een schriftje. Hij wil graag meer verantwoordelijkheid voor de planning en de leerling verder begeleiden.',
  feedbackToManager:
    'Łukasz vraagt dat Joëlle wijzigingen van de restaurants niet meer ’s avonds laat doorstuurt, en dat ze een afspraak die vastloopt (zoals de opleiding) zelf opvolgt. Hij waardeert dat ze in de zomer zelf mee in de bakkerij stond toen er iemand ziek was.',
  managerStrengths: [
    'Werkt nauwkeurig en hygiënisch: bij de controle in maart kreeg de bakkerij geen enkele opmerking.',
    'Werkte op eigen initiatief twee desembroden uit die nu elke week uitverkocht zijn.',
    'Begeleidt de leerling geduldig en legt uit waarom iets zo moet.',
    'Hield uit zichzelf bij hoeveel de oven afwijkt, zodat nu precies duidelijk is wat er mis is.',
  ],
  developmentPoints: [
    'Als er iets misloopt, hoort Joëlle het vaak pas dagen later (zoals de kapotte ventilator in augustus). Ze vraagt dat Łukasz het dezelfde dag meldt; een kort bericht mag altijd.',
    'Bij drukte vinkt Łukasz de productielijst niet af, waardoor de winkel niet weet wat er nog komt.',
  ],
  conditions:
    'De thermostaat van de oven is onbetrouwbaar (tot 15 °C afwijking). Wijzigingen van bestellingen komen te laat binnen. Bij vakantie is er geen vervanging voor de vroege zaterdagploeg.',
  developmentWishes:
    'Alsnog de opleiding voedselveiligheid volgen. Op termijn de planning van de bakkerij mee opnemen. Later misschien een cursus over zuurdesem en lange rijs.',
  agreements: [
    {
      what: 'Łukasz maakt elke donderdag de productieplanning voor de restaurants voor de week erna en hangt ze uit in de bakkerij.',
      owner: 'medewerker',
      ownerName: 'Łukasz Wójcik',
      due: '2026-12-01',
      measure: 'Vier donderdagen na elkaar hangt de planning er om 15 uur. Het aantal te late leveringen daalt van vier per maand naar hoogstens één.',
      support: 'Joëlle geeft hem elke donderdag om 12 uur de bevestigde bestellingen en plant een uur per week planningstijd in zijn werkuren.',
    },
    {
      what: 'Joëlle stuurt na 18 uur geen wijzigingen van bestellingen meer door; late wijzigingen schuiven naar de dag erna. Ze laat dat weten aan de twee restaurants.',
      owner: 'leidinggevende',
      ownerName: 'Joëlle Verhaegen',
      due: '2026-10-30',
      measure: 'Łukasz noteert elke late wijziging in het schriftje bij de oven. Bij het tussentijds gesprek staan er geen nieuwe in.',
      support: 'Een korte mail aan de restaurants; geen extra kosten.',
    },
    {
      what: 'De bakkerij laat de thermostaat van de oven nakijken en herstellen.',
      owner: 'organisatie',
      ownerName: 'Joëlle Verhaegen (zaakvoerder)',
      due: '2026-11-13',
      measure: 'De herstelbon ligt in de map. Twee weken lang wijkt de temperatuur in het schriftje minder dan 5 °C af.',
      support: 'Budget voor de herstelling is vrijgemaakt. Łukasz geeft zijn metingen aan de technicus.',
    },
    {
      what: 'Łukasz volgt de opleiding voedselveiligheid en vertelt er daarna kort over aan het team.',
      owner: 'medewerker',
      ownerName: 'Łukasz Wójcik',
      due: '2027-02-26',
      measure: 'Attest van deelname. In de teamvergadering van maart licht Łukasz de drie belangrijkste aandachtspunten toe.',
      support: 'Joëlle schrijft hem vóór 15 november in voor de eerste sessie met vrije plaatsen. De bakkerij betaalt de opleiding en de dag telt als werktijd.',
    },
  ],
  checkInDate: '2026-12-01',
  nextTalkDate: '2027-04-20',
  experience:
    'Allebei vonden ze het een open gesprek. Łukasz vond het goed dat Joëlle zelf zei dat de opleiding was blijven liggen. Joëlle neemt mee dat ze meer vragen wil stellen en minder zelf invullen.',
  employeeReaction:
    'Ik herken me in het verslag. Ik wil er nog bij zeggen dat de vroege zaterdagen voor mij geen probleem zijn, als ze op tijd gepland worden.',
};
