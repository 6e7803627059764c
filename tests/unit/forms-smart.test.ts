import { describe, expect, it } from 'vitest';
import {
  checkAgreement,
  checkDevelopmentPoints,
  countActions,
  countStrengths,
  findVagueTerms,
  isSmart,
  type HintCode,
} from '../../src/lib/forms/smart.ts';
import { fold } from '../../src/lib/text/fold.ts';
import type { Agreement, AgreementOwner } from '../../src/lib/forms/definition.ts';

const TODAY = '2025-03-14';
const opts = { today: TODAY };

function ag(what: string, extra: Partial<Agreement> = {}): Agreement {
  return {
    id: 'x',
    what,
    owner: 'employee' as AgreementOwner,
    ownerName: '',
    due: '2025-06-30',
    measure: 'Afgevinkt in het overleg van eind juni',
    support: '',
    ...extra,
  };
}
const codes = (a: Agreement) => checkAgreement(a, opts).map((h) => h.code);

// Agreements that should pass without any hint.
const GOOD: [string, Partial<Agreement>?][] = [
  ['Lotte volgt de cursus boekhouden in Excel bij Syntra', { support: 'Kantoor betaalt; les in werktijd' }],
  ['Sam sluit elke vrijdag de kassa af zonder verschil'],
  ['Mehmet maakt offertes binnen 2 werkdagen na de aanvraag'],
  ['De leidinggevende zet het rooster telkens 2 weken vooraf online', { owner: 'manager' }],
  ['De garage koopt een nieuwe diagnosecomputer voor werkplaats 2', { owner: 'organisation' }],
  ['Emma loopt twee dagen mee met de boekhouder (dubbellopen)'],
  ['Jan beantwoordt klantenmails in de webshop binnen 24 uur'],
  ['Fatima leidt het teamoverleg van het zorgteam in mei en juni'],
  ['Ruben schrijft de werkinstructie voor de nieuwe lasmachine'],
  ['Ines stelt de etalage voor Pasen samen', { due: '2025-04-10' }],
  ['Tom maakt maximaal 1 fout per week in de kassa', { measure: 'Kassaverschillen per week in het kasboek' }],
  ['Minder dan 3 klachten per maand over levertijden', { measure: 'Klachtenlijst van de webshop' }],
  ['Het aantal retouren daalt naar 5 procent', { measure: 'Cijfers uit het webshopsysteem' }],
  ['Kim neemt de telefoon op vóór de derde beltoon', { measure: 'Steekproef van de leidinggevende, 10 gesprekken' }],
  ['Coach Anja begeleidt Noor bij de eerste 5 klantgesprekken', { owner: 'other', ownerName: 'Anja De Smet' }],
  ['Bas krijgt een tweede scherm voor het boekhoudprogramma', { owner: 'organisation' }],
  ['Yara behaalt het VCA-attest via de vorming van de sector', { support: 'Zaakvoerder schrijft haar in en betaalt' }],
  ['Het atelier krijgt elke ochtend om 8 uur de bestellingen van de winkel'],
  ['Jonas plant elke maandag een overleg van 15 minuten met het team', { owner: 'manager' }],
  ['Naima zet de prijslijst op de website', { due: TODAY }],
  ['Een nieuwe stoel met lendensteun voor de balie', { owner: 'organisation', measure: 'Stoel staat er' }],
  ['Ilse knipt vijf klanten onder begeleiding met de nieuwe techniek', { support: 'Chef kijkt mee' }],
];

// Agreements with vague wording: [text, expected term label, extra fields]
const VAGUE: [string, string, Partial<Agreement>?][] = [
  ['We bekijken of er een cursus Excel kan komen', 'bekijken'],
  ['Dat wordt verder bekeken door de zaakvoerder', 'wordt bekeken'],
  ['Lotte probeert haar planning beter te maken', 'proberen'],
  ['Sam tracht op tijd te komen', 'proberen'],
  ['Meer aandacht voor klantvriendelijkheid', 'meer aandacht voor'],
  ['Het rooster zo snel mogelijk doorsturen', 'zo snel mogelijk'],
  ['Indien mogelijk een tweede kassa', 'indien mogelijk'],
  ['Eventueel een opleiding volgen', 'eventueel', { support: 'x' }],
  ['Mogelijks een stagiair in de zomer', 'eventueel'],
  ['De communicatie moet beter', 'beter'],
  ['Meer initiatief nemen in de werkplaats', 'meer'],
  ['Minder fouten in de facturen', 'minder'],
  ['De samenwerking verbeteren', 'verbeteren'],
  ['Verbetering van de klantendienst', 'verbeteren'],
  ['Vaker feedback geven aan het team', 'vaker / sneller / regelmatig'],
  ['BEKIJKEN WAT KAN', 'bekijken'],
  ['We zien wel hoe het loopt', 'we zien wel'],
  ['Binnenkort een gesprek over de loopbaan', 'binnenkort / op termijn'],
  ['Werk maken van een betere planning', 'werk maken van'],
  ['Nadenken over een andere functie', 'nadenken over'],
  ['Een beetje meer structuur in de dag', 'een beetje / wat meer'],
  ['Zsm een nieuwe laptop', 'zo snel mogelijk'],
  ['Ëventueel de werkschoenen vervangen', 'eventueel'],
];

describe('checkAgreement: good agreements', () => {
  it.each(GOOD)('“%s” has no hints', (what, extra) => {
    const a = ag(what, extra);
    expect(checkAgreement(a, opts)).toEqual([]);
    expect(isSmart(a, opts)).toBe(true);
  });
  it('has at least 20 rows', () => expect(GOOD.length).toBeGreaterThanOrEqual(20));
});

describe('checkAgreement: vague agreements', () => {
  it.each(VAGUE)('“%s” → %s', (what, term, extra) => {
    const hints = checkAgreement(ag(what, extra), opts);
    const vague = hints.find((h) => h.code === 'vague');
    expect(vague, JSON.stringify(hints)).toBeDefined();
    expect(vague!.terms).toContain(term);
    expect(vague!.message).toContain(`‘${term}’`);
    expect(vague!.field).toBe('what');
  });
  it('has at least 20 rows', () => expect(VAGUE.length).toBeGreaterThanOrEqual(20));
});

describe('vague words: boundaries and numbers', () => {
  it.each([
    ['Meerdere kassa’s controleren'], // meer inside a longer word
    ['Beterschap wensen'], // beter inside a longer word
    ['Een brochure over de herbestemming'],
    ['Bij Probus de bestelling ophalen'],
  ])('“%s” has no vague terms', (what) => {
    expect(findVagueTerms(what)).toEqual([]);
  });
  it('a number in the measure makes a comparative concrete', () => {
    expect(findVagueTerms('Minder fouten in de facturen', 'Hoogstens 2 fouten per maand')).toEqual([]);
  });
  it('a number does not excuse a vague phrase', () => {
    expect(findVagueTerms('We bekijken of 2 mensen de cursus volgen')).toContain('bekijken');
  });
  it('does not report a word twice (“meer aandacht voor” is not also “meer”)', () => {
    expect(findVagueTerms('Meer aandacht voor de klant')).toEqual(['meer aandacht voor']);
  });
  it('fold removes diacritics and case', () => {
    expect(fold('Ideeën ÉVENTUEEL')).toBe('ideeen eventueel');
  });
});

describe('checkAgreement: missing parts', () => {
  it('empty agreement', () => {
    expect(codes({ id: '', what: '', owner: '', ownerName: '', due: '', measure: '', support: '' })).toEqual([
      'no-what',
      'no-owner',
      'no-date',
      'no-measure',
    ]);
  });
  it('no owner', () => {
    const h = checkAgreement(ag('Sam sluit de kassa af', { owner: '' }), opts);
    expect(h.map((x) => x.code)).toEqual(['no-owner']);
    expect(h[0]!.message).toBe('Wie doet dit? Kies wie de afspraak uitvoert.');
  });
  it('owner "ander" without a name', () => {
    expect(codes(ag('Anja coacht Noor bij 5 gesprekken', { owner: 'other' }))).toEqual(['no-name']);
  });
  it('no date, invalid date', () => {
    expect(codes(ag('Sam sluit de kassa af', { due: '' }))).toEqual(['no-date']);
    expect(codes(ag('Sam sluit de kassa af', { due: '2025-13-01' }))).toEqual(['no-date']);
  });
  it('date in the past; today is fine', () => {
    expect(codes(ag('Sam sluit de kassa af', { due: '2025-03-13' }))).toEqual(['date-past']);
    expect(codes(ag('Sam sluit de kassa af', { due: TODAY }))).toEqual([]);
  });
  it('date more than 12 months away', () => {
    expect(codes(ag('Sam sluit de kassa af', { due: '2026-03-14' }))).toEqual([]);
    expect(codes(ag('Sam sluit de kassa af', { due: '2026-03-15' }))).toEqual(['date-far']);
  });
  it('today as a Date', () => {
    expect(checkAgreement(ag('Sam sluit de kassa af', { due: '2025-03-13' }), { today: new Date(2025, 2, 14, 23, 59) }).map((h) => h.code)).toEqual([
      'date-past',
    ]);
  });
  it('no measure', () => {
    const h = checkAgreement(ag('Sam sluit de kassa af', { measure: ' ' }), opts);
    expect(h.map((x) => x.code)).toEqual(['no-measure']);
    expect(h[0]!.field).toBe('measure');
  });
  it('training for the employee without support', () => {
    expect(codes(ag('Lotte volgt een opleiding boekhouden'))).toEqual(['no-support']);
    expect(codes(ag('Lotte volgt een EHBO-cursus'))).toEqual(['no-support']);
    expect(codes(ag('Klantentraining voor Lotte'))).toEqual(['no-support']);
    expect(codes(ag('Lotte volgt een opleiding boekhouden', { support: 'Betaald door de zaak' }))).toEqual([]);
    expect(codes(ag('De zaak zoekt een opleiding boekhouden', { owner: 'organisation' }))).toEqual([]);
  });
  it('too large: several actions or a very long text', () => {
    expect(codes(ag('Sam sluit de kassa af; Sam vult de rekken aan; Sam belt de leverancier; Sam maakt de etalage'))).toContain('too-big');
    const long =
      'Sam zorgt dat de kassa elke avond klopt en hij vult de rekken aan voor de ochtendploeg en ook belt hij op maandag de leverancier over de bestelling van de week erna';
    expect(long.length).toBeGreaterThan(160);
    expect(countActions(long)).toBeGreaterThanOrEqual(3);
    expect(codes(ag(long))).toContain('too-big');
    expect(codes(ag('x'.repeat(401)))).toContain('too-big');
    expect(codes(ag('Lotte en Sam maken samen het rooster voor mei'))).not.toContain('too-big');
  });
  it('messages are Dutch sentences', () => {
    for (const h of checkAgreement({ id: '', what: 'We bekijken het', owner: '', ownerName: '', due: '', measure: '', support: '' }, opts)) {
      expect(h.message).toMatch(/^[A-Z‘“].*[.?!]$/u);
    }
  });
});

describe('development points', () => {
  const c = (n: number, s: number): HintCode[] => checkDevelopmentPoints(n, s).map((h) => h.code);
  it('at most three, two strengths each', () => {
    expect(c(0, 0)).toEqual([]);
    expect(c(1, 2)).toEqual([]);
    expect(c(3, 6)).toEqual([]);
    expect(c(1, 1)).toEqual(['too-few-strengths']);
    expect(c(4, 8)).toEqual(['too-many-points']);
    expect(c(4, 2)).toEqual(['too-many-points', 'too-few-strengths']);
  });
  it('messages name the rule', () => {
    expect(checkDevelopmentPoints(4, 8)[0]!.message).toMatch(/meer dan drie/);
    expect(checkDevelopmentPoints(2, 1)[0]!.message).toMatch(/minstens twee sterke punten per ontwikkelpunt/i);
  });
  it('countStrengths counts non-empty lines', () => {
    expect(countStrengths('- Stipt\n\n• Vriendelijk\n  3. Rustig  \n-  \n')).toBe(3);
    expect(countStrengths('')).toBe(0);
  });
});
