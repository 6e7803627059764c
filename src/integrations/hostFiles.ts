/**
 * After the build, writes the files a host needs next to the pages:
 * - `_headers`: the security headers for Netlify and Cloudflare Pages (securityHeaders.ts);
 * - `sw.js`: the service worker (src/offline/serviceWorker.ts, with its types removed),
 *   preceded by the list of files to keep offline and a version hashed over their contents.
 * Put this integration last: files that other integrations write after the build (such as
 * fonts) must exist before the list is made.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import ts from 'typescript';
import { cacheVersion, precacheEntries, type PrecacheEntry } from './precache.ts';
import { headersFile } from './securityHeaders.ts';

/** The service worker as plain JavaScript, with the file list before it. */
export function serviceWorkerScript(source: string, entries: PrecacheEntry[]): string {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  });
  // A classic worker script: no module syntax (module workers are not in every browser yet).
  const body = outputText.replace(/^export \{\};\s*$/m, '').trim();
  const precache = { version: cacheVersion(entries), urls: entries.map((e) => e.url) };
  return `// Gesprekswijzer service worker, version ${precache.version}. Written by the build; see src/offline/serviceWorker.ts.\nconst PRECACHE = ${JSON.stringify(precache)};\n${body}\n`;
}

/**
 * What `astro dev` serves as /sw.js: a service worker that removes itself and the offline
 * cache. A browser that ran the built site on the same address (`npm start`, port 4321)
 * would otherwise keep showing the cached build instead of the pages being edited.
 */
export const DEV_SERVICE_WORKER = `// astro dev: no offline cache while developing.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) if (name.startsWith('gesprekswijzer-')) await caches.delete(name);
  await self.registration.unregister();
})()));
`;

export function hostFiles(): AstroIntegration {
  let root: URL;
  return {
    name: 'gesprekswijzer:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url !== '/sw.js') return next();
          res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
          res.end(DEV_SERVICE_WORKER);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        writeFileSync(new URL('_headers', dir), headersFile());
        const entries = precacheEntries(out);
        const source = readFileSync(new URL('src/offline/serviceWorker.ts', root), 'utf8');
        writeFileSync(new URL('sw.js', dir), serviceWorkerScript(source, entries));
        const bytes = entries.reduce((n, e) => n + e.bytes, 0);
        logger.info(`_headers and sw.js written; ${entries.length} files (${(bytes / 1024).toFixed(0)} KB) kept offline.`);
      },
    },
  };
}
