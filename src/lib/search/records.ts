/**
 * The search index: compact records for guide chapters and their sections, FAQ
 * entries, the question bank and the tools. Built at build time
 * (src/pages/zoekindex.json.ts, through buildIndex.ts) from plain inputs, so these
 * builders are pure and unit-tested.
 */
import { fold, markdownToText, snippet, splitSections } from './text.ts';
import type { ToolEntry } from './tools.ts';

/** gids = a guide page or section, faq = a FAQ entry, vraag = a question of the bank, tool = a form or check, pagina = another page. */
export type SearchKind = 'gids' | 'faq' | 'vraag' | 'tool' | 'pagina';

export interface SearchRecord {
  /** Title: chapter title, section heading, FAQ question or question text. */
  t: string;
  /** Link, with the heading or entry anchor. */
  h: string;
  /** Short text under the title (snippet; for a question: its theme). */
  s: string;
  k: SearchKind;
  /** Parent page title (for sections). */
  p?: string;
  /** Keywords, not shown; separated by " · " so that a phrase never spans two of them. */
  w?: string;
  /** The rest of the text after the snippet, in order (phrases count); not shown. */
  x?: string;
}

/** Characters of text shown under a result. */
export const SNIPPET_LENGTH = 160;

/** A text as a snippet (s) and the rest (x), so that nothing is stored twice. */
export function splitText(text: string, max = SNIPPET_LENGTH): { s: string; x?: string } {
  const full = text.replace(/\s+/g, ' ').trim();
  const s = snippet(full, max);
  if (s === full) return { s };
  const shown = s.replace(/…$/, '');
  const rest = full.slice(shown.length).replace(/^[\s,;:.–-]+/, '').trim();
  return rest ? { s, x: rest } : { s };
}

/** Keywords as one field: folded duplicates dropped, " · " between them. */
export function joinKeywords(words: readonly string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of words) {
    const k = fold(w);
    if (k && !seen.has(k)) {
      seen.add(k);
      out.push(w.trim());
    }
  }
  return out.join(' · ');
}

export interface HeadingInfo {
  depth: number;
  slug: string;
  text: string;
}

export interface ChapterInput {
  id: string;
  title: string;
  description: string;
  body: string;
  /** The headings Astro's render() reports (with the ids used in the HTML). */
  headings: readonly HeadingInfo[];
}

/** Like github-slugger (which Astro uses) for one heading: the fallback when render() gives no slug. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const chapterHref = (id: string) => `/gids/${id}/`;

/** A record for the chapter and one per h2/h3 section, linking to the heading. */
export function chapterRecords(ch: ChapterInput, maxLength = SNIPPET_LENGTH): SearchRecord[] {
  const base = chapterHref(ch.id);
  const sections = splitSections(ch.body);
  const intro = markdownToText(sections[0]?.body ?? '');
  const page: SearchRecord = { t: ch.title, h: base, s: snippet(ch.description || intro, maxLength), k: 'gids' };
  // The description is shown; the intro is searched.
  const introRest = ch.description ? intro : splitText(intro, maxLength).x;
  if (introRest) page.x = introRest;
  const out: SearchRecord[] = [page];

  const headings = ch.headings.filter((h) => h.depth >= 2 && h.depth <= 6);
  let next = 0;
  let current: { rec: SearchRecord; text: string[] } | null = null;
  let h2 = '';
  const flush = () => {
    if (!current) return;
    const { s, x } = splitText(current.text.filter(Boolean).join(' '), maxLength);
    current.rec.s = s;
    if (x) current.rec.x = x;
  };
  for (const sec of sections.slice(1)) {
    // Find this heading's slug among the rendered headings, in document order.
    let slug = '';
    for (let j = next; j < headings.length; j++) {
      const h = headings[j]!;
      if (h.depth === sec.depth && fold(h.text) === fold(sec.heading)) {
        slug = h.slug;
        next = j + 1;
        break;
      }
    }
    if (sec.depth === 2 || sec.depth === 3) {
      flush();
      // An h3 shows its h2 as context ("Valkuilen › 4. Geen opvolging").
      const parent = sec.depth === 3 && h2 ? `${ch.title} › ${h2}` : ch.title;
      if (sec.depth === 2) h2 = sec.heading;
      const rec: SearchRecord = { t: sec.heading, h: `${base}#${slug || slugify(sec.heading)}`, s: '', k: 'gids', p: parent };
      out.push(rec);
      current = { rec, text: [markdownToText(sec.body)] };
    } else if (current && sec.depth > 3) {
      current.text.push(sec.heading, markdownToText(sec.body));
    }
  }
  flush();
  return out;
}

export interface FaqInput {
  /** The yaml file's slug; the FAQ component uses it as the entry's id. */
  id: string;
  question: string;
  answer: string;
  keywords?: readonly string[];
}

export function faqRecords(entries: readonly FaqInput[], pageHref: string, maxLength = SNIPPET_LENGTH): SearchRecord[] {
  return entries.map((e) => {
    const { s, x } = splitText(e.answer, maxLength);
    return {
      t: e.question.trim(),
      h: `${pageHref}#${e.id}`,
      s,
      k: 'faq' as const,
      ...(e.keywords?.length ? { w: joinKeywords(e.keywords) } : {}),
      ...(x ? { x } : {}),
    };
  });
}

export interface QuestionThemeInput {
  themeName: string;
  questions: readonly { id: string; text: string; keywords?: readonly string[]; followUps?: readonly string[] }[];
}

export function questionRecords(themes: readonly QuestionThemeInput[], pageHref = '/vragen/'): SearchRecord[] {
  return themes.flatMap((th) =>
    th.questions.map((q) => {
      const words = joinKeywords([...(q.keywords ?? []), ...(q.followUps ?? [])]);
      return {
        t: q.text.trim(),
        h: `${pageHref}#vraag-${q.id}`,
        s: th.themeName,
        k: 'vraag' as const,
        ...(words ? { w: words } : {}),
      };
    }),
  );
}

export interface PhaseInput {
  n: number;
  name: string;
  text: string;
}

/** Records for the seven phases that a component renders (ids #fase-N), not the Markdown. */
export function phaseRecords(chapterId: string, chapterTitle: string, phases: readonly PhaseInput[]): SearchRecord[] {
  return phases.map((p) => {
    const { s, x } = splitText(p.text);
    return {
      t: `Fase ${p.n}: ${p.name}`,
      h: `${chapterHref(chapterId)}#fase-${p.n}`,
      s,
      k: 'gids' as const,
      p: chapterTitle,
      ...(x ? { x } : {}),
    };
  });
}

/** Records for the tools and information pages declared in tools.ts. */
export function toolRecords(tools: readonly ToolEntry[]): SearchRecord[] {
  return tools.map((tool) => ({
    t: tool.title,
    h: tool.href,
    s: tool.description,
    k: tool.kind ?? 'tool',
    ...(tool.parent ? { p: tool.parent } : {}),
    ...(tool.keywords.length ? { w: joinKeywords(tool.keywords) } : {}),
  }));
}

/** Drop records with a link seen before (the first wins). */
export function dedupeRecords(records: readonly SearchRecord[]): SearchRecord[] {
  const seen = new Set<string>();
  return records.filter((r) => (seen.has(r.h) ? false : (seen.add(r.h), true)));
}
