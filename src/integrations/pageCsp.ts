/**
 * After the build, each page's `<meta http-equiv="content-security-policy">` keeps only the
 * hashes of the inline scripts and styles that are on that page.
 *
 * Astro writes the hashes of every inline script and style of the whole site into every page:
 * 31 of them, 1.9 KB of which 1.1 KB is left after gzip (hashes do not compress). A page has 2 to
 * 6 inline blocks. The rest only makes the first response bigger: on a slow phone connection
 * the HTML of a form page then needs a round trip more before it can be shown. Dropping a hash
 * only narrows the policy: an inline block whose hash is gone no longer runs, and the e2e test
 * "no page … breaks its own CSP" opens every page and fails on any blocked block.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rewritePages } from './modulePreload.ts';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The text of each inline script and style in the page (not of `<script src>`). */
export function inlineBlocks(html: string): string[] {
  const blocks: string[] = [];
  for (const [, , attrs = '', body = ''] of html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi)) {
    if (body && !/\ssrc=/i.test(attrs)) blocks.push(body);
  }
  return blocks;
}

/** The page with only its own hashes in the meta CSP (unchanged without one). */
export function withOwnCspHashes(html: string): string {
  const meta = html.match(META);
  if (!meta) return html;
  const blocks = inlineBlocks(html);
  const own = new Map<string, Set<string>>();
  const ownHashes = (algorithm: string) => {
    if (!own.has(algorithm)) own.set(algorithm, new Set(blocks.map((b) => createHash(algorithm).update(b, 'utf8').digest('base64'))));
    return own.get(algorithm)!;
  };
  const policy = meta[2]!.replace(/\s*'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/g, (source, algorithm: string, hash: string) =>
    ownHashes(algorithm).has(hash) ? source : '',
  );
  return html.replace(META, (_, open: string, __: string, close: string) => open + policy + close);
}

/** Put this before hostFiles(): the service worker's version is a hash over the pages as written. */
export function pageCsp(): AstroIntegration {
  return {
    name: 'gesprekswijzer:page-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { removed } = rewritePages(fileURLToPath(dir), withOwnCspHashes);
        logger.info(`CSP: each page lists only its own inline hashes (${(removed / 1024).toFixed(0)} KB less HTML in all)`);
      },
    },
  };
}
