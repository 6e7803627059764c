// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { hostFiles } from './src/integrations/hostFiles.ts';
import { modulePreload } from './src/integrations/modulePreload.ts';
import { pageCsp } from './src/integrations/pageCsp.ts';
import { stepwiseHydration } from './src/integrations/stepwiseHydration.ts';
import { CSP_META_DIRECTIVES } from './src/integrations/securityHeaders.ts';

// The public address of the site. Set SITE_URL when deploying elsewhere;
// it is used for canonical links, Open Graph URLs and the sitemap.
const site = process.env.SITE_URL ?? 'https://gesprekswijzer.example';

/** Pages that are not for search engines; tests scan them in addition to the sitemap. */
export const NOINDEX_PATHS = ['/vragen/mijn-vragen/'];

// pdf-lib has no "sideEffects" flag, so its barrel file would keep code the PDF reader never uses
// (it only uses the parser): −43 KB gzip on the chunk that opens a PDF (and on the file worker).
const pdfLibTreeshake = { moduleSideEffects: (/** @type {string} */ id) => !/node_modules\/(pdf-lib|@pdf-lib\/[^/]+|pako)\//.test(id) };

// Fewer, larger scripts for the islands: left to itself, the bundler made a file for every set of
// islands that shares a module, and /verslag/ asked for 25 scripts, 11 of them under 1 KB gzip. On a
// phone each request waits for a free connection and a round trip. Two groups that every island
// page needs anyway: the UI runtime (Preact, nanostores, Astro's Preact renderer) and the small
// leaf modules without imports of their own (dates, ids, idle, text folding, storage keys).
// Everything else is still split per island, and code loaded on demand (the PDF writer and
// reader) stays out of both. The guide pages' search button loads only its own small
// script and Vite's import() helper until the search opens: an e2e test holds that.
const chunkGroups = [
  // On its own, or the bundler folds it into the runtime chunk, and every guide page would load that.
  { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 3 },
  { name: 'runtime', test: /node_modules[\\/](?:preact|@astrojs[\\/]preact|nanostores|@nanostores)[\\/]/, priority: 2 },
  { name: 'common', test: /src[\\/]lib[\\/](?:shared[\\/]|text[\\/](?:fold|visible)\.ts|stores[\\/]keys\.ts)/, priority: 1 },
];

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Styles inline: a first visit on a slow phone waits for no stylesheet round trips (about 8 KB gz a page).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    preact(),
    // client:stepwise: an island's scripts run in one task, its hydration in the next (after a paint).
    stepwiseHydration(),
    // Personal pages (noindex) stay out of the sitemap.
    sitemap({ filter: (page) => !NOINDEX_PATHS.some((p) => page.endsWith(p)) }),
    // Each page with islands names all the scripts they import in its head (one round trip, not four).
    modulePreload(),
    // Each page's meta CSP keeps only the hashes of its own inline scripts and styles (1.1 KB gz less HTML).
    pageCsp(),
    // Last: dist/_headers and the service worker with the list of every built file.
    hostFiles(),
  ],
  // Astro adds script-src and style-src with the hashes of each page; the rest is in
  // src/integrations/securityHeaders.ts, next to the headers for the host.
  security: { csp: { directives: [...CSP_META_DIRECTIVES] } },
  markdown: { syntaxHighlight: false },
  vite: {
    // The file worker (src/islands/report/fileWorker.ts) is a module worker that loads the PDF
    // writer on demand (a dynamic import): that needs ES modules, not one IIFE file.
    worker: { format: 'es', rolldownOptions: { treeshake: pdfLibTreeshake } },
    build: {
      // Source maps for the browser code: readable stack traces for anyone debugging a form.
      sourcemap: true,
      rolldownOptions: { treeshake: pdfLibTreeshake, output: { codeSplitting: { groups: chunkGroups } } },
    },
  },
  devToolbar: { enabled: false },
});
