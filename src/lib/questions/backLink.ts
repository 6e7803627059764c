/**
 * The "back" link on /vragen/: to the page the person came from when that is a
 * page where questions are used (a preparation sheet, the report), else to
 * /voorbereiden/.
 *
 * The origin is read from `?terug=/voorbereiden/medewerker/` in the address (a
 * sheet can add it to its link) or, without it, from document.referrer. Only paths
 * of this site that are listed below are followed, so a link can never send
 * someone to another site.
 */

export interface BackLink {
  href: string;
  label: string;
}

/** Where the link goes when we do not know where the person came from. */
export const DEFAULT_BACK: BackLink = Object.freeze({ href: '/voorbereiden/', label: 'Naar je voorbereiding' });

/** The pages a back link may lead to, with their link text. */
export const BACK_TARGETS: Readonly<Record<string, string>> = {
  '/voorbereiden/medewerker/': 'Terug naar je voorbereiding als medewerker',
  '/voorbereiden/leidinggevende/': 'Terug naar je voorbereiding als leidinggevende',
  '/voorbereiden/': 'Terug naar Voorbereiden',
  '/verslag/': 'Terug naar het verslag',
};

/** The parameter a sheet can add to its link to /vragen/. */
export const BACK_PARAM = 'terug';

/** A same-site URL of a listed page, or null. */
function target(raw: string, origin: string, pathOnly: boolean): BackLink | null {
  if (!raw || raw.length > 500) return null;
  // "?terug=" must be a path on this site: "/x", never "//host" or "/\host".
  if (pathOnly && (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\'))) return null;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const label = BACK_TARGETS[path];
  return label ? { href: path + url.search + url.hash, label } : null;
}

/**
 * The back link for a visit to /vragen/.
 * @param search   location.search of /vragen/
 * @param referrer document.referrer ('' when none)
 * @param origin   location.origin
 */
export function backLinkFor(search: string, referrer: string, origin: string): BackLink {
  const named = new URLSearchParams(search).get(BACK_PARAM);
  if (named !== null) return target(named, origin, true) ?? DEFAULT_BACK;
  return target(referrer, origin, false) ?? DEFAULT_BACK;
}

/** The link from a sheet to /vragen/ that brings the person back to that sheet. */
export function bankHrefFrom(sheetPath: string, bankPath = '/vragen/'): string {
  return `${bankPath}?${BACK_PARAM}=${encodeURIComponent(sheetPath)}`;
}
