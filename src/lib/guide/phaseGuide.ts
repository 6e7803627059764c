/**
 * What to do in each of the seven phases of a functioneringsgesprek, for the
 * <PhaseTimeline /> component. The phases themselves (number, name, minutes)
 * come from the shared taxonomy; this file adds the guidance text.
 */
import { PHASES } from '../content/taxonomy';

export interface PhaseGuidance {
  /** One sentence: what this phase is for. */
  goal: string;
  /** Concrete steps for the person leading the talk. */
  steps: readonly string[];
  /** A sentence you could say in this phase. */
  say: string;
}

export const PHASE_GUIDANCE: Record<number, PhaseGuidance> = {
  1: {
    goal: 'Je stelt de medewerker op zijn gemak en zet samen het kader.',
    steps: [
      'Heet de medewerker welkom, leg je telefoon weg en zorg dat niemand binnenloopt.',
      'Zeg waarom jullie hier zitten: samen bekijken hoe het werk loopt en wat jullie allebei beter kunnen doen.',
      'Overloop kort de agenda en spreek af hoe laat jullie stoppen.',
      'Zeg wie het verslag schrijft, zodat niemand daarover twijfelt.',
    ],
    say: 'Fijn dat je er bent. We nemen een uur om te kijken hoe het gaat, voor jou en voor mij. Ik wil vooral luisteren. Is er iets dat jij zeker wilt bespreken?',
  },
  2: {
    goal: 'Je kijkt na wat er terechtkwam van de afspraken van het vorige gesprek.',
    steps: [
      'Leg het verslag van de vorige keer op tafel.',
      'Loop de afspraken één voor één door: nagekomen, deels of niet?',
      'Lukte iets niet? Vraag wat er in de weg zat, zonder te beschuldigen. Kijk ook eerlijk naar je eigen afspraken.',
      'Is dit het eerste gesprek? Vraag dan hoe de eerste maanden liepen en wat anders was dan verwacht.',
    ],
    say: 'Vorige keer beloofde ik een nieuwe krik voor de werkplaats. Die is er nog altijd niet, en dat ligt bij mij. Hoe liep het met jouw afspraak over de werkbonnen?',
  },
  3: {
    goal: 'De medewerker vertelt als eerste hoe hij of zij de voorbije periode ziet.',
    steps: [
      'Geef de medewerker eerst het woord, nog voor je je eigen mening geeft.',
      'Luister, onderbreek niet en laat een stilte gerust even duren.',
      'Vat af en toe samen in je eigen woorden en vraag of je het goed begrepen hebt.',
      'Noteer trefwoorden, geen oordelen.',
    ],
    say: 'Als je terugkijkt op de voorbije maanden: waar ben je tevreden over, en wat vond je lastig? … Als ik je goed begrijp, haal je veel voldoening uit de klantencontacten, maar kost de administratie je veel energie. Klopt dat?',
  },
  4: {
    goal: 'Je vraagt door op wat je hoorde en maakt ruimte voor feedback op jezelf.',
    steps: [
      'Vraag door: wat bedoel je precies, wanneer gebeurde dat, wat deed je toen?',
      'Vraag naar een concreet voorbeeld als iets vaag blijft.',
      'Vraag hoe de samenwerking met jou loopt en wat de medewerker van jou nodig heeft.',
      'Krijg je kritiek? Luister, vraag een voorbeeld en bedank ervoor. Verdedig je niet meteen.',
    ],
    say: 'Je zegt dat de planning vaak last minute verandert. Kun je een voorbeeld geven van de voorbije weken? En wat zou ik zelf anders kunnen doen?',
  },
  5: {
    goal: 'Je deelt wat jij ziet: eerst wat goed gaat, daarna hoogstens drie werkpunten.',
    steps: [
      'Begin met erkenning: wat loopt er goed? Geef er een concreet voorbeeld bij.',
      'Noem daarna ten hoogste drie verbeterpunten. Meer kan niemand tegelijk aanpakken.',
      'Beschrijf gedrag dat je zag, geen karaktertrek.',
      'Vraag na elk punt hoe de medewerker het zelf ziet.',
    ],
    say: 'Wat ik sterk vond: toen de kassa uitviel, hielp je de klanten verder en noteerde je alles op papier. Eén punt wil ik met je bekijken: de bestellingen van vrijdag gingen twee keer te laat de deur uit. Hoe kijk jij daarnaar?',
  },
  6: {
    goal: 'Jullie maken samen concrete afspraken voor de komende periode.',
    steps: [
      'Maak afspraken voor de medewerker én voor jezelf, en waar nodig voor de zaak.',
      'Maak ze SMART: wie doet wat, tegen wanneer, en waaraan zien jullie dat het gelukt is?',
      'Spreek af welke steun er komt: een opleiding, meelopen met een collega, coaching of een mentor.',
      'Schrijf de afspraken meteen op, in woorden die jullie allebei begrijpen.',
    ],
    say: 'Wat spreken we concreet af? Ik stel voor dat jij de nieuwe collega twee weken inwerkt, en dat ik daarvoor elke ochtend een halfuur vrijmaak in je planning. Lukt dat tegen eind volgende maand?',
  },
  7: {
    goal: 'Je vat samen, vraagt hoe het gesprek was en legt de opvolging meteen vast.',
    steps: [
      'Vat de afspraken samen en vraag of de medewerker zich erin herkent.',
      'Vraag hoe de medewerker het gesprek ervaren heeft en wat een volgende keer beter kan.',
      'Prik nu al een datum voor een kort tussentijds gesprek, bijvoorbeeld over zes weken.',
      'Zeg wanneer het verslag klaar is: liefst binnen een week.',
    ],
    say: 'We hebben drie afspraken gemaakt. Klopt dat zo voor jou? Hoe vond je dit gesprek? Laten we nu al een kwartier vastleggen over zes weken, om te zien hoe het loopt.',
  },
};

export interface TimelinePhase {
  n: number;
  slug: string;
  name: string;
  minutes: number;
  /** Minute at which the phase starts (0-based) and ends, in a talk of totalMinutes. */
  from: number;
  to: number;
  guidance: PhaseGuidance;
}

/** The phases with start and end minute, in order. */
export function timeline(): TimelinePhase[] {
  let at = 0;
  return PHASES.map((p) => {
    const from = at;
    at += p.minutes;
    const guidance = PHASE_GUIDANCE[p.n];
    if (!guidance) throw new Error(`No guidance for phase ${p.n}`);
    return { n: p.n, slug: p.slug, name: p.name, minutes: p.minutes, from, to: at, guidance };
  });
}

/** Total length of the talk the timeline describes. */
export const totalMinutes = (): number => PHASES.reduce((sum, p) => sum + p.minutes, 0);

/** All text the timeline shows, for the reading-time estimate. */
export function timelineText(): string {
  return timeline()
    .map((p) => [p.name, p.guidance.goal, ...p.guidance.steps, p.guidance.say].join(' '))
    .join(' ');
}
