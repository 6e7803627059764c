import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineBlocks, withOwnCspHashes } from '../../src/integrations/pageCsp.ts';

const sha = (algorithm: string, text: string) => `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`;
const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

describe('per-page CSP hashes', () => {
  const script = 'document.body.dataset.js = "ja";';
  const style = 'body{color:red}';
  const other = 'alert("elders op de site")';
  const page = (policy: string) =>
    `<html><head>${meta(policy)}<style>${style}</style><script type="module" src="/_astro/x.js"></script></head>` +
    `<body><script>${script}</script></body></html>`;

  it('finds inline scripts and styles, not external scripts or empty ones', () => {
    expect(inlineBlocks(page('') + '<script src="/y.js"> </script><script></script>')).toEqual([style, script]);
  });

  it("keeps the hashes of the page's own inline blocks and drops the others", () => {
    const before = page(`default-src 'self'; script-src 'self' ${sha('sha256', other)} ${sha('sha256', script)}; style-src 'self' ${sha('sha256', 'p{}')} ${sha('sha256', style)}`);
    const policy = withOwnCspHashes(before).match(/content="([^"]*)"/)![1];
    expect(policy).toBe(`default-src 'self'; script-src 'self' ${sha('sha256', script)}; style-src 'self' ${sha('sha256', style)}`);
    // Everything else in the page stays as it was.
    expect(withOwnCspHashes(before).replace(/<meta[^>]*>/, '')).toBe(before.replace(/<meta[^>]*>/, ''));
  });

  it('understands sha384 and sha512 as well', () => {
    const policy = withOwnCspHashes(page(`script-src 'self' ${sha('sha384', script)} ${sha('sha512', other)}`)).match(/content="([^"]*)"/)![1];
    expect(policy).toBe(`script-src 'self' ${sha('sha384', script)}`);
  });

  it('leaves a page without a CSP meta element alone', () => {
    const html = `<html><head><script>${script}</script></head></html>`;
    expect(withOwnCspHashes(html)).toBe(html);
  });
});
