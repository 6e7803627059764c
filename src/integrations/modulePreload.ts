/**
 * After the build, every page with islands gets a `<link rel="modulepreload">` in its head for
 * each script its islands need before they can run: the island's own script, the renderer, and
 * everything those import statically, all the way down.
 *
 * Without them the browser finds the scripts one layer at a time: the page names the island's
 * script, that script names its imports, those name theirs. /verslag/ had four such layers, and on
 * a slow phone connection (400 ms round trip) every layer costs at least one round trip before
 * the form can be used. With the list in the head, all are requested as soon as the head is read.
 * Scripts loaded on demand (`import()`: the PDF writer, the file reader) are left out.
 *
 * The links say `fetchpriority="low"`: the form is in the HTML and is painted without them
 * (module scripts never block painting), so they must not be treated as if they held up the
 * first paint. Chromium gives a modulepreload "High" priority by default, the same as a
 * blocking script, and Lighthouse's page-load model counts every such request as part of the
 * first paint: /verslag/ first contentful paint 1.41 → 0.96 s (simulated, 3 runs). The scripts
 * are still asked for as soon as the head is read: on a slow phone connection (bench-load
 * --slow-network, 5 runs) the form was ready as soon as before (/verslag/ 3.45 → 3.42 s).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The scripts a built chunk imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`), as written: relative or from the site root. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']((?:\.\.?)?\/[^"']+\.js)["']/g)) found.add(m[1]!);
  return [...found];
}

/** Site paths (such as /_astro/x.js) of the entries and of every script they import statically, entries first. */
export function importClosure(entries: readonly string[], read: (sitePath: string) => string | null): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const code = read(path);
    if (code === null) continue; // not a built file: nothing to preload
    seen.add(path);
    for (const spec of staticImports(code)) queue.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(path), spec));
  }
  return [...seen];
}

/** The page with a modulepreload link for every script its islands need (unchanged without islands). */
export function withModulePreloads(html: string, read: (sitePath: string) => string | null): string {
  const entries = new Set<string>();
  for (const tag of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const attr of tag[0].matchAll(/\b(?:component|renderer)-url="(\/[^"]+\.js)"/g)) entries.add(attr[1]!);
  }
  if (!entries.size) return html;
  const present = new Set([...html.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g)].map((m) => m[1]));
  const links = importClosure([...entries], read)
    .filter((path) => !present.has(path))
    .map((path) => `<link rel="modulepreload" fetchpriority="low" href="${path}">`)
    .join('');
  return links ? html.replace('</head>', `${links}</head>`) : html;
}

/**
 * Runs `transform` over every built page in `dir` and writes back the pages it changed; returns
 * how many pages changed and how many characters they lost in all (negative: gained).
 */
export function rewritePages(dir: string, transform: (html: string) => string): { pages: number; removed: number } {
  let pages = 0;
  let removed = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const file = join(dir, name);
    const html = readFileSync(file, 'utf8');
    const next = transform(html);
    if (next === html) continue;
    writeFileSync(file, next);
    pages++;
    removed += html.length - next.length;
  }
  return { pages, removed };
}

/** Put this before hostFiles(): the service worker's version is a hash over the pages as written. */
export function modulePreload(): AstroIntegration {
  return {
    name: 'gesprekswijzer:module-preload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const cache = new Map<string, string | null>();
        const read = (sitePath: string) => {
          if (!cache.has(sitePath)) {
            try {
              cache.set(sitePath, readFileSync(join(root, sitePath), 'utf8'));
            } catch {
              cache.set(sitePath, null);
            }
          }
          return cache.get(sitePath)!;
        };
        const { pages } = rewritePages(root, (html) => withModulePreloads(html, read));
        logger.info(`modulepreload links added to ${pages} pages`);
      },
    },
  };
}
