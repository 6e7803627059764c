/**
 * "Begin hier": ten questions for a first conversation, in the order of the
 * conversation (phase 1 to 7). Shown at the top of /vragen/, with one button to
 * put all ten in "Mijn vragen". Every id must be a question of the bank (a unit
 * test checks it, and that the ten cover every phase).
 */
export const STARTER_TITLE = 'Begin hier: tien vragen voor een eerste gesprek';

export const STARTER_INTRO =
  'Voer je voor het eerst een functioneringsgesprek? Met deze tien vragen ga je één keer door alle fasen van het gesprek. ' +
  'Zet ze in Mijn vragen en maak ze daar in je eigen woorden.';

export const STARTER_IDS: readonly string[] = [
  'wpl-12', // 1 opening: met welk gevoel kom je naar dit gesprek?
  'ver-01', // 1 opening: wat wil je zeker bespreken?
  'ter-18', // 2 terugblik, ook zonder eerdere afspraken
  'fun-01', // 3 wat gaat goed
  'ont-01', // 3 wat wil je leren
  'fbl-01', // 4 wat kan ik als leidinggevende anders doen
  'ver-08', // 5 de drie punten van de leidinggevende
  'afs-03', // 6 wie doet wat, tegen wanneer
  'afs-02', // 7 hoe heb je dit gesprek ervaren
  'afs-04', // 7 wanneer zitten we tussendoor samen
];
