/**
 * A tiny static host for the tests: serves dist/ the way Netlify or Cloudflare Pages do
 * (`/gids/` → gids/index.html, `/gids` → redirect, 404.html for unknown addresses) and
 * sends the headers from dist/_headers. Astro's preview server does not read _headers,
 * so only this server shows what a visitor of the published site gets.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Reads a Netlify/Cloudflare `_headers` file: a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: unreadable line "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern (with `*` as a splat) matches a request path. */
export function patternMatches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

/** A response the test makes itself, still sent with the host headers unless `bare` is set. */
export interface MadeResponse {
  status?: number;
  type: string;
  body: string | Buffer;
  bare?: boolean;
}

export interface StaticServerOptions {
  port: number;
  /** Folder to serve; none for a server that only answers through `handle`. */
  root?: string;
  /** Send the headers of `${root}/_headers` (default true). */
  headers?: boolean;
  /** Answers a path before any file does (return undefined to fall through). */
  handle?: (path: string, req: IncomingMessage) => MadeResponse | undefined;
}

export interface StaticServer {
  origin: string;
  /** Every request received, as path plus query, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const { port, root, handle } = options;
  const rules = root && options.headers !== false && existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  if (root && options.headers !== false && rules.length === 0) throw new Error(`${root}/_headers ontbreekt of is leeg: bouw eerst de site (npm run build).`);
  const requests: string[] = [];

  const send = (res: ServerResponse, path: string, status: number, type: string, body: string | Buffer, bare = false) => {
    if (!bare) for (const rule of rules) if (patternMatches(rule.pattern, path)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(res, url.pathname, 400, 'text/plain', 'bad request', true);
    }
    const made = handle?.(path, req);
    if (made) return send(res, path, made.status ?? 200, made.type, made.body, made.bare);
    if (!root) return send(res, path, 404, 'text/plain', 'not found');
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root) + sep)) return send(res, path, 403, 'text/plain', 'forbidden', true);
    if (existsSync(file) && statSync(file).isFile()) return send(res, path, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    if (existsSync(join(file, 'index.html'))) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    const notFound = join(root, '404.html');
    return send(res, path, 404, TYPES['.html']!, existsSync(notFound) ? readFileSync(notFound) : 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve());
  });
  return {
    origin: `http://localhost:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
