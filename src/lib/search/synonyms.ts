/**
 * Words that mean the same to the people who search this site: Flemish and Dutch
 * terms, official and everyday words, and the glossary's pairs. Each group is
 * symmetric: any of its terms finds the others (a little below the typed word itself).
 * A term may be several words ("tussentijds gesprek"); it then matches where all its
 * words occur. Keep groups narrow: a word that only sometimes means the same belongs
 * in no group.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Pay
  ['loon', 'salaris', 'wedde', 'verloning'],
  ['loonsverhoging', 'salarisverhoging', 'opslag', 'loonopslag'],
  ['loonadministratie', 'salarisadministratie', 'sociaal secretariaat'],
  // The people
  ['zaakvoerder', 'eigenaar', 'werkgever', 'ondernemer', 'bedrijfsleider', 'directeur', 'baas'],
  ['leidinggevende', 'chef', 'manager', 'teamleider', 'ploegbaas', 'teamverantwoordelijke'],
  ['medewerker', 'werknemer', 'personeelslid', 'bediende', 'arbeider'],
  ['collega', 'teamlid'],
  ['jobstudent', 'bijbaan', 'vakantiewerk', 'student'],
  ['deeltijds', 'parttime', 'deeltijd'],
  ['uitzendkracht', 'interimkracht', 'interim'],
  // The company
  ['kmo', 'mkb', 'kleine onderneming', 'klein bedrijf'],
  ['bedrijf', 'zaak', 'onderneming', 'firma', 'organisatie'],
  // Kinds of conversation
  ['functioneringsgesprek', 'jaargesprek', 'jaarlijks gesprek', 'groeigesprek', 'ontwikkelgesprek', 'voortgangsgesprek', 'personeelsgesprek'],
  ['evaluatie', 'beoordeling'],
  ['evaluatiegesprek', 'beoordelingsgesprek'],
  ['evalueren', 'beoordelen'],
  ['tussentijds gesprek', 'check-in', 'opvolggesprek', 'tussentijdse opvolging', 'kort gesprek tussendoor'],
  ['pop', 'persoonlijk ontwikkelingsplan', 'ontwikkelplan', 'persoonlijk ontwikkelplan'],
  ['verbeterplan', 'verbetertraject', 'verbeterperiode'],
  ['loopbaan', 'carriere'],
  // Documents and signing
  ['verslag', 'gespreksverslag', 'rapport', 'notulen', 'samenvatting van het gesprek'],
  ['handtekening', 'ondertekenen', 'tekenen', 'ondertekening', 'paraferen'],
  ['voor gezien', 'voor kennisname', 'gelezen'],
  ['voor akkoord', 'akkoord'],
  ['controleren', 'nakijken', 'verifieren', 'checken', 'echtheid'],
  ['formulier', 'invulblad', 'sjabloon', 'template'],
  ['afdrukken', 'printen', 'uitprinten'],
  ['leeg', 'blanco'],
  ['downloaden', 'opslaan als pdf'],
  ['personeelsdossier', 'personeelsmap', 'dossier'],
  ['avg', 'gdpr', 'privacywet'],
  ['functieomschrijving', 'functiebeschrijving', 'functieprofiel', 'competentieprofiel', 'taakomschrijving'],
  // Rules
  ['arbeidsreglement', 'personeelshandboek', 'reglement'],
  ['cao', 'collectieve arbeidsovereenkomst'],
  ['ontslag', 'ontslaan', 'afdanking', 'opzeg'],
  ['verplicht', 'verplichting', 'wettelijk verplicht'],
  // Work and absence
  ['opleiding', 'cursus', 'training', 'vorming', 'bijscholing'],
  ['thuiswerk', 'telewerk', 'thuiswerken', 'telewerken'],
  ['online', 'videogesprek', 'op afstand'],
  ['ziekte', 'ziek', 'verzuim', 'ziekteverzuim', 'afwezigheid'],
  ['bedrijfsarts', 'arbeidsarts', 'arbodienst', 'externe preventiedienst', 'arbeidsgeneesheer'],
  ['uurrooster', 'rooster', 'werkrooster', 'planning van de uren'],
  ['verlof', 'vakantie', 'vrije dagen'],
  ['werkdruk', 'stress', 'te druk'],
  ['ruzie', 'conflict', 'onenigheid'],
  ['weigeren', 'niet willen', 'niet meewerken'],
  // Methods
  ['smart', 'specifiek meetbaar'],
  ['afspraak', 'actiepunt'],
  ['feedback', 'terugkoppeling'],
  ['valkuil', 'fout', 'vergissing'],
];
