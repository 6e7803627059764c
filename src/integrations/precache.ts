/**
 * Which built files the service worker keeps for offline use, by rule rather than by name
 * (file names carry content hashes and change with every build of the PDF code or fonts):
 * every page, script, stylesheet, data file, font, PDF and icon in dist/. Left out: source
 * maps, the sitemaps and robots.txt (for search engines), the host's `_headers` file and
 * the service worker itself.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

const KEPT_EXTENSIONS = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.ttf', '.otf', '.woff', '.woff2', '.pdf', '.svg', '.png', '.ico']);
/** Written next to the site by the build, never requested by a page. */
const LEFT_OUT = new Set(['sw.js', '_headers']);

export interface PrecacheEntry {
  /** The address a page asks for: `/gids/` for gids/index.html, `/_astro/x.js` for a script. */
  url: string;
  bytes: number;
  /** SHA-256 of the contents (hex). */
  sha256: string;
}

/** Whether a file (path relative to dist/, with `/`) belongs in the offline cache. */
export function isPrecached(path: string): boolean {
  if (LEFT_OUT.has(path) || path.split('/').some((part) => part.startsWith('.'))) return false;
  return KEPT_EXTENSIONS.has(posix.extname(path).toLowerCase());
}

/** The address of a built file: directory pages end in `/`, as with `trailingSlash: 'always'`. */
export function urlOf(path: string): string {
  const url = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  return encodeURI(`/${url}`);
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The files of a built site to keep offline, sorted by address. */
export function precacheEntries(dir: string): PrecacheEntry[] {
  return listFiles(dir)
    .filter(isPrecached)
    .map((path) => {
      const bytes = readFileSync(join(dir, path));
      return { url: urlOf(path), bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** A short version over every address and its contents: any change gives a new version. */
export function cacheVersion(entries: PrecacheEntry[]): string {
  const hash = createHash('sha256');
  for (const e of entries) hash.update(`${e.url}\0${e.sha256}\n`);
  return hash.digest('hex').slice(0, 16);
}
