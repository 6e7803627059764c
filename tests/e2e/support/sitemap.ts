import { readFileSync, existsSync } from 'node:fs';

/** Paths of every page in the built sitemap (dist/sitemap-*.xml), e.g. ['/', '/gids/']. */
export function sitemapPaths(): string[] {
  const index = 'dist/sitemap-index.xml';
  if (!existsSync(index)) throw new Error('dist/sitemap-index.xml ontbreekt: bouw eerst de site (npm run build).');
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const paths = new Set<string>();
  for (const sitemapUrl of locs(readFileSync(index, 'utf8'))) {
    const file = `dist${new URL(sitemapUrl).pathname}`;
    for (const page of locs(readFileSync(file, 'utf8'))) paths.add(new URL(page).pathname);
  }
  return [...paths].sort();
}

/** Pages kept out of the sitemap on purpose (noindex), which still must pass every check. */
export const NOINDEX_PATHS = ['/vragen/mijn-vragen/'];
