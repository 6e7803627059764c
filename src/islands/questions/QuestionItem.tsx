import { ROLE_LABELS, phaseHref, phaseLabel, questionAnchor, themeName } from '../../lib/questions/bank.ts';
import type { SearchHit } from '../../lib/questions/search.ts';
import type { BankQuestion } from '../../lib/questions/types.ts';
import { Highlight } from './Highlight.tsx';

export interface QuestionItemProps {
  question: BankQuestion;
  /** Where the search matched (search results only). */
  hit?: SearchHit | undefined;
  /** Show the theme label (in search results, where themes are mixed). */
  showTheme?: boolean;
  inList: boolean;
  onToggle: (q: BankQuestion) => void;
}

/** One question of the bank: text, labels, follow-ups and the add button. */
export function QuestionItem({ question: q, hit, showTheme = false, inList, onToggle }: QuestionItemProps) {
  const anchor = questionAnchor(q.id);
  return (
    <li class="qb-q" id={anchor}>
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
      {q.followUps.length > 0 && (
        <div class="qb-q-follow">
          <p class="qb-q-follow-title">Doorvragen:</p>
          <ul>
            {q.followUps.map((f, i) => (
              <li key={i}>
                <Highlight text={f} ranges={hit?.followUps[i]} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {hit && hit.keywords.length > 0 && hit.text.length === 0 && (
        <p class="qb-q-kw">
          Past bij je zoekwoord: <span>{hit.keywords.slice(0, 4).join(', ')}</span>
        </p>
      )}
      <p class="qb-q-actions qb-js">
        <button
          type="button"
          class={inList ? 'secondary qb-in-list' : 'secondary'}
          aria-describedby={`${anchor}-tekst`}
          onClick={() => onToggle(q)}
        >
          {inList ? (
            <>
              <span aria-hidden="true">✓ </span>Haal uit mijn vragen
            </>
          ) : (
            <>
              <span aria-hidden="true">+ </span>Voeg toe aan mijn vragen
            </>
          )}
        </button>
      </p>
    </li>
  );
}
