/**
 * The search index built from the files in content/, the way src/pages/zoekindex.json.ts
 * builds it from the collections (github-slugger gives the heading ids Astro gives).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { PHASES, PHASES_CHAPTER, THEMES } from '../../src/lib/content/taxonomy';
import { PHASE_GUIDANCE } from '../../src/lib/guide/phaseGuide';
import { buildIndex } from '../../src/lib/search/buildIndex.ts';
import type { ChapterInput, SearchRecord } from '../../src/lib/search/records.ts';
import { splitSections } from '../../src/lib/search/text.ts';
import { TOOLS } from '../../src/lib/search/tools.ts';
import type { QueryCase } from '../../src/lib/search/evaluate.ts';

export const root = join(import.meta.dirname, '..', '..');
let base = root;
const read = (p: string) => readFileSync(join(base, p), 'utf8');
const list = (dir: string, re: RegExp) => {
  try {
    return readdirSync(join(base, dir)).filter((f) => re.test(f)).sort();
  } catch {
    return [];
  }
};

interface Chapter extends ChapterInput {
  order: number;
}

/** The index of the content in `dir` (a folder holding content/; the repository by default). */
export function contentIndex(dir = root): SearchRecord[] {
  base = dir;
  const chapters: Chapter[] = [];
  for (const f of list('content/gids', /\.mdx$/)) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(read(`content/gids/${f}`));
    if (!m) continue;
    const fm = parse(m[1]!) as { title: string; description: string; order: number };
    const slugger = new GithubSlugger();
    const headings = splitSections(m[2]!)
      .slice(1)
      .map((s) => ({ depth: s.depth, text: s.heading, slug: slugger.slug(s.heading) }));
    chapters.push({ id: f.replace(/\.mdx$/, ''), title: fm.title, description: fm.description, body: m[2]!, headings, order: fm.order });
  }
  chapters.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const faqChapter = chapters.find((c) => /<Faq[\s/>]/.test(c.body))?.id ?? 'veelgestelde-vragen';
  const faq = list('content/faq', /\.ya?ml$/)
    .map((f) => ({ id: f.replace(/\.ya?ml$/, ''), ...(parse(read(`content/faq/${f}`)) as { question: string; answer: string; order: number; keywords?: string[] }) }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const themeName = new Map<string, string>(THEMES.map((t) => [t.id, t.name]));
  const order = new Map<string, number>(THEMES.map((t, i) => [t.id, i]));
  const themes = list('content/vragen', /\.ya?ml$/)
    .map((f) => parse(read(`content/vragen/${f}`)) as { theme: string; questions: { id: string; text: string; keywords?: string[] }[] })
    .sort((a, b) => (order.get(a.theme) ?? 99) - (order.get(b.theme) ?? 99));
  return buildIndex({
    chapters,
    phases: {
      chapterIds: chapters.filter((c) => c.id === PHASES_CHAPTER || /<PhaseTimeline[\s/>]/.test(c.body)).map((c) => c.id),
      phases: PHASES.map((p) => {
        const g = PHASE_GUIDANCE[p.n];
        return { n: p.n, name: p.name, text: g ? [g.goal, ...g.steps, g.say].join(' ') : '' };
      }),
    },
    faq: { pageHref: `/gids/${faqChapter}/`, entries: faq },
    tools: TOOLS,
    themes: themes.map((t) => ({
      themeName: themeName.get(t.theme) ?? t.theme,
      questions: t.questions.map((q) => ({ id: q.id, text: q.text, keywords: q.keywords })),
    })),
  });
}

export function queryCases(): QueryCase[] {
  return (JSON.parse(readFileSync(join(root, 'tests/unit/search-queries.json'), 'utf8')) as { cases: QueryCase[] }).cases;
}
