/**
 * Reads the question bank back from the server-rendered list (QuestionList), so
 * the island needs no second copy of the questions. Also keeps the elements the
 * filters show and hide, and changes them only where something changed.
 */
import { PHASES, ROLE_IDS, THEME_IDS, type RoleId, type ThemeId } from '../../lib/content/taxonomy.ts';
import type { BankQuestion } from '../../lib/questions/types.ts';
import { matchesFilters, type FilterState } from '../../lib/questions/urlState.ts';
import { KEYWORD_SEPARATOR, STARTER_ID, TOC_ID } from './ids.ts';
import { FOLLOW_LABEL, FOLLOW_SEPARATOR, WHY_LABEL } from './QuestionItem.tsx';

export interface DomBank {
  root: HTMLElement;
  questions: BankQuestion[];
  byId: Map<string, BankQuestion>;
  items: HTMLElement[];
  sections: Map<string, HTMLElement>;
  tocItems: Map<string, { li: HTMLElement; count: HTMLElement | null }>;
  toc: HTMLElement | null;
  starter: HTMLElement | null;
  /** The add buttons of the server-rendered questions, by question id. */
  buttons: Map<string, HTMLButtonElement>;
}

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function isRole(v: string | undefined): v is RoleId {
  return v !== undefined && (ROLE_IDS as readonly string[]).includes(v);
}
function isTheme(v: string | undefined): v is ThemeId {
  return v !== undefined && (THEME_IDS as readonly string[]).includes(v);
}

/** "Doorvragen: Wat …? · Hoe …?" → ["Wat …?", "Hoe …?"]. */
export function splitFollowUps(paragraph: string): string[] {
  const body = paragraph.startsWith(FOLLOW_LABEL) ? paragraph.slice(FOLLOW_LABEL.length) : paragraph;
  return body
    .split(FOLLOW_SEPARATOR.trim())
    .map((f) => f.trim())
    .filter(Boolean);
}

/** Reads every question under `root` (the element with id qb-resultaten). */
export function readDomBank(root: HTMLElement): DomBank {
  const questions: BankQuestion[] = [];
  const items: HTMLElement[] = [];
  const buttons = new Map<string, HTMLButtonElement>();
  for (const li of root.querySelectorAll<HTMLElement>('li.qb-q[data-id]')) {
    const d = li.dataset;
    const phase = Number(d.phase);
    if (!d.id || !isRole(d.role) || !isTheme(d.theme) || !PHASES.some((p) => p.n === phase)) continue;
    questions.push({
      id: d.id,
      theme: d.theme,
      role: d.role,
      phase,
      text: text(li.querySelector('.qb-q-text')),
      why: text(li.querySelector('.qb-q-why')).replace(WHY_LABEL, '').trim(),
      followUps: splitFollowUps(text(li.querySelector('.qb-q-follow'))),
      keywords: d.kw ? d.kw.split(KEYWORD_SEPARATOR) : [],
      sensitive: d.sensitive !== undefined,
    });
    items.push(li);
    const button = li.querySelector<HTMLButtonElement>('button[data-add]');
    if (button) buttons.set(d.id, button);
  }
  const sections = new Map<string, HTMLElement>();
  for (const s of root.querySelectorAll<HTMLElement>('section[data-section]')) sections.set(s.dataset.section ?? '', s);
  const tocItems = new Map<string, { li: HTMLElement; count: HTMLElement | null }>();
  for (const li of root.querySelectorAll<HTMLElement>('li[data-toc]')) tocItems.set(li.dataset.toc ?? '', { li, count: li.querySelector('.qb-toc-n') });
  return {
    root,
    questions,
    byId: new Map(questions.map((q) => [q.id, q])),
    items,
    sections,
    tocItems,
    toc: root.querySelector<HTMLElement>(`#${TOC_ID}`),
    starter: root.querySelector<HTMLElement>(`#${STARTER_ID}`),
    buttons,
  };
}

const show = (el: HTMLElement | null | undefined, visible: boolean) => {
  if (el && el.hidden === visible) el.hidden = !visible;
};

/**
 * Shows the questions that pass the role, theme and phase filters and hides the
 * rest, with their themes and menu entries. Touches only elements whose state
 * changes. Returns how many questions are visible.
 */
export function applyFilters(bank: DomBank, state: FilterState): number {
  const perTheme = new Map<string, number>();
  let visible = 0;
  bank.questions.forEach((q, i) => {
    const ok = matchesFilters(q, state);
    show(bank.items[i], ok);
    if (ok) {
      visible++;
      perTheme.set(q.theme, (perTheme.get(q.theme) ?? 0) + 1);
    }
  });
  for (const [id, section] of bank.sections) show(section, (perTheme.get(id) ?? 0) > 0);
  for (const [id, { li, count }] of bank.tocItems) {
    const n = perTheme.get(id) ?? 0;
    show(li, n > 0);
    const label = `(${n})`;
    if (count && count.textContent !== label) count.textContent = label;
  }
  show(bank.toc, perTheme.size > 1);
  show(bank.starter, !state.rol && !state.thema && !state.fase);
  return visible;
}
