/**
 * The security policy of the site, in one place: the directives Astro adds to the
 * `<meta http-equiv="content-security-policy">` of every page, and the HTTP headers a
 * host sends with every file (written to `dist/_headers`, and listed for nginx and
 * Apache in the README, which a unit test keeps in step with this file).
 */

/**
 * Directives added to the meta CSP; Astro adds `script-src` and `style-src` with hashes.
 * What the site loads, and why each directive is as narrow as it is:
 * - everything comes from its own origin (`default-src 'self'`): pages, scripts, the PDF
 *   code (a dynamic import), the fonts for the PDF and the search index (fetch), the
 *   manifest and the service worker;
 * - no page shows an `<img>` or CSS image other than the favicon: the signature is drawn on
 *   a canvas and shown as inline SVG, and downloads are `blob:` links that the browser
 *   navigates to, which `img-src` does not govern. So no `data:` or `blob:` images;
 * - no plug-ins (`object-src 'none'`), no `<base>` at all (`base-uri 'none'`), and forms
 *   (which work without JavaScript on /vragen/) submit only to the site itself;
 * - workers (the service worker, and a parsing worker) only from the site itself.
 * `frame-ancestors` is ignored in a meta element, so it is sent as a header (below).
 */
export const CSP_META_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/**
 * The CSP sent as an HTTP header. Browsers enforce it together with the meta CSP. It holds
 * only what does not restrict scripts or styles (those need the per-page hashes from the
 * meta element): the ban on framing, which only works in a header, and the document rules,
 * which the header applies before the first byte of HTML is parsed.
 */
export const CSP_HEADER = "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'";

/**
 * No Referer header to other sites (the guide links to official sources); within the site the
 * page you came from is passed on, so that the question bank can link back to your sheet.
 */
export const REFERRER_POLICY = 'same-origin';

/** Browser features the site never uses, switched off for its pages and anything they embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

export interface HeaderRule {
  /** Netlify/Cloudflare path pattern: `/*` is every path. */
  path: string;
  headers: [name: string, value: string][];
}

/** What the host sends; the first rule holds for every file. */
export const HOST_HEADER_RULES: HeaderRule[] = [
  {
    path: '/*',
    headers: [
      ['Content-Security-Policy', CSP_HEADER],
      ['X-Frame-Options', 'DENY'],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', REFERRER_POLICY],
      ['Permissions-Policy', PERMISSIONS_POLICY],
      ['Cross-Origin-Opener-Policy', 'same-origin'],
    ],
  },
  // Scripts and styles under /_astro/ carry a content hash in their name: they never change.
  { path: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  // The service worker and its list of files: always ask the host for the newest one.
  { path: '/sw.js', headers: [['Cache-Control', 'no-cache']] },
];

/** The `_headers` file for Netlify and Cloudflare Pages. */
export function headersFile(rules: HeaderRule[] = HOST_HEADER_RULES): string {
  const lines = ['# Written by the build (src/integrations/securityHeaders.ts). Netlify and Cloudflare Pages read this file.'];
  for (const rule of rules) {
    lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}
