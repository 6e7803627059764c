/**
 * Text helpers for site search: folding for diacritic-insensitive matching,
 * MDX/Markdown → plain text, sections by heading, and short snippets.
 * Pure and framework-free (build time and browser).
 */

import { fold } from '../text/fold.ts';

/** Lower case without diacritics: "Ideeën" → "ideeen" (see lib/text/fold). */
export { fold };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/** JSX attributes whose text a reader sees (e.g. <Callout title="…">, <SayThis good="…">). */
const VISIBLE_ATTRS = /\b(?:title|label|good|bad|why|text|caption|summary)=(?:"([^"]*)"|'([^']*)'|\{["'`]([^"'`]*)["'`]\})/g;

/** Markdown / MDX → plain text (keeps the words a reader sees, drops markup and code). */
export function markdownToText(md: string): string {
  let s = md.replace(/\r\n?/g, '\n');
  s = s.replace(/^---\n[\s\S]*?\n---\n/, ''); // front matter
  s = s.replace(/^import\s[^;]*?\sfrom\s*['"][^'"\n]*['"];?[ \t]*$/gm, ''); // ESM imports (may span lines)
  s = s.replace(/^import\s+['"][^'"\n]*['"];?[ \t]*$/gm, '');
  s = s.replace(/^export\s(?:const|let|function|default)\b[^\n]*$/gm, '');
  s = s.replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, ' '); // code fences
  s = s.replace(/<!--[\s\S]*?-->/g, ' ');
  s = s.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' '); // MDX comments
  // JSX / HTML tags: keep visible attribute text, drop the tag.
  s = s.replace(/<\/?[A-Za-z][\w.:-]*(?:\s(?:[^<>{}]|\{[^{}]*\})*)?\/?>/g, (tag) => {
    const parts: string[] = [];
    for (const m of tag.matchAll(VISIBLE_ATTRS)) parts.push(m[1] ?? m[2] ?? m[3] ?? '');
    return parts.length ? ` ${parts.join('. ')}. ` : ' ';
  });
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1'); // images → alt
  s = s.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'); // links → text
  s = s.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
  s = s.replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, ''); // link definitions
  s = s.replace(/^\s{0,3}#{1,6}\s+/gm, ''); // heading marks
  s = s.replace(/\s+\{#[\w-]+\}\s*$/gm, ''); // {#custom-id}
  s = s.replace(/^\s{0,3}>\s?/gm, ''); // blockquotes
  s = s.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/gm, ''); // list markers
  s = s.replace(/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, ''); // table rules
  s = s.replace(/\|/g, ' ');
  s = s.replace(/^\s*(?:[-*_]\s*){3,}$/gm, ''); // thematic breaks
  s = s.replace(/`([^`]*)`/g, '$1');
  s = s.replace(/(\*\*|__)(.+?)\1/g, '$2');
  s = s.replace(/(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])/g, '$1');
  s = s.replace(/~~(.+?)~~/g, '$1');
  s = s.replace(/[{}]/g, ' ');
  s = s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
  return s
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/([.!?])\.(?=\s|$)/g, '$1')
    .trim();
}

/** Inline Markdown (a heading's text) → plain text: no block rules such as list markers. */
export function inlineToText(md: string): string {
  return md
    .replace(/\s*\{#[\w-]+\}\s*$/, '')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])/g, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface MarkdownSection {
  /** 0 for the text before the first heading. */
  depth: number;
  /** Heading text as written (markup removed). */
  heading: string;
  /** Markdown of the section body (without the heading line). */
  body: string;
}

/** Split a Markdown body at its ATX headings (ignoring lines inside code fences). */
export function splitSections(md: string): MarkdownSection[] {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const sections: MarkdownSection[] = [{ depth: 0, heading: '', body: '' }];
  let fence: string | null = null;
  const bodyLines: string[][] = [[]];
  for (const line of lines) {
    const f = /^\s{0,3}(```|~~~)/.exec(line);
    if (f) fence = fence === null ? f[1]! : fence === f[1] ? null : fence;
    const h = fence === null && !f ? /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line) : null;
    if (h) {
      sections.push({ depth: h[1]!.length, heading: inlineToText(h[2]!), body: '' });
      bodyLines.push([]);
    } else {
      bodyLines[bodyLines.length - 1]!.push(line);
    }
  }
  return sections.map((s, i) => ({ ...s, body: bodyLines[i]!.join('\n') }));
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
export function snippet(text: string, max = 300): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
