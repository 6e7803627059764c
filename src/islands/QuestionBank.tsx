/**
 * The question bank island on /vragen/: instant fuzzy search, filters for role,
 * theme and phase (kept in the URL without adding history entries), the back link
 * to the sheet the person came from, and "Mijn vragen", the personal list.
 *
 * The questions themselves are NOT props: the page renders them once as plain HTML
 * (QuestionList), and this island reads them from there (domBank.ts). Filters show
 * and hide those elements, touching only the ones that change. A search renders
 * its hits here, at most HIT_LIMIT at first; each hit re-renders only when its
 * own highlight or list state changes, and clearing the search just shows the
 * server-rendered list again. Fuse.js loads only when someone searches.
 */
import { useStore } from '@nanostores/preact';
import { Component } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PHASES, type ThemeId } from '../lib/content/taxonomy.ts';
import { backLinkFor, DEFAULT_BACK, type BackLink } from '../lib/questions/backLink.ts';
import { ROLE_FILTER_LABELS } from '../lib/questions/bank.ts';
import type { QuestionSearcher, SearchHit } from '../lib/questions/search.ts';
import { STARTER_IDS } from '../lib/questions/starter.ts';
import {
  EMPTY_STATE,
  isFiltered,
  matchesFilters,
  parseState,
  sameState,
  serializeState,
  type FilterState,
} from '../lib/questions/urlState.ts';
import { addQuestion, myQuestions, myQuestionsStorage, removeQuestion } from '../lib/stores/myQuestions.ts';
import { applyFilters, readDomBank, type DomBank } from './questions/domBank.ts';
import { useMedia, useMounted } from './questions/hooks.ts';
import { LIST_ID, ROOT_ID } from './questions/ids.ts';
import { MyQuestionsPanel, type MyQuestionsPanelProps } from './questions/MyQuestionsPanel.tsx';
import { QuestionItem, setAddButton, type QuestionItemProps } from './questions/QuestionItem.tsx';
import { whenIdle } from '../lib/shared/idle.ts';

export interface QuestionBankProps {
  /** Themes for the filter (id and name only; the questions are in the page). */
  themes: Array<{ id: ThemeId; name: string }>;
  /** Number of questions in the bank. */
  total: number;
}

/** Typing waits this long before the address is updated (off the typing path). */
const URL_DEBOUNCE_MS = 600;
/** Search results shown before "Toon alle …". */
export const HIT_LIMIT = 10;

/** A query starts searching once it has a word of two letters or digits. */
const isSearchable = (q: string) => /[\p{L}\p{N}]{2}/u.test(q);

const HITS_ID = 'qb-treffers';

const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

type SearchModule = typeof import('../lib/questions/search.ts');
let searchModule: Promise<SearchModule> | null = null;
const loadSearch = () => (searchModule ??= import('../lib/questions/search.ts'));

const sameRanges = (a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]) =>
  a.length === b.length && a.every((r, i) => r[0] === b[i]?.[0] && r[1] === b[i]?.[1]);

function sameHit(a: SearchHit | undefined, b: SearchHit | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.question === b.question &&
    sameRanges(a.text, b.text) &&
    a.followUps.length === b.followUps.length &&
    a.followUps.every((r, i) => sameRanges(r, b.followUps[i] ?? [])) &&
    a.keywords.join('\n') === b.keywords.join('\n')
  );
}

/** A search result that re-renders only when its highlight or list state changes. */
class HitItem extends Component<QuestionItemProps> {
  override shouldComponentUpdate(next: QuestionItemProps): boolean {
    const p = this.props;
    return !(p.question === next.question && p.inList === next.inList && p.showTheme === next.showTheme && sameHit(p.hit, next.hit));
  }
  override render() {
    return <QuestionItem {...this.props} />;
  }
}

/** "Mijn vragen", re-rendered only when its own props change (not on every keystroke). */
class Panel extends Component<MyQuestionsPanelProps> {
  override shouldComponentUpdate(next: MyQuestionsPanelProps): boolean {
    const p = this.props;
    return p.collapsible !== next.collapsible || p.bankText !== next.bankText || p.pageHref !== next.pageHref;
  }
  override render() {
    return <MyQuestionsPanel {...this.props} />;
  }
}

export default function QuestionBank({ themes, total }: QuestionBankProps) {
  const mounted = useMounted();
  const wide = useMedia('(min-width: 64rem)');
  const stored = useStore(myQuestions);
  const inList = useMemo(() => new Set(mounted ? stored.map((q) => q.id) : []), [mounted, stored]);

  const [state, setState] = useState<FilterState>(EMPTY_STATE);
  const stateRef = useRef(state);
  stateRef.current = state;
  const [back, setBack] = useState<BackLink>(DEFAULT_BACK);
  const [bank, setBank] = useState<DomBank | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const [action, setAction] = useState('');
  const [showAllFor, setShowAllFor] = useState<string | null>(null);

  // --- mount: the bank from the page, the URL, the back link --------------
  useEffect(() => {
    // The list comes after the island in the page: on a slow connection the island can wake up
    // before the browser has read the whole list, so the bank is read once the page is complete.
    const readBank = () => {
      const root = document.getElementById(LIST_ID);
      if (root) setBank(readDomBank(root));
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', readBank, { once: true });
    else readBank();
    const fromUrl = parseState(window.location.search);
    // Text typed before the island woke up wins over an empty URL.
    const typed = inputRef.current?.value ?? '';
    setState(typed && !fromUrl.q ? { ...fromUrl, q: typed } : fromUrl);
    setBack(backLinkFor(window.location.search, document.referrer, window.location.origin));
    const onPop = () => {
      window.clearTimeout(timer.current);
      const next = parseState(window.location.search);
      typing.current = 0;
      if (!sameState(next, current())) setState(next);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      document.removeEventListener('DOMContentLoaded', readBank);
      window.removeEventListener('popstate', onPop);
    };
  }, []);

  /** Puts the state in the address without a new history entry: Back leaves the page. */
  const writeUrl = (next: FilterState) => {
    const { pathname, search, hash } = window.location;
    const url = pathname + serializeState(next, search) + hash;
    if (url !== pathname + search + hash) window.history.replaceState(window.history.state, '', url);
  };

  /** The state with the text as it is in the search box now (the state takes it over a frame later). */
  const current = (): FilterState => ({ ...stateRef.current, q: inputRef.current?.value ?? stateRef.current.q });

  const flushTyping = () => {
    if (timer.current === undefined) return;
    window.clearTimeout(timer.current);
    timer.current = undefined;
    writeUrl(current());
  };

  // A keystroke only changes the search box: the browser paints the character at once, and the
  // state (and with it the search and the results) takes over the box's text in the task after
  // that frame. Keys typed faster than that are taken together. The text is read from the box at
  // that moment, so the state never holds an older text than the box.
  // While a key waits to be taken over, `typing` holds its turn (0: none); a filter, the reset
  // button or Back sets it to 0, so a waiting key cannot bring back text they replaced.
  const typing = useRef(0);
  const turns = useRef(0);
  const takeTyped = (turn: number) => {
    if (typing.current !== turn) return;
    typing.current = 0;
    const q = inputRef.current?.value ?? '';
    setState((s) => (s.q === q ? s : { ...s, q }));
  };
  const onQuery = () => {
    if (!typing.current) {
      const turn = (typing.current = ++turns.current);
      window.requestAnimationFrame(() => window.setTimeout(() => takeTyped(turn), 0));
    }
    void loadSearch();
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      whenIdle(() => writeUrl(current()), 1000, 50);
    }, URL_DEBOUNCE_MS);
  };

  const setFilter = (patch: Partial<FilterState>) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    typing.current = 0;
    const next = { ...current(), ...patch };
    setState(next);
    writeUrl(next);
  };

  const reset = () => {
    setFilter(EMPTY_STATE);
    inputRef.current?.focus();
  };

  // --- search --------------------------------------------------------------
  const [searcher, setSearcher] = useState<QuestionSearcher | null>(null);
  // The typed character is painted first; the results follow in the task after that frame (onQuery).
  const typed = state.q.trim();
  // The search box is not bound to the state (a render must not undo a key that is still
  // waiting to be taken over): a text that comes from elsewhere (the address, Back, the reset
  // button) is put into it here.
  useLayoutEffect(() => {
    const box = inputRef.current;
    if (box && !typing.current && box.value !== state.q) box.value = state.q;
  }, [state.q]);
  // One letter is not a search yet: the list stays as it is.
  const query = isSearchable(typed) ? typed : '';
  const building = useRef(false);
  /** Loads the search code and builds the index, when the browser is idle. */
  const prepareSearch = (now = false) => {
    if (searcher || building.current || !bank) return;
    building.current = true;
    const build = () => void loadSearch().then((m) => setSearcher(m.createSearcher(bank.questions)));
    if (now) build();
    else whenIdle(build, 1000, 50);
  };
  useEffect(() => {
    if (query) prepareSearch(true);
  }, [query, bank]);

  const hits: SearchHit[] | null = useMemo(() => (query && searcher ? searcher.search(query) : null), [query, searcher]);
  const searching = query !== '' && hits === null;
  const visibleHits = useMemo(() => (hits ? hits.filter((h) => matchesFilters(h.question, state)) : null), [hits, state.rol, state.thema, state.fase]);
  const showAll = showAllFor === query;
  const shownHits = visibleHits && !showAll ? visibleHits.slice(0, HIT_LIMIT) : visibleHits;
  const filtered = isFiltered(state);
  const filterCount = useMemo(
    () => (bank ? bank.questions.reduce((n, q) => n + (matchesFilters(q, state) ? 1 : 0), 0) : total),
    [bank, total, state.rol, state.thema, state.fase],
  );
  const found = query ? (visibleHits?.length ?? 0) : filterCount;

  // The server-rendered list: hidden during a search, filtered otherwise. Only
  // what changes is touched (before the browser paints).
  useLayoutEffect(() => {
    if (!bank) return;
    if (bank.root.hidden !== (query !== '')) bank.root.hidden = query !== '';
    if (!query) applyFilters(bank, state);
  }, [bank, query !== '', state.rol, state.thema, state.fase]);

  // Keep the server-rendered add buttons in step with the list.
  const synced = useRef<ReadonlySet<string>>(new Set());
  useLayoutEffect(() => {
    if (!bank) return;
    const before = synced.current;
    for (const id of inList) if (!before.has(id)) { const b = bank.buttons.get(id); if (b) setAddButton(b, true); }
    for (const id of before) if (!inList.has(id)) { const b = bank.buttons.get(id); if (b) setAddButton(b, false); }
    synced.current = inList;
  }, [bank, inList]);

  const countText = searching
    ? 'Zoeken…'
    : filtered
      ? `${plural(found, 'vraag', 'vragen')} gevonden (van ${total}).` +
        (shownHits && visibleHits && shownHits.length < visibleHits.length ? ` De eerste ${shownHits.length} staan hieronder.` : '')
      : `${total} vragen in ${themes.length} thema's.`;

  // --- my list -------------------------------------------------------------
  const storageNote = () =>
    myQuestionsStorage.get() === 'full'
      ? ' Let op: niet bewaard, de opslag van je browser is vol.'
      : myQuestionsStorage.get() === 'blocked'
        ? ' Let op: je browser bewaart niets, de lijst verdwijnt als je de pagina sluit.'
        : '';

  const toggle = (id: string) => {
    const q = bank?.byId.get(id);
    if (!q) return;
    const count = myQuestions.get().length;
    if (myQuestions.get().some((m) => m.id === id)) {
      removeQuestion(id);
      setAction(`Uit je lijst gehaald. Nog ${plural(count - 1, 'vraag', 'vragen')} in Mijn vragen.${storageNote()}`);
      return;
    }
    const result = addQuestion({ id: q.id, text: q.text, phase: q.phase });
    setAction(
      result === 'list-full'
        ? `Niet toegevoegd: je lijst is vol (${count} vragen). Haal eerst vragen uit je lijst.`
        : `Toegevoegd aan Mijn vragen (${count + 1}).${storageNote()}`,
    );
  };

  const addStarter = () => {
    if (!bank) return;
    let added = 0;
    let had = 0;
    let refused = 0;
    for (const id of STARTER_IDS) {
      const q = bank.byId.get(id);
      if (!q) continue;
      const r = addQuestion({ id: q.id, text: q.text, phase: q.phase });
      if (r === 'added') added++;
      else if (r === 'exists') had++;
      else refused++;
    }
    const parts = [
      added > 0 ? `${plural(added, 'vraag', 'vragen')} toegevoegd aan Mijn vragen.` : 'Geen nieuwe vragen toegevoegd.',
      had > 0 ? `${plural(had, 'vraag stond', 'vragen stonden')} er al in.` : '',
      refused > 0 ? `${refused} niet toegevoegd: je lijst is vol.` : '',
    ];
    setAction(parts.filter(Boolean).join(' ') + storageNote());
  };

  // One click listener for every add button: server-rendered and search results.
  const handlers = useRef({ toggle, addStarter });
  handlers.current = { toggle, addStarter };
  useEffect(() => {
    const root = document.getElementById(ROOT_ID);
    if (!root) return;
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      const add = target?.closest<HTMLButtonElement>('button[data-add]');
      if (add?.dataset.add) handlers.current.toggle(add.dataset.add);
      else if (target?.closest('button[data-add-starter]')) handlers.current.addStarter();
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, []);

  // After "Toon alle …", focus moves to the first result that was not shown before.
  const focusFirstNew = useRef<number | null>(null);
  useEffect(() => {
    const n = focusFirstNew.current;
    if (n === null) return;
    focusFirstNew.current = null;
    document.querySelectorAll<HTMLButtonElement>(`#${HITS_ID} li.qb-q button[data-add]`)[n]?.focus();
  });

  const bankText = useMemo(() => (id: string) => bank?.byId.get(id)?.text, [bank]);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    flushTyping();
  };

  return (
    <>
      <p class="qb-back-wrap">
        <a class="qb-back" href={back.href}>
          <span aria-hidden="true">← </span>
          {back.label}
        </a>
      </p>
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
              aria-controls={HITS_ID}
              onInput={onQuery}
              onFocus={() => prepareSearch()}
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
        <Panel collapsible={!mounted || !wide} bankText={bankText} pageHref="/vragen/mijn-vragen/" />
      </div>

      <div class="qb-hits" id={HITS_ID}>
        {query && visibleHits !== null ? (
          <section aria-labelledby="qb-zoekresultaten">
            <h2 id="qb-zoekresultaten">Zoekresultaten</h2>
            {shownHits && shownHits.length > 0 ? (
              <>
                {shownHits[0]!.unmatched.length > 0 && (
                  <p class="qb-partial">Geen vraag bevat al je zoekwoorden. Dit zijn de vragen met de meeste ervan; bij elke vraag staat welk woord ontbreekt.</p>
                )}
                <ol class="qb-list">
                  {shownHits.map((h) => (
                    <HitItem key={h.question.id} question={h.question} hit={h} showTheme inList={inList.has(h.question.id)} idPrefix="treffer" />
                  ))}
                </ol>
                {visibleHits.length > shownHits.length && (
                  <p class="qb-more">
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => {
                        setShowAllFor(query);
                        focusFirstNew.current = shownHits.length;
                      }}
                    >
                      Toon alle {visibleHits.length} resultaten
                    </button>
                  </p>
                )}
              </>
            ) : (
              <NoResults onReset={reset} />
            )}
          </section>
        ) : !query && bank && filterCount === 0 ? (
          <NoResults onReset={reset} />
        ) : null}
      </div>
    </>
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
