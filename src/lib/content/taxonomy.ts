/**
 * The fixed vocabularies shared by the guide, the question bank and the forms:
 * the seven phases of a functioneringsgesprek, the question themes and the roles.
 * Framework-free, so content schemas, pages, islands and tests all read one source.
 */

export const PHASES = [
  { n: 1, slug: 'opening', name: 'Opening', minutes: 5 },
  { n: 2, slug: 'terugblik', name: 'Terugblik op de vorige afspraken', minutes: 5 },
  { n: 3, slug: 'visie-medewerker', name: 'Het verhaal van de medewerker', minutes: 15 },
  { n: 4, slug: 'verdieping', name: 'Verdieping', minutes: 10 },
  { n: 5, slug: 'visie-leidinggevende', name: 'De kijk van de leidinggevende', minutes: 10 },
  { n: 6, slug: 'samen-vooruit', name: 'Samen vooruit: afspraken', minutes: 10 },
  { n: 7, slug: 'afsluiting', name: 'Afsluiting', minutes: 5 },
] as const;

/** The guide chapter that explains the phases; each phase has the anchor #fase-N there. */
export const PHASES_CHAPTER = 'zeven-fasen';
export const phaseHref = (n: number): string => `/gids/${PHASES_CHAPTER}/#fase-${n}`;

export const THEMES = [
  { id: 'terugblik', name: 'Terugblik op afspraken' },
  { id: 'functioneren', name: 'Functioneren en resultaten' },
  { id: 'samenwerking', name: 'Samenwerking' },
  { id: 'werkomstandigheden', name: 'Werkomstandigheden en belemmeringen' },
  { id: 'ontwikkeling', name: 'Ontwikkeling en opleiding' },
  { id: 'loopbaan', name: 'Loopbaan' },
  { id: 'werkplezier', name: 'Werkplezier en balans' },
  { id: 'feedback-leidinggevende', name: 'Feedback voor de leidinggevende' },
  { id: 'verwachtingen', name: 'Verwachtingen en rol' },
  { id: 'afsluiting', name: 'Afsluiting en opvolging' },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];
export const THEME_IDS = THEMES.map((t) => t.id) as unknown as readonly [ThemeId, ...ThemeId[]];

export const ROLES = [
  { id: 'leidinggevende', name: 'Leidinggevende stelt de vraag' },
  { id: 'medewerker', name: 'Medewerker stelt de vraag' },
  { id: 'beide', name: 'Kan door beiden gesteld worden' },
] as const;

export type RoleId = (typeof ROLES)[number]['id'];
export const ROLE_IDS = ROLES.map((r) => r.id) as unknown as readonly [RoleId, ...RoleId[]];
