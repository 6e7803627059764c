/**
 * /vragen/index.json — the whole question bank as data, built at build time:
 * { themes: [{ id, name, intro }], questions: [{ id, theme, text, role, phase, followUps, keywords }] }.
 * For other tools on the site that want the question texts without the page.
 */
import type { APIRoute } from 'astro';
import { loadBank } from './_bank.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadBank()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
