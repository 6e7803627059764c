/**
 * Reference documents for the PDF bench (scripts/bench-pdf.mjs) and the unit tests.
 * Deterministic: no dates from the clock, no randomness.
 */
import type { Block, FillableModel, PdfDocumentModel, SignatureBlock } from './model.ts';

const FIXED_DATE = new Date('2026-11-22T10:00:00Z');

interface Answer {
  q: string;
  help: string;
  a: string;
}

const PREPARATION_ANSWERS: Answer[] = [
  {
    q: 'Waar ben je het voorbije jaar trots op?',
    help: 'Denk aan concrete momenten: een klant, een collega, een taak die goed liep.',
    a: 'Sinds het voorjaar maak ik elke ochtend zelfstandig het zuurdesembrood. In het begin mislukte er geregeld een deeg, maar nu lukt het bijna altijd in één keer. Klanten vragen soms naar "het brood van Łukasz", en dat doet me echt plezier.\nDaarnaast heb ik in de drukke decemberweken twee nieuwe collega\'s wegwijs gemaakt aan de oven. Ze werken nu allebei zelfstandig aan de ovens, en een van hen doet al de broodjes voor het ontbijt.',
  },
  {
    q: 'Welke taken gaan je goed af?',
    help: 'Noem twee of drie taken en zeg waarom ze goed lukken.',
    a: 'Deeg maken en de planning van de ovens gaan me goed af. Ik werk graag volgens een vaste volgorde en ik merk snel wanneer een deeg te warm of te nat is. Ook het nakijken van de temperatuurlijsten voor het voedselveiligheidsplan doe ik nauwkeurig: bij de laatste controle waren er geen opmerkingen. Verder help ik graag in de winkel als het daar druk is: ik ken de meeste vaste klanten en hun bestellingen.',
  },
  {
    q: 'Wat vond je moeilijk of lastig?',
    help: 'Wees eerlijk: het gesprek is er om samen oplossingen te zoeken.',
    a: 'De vroege diensten op zaterdag zijn zwaar, vooral als ik op vrijdag tot laat in de winkel sta. Soms voel ik me dan moe tijdens het bakken en maak ik fouten bij het afwegen. Ik vind het ook lastig om nee te zeggen wanneer een collega vraagt om een dienst te ruilen, ook als het mij eigenlijk niet past.',
  },
  {
    q: 'Hoe verloopt de samenwerking met je collega\'s?',
    help: 'Wat loopt vlot, en waar schuurt het soms?',
    a: 'Met de meeste collega\'s loopt het vlot. We helpen elkaar als de winkel vol staat. Tussen de bakkerij en de winkel gaat de informatie soms verloren: dan weet de winkel niet dat een bestelling later klaar is. Een kort overleg om zeven uur zou dat kunnen oplossen. Ik wil daar graag zelf mee beginnen.',
  },
  {
    q: 'Hoe ervaar je de samenwerking met je leidinggevende?',
    help: 'Wat heb je nodig van je leidinggevende (BE) of chef (NL)?',
    a: 'Ik krijg veel vrijheid en dat waardeer ik. Soms hoor ik pas achteraf dat iets beter anders kon; ik zou liever meteen feedback krijgen, ook als het kort is. Een vast moment van tien minuten per week zou al helpen. Dan kunnen we ook kleine problemen bespreken voordat ze groot worden, zoals de verdeling van de diensten of een klacht van een klant.',
  },
  {
    q: 'Hoe zit het met je werkdruk en je energie?',
    help: 'Geef een cijfer van 1 (te rustig) tot 10 (veel te druk) en leg uit.',
    a: 'Ik geef een 7. Op weekdagen is het goed te doen. Rond de feestdagen en op zaterdag is het te veel, vooral omdat er dan ook extra bestellingen voor taarten binnenkomen. Ik zou graag samen bekijken of die bestellingen beter gespreid kunnen worden, bijvoorbeeld met een uiterste besteldatum.',
  },
  {
    q: 'Welke ondersteuning of middelen mis je?',
    help: 'Gereedschap, informatie, opleiding, tijd …',
    a: 'De tweede deegkneder valt regelmatig stil. Dat kost elke week wel een uur. Verder zou een duidelijke lijst met recepten en gewichten aan de muur handig zijn voor nieuwe collega\'s, zodat ze minder vaak hoeven te vragen. Ook een tweede thermometer voor de rijskast zou helpen: nu lenen we die steeds van elkaar.',
  },
  {
    q: 'Wat wil je leren of verder ontwikkelen?',
    help: 'Denk aan vaardigheden, opleidingen, nieuwe taken.',
    a: 'Ik wil graag meer leren over viennoiserie: croissants en koffiekoeken. Er bestaat een avondopleiding van acht lessen bij de bakkersschool. Daarnaast wil ik beter Nederlands leren schrijven, zodat ik zelf de bestellingen en de lijsten kan invullen zonder hulp.',
  },
  {
    q: 'Waar zie je jezelf over één à twee jaar?',
    help: 'Welke rol of taken zou je dan willen hebben?',
    a: 'Over twee jaar zou ik graag verantwoordelijk zijn voor de ochtendploeg in de bakkerij. Ik wil dan de planning maken en nieuwe mensen opleiden. Ik blijf wel graag zelf bakken, want dat is wat ik het liefste doe.',
  },
  {
    q: 'Welke afspraken van het vorige gesprek zijn gelukt?',
    help: 'Kijk terug naar het verslag van vorig jaar, als dat er is.',
    a: 'De afspraak over de hygiënecursus is gelukt: ik heb het attest in maart gehaald. De afspraak om elke maand samen de planning te bekijken is na de zomer wat verwaterd. Dat wil ik graag opnieuw oppakken, met een vaste datum in de agenda.',
  },
  {
    q: 'Wat wil je zeker bespreken?',
    help: 'Onderwerpen die je niet wilt vergeten.',
    a: '1. De zaterdagdiensten en een eerlijke verdeling.\n2. De avondopleiding viennoiserie (kosten en uren).\n3. Het overleg tussen bakkerij en winkel om zeven uur.\n4. De kapotte deegkneder.',
  },
  {
    q: 'Nog iets dat je kwijt wilt?',
    help: 'Alles wat niet in de vorige vragen past.',
    a: 'Bedankt voor het vertrouwen in het afgelopen jaar. Ik werk hier graag en ik hoop dat we samen een goede oplossing vinden voor de drukke weekends.',
  },
];

/** A typical filled-in preparation sheet (about two pages, about 900 words). */
export function preparationSheetModel(): PdfDocumentModel {
  const blocks: Block[] = [
    { type: 'title', title: 'Voorbereiding functioneringsgesprek', subtitle: 'Invulblad voor de medewerker — bakkerij De Korenschoof' },
    {
      type: 'keyValue',
      items: [
        { key: 'Medewerker', value: 'Łukasz Nowak' },
        { key: 'Functie', value: 'Bakker (ochtendploeg)' },
        { key: 'Leidinggevende', value: 'Els Vermeulen' },
        { key: 'Datum gesprek', value: '22 november 2026, 14.00 uur' },
      ],
    },
    {
      type: 'paragraph',
      muted: true,
      size: 9,
      text: 'Dit blad is voor jezelf. Je neemt het mee naar het gesprek. Schrijf kort en concreet; je hoeft niet op elke vraag een lang antwoord te geven.',
    },
  ];
  const sections: [string, Answer[]][] = [
    ['Terugblik', PREPARATION_ANSWERS.slice(0, 4)],
    ['Samenwerking en werkdruk', PREPARATION_ANSWERS.slice(4, 7)],
    ['Vooruitblik', PREPARATION_ANSWERS.slice(7)],
  ];
  for (const [title, answers] of sections) {
    blocks.push({ type: 'heading', text: title, level: 1 });
    for (const a of answers) {
      blocks.push({ type: 'heading', text: a.q, level: 3 });
      blocks.push({ type: 'paragraph', text: a.help, muted: true, size: 8.8 });
      blocks.push({ type: 'paragraph', text: a.a });
    }
  }
  return {
    title: 'Voorbereiding functioneringsgesprek — Łukasz Nowak',
    subject: 'Voorbereiding van het functioneringsgesprek',
    author: 'Łukasz Nowak',
    keywords: ['functioneringsgesprek', 'voorbereiding'],
    creationDate: FIXED_DATE,
    lang: 'nl',
    footerLeft: 'Voorbereiding functioneringsgesprek · 22-11-2026',
    blocks,
  };
}

/** The blank, fillable version of the same sheet. */
export function fillableSheetModel(): FillableModel {
  return {
    title: 'Voorbereiding functioneringsgesprek',
    subtitle: 'Invulblad voor de medewerker',
    intro:
      'Vul dit blad in op je computer of druk het af en schrijf met de hand. Neem het mee naar het gesprek.\nJe hoeft niet elke vraag te beantwoorden.',
    creationDate: FIXED_DATE,
    footerLeft: 'Voorbereiding functioneringsgesprek',
    headerFields: [
      { id: 'naam', label: 'Naam' },
      { id: 'functie', label: 'Functie' },
      { id: 'leidinggevende', label: 'Leidinggevende' },
      { id: 'datum', label: 'Datum gesprek' },
    ],
    sections: [
      { title: 'Terugblik', questions: PREPARATION_ANSWERS.slice(0, 4).map((a) => ({ label: a.q, help: a.help, lines: 4 })) },
      {
        title: 'Samenwerking en werkdruk',
        questions: [
          ...PREPARATION_ANSWERS.slice(4, 5).map((a) => ({ label: a.q, help: a.help, lines: 4 })),
          {
            label: 'Hoe zit het met je werkdruk?',
            help: 'Kruis aan wat het beste past en licht toe.',
            options: ['Te rustig', 'Goed te doen', 'Vaak te druk'],
            lines: 3,
          },
          ...PREPARATION_ANSWERS.slice(6, 7).map((a) => ({ label: a.q, help: a.help, lines: 4 })),
        ],
      },
      { title: 'Vooruitblik', questions: PREPARATION_ANSWERS.slice(7).map((a) => ({ label: a.q, help: a.help, lines: 5 })) },
    ],
  };
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A hand-writing-like signature: `points` points in 3 strokes on a 400 × 150 pad (y down). */
export function syntheticSignature(seed: number, points = 300): { strokes: { x: number; y: number }[][]; box: { width: number; height: number } } {
  const rnd = seededRandom(seed);
  const strokes: { x: number; y: number }[][] = [];
  const counts = [Math.round(points * 0.55), Math.round(points * 0.3)];
  counts.push(points - counts[0]! - counts[1]!);
  let x0 = 30;
  const f1 = 2 + rnd() * 2;
  const f2 = 5 + rnd() * 3;
  counts.forEach((n, s) => {
    const stroke: { x: number; y: number }[] = [];
    const span = s === 0 ? 190 : s === 1 ? 110 : 60;
    for (let i = 0; i < n; i++) {
      const t = i / (n - 1);
      const x = x0 + t * span + 14 * Math.sin(t * Math.PI * f2 + s);
      const y = 80 - 38 * Math.sin(t * Math.PI * f1 + seed) * Math.cos(t * Math.PI * (f2 / 2)) + (s === 2 ? 30 : 0) + rnd() * 1.5;
      stroke.push({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
    }
    strokes.push(stroke);
    x0 += span + 20;
  });
  return { strokes, box: { width: 400, height: 150 } };
}

const AGREEMENTS: [string, string, string, string][] = [
  ['Łukasz volgt de avondopleiding viennoiserie (8 lessen); de bakkerij betaalt het inschrijvingsgeld.', 'Łukasz', '31-03-2027', 'Attest tonen'],
  ['Vast overleg bakkerij–winkel om 7.00 uur, maximaal vijf minuten, elke werkdag.', 'Łukasz en Sofie', '01-12-2026', 'Evaluatie na 1 maand'],
  ['Zaterdagdiensten: Łukasz werkt hoogstens twee zaterdagen per maand.', 'Els', '01-01-2027', 'Rooster nakijken'],
  ['De tweede deegkneder wordt hersteld of vervangen.', 'Els', '15-12-2026', 'Offerte bespreken'],
  ['Receptenlijst met gewichten aan de muur bij de werkbank.', 'Łukasz', '15-01-2027', 'Foto in map'],
  ['Wekelijks feedbackmoment van tien minuten op dinsdag.', 'Els en Łukasz', '02-12-2026', 'Doorlopend'],
  ['Uiterste besteldatum voor taarten tijdens de feestdagen: drie dagen vooraf.', 'Sofie', '10-12-2026', 'Affiche in winkel'],
  ['Łukasz begeleidt nieuwe collega\'s aan de oven met een checklist.', 'Łukasz', '28-02-2027', 'Checklist klaar'],
  ['Cursus zakelijk Nederlands (schrijven), 1 avond per week.', 'Łukasz', '30-06-2027', 'Inschrijving'],
  ['Maandelijkse planningsbespreking met vaste datum in de agenda.', 'Els', '05-01-2027', 'Agenda-uitnodiging'],
  ['Temperatuurlijsten blijven dagelijks ingevuld; steekproef per maand.', 'Łukasz', 'doorlopend', 'Maandelijkse controle'],
  ['Tussentijds gesprek over de rol van ploegverantwoordelijke.', 'Els en Łukasz', '15-05-2027', 'Gesprek inplannen'],
];

function signatureBlock(role: string, name: string, seed: number, verdict: string): SignatureBlock {
  const sig = syntheticSignature(seed);
  return { role, name, date: '22-11-2026 15:12', verdict, strokes: sig.strokes, box: sig.box };
}

/** The report: three pages, 12 agreements, two drawn signatures (about 300 points each). */
export function reportModel(attachment?: Uint8Array): PdfDocumentModel {
  const blocks: Block[] = [
    { type: 'title', title: 'Verslag functioneringsgesprek', subtitle: 'Bakkerij De Korenschoof — vertrouwelijk' },
    {
      type: 'keyValue',
      items: [
        { key: 'Medewerker', value: 'Łukasz Nowak, bakker (ochtendploeg)' },
        { key: 'Leidinggevende', value: 'Els Vermeulen, zaakvoerster' },
        { key: 'Datum en plaats', value: '22 november 2026, 14.00–15.10 uur, kantoor boven de winkel' },
        { key: 'Vorig gesprek', value: '18 november 2025' },
      ],
    },
    { type: 'heading', text: 'Terugblik', level: 1 },
    {
      type: 'paragraph',
      text: 'Łukasz maakt sinds het voorjaar zelfstandig het zuurdesembrood. Els bevestigt dat de kwaliteit stabiel is en dat klanten er positief over zijn. De hygiënecursus is met succes afgerond. De maandelijkse planningsbespreking is na de zomer weggevallen; beiden willen die opnieuw invoeren.',
    },
    {
      type: 'paragraph',
      text: 'De informatie tussen bakkerij en winkel loopt niet altijd goed. Op drukke ochtenden weet de winkel niet welke bestellingen later klaar zijn. Dat leidde drie keer tot een ontevreden klant.',
    },
    { type: 'heading', text: 'Werkdruk en welzijn', level: 1 },
    {
      type: 'paragraph',
      text: 'Łukasz ervaart de werkdruk op weekdagen als goed te doen (7 op 10). De combinatie van een late vrijdag in de winkel en een vroege zaterdag is te zwaar. Rond de feestdagen komen er veel taartbestellingen bij. Els erkent dat en stelt voor om het rooster aan te passen en een uiterste besteldatum in te voeren.',
    },
    {
      type: 'checkboxes',
      items: [
        { label: 'Werkdruk besproken', checked: true },
        { label: 'Opleidingswensen besproken', checked: true },
        { label: 'Loon en verloning besproken (dat hoort in een apart gesprek)', checked: false },
      ],
    },
    { type: 'heading', text: 'Ontwikkeling', level: 1 },
    {
      type: 'paragraph',
      text: 'Łukasz wil doorgroeien naar ploegverantwoordelijke van de ochtendploeg. Daarvoor wil hij meer leren over viennoiserie en beter Nederlands schrijven. Els steunt beide opleidingen. In mei volgt een tussentijds gesprek over de nieuwe rol.',
    },
    { type: 'heading', text: 'Afspraken', level: 1 },
    {
      type: 'table',
      columns: [
        { header: '#', width: 0.05 },
        { header: 'Afspraak', width: 0.5 },
        { header: 'Wie', width: 0.15 },
        { header: 'Wanneer', width: 0.13 },
        { header: 'Opvolging', width: 0.17 },
      ],
      rows: AGREEMENTS.map((a, i) => [String(i + 1), ...a]),
    },
    { type: 'heading', text: 'Opmerkingen van de medewerker', level: 2 },
    {
      type: 'paragraph',
      text: 'Ik ben blij dat de zaterdagen eerlijker verdeeld worden. Ik kijk uit naar de opleiding.\nGraag krijg ik de datum van het tussentijds gesprek zo snel mogelijk.',
    },
    { type: 'heading', text: 'Opmerkingen van de leidinggevende', level: 2 },
    { type: 'paragraph', text: 'Fijn gesprek met duidelijke afspraken. We volgen ze op tijdens het wekelijkse feedbackmoment.' },
    { type: 'pageBreak' },
    { type: 'heading', text: 'Ondertekening', level: 1 },
    {
      type: 'paragraph',
      muted: true,
      size: 9,
      text: 'Met je handtekening bevestig je dat dit verslag het gesprek juist weergeeft ("voor akkoord") of dat je het gelezen hebt ("voor gezien"). Een medewerker die niet akkoord gaat, kan dat hierboven toelichten.',
    },
    {
      type: 'signatures',
      items: [
        signatureBlock('Medewerker', 'Łukasz Nowak', 7, 'voor akkoord'),
        signatureBlock('Leidinggevende', 'Els Vermeulen', 11, 'voor akkoord'),
      ],
    },
    {
      type: 'paragraph',
      muted: true,
      size: 8.5,
      text: 'Vingerafdruk van de inhoud: 3f9a 1c42 77de 0b85. De gegevens van dit verslag zitten als JSON-bestand in deze PDF. Open de PDF opnieuw op de site om verder te werken of te controleren dat er niets veranderd is.',
    },
  ];
  return {
    title: 'Verslag functioneringsgesprek — Łukasz Nowak',
    subject: 'Verslag van het functioneringsgesprek',
    author: 'Els Vermeulen',
    keywords: ['functioneringsgesprek', 'verslag', 'afspraken'],
    creationDate: FIXED_DATE,
    footerLeft: 'Verslag functioneringsgesprek · 22-11-2026',
    footerCenter: 'vingerafdruk 3f9a1c42',
    blocks,
    attachments: attachment
      ? [{ name: 'verslag.json', data: attachment, mimeType: 'application/json', description: 'Gegevens van dit verslag' }]
      : undefined,
  };
}

/** A long answer (≈ 10,000 characters) with user line breaks. */
export function longAnswer(chars = 10_000): string {
  const sentences = [
    'In de garage plannen we de herstellingen elke ochtend opnieuw.',
    'Soms komt er een dringende klant tussen en schuift alles op.',
    'Dan bel ik de volgende klanten om te zeggen dat het later wordt.',
    'Dat kost tijd, maar klanten waarderen het dat we eerlijk zijn.',
    'Ik zou graag een vaste buffer van een uur per dag inplannen.',
    'Zo blijft er ruimte voor onverwachte pannes zonder dat de rest lijdt.',
  ];
  let out = '';
  let i = 0;
  while (out.length < chars) {
    out += sentences[i % sentences.length] + (i % 9 === 8 ? '\n\n' : i % 4 === 3 ? '\n' : ' ');
    i++;
  }
  return out.slice(0, chars);
}

/** A ten-page stress document: long answers, long words, missing glyphs, a page-tall table row. */
export function stressModel(): PdfDocumentModel {
  const rnd = seededRandom(42);
  const blocks: Block[] = [
    { type: 'title', title: 'Stresstest: een zeer lang verslag met uitzonderlijke invoer', subtitle: 'Lange antwoorden, lange woorden, emoji 😀🎉, 中文, עברית, العربية' },
    { type: 'heading', text: 'Een antwoord van 10.000 tekens', level: 1 },
    { type: 'paragraph', text: longAnswer(10_000) },
    { type: 'heading', text: 'Lange woorden zonder spaties', level: 1 },
    {
      type: 'paragraph',
      text: `https://www.voorbeeld.be/functioneringsgesprekken/voorbereiding/invulblad?medewerker=lukasz-nowak&datum=2026-11-22&versie=3&taal=nl-BE ${'a'.repeat(400)} arbeidsongeschiktheidsverzekeringsmaatschappijbeleidsmedewerkersfunctioneringsgesprekken`,
    },
    { type: 'heading', text: 'Tekens die het lettertype niet heeft', level: 1 },
    { type: 'paragraph', text: 'Emoji: 👩🏽‍🍳 🧑‍🔧 🥐 — CJK: 面谈记录 — Devanagari: नमस्ते — control:\u0001\u0007 — lone surrogate: \uD800 — combining: e\u0301 a\u0308 — RTL: שלום עולם, مرحبا بالعالم' },
    { type: 'heading', text: 'Tabel met een rij die langer is dan een pagina', level: 1 },
    {
      type: 'table',
      columns: [
        { header: 'Onderwerp', width: 0.25 },
        { header: 'Toelichting', width: 0.75 },
      ],
      rows: [
        ['Korte rij', 'Gewoon een korte cel.'],
        ['Lange rij', longAnswer(7_000)],
        ['Nog een rij', 'Na de lange rij gaat de tabel gewoon verder.'],
      ],
    },
    { type: 'heading', text: 'Lijsten', level: 1 },
    { type: 'list', items: Array.from({ length: 30 }, (_, i) => `Punt ${i + 1}: ${longAnswer(60 + Math.floor(rnd() * 200))}`) },
    { type: 'list', ordered: true, items: Array.from({ length: 12 }, (_, i) => `Stap ${i + 1} van het plan, met wat uitleg erbij.`) },
    { type: 'heading', text: 'Nog een lang antwoord, gedempt en kleiner', level: 2 },
    { type: 'paragraph', text: longAnswer(6_000), muted: true, size: 9 },
    { type: 'heading', text: 'Schrijflijnen', level: 1 },
    { type: 'writingLines', count: 12 },
    {
      type: 'signatures',
      items: [
        signatureBlock('Medewerker', 'Łukasz Nowak', 3, 'voor akkoord'),
        { role: 'Leidinggevende', name: 'Ağnieszka Şahin-Øvergård', date: '22-11-2026', verdict: 'voor gezien', typed: true },
        { role: 'HR-partner', name: 'Jan Janssens', date: '', note: 'Handtekening op papier.' },
      ],
    },
  ];
  return {
    title: 'Stresstest',
    creationDate: FIXED_DATE,
    footerLeft: 'Stresstest met een bijzonder lange voettekst die ingekort moet worden omdat ze anders over de paginanummering heen zou lopen',
    footerCenter: 'abcd1234',
    blocks,
  };
}
