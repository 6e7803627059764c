/**
 * /zoekindex.json — the site search index, built at build time (src/lib/search/buildIndex.ts):
 * guide chapters and their h2/h3 sections, the phases of the conversation, FAQ entries,
 * the tools (src/lib/search/tools.ts) and the question bank.
 */
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { PHASES, PHASES_CHAPTER, THEMES } from '../lib/content/taxonomy';
import { PHASE_GUIDANCE } from '../lib/guide/phaseGuide';
import { buildIndex } from '../lib/search/buildIndex';
import type { ChapterInput } from '../lib/search/records';
import { TOOLS } from '../lib/search/tools';

/** The chapter that shows the FAQ (<Faq />); its entries have the yaml slug as id. */
const FAQ_CHAPTER = 'veelgestelde-vragen';

export const GET: APIRoute = async () => {
  const collection = (await getCollection('gids')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const chapters: ChapterInput[] = [];
  for (const ch of collection) {
    const { headings } = await render(ch);
    chapters.push({ id: ch.id, title: ch.data.title, description: ch.data.description, body: ch.body ?? '', headings });
  }
  const phaseChapters = collection.filter((c) => c.id === PHASES_CHAPTER || /<PhaseTimeline[\s/>]/.test(c.body ?? '')).map((c) => c.id);

  const faqChapter = collection.find((c) => /<Faq[\s/>]/.test(c.body ?? ''))?.id ?? FAQ_CHAPTER;
  const faq = (await getCollection('faq')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

  const themeName = new Map<string, string>(THEMES.map((t) => [t.id, t.name]));
  const order = new Map<string, number>(THEMES.map((t, i) => [t.id, i]));
  const vragen = (await getCollection('vragen')).sort((a, b) => (order.get(a.data.theme) ?? 99) - (order.get(b.data.theme) ?? 99));

  const records = buildIndex({
    chapters,
    phases: {
      chapterIds: phaseChapters,
      phases: PHASES.map((p) => {
        const g = PHASE_GUIDANCE[p.n];
        return { n: p.n, name: p.name, text: g ? [g.goal, ...g.steps, g.say].join(' ') : '' };
      }),
    },
    faq: {
      pageHref: `/gids/${faqChapter}/`,
      entries: faq.map((e) => ({ id: e.id, question: e.data.question, answer: e.data.answer, keywords: e.data.keywords })),
    },
    tools: TOOLS,
    themes: vragen.map((v) => ({
      themeName: themeName.get(v.data.theme) ?? v.data.theme,
      questions: v.data.questions.map((q) => ({ id: q.id, text: q.text, keywords: q.keywords })),
    })),
  });

  return new Response(JSON.stringify(records), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
