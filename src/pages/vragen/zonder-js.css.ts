/**
 * /vragen/zonder-js.css — loaded only inside <noscript>: hides the controls that
 * need JavaScript (search, filters, "Mijn vragen", add buttons). A file instead of
 * an inline style, so the page's Content-Security-Policy stays strict.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response('.qb-js{display:none!important}\n', { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
