import { Fragment } from 'preact';
import { ROLE_LABELS, SENSITIVE_NOTE, phaseHref, phaseLabel, themeName } from '../../lib/questions/bank.ts';
import type { SearchHit } from '../../lib/questions/search.ts';
import type { BankQuestion } from '../../lib/questions/types.ts';
import { Highlight } from './Highlight.tsx';
import { KEYWORD_SEPARATOR } from './ids.ts';

export interface QuestionItemProps {
  question: BankQuestion;
  /** Where the search matched (search results only). */
  hit?: SearchHit | undefined;
  /** Show the theme label (in search results, where themes are mixed). */
  showTheme?: boolean;
  inList: boolean;
  /**
   * Start of the element ids: "vraag" in the bank (the anchors other pages link to),
   * "treffer" in search results, so ids stay unique while both are in the page.
   */
  idPrefix?: string;
}


/** The add button's content; the island sets the same on the server-rendered buttons. */
export const ADD_LABEL = 'Voeg toe aan mijn vragen';
export const REMOVE_LABEL = 'Haal uit mijn vragen';
/** Shown before the reason for a question. */
export const WHY_LABEL = 'Waarom deze vraag?';
/** Shown before the follow-up questions, which are separated by FOLLOW_SEPARATOR. */
export const FOLLOW_LABEL = 'Doorvragen:';
export const FOLLOW_SEPARATOR = ' · ';

/** The add button's classes (its "+" or "✓" comes from CSS). */
const addButtonClass = (inList: boolean) => `secondary qb-add qb-js${inList ? ' qb-in-list' : ''}`;

/**
 * One question of the bank: text, labels, why to ask it, follow-ups and the add
 * button. Rendered on the server for the whole bank (with its data in data-*
 * attributes, which the island reads instead of a second copy of the bank), and
 * in the browser for search results. The add button works through one click
 * listener of the island (data-add), wherever the item was rendered.
 */
export function QuestionItem({ question: q, hit, showTheme = false, inList, idPrefix = 'vraag' }: QuestionItemProps) {
  const anchor = `${idPrefix}-${q.id}`;
  return (
    <li
      class="qb-q"
      id={anchor}
      data-id={q.id}
      data-theme={q.theme}
      data-role={q.role}
      data-phase={q.phase}
      data-kw={q.keywords.join(KEYWORD_SEPARATOR)}
      data-sensitive={q.sensitive ? '' : undefined}
    >
      <p class="qb-q-text" id={`${anchor}-tekst`}>
        <Highlight text={q.text} ranges={hit?.text} />
      </p>
      <p class="qb-q-meta">
        <span class={`qb-tag qb-role-${q.role}`}>{ROLE_LABELS[q.role]}</span>
        {showTheme && <span class="qb-tag">{themeName(q.theme)}</span>}
        <a class="qb-phase no-print-url" href={phaseHref(q.phase)}>
          {phaseLabel(q.phase)}
        </a>
      </p>
      <p class="qb-q-why">
        <strong>{WHY_LABEL}</strong> {q.why}
      </p>
      {q.sensitive && <p class="qb-q-warn">{SENSITIVE_NOTE}</p>}
      {q.followUps.length > 0 && (
        // One paragraph, not a list: 250+ questions stay light for the browser.
        <p class="qb-q-follow">
          <strong>{FOLLOW_LABEL}</strong>{' '}
          {q.followUps.map((f, i) => (
            <Fragment key={i}>
              {i > 0 && FOLLOW_SEPARATOR}
              <Highlight text={f} ranges={hit?.followUps[i]} />
            </Fragment>
          ))}
        </p>
      )}
      {hit && hit.keywords.length > 0 && hit.text.length === 0 && (
        <p class="qb-q-kw">
          Past bij je zoekwoord: <span>{hit.keywords.slice(0, 4).join(', ')}</span>
        </p>
      )}
      {hit && hit.unmatched.length > 0 && (
        <p class="qb-q-kw">
          Zonder: <span>{hit.unmatched.join(', ')}</span>
        </p>
      )}
      <button type="button" class={addButtonClass(inList)} data-add={q.id} aria-describedby={`${anchor}-tekst`}>
        {inList ? REMOVE_LABEL : ADD_LABEL}
      </button>
    </li>
  );
}

/** Sets a server-rendered add button to match the list (what QuestionItem renders). */
export function setAddButton(button: HTMLButtonElement, inList: boolean): void {
  button.className = addButtonClass(inList);
  button.textContent = inList ? REMOVE_LABEL : ADD_LABEL;
}
