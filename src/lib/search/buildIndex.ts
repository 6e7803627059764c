/**
 * The whole search index from plain inputs: guide chapters with their sections, the
 * phases, the FAQ, the tools and the question bank. src/pages/zoekindex.json.ts feeds
 * it from the content collections; the unit tests feed it from the files, so the
 * index they rank is the one the site serves.
 */
import {
  chapterRecords,
  dedupeRecords,
  faqRecords,
  phaseRecords,
  questionRecords,
  toolRecords,
  type ChapterInput,
  type FaqInput,
  type PhaseInput,
  type QuestionThemeInput,
  type SearchRecord,
} from './records.ts';
import type { ToolEntry } from './tools.ts';

export interface IndexInputs {
  /** In reading order. */
  chapters: readonly ChapterInput[];
  /** The seven phases, and the chapters whose page shows them (anchors #fase-N). */
  phases?: { chapterIds: readonly string[]; phases: readonly PhaseInput[] };
  faq: { pageHref: string; entries: readonly FaqInput[] };
  tools: readonly ToolEntry[];
  themes: readonly QuestionThemeInput[];
}

export function buildIndex(inputs: IndexInputs): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const ch of inputs.chapters) {
    records.push(...chapterRecords(ch));
    if (inputs.phases?.chapterIds.includes(ch.id)) records.push(...phaseRecords(ch.id, ch.title, inputs.phases.phases));
  }
  records.push(...faqRecords(inputs.faq.entries, inputs.faq.pageHref));
  records.push(...toolRecords(inputs.tools));
  records.push(...questionRecords(inputs.themes));
  return dedupeRecords(records);
}
