/**
 * Ids that were once in the question bank and were taken out. An id is never
 * used again for another question: links (/vragen/#vraag-ter-14), stored lists
 * ("Mijn vragen") and filled-in sheets may still carry it. A unit test fails when
 * a retired id comes back.
 *
 * The value is the question that took its place (when two were merged), or null
 * when the question was dropped without a successor.
 */
export const RETIRED_IDS: Readonly<Record<string, string | null>> = {
  // Merged: the same question twice, or one question asked by both sides.
  'ter-10': 'fbl-06', // steun van de leidinggevende sinds het vorige gesprek
  'ter-14': 'ver-01', // wat wil je vandaag zeker bespreken (agenda)
  'ter-17': 'ver-01', // idem, vanuit het verslag van vorige keer
  'loo-11': 'loo-03', // welke plaats zie jij voor mij over een paar jaar
  'fbl-04': 'ont-15', // hoe wil je feedback krijgen
  'ver-03': 'ver-02', // wanneer is dit gesprek geslaagd / wat wil je bereiken
  'ver-07': 'fun-04', // wat is "goed genoeg"
  'afs-18': 'afs-02', // hoe heb je dit gesprek ervaren
  'ont-08': 'ont-14', // welke groeikans of vaardigheid zie jij bij mij
  'sam-13': 'fbl-09', // hoe worden de taken verdeeld (deel 2 werd sam-18)
  // Dropped: does not fit a business without departments.
  'sam-07': null, // afspraken met andere afdelingen
};

/** The id to show for `id`: itself, or the question that replaced it (followed to the end). */
export function currentId(id: string): string | null {
  let cur: string | null = id;
  for (let i = 0; cur !== null && i < 20 && Object.hasOwn(RETIRED_IDS, cur); i++) cur = RETIRED_IDS[cur] ?? null;
  return cur;
}
