/**
 * The question bank island on /vragen/: instant fuzzy search, filters for role,
 * theme and phase (kept in the URL), and "Mijn vragen", the personal list.
 *
 * The server renders the full list with this same component, so without
 * JavaScript every question is there. After hydration the island reads the URL and
 * the stored list. Fuse.js is loaded only when someone searches.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PHASES } from '../lib/content/taxonomy.ts';
import { ROLE_FILTER_LABELS } from '../lib/questions/bank.ts';
import type { QuestionSearcher, SearchHit } from '../lib/questions/search.ts';
import type { BankQuestion, BankTheme } from '../lib/questions/types.ts';
import {
  EMPTY_STATE,
  isFiltered,
  matchesFilters,
  parseState,
  serializeState,
  type FilterState,
} from '../lib/questions/urlState.ts';
import { addQuestion, myQuestions, removeQuestion } from '../lib/stores/myQuestions.ts';
import { useMedia, useMounted } from './questions/hooks.ts';
import { MyQuestionsPanel } from './questions/MyQuestionsPanel.tsx';
import { QuestionItem } from './questions/QuestionItem.tsx';

export interface QuestionBankProps {
  themes: BankTheme[];
  questions: BankQuestion[];
}

/** Typing waits this long before it becomes a history entry. */
const URL_DEBOUNCE_MS = 400;

const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

type SearchModule = typeof import('../lib/questions/search.ts');
let searchModule: Promise<SearchModule> | null = null;
const loadSearch = () => (searchModule ??= import('../lib/questions/search.ts'));

export default function QuestionBank({ themes, questions }: QuestionBankProps) {
  const mounted = useMounted();
  const wide = useMedia('(min-width: 64rem)');
  const stored = useStore(myQuestions);
  const inList = useMemo(() => new Set(mounted ? stored.map((q) => q.id) : []), [mounted, stored]);

  const [state, setState] = useState<FilterState>(EMPTY_STATE);
  const stateRef = useRef(state);
  stateRef.current = state;
  const inputRef = useRef<HTMLInputElement>(null);
  const typingEntry = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const [action, setAction] = useState('');

  // --- URL <-> state -------------------------------------------------------
  useEffect(() => {
    const fromUrl = parseState(window.location.search);
    // Text typed before the island woke up wins over an empty URL.
    const typed = inputRef.current?.value ?? '';
    setState(typed && !fromUrl.q ? { ...fromUrl, q: typed } : fromUrl);
    const onPop = () => {
      window.clearTimeout(timer.current);
      typingEntry.current = false;
      setState(parseState(window.location.search));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const writeUrl = (next: FilterState, mode: 'push' | 'replace') => {
    const url = window.location.pathname + serializeState(next);
    if (url === window.location.pathname + window.location.search) return;
    if (mode === 'push') window.history.pushState({ vragen: true }, '', url);
    else window.history.replaceState({ vragen: true }, '', url);
  };

  /** Ends a typing session: write its last state now. */
  const flushTyping = () => {
    if (timer.current !== undefined) {
      window.clearTimeout(timer.current);
      timer.current = undefined;
      writeUrl(stateRef.current, typingEntry.current ? 'replace' : 'push');
    }
    typingEntry.current = false;
  };

  const onQuery = (q: string) => {
    setState((s) => ({ ...s, q }));
    void loadSearch();
    window.clearTimeout(timer.current);
    // One history entry per typing session: push once, then replace.
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      writeUrl(stateRef.current, typingEntry.current ? 'replace' : 'push');
      typingEntry.current = true;
    }, URL_DEBOUNCE_MS);
  };

  const setFilter = (patch: Partial<FilterState>) => {
    flushTyping();
    const next = { ...stateRef.current, ...patch };
    setState(next);
    writeUrl(next, 'push');
  };

  const reset = () => {
    flushTyping();
    setState(EMPTY_STATE);
    writeUrl(EMPTY_STATE, 'push');
    inputRef.current?.focus();
  };

  // --- search --------------------------------------------------------------
  const [searcher, setSearcher] = useState<QuestionSearcher | null>(null);
  const query = state.q.trim();
  useEffect(() => {
    if (!query || searcher) return;
    let alive = true;
    loadSearch().then((m) => alive && setSearcher(m.createSearcher(questions)));
    return () => {
      alive = false;
    };
  }, [query, searcher, questions]);

  const hits: SearchHit[] | null = useMemo(() => (query && searcher ? searcher.search(query) : null), [query, searcher]);
  const searching = query !== '' && hits === null;

  const visibleHits = hits ? hits.filter((h) => matchesFilters(h.question, state)) : null;
  const visible = visibleHits ? visibleHits.map((h) => h.question) : questions.filter((q) => matchesFilters(q, state));
  const filtered = isFiltered(state);

  const countText = searching
    ? 'Zoeken…'
    : filtered
      ? `${plural(visible.length, 'vraag', 'vragen')} gevonden (van ${questions.length}).`
      : `${questions.length} vragen in ${themes.length} thema's.`;

  // --- my list -------------------------------------------------------------
  const toggle = (q: BankQuestion) => {
    if (inList.has(q.id)) {
      removeQuestion(q.id);
      setAction(`Uit je lijst gehaald. Nog ${plural(stored.length - 1, 'vraag', 'vragen')} in Mijn vragen.`);
    } else {
      addQuestion({ id: q.id, text: q.text, phase: q.phase });
      setAction(`Toegevoegd aan Mijn vragen (${stored.length + 1}).`);
    }
  };

  const bankTexts = useMemo(() => Object.fromEntries(questions.map((q) => [q.id, q.text])), [questions]);

  const item = (q: BankQuestion, hit?: SearchHit) => (
    <QuestionItem key={q.id} question={q} hit={hit} showTheme={!!hit} inList={inList.has(q.id)} onToggle={toggle} />
  );

  const groups = themes
    .map((t) => ({ theme: t, items: visible.filter((q) => q.theme === t.id) }))
    .filter((g) => g.items.length > 0);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    flushTyping();
  };

  return (
    <div class="qb">
      <div class="qb-tools-wrap qb-js">
        <form class="qb-tools" role="search" aria-label="Vragen zoeken en filteren" onSubmit={onSubmit}>
          <div class="qb-field qb-field-q">
            <label for="qb-zoek">Zoek een vraag</label>
            <input
              ref={inputRef}
              id="qb-zoek"
              type="search"
              name="q"
              autocomplete="off"
              spellcheck={false}
              enterkeyhint="search"
              aria-describedby="qb-zoek-hulp"
              aria-controls="qb-resultaten"
              value={state.q}
              onInput={(e) => onQuery(e.currentTarget.value)}
              onFocus={() => void loadSearch()}
              onBlur={flushTyping}
            />
            <p id="qb-zoek-hulp" class="qb-hint">
              Bijvoorbeeld: werkdruk, opleiding, thuiswerk. Tikfouten en accenten maken niet uit.
            </p>
          </div>
          <div class="qb-filters">
            <div class="qb-field">
              <label for="qb-rol">Wie stelt de vraag?</label>
              <select id="qb-rol" name="rol" value={state.rol} onChange={(e) => setFilter({ rol: e.currentTarget.value as FilterState['rol'] })}>
                <option value="">Iedereen</option>
                {(Object.keys(ROLE_FILTER_LABELS) as Array<keyof typeof ROLE_FILTER_LABELS>).map((r) => (
                  <option key={r} value={r}>
                    {ROLE_FILTER_LABELS[r]}
                  </option>
                ))}
              </select>
            </div>
            <div class="qb-field">
              <label for="qb-thema">Thema</label>
              <select id="qb-thema" name="thema" value={state.thema} onChange={(e) => setFilter({ thema: e.currentTarget.value as FilterState['thema'] })}>
                <option value="">Alle thema's</option>
                {themes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
            <div class="qb-field">
              <label for="qb-fase">Fase van het gesprek</label>
              <select id="qb-fase" name="fase" value={String(state.fase)} onChange={(e) => setFilter({ fase: Number(e.currentTarget.value) })}>
                <option value="0">Alle fasen</option>
                {PHASES.map((p) => (
                  <option key={p.n} value={String(p.n)}>
                    {p.n}. {p.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div class="qb-tools-foot">
            <p class="qb-count" role="status">
              {countText}
            </p>
            <button type="button" class="secondary" onClick={reset} disabled={!filtered}>
              Wis zoeken en filters
            </button>
          </div>
        </form>
        <p class="visually-hidden" role="status">
          {action}
        </p>
      </div>

      <div class="qb-mine-wrap qb-js">
        {/* Collapsed until we know the screen is wide: no layout shift on phones. */}
        <MyQuestionsPanel collapsible={!mounted || !wide} bankTexts={bankTexts} pageHref="/vragen/mijn-vragen/" />
      </div>

      <div class="qb-results" id="qb-resultaten">
        {hits !== null && query ? (
          <section aria-labelledby="qb-zoekresultaten">
            <h2 id="qb-zoekresultaten">Zoekresultaten</h2>
            {visibleHits && visibleHits.length > 0 ? (
              <ol class="qb-list">{visibleHits.map((h) => item(h.question, h))}</ol>
            ) : (
              <NoResults onReset={reset} />
            )}
          </section>
        ) : groups.length > 0 ? (
          <>
            {groups.length > 1 && (
              <nav class="qb-toc" aria-label="Thema's">
                <p class="qb-toc-title">Ga naar een thema:</p>
                <ul>
                  {groups.map((g) => (
                    <li key={g.theme.id}>
                      <a href={`#thema-${g.theme.id}`}>
                        {g.theme.name} <span class="qb-toc-n">({g.items.length})</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            {groups.map((g) => (
              <section key={g.theme.id} class="qb-theme" aria-labelledby={`thema-${g.theme.id}`}>
                <h2 id={`thema-${g.theme.id}`}>{g.theme.name}</h2>
                <p class="qb-theme-intro">{g.theme.intro}</p>
                <ul class="qb-list">{g.items.map((q) => item(q))}</ul>
              </section>
            ))}
          </>
        ) : searching ? null : (
          <NoResults onReset={reset} />
        )}
      </div>
    </div>
  );
}

function NoResults({ onReset }: { onReset: () => void }) {
  return (
    <div class="qb-empty">
      <p>Geen vragen gevonden. Probeer een ander woord, of kies minder filters.</p>
      <button type="button" class="secondary" onClick={onReset}>
        Wis zoeken en filters
      </button>
    </div>
  );
}
