/** Element ids and data conventions shared by the server-rendered bank and the island. */

/** The server-rendered bank (starter set, theme menu, themes). */
export const LIST_ID = 'qb-resultaten';
export const STARTER_ID = 'begin-hier';
export const TOC_ID = 'qb-toc';
/** The root of the whole bank page (island + list), where clicks are listened for. */
export const ROOT_ID = 'qb';
/** Separator of the keywords in data-kw (keywords may hold spaces, never "|"). */
export const KEYWORD_SEPARATOR = '|';
