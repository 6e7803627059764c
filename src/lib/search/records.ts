/**
 * The search index: compact records for guide chapters and their sections, FAQ
 * entries and the question bank. Built at build time (src/pages/zoekindex.json.ts)
 * from plain inputs, so these builders are pure and unit-tested.
 */
import { fold, markdownToText, snippet, splitSections } from './text.ts';

/** Frequent Dutch words of four letters or more that never help to find a section. */
const STOPWORDS = new Set(
  ('aan alle alles als ander andere beide bent bijvoorbeeld daar daarna daarom dan dat deze die dit doen door dus echt een eens elke even geen gaat gaan geeft goed haar heb hebben heeft heel hier hoe hun iets jezelf jouw jullie kan kunnen kunt maar maakt meer mijn minder moet moeten naar niet niets nooit omdat onder ons onze ook over samen soms staat tegen toch tussen vaak veel voor waar wanneer want wat welke werd wil wilt worden wordt zich zijn zoals zodat zonder zou zullen').split(' '),
);

/** The distinct folded words (≥ 4 letters, no stop words) of `text` that `shown` does not contain. */
export function extraWords(text: string, shown: string): string {
  const have = new Set(fold(shown).match(/[\p{L}\p{N}]+/gu) ?? []);
  const out = new Set<string>();
  for (const w of fold(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length >= 4 && !have.has(w) && !STOPWORDS.has(w)) out.add(w);
  }
  return [...out].join(' ');
}

export type SearchKind = 'gids' | 'faq' | 'vraag';

export interface SearchRecord {
  /** Title: chapter title, section heading, FAQ question or question text. */
  t: string;
  /** Link, with the heading or entry anchor. */
  h: string;
  /** Short text under the title (snippet). */
  s: string;
  k: SearchKind;
  /** Parent page title (for sections). */
  p?: string;
  /** Keywords, not shown. */
  w?: string;
  /** The other words of a guide section (beyond the snippet), folded and deduplicated; not shown. */
  x?: string;
}

export const SNIPPET_LENGTH = 300;

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
  const introWords = extraWords(intro, `${page.t} ${page.s}`);
  if (introWords) page.x = introWords;
  const out: SearchRecord[] = [page];

  const headings = ch.headings.filter((h) => h.depth >= 2 && h.depth <= 6);
  let next = 0;
  let current: { rec: SearchRecord; text: string[] } | null = null;
  let h2 = '';
  const flush = () => {
    if (!current) return;
    const full = current.text.filter(Boolean).join(' ');
    current.rec.s = snippet(full, maxLength);
    const x = extraWords(full, `${current.rec.t} ${current.rec.s}`);
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

export function faqRecords(entries: readonly FaqInput[], pageHref: string, maxLength = 200): SearchRecord[] {
  return entries.map((e) => ({
    t: e.question.trim(),
    h: `${pageHref}#${e.id}`,
    s: snippet(e.answer, maxLength),
    k: 'faq' as const,
    ...(e.keywords?.length ? { w: e.keywords.join(' ') } : {}),
  }));
}

export interface QuestionThemeInput {
  themeName: string;
  questions: readonly { id: string; text: string; keywords?: readonly string[]; followUps?: readonly string[] }[];
}

export function questionRecords(themes: readonly QuestionThemeInput[], pageHref = '/vragen/'): SearchRecord[] {
  return themes.flatMap((th) =>
    th.questions.map((q) => {
      const words = [...(q.keywords ?? []), ...(q.followUps ?? [])].join(' ');
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
  return phases.map((p) => ({
    t: `Fase ${p.n}: ${p.name}`,
    h: `${chapterHref(chapterId)}#fase-${p.n}`,
    s: snippet(p.text, SNIPPET_LENGTH),
    k: 'gids' as const,
    p: chapterTitle,
  }));
}

/** Drop records with a link seen before (the first wins). */
export function dedupeRecords(records: readonly SearchRecord[]): SearchRecord[] {
  const seen = new Set<string>();
  return records.filter((r) => (seen.has(r.h) ? false : (seen.add(r.h), true)));
}
