/** Site-wide strings and navigation, in one place. */
export const SITE_NAME = 'Gesprekswijzer';
export const PRIVACY_PROMISE = 'Wat je invult, blijft in je browser.';

export const NAV = [
  { href: '/gids/', label: 'Gids' },
  { href: '/vragen/', label: 'Vragenbank' },
  { href: '/voorbereiden/', label: 'Voorbereiden' },
  { href: '/verslag/', label: 'Verslag' },
  { href: '/team/', label: 'Mijn team' },
] as const;

/** Is `href` the current section of `pathname`? (Home only matches itself.) */
export function isCurrentSection(pathname: string, href: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(href);
}
