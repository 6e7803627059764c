/**
 * The service worker, so that every journey works without a network after one visit.
 *
 * The build (src/integrations/hostFiles.ts) turns this file into dist/sw.js and puts the
 * list of files before it as `PRECACHE`: every page, script, stylesheet, font, index and
 * fillable PDF in dist/, with a version that is a hash over their contents. So a new build
 * with any changed file is a new service worker, and an unchanged build is the same one.
 *
 * - Install: fetch every listed file (asking the host, not the HTTP cache, whether it
 *   changed) into the cache of this version. One failure fails the install, so a version is
 *   complete or absent; the browser tries again on a later visit.
 * - A new version waits until the page asks it to take over (the visitor chose "Herladen"):
 *   nothing reloads on its own while someone types.
 * - Activate: take control of open pages and drop old caches, but keep the one just before
 *   this version: a tab that still shows it can load its PDF code from there, offline too.
 * - Fetch: listed files from the cache; a page not in the list from the network, and offline
 *   the 404 page; files of an older version (an open older tab) from that version's cache.
 *   Requests to other origins and anything but GET are left alone (the site makes none).
 */

/** What the build puts before this code. */
declare const PRECACHE: { version: string; urls: string[] };

/** The parts of the service worker scope used here (the DOM typings have no worker scope). */
interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface SwMessageEvent extends SwExtendableEvent {
  readonly data: unknown;
}
interface SwScope {
  readonly location: { readonly origin: string };
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: SwExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: SwMessageEvent) => void): void;
}

const sw = self as unknown as SwScope;
const PREFIX = 'gesprekswijzer-';
const CACHE = `${PREFIX}${PRECACHE.version}`;
const LISTED = new Set(PRECACHE.urls);
const NOT_FOUND_PAGE = '/404.html';

/** A copy without the "redirected" flag: a browser refuses a redirected response for a page. */
async function storable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  await Promise.all(
    PRECACHE.urls.map(async (url) => {
      const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      await cache.put(url, await storable(response));
    }),
  );
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    precache().catch(async (error: unknown) => {
      await caches.delete(CACHE); // never leave half a version behind
      throw error;
    }),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Cache names come back in the order they were made; the last other one is the
      // version that was active until now.
      const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      await Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('message', (event) => {
  const data = event.data;
  if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING') event.waitUntil(sw.skipWaiting());
});

async function page(request: Request, url: URL): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    // Offline: an address typed without its closing slash still finds its page.
    if (!url.pathname.endsWith('/') && LISTED.has(`${url.pathname}/`)) return Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 301);
    const notFound = await cache.match(NOT_FOUND_PAGE);
    if (notFound) return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
    throw error;
  }
}

async function respond(request: Request, url: URL): Promise<Response> {
  const key = url.pathname;
  if (LISTED.has(key)) {
    const hit = await (await caches.open(CACHE)).match(key);
    if (hit) return hit;
    return fetch(request);
  }
  if (request.mode === 'navigate') return page(request, url);
  // A file the current version does not list: an older tab's script, or something never cached.
  return (await caches.match(key)) ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  event.respondWith(respond(request, url));
});

export {};
