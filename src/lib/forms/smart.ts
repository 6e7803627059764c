/**
 * SMART hints for agreements, and the rules of thumb for development points.
 * Hints never block anything: they tell, in plain Dutch, what is missing and how to fix it.
 */
import { fold } from '../text/fold.ts';
import { dutchList } from '../text/list.ts';
import { lazy } from '../shared/lazy.ts';
import { addMonths, isIsoDate, localIsoDate } from '../shared/dates.ts';
import type { Agreement } from './definition.ts';

export type HintCode =
  | 'no-what'
  | 'no-owner'
  | 'no-name'
  | 'no-date'
  | 'date-past'
  | 'date-far'
  | 'no-measure'
  | 'vague'
  | 'too-big'
  | 'no-support'
  | 'too-many-points'
  | 'too-few-strengths';

export interface Hint {
  code: HintCode;
  /** Dutch, B1: what is missing and how to fix it. */
  message: string;
  /** The field the hint is about (for aria-describedby in the form). */
  field?: keyof Agreement;
  /** The vague words that were found (code 'vague'). */
  terms?: string[];
}

const L = '\\p{L}\\p{N}';
/** A regexp for a phrase, matched on word boundaries (letters and digits are word characters). */
const phrase = (p: string): RegExp => new RegExp(`(?<![${L}])(?:${p})(?![${L}])`, 'u');

/** Phrases that are vague whatever else the text says. [pattern, label shown to the user] */
const VAGUE = lazy((): [RegExp, string][] => [
  [phrase('(?:we |wij |ik |jullie )?(?:bekijken|bekijkt|bekijk|bekeken|herbekijken)'), 'bekijken'],
  [phrase('(?:wordt|worden|word) (?:er )?(?:nog )?(?:verder )?(?:bekeken|gekeken)'), 'wordt bekeken'],
  [phrase('(?:we |wij )?(?:kijken|kijkt) (?:of|hoe|wat|naar)'), 'kijken of / kijken naar'],
  [phrase('(?:we )?zien (?:nog )?wel|we zullen (?:wel )?zien|afwachten'), 'we zien wel'],
  [phrase('proberen|probeer|probeert|geprobeerd|trachten|tracht|poging(?:en)? doen'), 'proberen'],
  [phrase('(?:meer|extra|voldoende|de nodige) aandacht (?:voor|aan|besteden|schenken|geven|hebben)'), 'meer aandacht voor'],
  [phrase('aandacht (?:hebben|geven|besteden|schenken) (?:voor|aan)'), 'aandacht hebben voor'],
  [phrase('zo (?:snel|vlug|spoedig|gauw) (?:als )?mogelijk|zsm|asap|z\\.s\\.m\\.?'), 'zo snel mogelijk'],
  [phrase('indien (?:mogelijk|nodig|haalbaar)|waar (?:mogelijk|nodig)|als het (?:kan|lukt)|zo mogelijk|wanneer mogelijk'), 'indien mogelijk'],
  [phrase('eventueel|eventuele|mogelijks|misschien|wellicht|desgevallend'), 'eventueel'],
  [phrase('binnenkort|ooit|later dit jaar|op termijn|in de (?:nabije )?toekomst|te gepasten tijde|na verloop van tijd'), 'binnenkort / op termijn'],
  [phrase('nadenken over|denken aan|overwegen|in overweging nemen|in de gaten houden|in het oog houden'), 'nadenken over'],
  [phrase('werk maken van|streven naar|streeft naar|ernaar streven|inzetten op'), 'werk maken van'],
  [phrase('bespreekbaar maken|meer bewust|bewuster'), 'bewuster / bespreekbaar maken'],
  [phrase('(?:een )?beetje|wat meer|wat minder|iets meer|iets minder'), 'een beetje / wat meer'],
]);

/** Comparatives that are vague unless the agreement names a number or a frequency. */
const COMPARATIVE = lazy((): [RegExp, string][] => [
  [phrase('beter|betere'), 'beter'],
  [phrase('meer'), 'meer'],
  [phrase('minder'), 'minder'],
  [phrase('verbeteren|verbeter|verbetert|verbeterd|verbetering|verbeteringen'), 'verbeteren'],
  [phrase('vaker|sneller|regelmatig|regelmatiger|voldoende'), 'vaker / sneller / regelmatig'],
  [phrase('optimaliseren|optimaal|versterken|bijsturen'), 'optimaliseren / bijsturen'],
]);

const NUMBER_WORDS = lazy(() => phrase(
  '(?:\\d+(?:[.,]\\d+)?\\s*%?)|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|duizend|helft|kwart|procent|dubbel|nul|geen enkele|(?:elke|iedere) (?:\\p{L}*dag|week|maand|kwartaal|jaar|ochtend|middag|avond|keer|shift|dienst)|wekelijks|dagelijks|maandelijks|per (?:dag|week|maand|kwartaal|jaar)',
));
const DIGIT = /\d/;

const TRAINING = /opleiding|cursus|training|vorming|bijscholing|workshop|leertraject|studiedag|webinar|e-learning|coaching|mentor/;

const ACTION_SPLIT = /;|\n|(?<![\p{L}])(?:en ook|alsook|daarnaast|verder ook|bovendien)(?![\p{L}])/u;
const AND = /(?<![\p{L}])en(?![\p{L}])/gu;

/** Long texts with several actions are better split. */
const LONG_WHAT = 160;
const VERY_LONG_WHAT = 400;

export interface CheckOptions {
  /** Today as YYYY-MM-DD (or a Date, read in local time). */
  today: string | Date;
}

/** The vague words found in a text (labels, no duplicates, in list order). */
export function findVagueTerms(what: string, measure = ''): string[] {
  const t = fold(what);
  const found: string[] = [];
  // Words inside a vague phrase are not reported again as a comparative ("meer aandacht voor").
  let rest = t;
  for (const [re, label] of VAGUE()) {
    if (!re.test(t)) continue;
    if (!found.includes(label)) found.push(label);
    rest = rest.replace(new RegExp(re.source, 'gu'), ' ');
  }
  const quantified = DIGIT.test(what) || DIGIT.test(measure) || NUMBER_WORDS().test(t) || NUMBER_WORDS().test(fold(measure));
  if (!quantified) {
    for (const [re, label] of COMPARATIVE()) if (re.test(rest) && !found.includes(label)) found.push(label);
  }
  return found;
}

/** How many separate actions a text seems to hold. */
export function countActions(what: string): number {
  const t = fold(what);
  const parts = t.split(ACTION_SPLIT).filter((p) => p.trim().length > 0);
  const ands = parts.reduce((n, p) => n + (p.match(AND)?.length ?? 0), 0);
  return parts.length + ands;
}

const quote = (s: string) => `‘${s}’`;

/** Hints for one agreement. An empty list means the agreement looks SMART. */
export function checkAgreement(a: Agreement, { today }: CheckOptions): Hint[] {
  const hints: Hint[] = [];
  const todayIso = typeof today === 'string' ? today : localIsoDate(today);
  const what = a.what.trim();

  if (!what) {
    hints.push({
      code: 'no-what',
      field: 'what',
      message: 'Wat spreken jullie af? Beschrijf in één zin wat er gebeurt, bijvoorbeeld: “Lotte volgt de cursus boekhouden in Excel”.',
    });
  }
  if (!a.owner) {
    hints.push({ code: 'no-owner', field: 'owner', message: 'Wie doet dit? Kies wie de afspraak uitvoert.' });
  } else if (a.owner === 'other' && !a.ownerName.trim()) {
    hints.push({ code: 'no-name', field: 'ownerName', message: 'Wie is die andere persoon? Vul de naam in.' });
  }

  const due = a.due.trim();
  if (!due || !isIsoDate(due)) {
    hints.push({ code: 'no-date', field: 'due', message: 'Tegen wanneer? Kies de datum waarop de afspraak klaar moet zijn.' });
  } else if (due < todayIso) {
    hints.push({ code: 'date-past', field: 'due', message: 'Deze datum ligt in het verleden. Kies een datum na vandaag.' });
  } else if (due > addMonths(todayIso, 12)) {
    hints.push({
      code: 'date-far',
      field: 'due',
      message: 'Deze datum ligt meer dan een jaar weg. Dat is lang. Spreek een tussenstap af die binnen twaalf maanden klaar is.',
    });
  }

  if (!a.measure.trim()) {
    hints.push({
      code: 'no-measure',
      field: 'measure',
      message: 'Hoe zien jullie dat het gelukt is? Schrijf op wat je kunt tellen of nagaan, bijvoorbeeld: “elke vrijdag klopt de kassa tot op de cent”.',
    });
  }

  if (what) {
    const terms = findVagueTerms(what, a.measure);
    if (terms.length > 0) {
      hints.push({
        code: 'vague',
        field: 'what',
        terms,
        message: `${dutchList(terms.map(quote))} ${terms.length === 1 ? 'is' : 'zijn'} vaag. Schrijf op wat er precies gebeurt, en hoeveel of hoe vaak. Dan kunnen jullie later nagaan of het gelukt is.`,
      });
    }
    const actions = countActions(what);
    if (what.length > VERY_LONG_WHAT || (what.length > LONG_WHAT && actions >= 3) || actions >= 4) {
      hints.push({
        code: 'too-big',
        field: 'what',
        message: 'Deze afspraak is groot: er staan meerdere acties in. Maak er aparte afspraken van, elk met een eigen uitvoerder en datum.',
      });
    }
    if (a.owner === 'employee' && !a.support.trim() && TRAINING.test(fold(what))) {
      hints.push({
        code: 'no-support',
        field: 'support',
        message: 'Deze afspraak gaat over leren. Welke steun krijgt de medewerker? Schrijf op wie betaalt, of het in werktijd mag en wie helpt.',
      });
    }
  }
  return hints;
}

/** True when the agreement gets no hints at all. */
export function isSmart(a: Agreement, options: CheckOptions = { today: new Date() }): boolean {
  return checkAgreement(a, options).length === 0;
}

/** The number of strengths in a text: one per non-empty line (bullets allowed). */
export function countStrengths(text: string): number {
  return text.split(/\r?\n/).filter((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s*/, '').trim() !== '').length;
}

/** Rules of thumb: at most three development points, two strengths for each. */
export function checkDevelopmentPoints(count: number, strengthsCount: number): Hint[] {
  const hints: Hint[] = [];
  if (count > 3) {
    hints.push({
      code: 'too-many-points',
      message: `Je noteert ${count} ontwikkelpunten. Dat zijn er meer dan drie. Kies de drie belangrijkste, dan blijft het haalbaar.`,
    });
  }
  if (count > 0 && strengthsCount < 2 * count) {
    hints.push({
      code: 'too-few-strengths',
      message: `Noem minstens twee sterke punten per ontwikkelpunt. Bij ${count} ${count === 1 ? 'ontwikkelpunt' : 'ontwikkelpunten'} zijn dat er ${2 * count}; nu staan er ${strengthsCount}.`,
    });
  }
  return hints;
}

/** The live count and rules of thumb for development points, as field guidance. */
export function developmentGuidance(points: number, strengths: number): { count: string; warnings: string[] } {
  return {
    count: `${points} ${points === 1 ? 'ontwikkelpunt' : 'ontwikkelpunten'} (hoogstens 3) · ${strengths} ${strengths === 1 ? 'sterk punt' : 'sterke punten'}.`,
    warnings: checkDevelopmentPoints(points, strengths).map((h) => h.message),
  };
}

/** The number of list items or rows with some text in them. */
export function countFilled(items: unknown): number {
  if (!Array.isArray(items)) return 0;
  return items.filter((i) =>
    typeof i === 'string' ? i.trim() !== '' : typeof i === 'object' && i !== null && Object.entries(i).some(([k, v]) => k !== 'id' && typeof v === 'string' && v.trim() !== ''),
  ).length;
}
