/**
 * The files the build writes for the host: which built files are kept offline, the
 * service worker's behaviour (run in a sandbox with a fake cache), the `_headers` file, and
 * the nginx and Apache lines in the README, which must say the same as the code.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script, createContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerScript } from '../../src/integrations/hostFiles';
import { cacheVersion, isPrecached, precacheEntries, urlOf, type PrecacheEntry } from '../../src/integrations/precache';
import { HOST_HEADER_RULES, headersFile } from '../../src/integrations/securityHeaders';
import { parseHeadersFile } from '../e2e/support/staticServer';

describe('what is kept offline', () => {
  it('keeps pages, code, styles, data, fonts, PDFs and icons, whatever their names', () => {
    for (const path of ['index.html', '404.html', 'gids/zeven-fasen/index.html', '_astro/pdf.qCoxVJGX.js', '_astro/BaseLayout.x1.css', 'vragen/zonder-js.css', 'zoekindex.json', 'fonts/DejaVuSans.ttf', 'fonts/NotoSans-subset.woff2', 'voorbereiden/medewerker/invulbaar.pdf', 'manifest.webmanifest', 'favicon.svg', 'icon-192.png', 'favicon.ico'])
      expect(isPrecached(path), path).toBe(true);
  });
  it('leaves out source maps, files for search engines and the host, and itself', () => {
    for (const path of ['_astro/pdf.qCoxVJGX.js.map', 'sitemap-index.xml', 'sitemap-0.xml', 'robots.txt', '_headers', 'sw.js', '.well-known/security.txt', 'notes.md'])
      expect(isPrecached(path), path).toBe(false);
  });
  it('uses the addresses pages are asked for', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('gids/index.html')).toBe('/gids/');
    expect(urlOf('404.html')).toBe('/404.html');
    expect(urlOf('_astro/a b.js')).toBe('/_astro/a%20b.js');
  });
  it('gives a new version when any file changes, and the same version when none does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-dist-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write('index.html', '<h1>Start</h1>');
    write('gids/index.html', '<h1>Gids</h1>');
    write('fonts/a.ttf', 'font');
    write('_astro/a.js.map', '{}');
    const first = precacheEntries(dir);
    expect(first.map((e) => e.url)).toEqual(['/', '/fonts/a.ttf', '/gids/']);
    expect(cacheVersion(precacheEntries(dir))).toBe(cacheVersion(first));
    write('fonts/a.ttf', 'another font');
    expect(cacheVersion(precacheEntries(dir))).not.toBe(cacheVersion(first));
  });
});

/** A fake Cache Storage in memory, as the service worker sees it. */
function fakeCaches() {
  const store = new Map<string, Map<string, Response>>();
  const key = (r: Request | string) => new URL(typeof r === 'string' ? r : r.url, 'https://gw.test').pathname;
  const cacheOf = (name: string) => {
    const c = store.get(name) ?? new Map<string, Response>();
    store.set(name, c);
    return {
      put: async (r: Request | string, res: Response) => void c.set(key(r), res),
      match: async (r: Request | string) => c.get(key(r))?.clone(),
    };
  };
  return {
    store,
    api: {
      open: async (name: string) => cacheOf(name),
      keys: async () => [...store.keys()],
      delete: async (name: string) => store.delete(name),
      match: async (r: Request | string) => {
        for (const c of store.values()) if (c.has(key(r))) return c.get(key(r))!.clone();
        return undefined;
      },
    },
  };
}

type Listener = (event: Record<string, unknown>) => void;

/** Loads sw.js into a sandbox with a fake network and cache; returns a way to send it events. */
function loadWorker(entries: PrecacheEntry[], caches: ReturnType<typeof fakeCaches>, network: Map<string, string>, online: { value: boolean }) {
  const source = readFileSync('src/offline/serviceWorker.ts', 'utf8');
  const listeners = new Map<string, Listener>();
  const log: string[] = [];
  const fetch = async (input: { url: string } | string | URL) => {
    const url = new URL(typeof input === 'object' && 'url' in input ? input.url : String(input), 'https://gw.test');
    log.push(url.pathname);
    if (!online.value) throw new TypeError('Failed to fetch');
    const body = network.get(url.pathname);
    return body === undefined ? new Response('weg', { status: 404 }) : new Response(body, { status: 200 });
  };
  const self = {
    location: { origin: 'https://gw.test' },
    skipWaiting: async () => undefined,
    clients: { claim: async () => undefined },
    addEventListener: (type: string, l: Listener) => listeners.set(type, l),
  };
  const context = createContext({ self, caches: caches.api, fetch, Request, Response, URL });
  new Script(serviceWorkerScript(source, entries)).runInContext(context);
  const dispatch = async (type: string, extra: Record<string, unknown> = {}) => {
    let waited: Promise<unknown> = Promise.resolve();
    let responded: Promise<Response> | undefined;
    listeners.get(type)!({ ...extra, waitUntil: (p: Promise<unknown>) => (waited = p), respondWith: (r: Promise<Response>) => (responded = r) });
    await waited;
    return responded;
  };
  /** A request as the browser hands it over: a plain object is enough for the fields used. */
  const request = (path: string, mode: RequestMode = 'cors') => ({ request: { url: `https://gw.test${path}`, method: 'GET', mode } });
  return { dispatch, request, log };
}

const entry = (url: string, content: string): PrecacheEntry => ({ url, bytes: content.length, sha256: `${content}-hash` });

describe('the service worker', () => {
  it('is a plain script: no types, no module syntax, the file list first', () => {
    const script = serviceWorkerScript(readFileSync('src/offline/serviceWorker.ts', 'utf8'), [entry('/', 'x')]);
    expect(script).toMatch(/^\/\/ Gesprekswijzer service worker, version [0-9a-f]{16}\.[^\n]*\nconst PRECACHE = \{"version":"[0-9a-f]{16}","urls":\["\/"\]\};/);
    expect(script).not.toMatch(/^\s*(export|import)\b/m);
    expect(script).not.toMatch(/\binterface\b|\bdeclare\b/);
    expect(() => new Script(script)).not.toThrow();
  });

  it('serves listed files from its cache, offline pages from the cache, and the 404 page for the rest', async () => {
    const caches = fakeCaches();
    const network = new Map([['/', 'start'], ['/404.html', 'niet gevonden'], ['/gids/', 'gids'], ['/_astro/a.js', 'code'], ['/sitemap-0.xml', 'kaart']]);
    const online = { value: true };
    const sw = loadWorker([entry('/', 'start'), entry('/404.html', 'x'), entry('/gids/', 'gids'), entry('/_astro/a.js', 'code')], caches, network, online);
    await sw.dispatch('install');
    await sw.dispatch('activate');
    expect([...caches.store.keys()]).toHaveLength(1);

    online.value = false;
    const text = async (res: Response | undefined) => {
      if (!res) throw new Error('not answered');
      return `${res.status} ${res.status >= 300 && res.status < 400 ? res.headers.get('location') : await res.text()}`;
    };
    expect(await text(await sw.dispatch('fetch', sw.request('/_astro/a.js')))).toBe('200 code');
    expect(await text(await sw.dispatch('fetch', sw.request('/gids/', 'navigate')))).toBe('200 gids');
    expect(await text(await sw.dispatch('fetch', sw.request('/gids/?q=fasen', 'navigate')))).toBe('200 gids');
    expect(await text(await sw.dispatch('fetch', sw.request('/gids', 'navigate')))).toBe('301 https://gw.test/gids/');
    expect(await text(await sw.dispatch('fetch', sw.request('/bestaat-niet/', 'navigate')))).toBe('404 niet gevonden');
    // Other origins and other methods are left to the browser.
    expect(await sw.dispatch('fetch', { request: new Request('https://elders.test/x.js') })).toBeUndefined();
    expect(await sw.dispatch('fetch', { request: new Request('https://gw.test/', { method: 'POST' }) })).toBeUndefined();
    // Online, a page it does not list comes from the network.
    online.value = true;
    expect(await text(await sw.dispatch('fetch', sw.request('/sitemap-0.xml')))).toBe('200 kaart');
  });

  it('fails an install when a file is missing, and leaves no half version behind', async () => {
    const caches = fakeCaches();
    const sw = loadWorker([entry('/', 'start'), entry('/weg.js', 'x')], caches, new Map([['/', 'start']]), { value: true });
    await expect(sw.dispatch('install')).rejects.toThrow(/weg\.js: HTTP 404/);
    expect([...caches.store.keys()]).toEqual([]);
  });

  it('keeps the previous version for tabs that still show it, and drops older ones', async () => {
    const caches = fakeCaches();
    const online = { value: true };
    const network = new Map([['/', 'v1'], ['/_astro/old.js', 'oude code']]);
    const v1 = loadWorker([entry('/', 'v1'), entry('/_astro/old.js', 'oude code')], caches, network, online);
    await v1.dispatch('install');
    await v1.dispatch('activate');
    network.set('/', 'v2');
    network.delete('/_astro/old.js');
    network.set('/_astro/new.js', 'nieuwe code');
    const v2 = loadWorker([entry('/', 'v2'), entry('/_astro/new.js', 'nieuwe code')], caches, network, online);
    await v2.dispatch('install');
    await v2.dispatch('activate');
    expect(caches.store.size).toBe(2);
    online.value = false;
    // An old tab loads its lazy code: it is still there, offline.
    expect(await (await v2.dispatch('fetch', v2.request('/_astro/old.js')))!.text()).toBe('oude code');
    expect(await (await v2.dispatch('fetch', v2.request('/', 'navigate')))!.text()).toBe('v2');
    online.value = true;
    network.set('/', 'v3');
    const v3 = loadWorker([entry('/', 'v3'), entry('/_astro/new.js', 'nieuwe code')], caches, network, online);
    await v3.dispatch('install');
    await v3.dispatch('activate');
    expect(caches.store.size).toBe(2);
    expect(await v3.dispatch('fetch', v3.request('/_astro/old.js')).then((r) => r!.status)).toBe(404);
  });
});

describe('headers for the host', () => {
  it('_headers says what securityHeaders.ts says', () => {
    const parsed = parseHeadersFile(headersFile());
    expect(parsed.map((r) => ({ path: r.pattern, headers: r.headers }))).toEqual(HOST_HEADER_RULES);
    const all = Object.fromEntries(HOST_HEADER_RULES[0]!.headers);
    expect(all['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(all['X-Frame-Options']).toBe('DENY');
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('the README gives nginx and Apache the same headers', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = (lang: string) => readme.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'))?.[1] ?? '';
    const nginx = Object.fromEntries([...block('nginx').matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]));
    const apache = Object.fromEntries([...block('apache').matchAll(/^Header always set (\S+) "([^"]*)"$/gm)].map((m) => [m[1], m[2]]));
    const expected = Object.fromEntries(HOST_HEADER_RULES[0]!.headers);
    expect(nginx).toEqual(expected);
    expect(apache).toEqual(expected);
    for (const rule of HOST_HEADER_RULES.slice(1)) {
      for (const [, value] of rule.headers) {
        expect(block('nginx'), rule.path).toContain(`Cache-Control "${value}"`);
        expect(block('apache'), rule.path).toContain(`Cache-Control "${value}"`);
      }
    }
  });
});
