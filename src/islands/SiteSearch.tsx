/**
 * Site search dialog. Loaded on demand by the tiny loader in SearchButton.astro
 * (on click or "/"), so pages ship no search code until a visitor asks for it; the
 * loader starts fetching the index at the same moment.
 *
 * Accessible combobox: a labelled input controls a listbox of links (a[role=option]),
 * one list in ranked order (what comes first is the best match). Arrow keys move the
 * active result, Enter follows it (or the first), one Esc closes the dialog and focus
 * returns to the button. The result count is announced in a live region. Styles live
 * in SearchButton.astro (global, class prefix "site-search").
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchRecord } from '../lib/search/records.ts';
import { createSearcher, KIND_BADGES, MIN_QUERY_LENGTH, normalizeQuery, resultCountText, type SearchHit, type Searcher } from '../lib/search/search.ts';
import { snippet } from '../lib/search/text.ts';

export const INDEX_URL = '/zoekindex.json';
/** Results shown at most. */
const MAX_RESULTS = 20;

let indexPromise: Promise<SearchRecord[]> | null = null;
/** The index; `started` is the loader's fetch of it, begun while this code loaded. */
function loadIndex(started?: Promise<Response | null>): Promise<SearchRecord[]> {
  indexPromise ??= (started ?? fetch(INDEX_URL, { credentials: 'same-origin' }))
    .then((r) => {
      if (!r?.ok) throw new Error(`HTTP ${r?.status ?? 'error'}`);
      return r.json() as Promise<SearchRecord[]>;
    })
    .catch((e: unknown) => {
      indexPromise = null; // try again next time
      throw e;
    });
  return indexPromise;
}

interface Controller {
  onOpen?: (initial?: string) => void;
  /** The loader's fetch of the index, used once. */
  started?: Promise<Response | null> | undefined;
}

interface Props {
  trigger: HTMLElement;
  controller: Controller;
}

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

function SiteSearch({ trigger, controller }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const following = useRef(false);
  const [query, setQuery] = useState('');
  const [load, setLoad] = useState<LoadState>('idle');
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const [active, setActive] = useState(-1);

  const ensureIndex = () => {
    if (searcher || load === 'loading') return;
    setLoad('loading');
    const started = controller.started;
    controller.started = undefined;
    loadIndex(started).then(
      (records) => {
        setSearcher(() => createSearcher(records));
        setLoad('ready');
      },
      () => setLoad('error'),
    );
  };

  // Called by mountSearch().open() after showModal(); `initial` = what was typed while loading.
  controller.onOpen = (initial) => {
    ensureIndex();
    following.current = false;
    const el = inputRef.current;
    if (!el) return;
    el.focus();
    if (initial) {
      el.value = initial;
      setQuery(initial);
    } else {
      el.select();
    }
  };

  const flat: SearchHit[] = useMemo(() => (searcher ? searcher(query, MAX_RESULTS) : []), [searcher, query]);

  useEffect(() => setActive(-1), [query]);

  useEffect(() => {
    if (active < 0) return;
    listRef.current?.querySelector(`#site-search-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onClose = () => {
      // After following a link, leave focus to the browser (it moves to the target).
      if (!following.current) trigger.focus();
    };
    dialog.addEventListener('close', onClose);
    return () => dialog.removeEventListener('close', onClose);
  }, [trigger]);

  const follow = (hit: SearchHit | undefined, e?: Event) => {
    if (!hit) return;
    e?.preventDefault();
    following.current = true;
    dialogRef.current?.close();
    const url = new URL(hit.record.h, location.href);
    if (url.pathname === location.pathname && url.hash) {
      // Same page: jump to the heading and move focus there.
      location.hash = url.hash;
      const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
      if (target) {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: true });
        target.scrollIntoView();
      }
    } else {
      location.assign(url.href);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.isComposing) return; // an input method (IME) is still composing: its keys are its own
    if (e.key === 'Escape') {
      // A search field's own Escape only empties it; one Escape closes the dialog.
      e.preventDefault();
      dialogRef.current?.close();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (flat.length) setActive((i) => (i + 1) % flat.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (flat.length) setActive((i) => (i <= 0 ? flat.length - 1 : i - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      follow(flat[active >= 0 ? active : 0]);
    }
  };

  const onBackdropClick = (e: MouseEvent) => {
    // A click on the backdrop lands on the <dialog> itself.
    if (e.target === dialogRef.current) dialogRef.current?.close();
  };

  const enoughText = normalizeQuery(query).length >= MIN_QUERY_LENGTH;
  const status =
    load === 'error'
      ? 'De zoekfunctie kon niet laden. Controleer je verbinding en probeer het opnieuw.'
      : load !== 'ready'
        ? 'Even geduld, de zoekfunctie wordt geladen…'
        : resultCountText(flat.length, query);
  const expanded = flat.length > 0;

  return (
    <dialog ref={dialogRef} class="site-search" aria-labelledby="site-search-title" onClick={onBackdropClick}>
      <div class="site-search__panel">
        <div class="site-search__head">
          <h2 id="site-search-title" class="site-search__title">
            Zoeken op de site
          </h2>
          <button type="button" class="secondary site-search__close" onClick={() => dialogRef.current?.close()}>
            Sluiten <span class="visually-hidden">(Esc)</span>
          </button>
        </div>
        <label for="site-search-input" class="site-search__label">
          Zoek in de gids, de veelgestelde vragen, de vragenbank en de formulieren
        </label>
        <input
          ref={inputRef}
          id="site-search-input"
          class="site-search__input"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls="site-search-results"
          aria-activedescendant={active >= 0 ? `site-search-option-${active}` : undefined}
          aria-describedby="site-search-help"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          enterkeyhint="go"
          placeholder="bv. SMART, handtekening, verplicht"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
        <p id="site-search-help" class="site-search__help">
          Gebruik de pijltjestoetsen om een resultaat te kiezen en Enter om het te openen.
        </p>
        <p class="site-search__status" role="status">
          {enoughText || load !== 'ready' ? status : ''}
        </p>
        <div id="site-search-results" class="site-search__results" role="listbox" aria-label="Zoekresultaten" ref={listRef}>
          {flat.map((hit, i) => {
            const r = hit.record;
            // Where the result is: the chapter of a passage, the theme of a question.
            const where = r.k === 'vraag' ? r.s : r.p;
            return (
              <a
                key={r.h}
                id={`site-search-option-${i}`}
                role="option"
                aria-selected={i === active ? 'true' : 'false'}
                tabIndex={-1}
                href={r.h}
                class="site-search__option"
                onClick={(e) => {
                  if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; // new tab: leave it to the browser
                  follow(hit, e);
                }}
                onMouseMove={() => i !== active && setActive(i)}
              >
                <span class="site-search__where">
                  <span class="site-search__kind">{KIND_BADGES[r.k]}</span>
                  {where && (
                    <>
                      <span aria-hidden="true"> · </span>
                      <span class="visually-hidden">, </span>
                      {where}
                    </>
                  )}
                </span>
                <span class="site-search__option-title">{r.t}</span>
                {r.s && r.k !== 'vraag' && <span class="site-search__snippet">{snippet(r.s, 150)}</span>}
              </a>
            );
          })}
        </div>
      </div>
    </dialog>
  );
}

export interface SearchApi {
  /** Open the dialog; `initial` fills the field (keys typed while the code loaded). */
  open(initial?: string): void;
}

/** Render the dialog once (at the end of <body>) and return a handle to open it. */
export function mountSearch(trigger: HTMLElement, started?: Promise<Response | null>): SearchApi {
  const host = document.createElement('div');
  host.className = 'site-search-host';
  document.body.append(host);
  const controller: Controller = { started };
  render(<SiteSearch trigger={trigger} controller={controller} />, host);
  return {
    open(initial) {
      const dialog = host.querySelector('dialog');
      if (!dialog) return;
      if (!dialog.open) dialog.showModal();
      controller.onOpen?.(initial);
    },
  };
}
