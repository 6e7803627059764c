/**
 * Build-time access to the guide chapters and FAQ (astro:content). This is the
 * only file in src/lib/guide that depends on Astro; the pure helpers it uses
 * live beside it and are unit-tested.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { countWords, readingMinutes } from './readingTime';
import { sortChapters } from './chapters';
import { timelineText } from './phaseGuide';
import { comparisonText } from './comparison';
import { conversationTypesText, DECISION_STEPS } from './conversationTypes';

export type Chapter = CollectionEntry<'gids'>;
export type FaqEntry = CollectionEntry<'faq'>;

/** All chapters in reading order. */
export async function getChapters(): Promise<Chapter[]> {
  return sortChapters(await getCollection('gids'));
}

/** All FAQ entries in their order. */
export async function getFaqEntries(): Promise<FaqEntry[]> {
  const entries = await getCollection('faq');
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

let faqWordsCache: number | undefined;
async function faqWords(): Promise<number> {
  if (faqWordsCache === undefined) {
    const entries = await getFaqEntries();
    faqWordsCache = entries.reduce((n, e) => n + countWords(`${e.data.question} ${e.data.answer}`), 0);
  }
  return faqWordsCache;
}

/**
 * Words that components render from data (they are not in the MDX body),
 * keyed by the component's tag name as used in a chapter.
 */
const componentWords: Record<string, () => number | Promise<number>> = {
  PhaseTimeline: () => countWords(timelineText()),
  ComparisonTable: () => countWords(comparisonText()),
  ConversationTypes: () => countWords(conversationTypesText()),
  WhichConversation: () => countWords(DECISION_STEPS.map((s) => `${s.question} ${s.hint ?? ''}`).join(' ')),
  Faq: faqWords,
};

/** Reading time in minutes of a chapter, components included. */
export async function chapterReadingMinutes(chapter: Chapter): Promise<number> {
  const body = chapter.body ?? '';
  let extra = 0;
  for (const [tag, words] of Object.entries(componentWords)) {
    if (new RegExp(`<${tag}[\\s/>]`).test(body)) extra += await words();
  }
  return readingMinutes(body, extra);
}
