/**
 * The whole question bank as plain HTML: the starter set, a theme menu and every
 * question per theme. Rendered on the server only (no client directive, no
 * JavaScript): the QuestionBank island finds these elements in the page, reads the
 * questions from them for its search and shows or hides them for the filters. So
 * the bank is in the page once.
 */
import { phaseLabel, questionAnchor } from '../../lib/questions/bank.ts';
import { STARTER_INTRO, STARTER_TITLE } from '../../lib/questions/starter.ts';
import type { BankQuestion, BankTheme } from '../../lib/questions/types.ts';
import { QuestionItem } from './QuestionItem.tsx';
import { LIST_ID, STARTER_ID, TOC_ID } from './ids.ts';

export interface QuestionListProps {
  themes: BankTheme[];
  questions: BankQuestion[];
  starter: BankQuestion[];
}


export function QuestionList({ themes, questions, starter }: QuestionListProps) {
  const groups = themes.map((t) => ({ theme: t, items: questions.filter((q) => q.theme === t.id) })).filter((g) => g.items.length > 0);
  return (
    <div class="qb-results" id={LIST_ID}>
      {starter.length > 0 && (
        <section class="qb-starter" id={STARTER_ID} aria-labelledby={`${STARTER_ID}-titel`}>
          <h2 id={`${STARTER_ID}-titel`}>{STARTER_TITLE}</h2>
          <p>{STARTER_INTRO}</p>
          <ol class="qb-starter-list">
            {starter.map((q) => (
              <li key={q.id} data-starter={q.id}>
                <a href={`#${questionAnchor(q.id)}`}>{q.text}</a> <span class="qb-starter-phase">({phaseLabel(q.phase)})</span>
              </li>
            ))}
          </ol>
          <p class="qb-js qb-starter-actions">
            <button type="button" data-add-starter="">
              Zet alle {starter.length} in mijn vragen
            </button>
          </p>
        </section>
      )}
      <nav class="qb-toc" id={TOC_ID} aria-label="Thema's">
        <p class="qb-toc-title">Ga naar een thema:</p>
        <ul>
          {groups.map((g) => (
            <li key={g.theme.id} data-toc={g.theme.id}>
              <a href={`#thema-${g.theme.id}`}>
                {g.theme.name} <span class="qb-toc-n">({g.items.length})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.theme.id} class="qb-theme" data-section={g.theme.id} aria-labelledby={`thema-${g.theme.id}`}>
          <h2 id={`thema-${g.theme.id}`}>{g.theme.name}</h2>
          <p class="qb-theme-intro">{g.theme.intro}</p>
          <ul class="qb-list">
            {g.items.map((q) => (
              <QuestionItem key={q.id} question={q} inList={false} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
