/**
 * /zoekindex.json — the site search index, built at build time: guide chapters and
 * their h2/h3 sections, the phases of the conversation, FAQ entries and the question bank.
 */
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { PHASES, PHASES_CHAPTER, THEMES } from '../lib/content/taxonomy';
import { PHASE_GUIDANCE } from '../lib/guide/phaseGuide';
import {
  chapterRecords,
  dedupeRecords,
  faqRecords,
  phaseRecords,
  questionRecords,
  type SearchRecord,
} from '../lib/search/records';

/** The chapter that shows the FAQ (<Faq />); its entries have the yaml slug as id. */
const FAQ_CHAPTER = 'veelgestelde-vragen';

export const GET: APIRoute = async () => {
  const chapters = (await getCollection('gids')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const records: SearchRecord[] = [];

  for (const ch of chapters) {
    const { headings } = await render(ch);
    records.push(
      ...chapterRecords({ id: ch.id, title: ch.data.title, description: ch.data.description, body: ch.body ?? '', headings }),
    );
    if (ch.id === PHASES_CHAPTER || /<PhaseTimeline[\s/>]/.test(ch.body ?? '')) {
      records.push(
        ...phaseRecords(
          ch.id,
          ch.data.title,
          PHASES.map((p) => {
            const g = PHASE_GUIDANCE[p.n];
            return { n: p.n, name: p.name, text: g ? [g.goal, ...g.steps].join(' ') : '' };
          }),
        ),
      );
    }
  }

  const faqChapter = chapters.find((c) => /<Faq[\s/>]/.test(c.body ?? ''))?.id ?? FAQ_CHAPTER;
  const faq = (await getCollection('faq')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  records.push(
    ...faqRecords(
      faq.map((e) => ({ id: e.id, question: e.data.question, answer: e.data.answer, keywords: e.data.keywords })),
      `/gids/${faqChapter}/`,
    ),
  );

  const themeName = new Map<string, string>(THEMES.map((t) => [t.id, t.name]));
  const vragen = await getCollection('vragen');
  const order = new Map<string, number>(THEMES.map((t, i) => [t.id, i]));
  vragen.sort((a, b) => (order.get(a.data.theme) ?? 99) - (order.get(b.data.theme) ?? 99));
  records.push(
    ...questionRecords(
      vragen.map((v) => ({
        themeName: themeName.get(v.data.theme) ?? v.data.theme,
        questions: v.data.questions.map((q) => ({ id: q.id, text: q.text, keywords: q.keywords })),
      })),
    ),
  );

  return new Response(JSON.stringify(dedupeRecords(records)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
