/**
 * "Mijn vragen": the personal list, read from and written to the shared
 * myQuestions store. Reorder (buttons), edit inline, add own questions, remove,
 * print, copy as text, download as a text file and clear (with confirmation).
 *
 * When storage is full or blocked, an alert says so with the way out (copy,
 * download, print; retry once there is room). A very long list shows its first
 * MAX_SHOWN questions and says so; copy, download and print always take all.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { phaseLabel, phaseName, questionAnchor } from '../../lib/questions/bank.ts';
import { MAX_ITEMS, MAX_TEXT_LENGTH, listToText, type MyQuestion } from '../../lib/questions/myList.ts';
import { currentId } from '../../lib/questions/retired.ts';
import {
  addOwnQuestion,
  clearQuestions,
  dismissNotice,
  editQuestion,
  moveQuestion,
  myQuestions,
  myQuestionsNotice,
  myQuestionsStorage,
  removeQuestion,
  retrySave,
} from '../../lib/stores/myQuestions.ts';
import { useMounted } from './hooks.ts';

export interface MyQuestionsPanelProps {
  /** Heading text; the count is added: "Mijn vragen (3)". */
  title?: string;
  /** Collapsed behind a toggle (narrow screens on /vragen/). */
  collapsible?: boolean;
  /** Where bank questions link to (their place on the bank page). */
  bankPath?: string;
  /** The bank's text of a question, to show "eigen formulering" when the wording was changed. */
  bankText?: (id: string) => string | undefined;
  /** Link to the list on a page of its own. */
  pageHref?: string;
}

const PRINT_CLASS = 'qb-print-mine';
/** Most questions shown at once; a longer list says so and can be shown whole. */
export const MAX_SHOWN = 200;
const TEXT_FILE = 'mijn-vragen.txt';

export function MyQuestionsPanel({
  title = 'Mijn vragen',
  collapsible = false,
  bankPath = '/vragen/',
  bankText,
  pageHref,
}: MyQuestionsPanelProps) {
  const mounted = useMounted();
  const stored = useStore(myQuestions);
  const notice = useStore(myQuestionsNotice);
  const storage = useStore(myQuestionsStorage);
  const [showAll, setShowAll] = useState(false);
  // The server knows no stored list: show the empty state until mounted.
  const list: MyQuestion[] = mounted ? stored : [];

  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [own, setOwn] = useState('');
  const [ownError, setOwnError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [copyFallback, setCopyFallback] = useState<string | null>(null);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<string | null>(null);
  const rootRef = useRef<HTMLElement>(null);

  // Move focus after a re-render (reorder, edit, remove, confirm).
  useEffect(() => {
    const sel = focusAfter.current;
    if (!sel) return;
    focusAfter.current = null;
    const el = sel === 'heading' ? headingRef.current : rootRef.current?.querySelector<HTMLElement>(sel);
    el?.focus();
  });

  // A link to #mijn-vragen opens the collapsed panel.
  useEffect(() => {
    if (!collapsible) return;
    const check = () => {
      if (window.location.hash === '#mijn-vragen') setOpen(true);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [collapsible]);

  const count = list.length;
  const capped = !showAll && count > MAX_SHOWN;
  const shown = capped ? list.slice(0, MAX_SHOWN) : list;
  const expanded = !collapsible || open;
  const bodyId = 'mijn-vragen-inhoud';

  const announce = (msg: string) => {
    // Clear first so the same message is announced again.
    setStatus('');
    window.setTimeout(() => setStatus(msg), 50);
  };

  const move = (q: MyQuestion, index: number, by: number) => {
    moveQuestion(q.id, by);
    const to = Math.min(count - 1, Math.max(0, index + by));
    // Keep focus on the same button, or its sibling when the item hit an end.
    const dir = by < 0 ? 'up' : 'down';
    const atEnd = (by < 0 && to === 0) || (by > 0 && to === count - 1);
    focusAfter.current = `[data-item="${q.id}"] [data-move="${atEnd ? (dir === 'up' ? 'down' : 'up') : dir}"]`;
    announce(`Vraag verplaatst naar plaats ${to + 1} van ${count}.`);
  };

  const startEdit = (q: MyQuestion) => {
    setEditing(q.id);
    setDraft(q.text);
    focusAfter.current = `#bewerk-${q.id}`;
  };

  const saveEdit = (q: MyQuestion) => {
    if (!draft.trim()) {
      announce('Een vraag kan niet leeg zijn. Verwijder de vraag als je ze niet meer nodig hebt.');
      return;
    }
    editQuestion(q.id, draft);
    setEditing(null);
    focusAfter.current = `[data-item="${q.id}"] [data-edit]`;
    announce('Je formulering is bewaard.');
  };

  const cancelEdit = (q: MyQuestion) => {
    setEditing(null);
    focusAfter.current = `[data-item="${q.id}"] [data-edit]`;
  };

  const remove = (q: MyQuestion, index: number) => {
    removeQuestion(q.id);
    const next = list[index + 1] ?? list[index - 1];
    focusAfter.current = next ? `[data-item="${next.id}"] [data-remove]` : 'heading';
    announce(`Vraag verwijderd. Nog ${count - 1} ${count - 1 === 1 ? 'vraag' : 'vragen'} in je lijst.`);
  };

  const submitOwn = (e: Event) => {
    e.preventDefault();
    if (!own.trim()) {
      setOwnError('Schrijf eerst je vraag.');
      focusAfter.current = '#eigen-vraag';
      return;
    }
    const id = addOwnQuestion(own);
    if (!id) {
      setOwnError(
        count >= MAX_ITEMS
          ? `Je lijst is vol: er passen ${MAX_ITEMS} vragen in. Haal eerst een vraag uit je lijst.`
          : 'Deze vraag kon niet worden toegevoegd.',
      );
      return;
    }
    setOwn('');
    setOwnError('');
    announce(`Je eigen vraag is toegevoegd. Je lijst telt nu ${count + 1} ${count + 1 === 1 ? 'vraag' : 'vragen'}.`);
    focusAfter.current = '#eigen-vraag';
  };

  const copy = async () => {
    const text = listToText(list, { phaseName });
    setCopyFallback(null);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      announce('Gekopieerd. Plak de lijst waar je wilt, bijvoorbeeld in een mail of je voorbereiding.');
    } catch {
      setCopyFallback(text);
      announce('Kopiëren lukte niet vanzelf. Selecteer de tekst in het vak hieronder en kopieer hem zelf (Ctrl+C of Cmd+C).');
      focusAfter.current = '#mijn-vragen-tekst';
    }
  };

  const download = () => {
    const text = listToText(list, { phaseName });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = TEXT_FILE;
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(`Je lijst staat in het bestand ${TEXT_FILE}, bij je downloads. Je kunt het openen met elk programma voor tekst.`);
  };

  const retry = () => {
    const result = retrySave();
    announce(
      result === 'ok'
        ? 'Gelukt: je lijst is bewaard in deze browser.'
        : 'Bewaren lukt nog altijd niet. Kopieer, download of druk je lijst af, zodat je niets kwijtraakt.',
    );
  };

  const print = () => {
    if (capped) {
      // Print every question, not only those on screen.
      setShowAll(true);
      window.requestAnimationFrame(() => window.setTimeout(printNow, 0));
      return;
    }
    printNow();
  };

  const printNow = () => {
    const root = document.documentElement;
    const done = () => {
      root.classList.remove(PRINT_CLASS);
      window.removeEventListener('afterprint', done);
    };
    root.classList.add(PRINT_CLASS);
    window.addEventListener('afterprint', done);
    window.print();
    // Browsers that print synchronously have finished here already.
    window.setTimeout(done, 1000);
  };

  const confirmClear = () => {
    clearQuestions();
    setConfirming(false);
    setEditing(null);
    focusAfter.current = 'heading';
    announce('Je lijst is gewist.');
  };

  return (
    <section class={`qb-mine${collapsible ? ' qb-mine-collapsible' : ''}`} aria-labelledby="mijn-vragen-titel" id="mijn-vragen" ref={rootRef}>
      <div class="qb-print-only qb-print-head">
        <p class="qb-print-title">Mijn vragen voor het functioneringsgesprek</p>
        <p>Naam: ______________________ &nbsp; Datum gesprek: ____________</p>
      </div>
      <h2 id="mijn-vragen-titel" class="qb-mine-title" tabIndex={-1} ref={headingRef}>
        {collapsible ? (
          <button type="button" class="qb-mine-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
            <span>
              {title} ({count})
            </span>
            <span class="qb-chevron" aria-hidden="true">
              {open ? '▴' : '▾'}
            </span>
          </button>
        ) : (
          <>
            {title} ({count})
          </>
        )}
      </h2>
      {mounted && notice && (
        <div class="qb-notice" role="alert">
          <p>{notice}</p>
          <button type="button" class="secondary" onClick={dismissNotice}>
            Begrepen
          </button>
        </div>
      )}
      {mounted && storage !== 'ok' && (
        <div class="qb-notice qb-storage" role="alert">
          {storage === 'full' ? (
            <p>
              <strong>De opslag van je browser is vol.</strong> Je lijst staat nog op dit scherm, maar je laatste wijziging is niet
              bewaard. Neem je lijst nu mee: kopieer hem als tekst, download hem als tekstbestand of druk hem af. Maak daarna
              plaats vrij (bijvoorbeeld door oude documenten op deze site te wissen) en kies <em>Probeer opnieuw te bewaren</em>.
            </p>
          ) : (
            <p>
              <strong>Je browser laat deze site niets bewaren.</strong> Dat gebeurt bijvoorbeeld in een privévenster, of als je
              cookies en sitegegevens blokkeert. Je lijst werkt wel, maar alleen zolang deze pagina open is. Kopieer, download of
              druk je lijst af voor je de pagina sluit.
            </p>
          )}
          <div class="qb-row">
            <button type="button" class="secondary" onClick={copy}>
              Kopieer als tekst
            </button>
            <button type="button" class="secondary" onClick={download}>
              Download als tekstbestand
            </button>
            <button type="button" class="secondary" onClick={print}>
              Afdrukken
            </button>
            {storage === 'full' && (
              <button type="button" class="secondary" onClick={retry}>
                Probeer opnieuw te bewaren
              </button>
            )}
          </div>
        </div>
      )}
      <div id={bodyId} class="qb-mine-body" hidden={!expanded}>
        <p class="qb-mine-intro muted">
          Je lijst blijft alleen in deze browser bewaard.
          {pageHref && count > 0 && (
            <>
              {' '}
              <a href={pageHref}>Open je lijst op een eigen pagina</a>.
            </>
          )}
        </p>
        {count === 0 ? (
          <p class="qb-mine-empty">
            Nog geen vragen. Kies <strong>Voeg toe aan mijn vragen</strong> bij een vraag, of schrijf hieronder je eigen vraag.
          </p>
        ) : (
          <>
          {count > MAX_SHOWN && (
            <div class="qb-mine-cap">
              <p>
                {capped
                  ? `Je lijst telt ${count} vragen. Hier zie je de eerste ${MAX_SHOWN}. `
                  : `Je lijst telt ${count} vragen; je ziet ze allemaal. `}
                Alle vragen blijven bewaard. Kopiëren, downloaden en afdrukken nemen ze allemaal mee.
              </p>
              {capped && (
                <button type="button" class="secondary" onClick={() => setShowAll(true)}>
                  Toon alle {count} vragen
                </button>
              )}
            </div>
          )}
          <ol class="qb-mine-list">
            {shown.map((q, i) => {
              const original = q.sourceId ? bankText?.(q.sourceId) : undefined;
              const changed = original !== undefined && original !== q.text;
              const bankId = q.sourceId ? currentId(q.sourceId) : null;
              return (
                <li key={q.id} data-item={q.id} class="qb-mine-item">
                  {editing === q.id ? (
                    <form
                      class="qb-mine-edit"
                      onSubmit={(e) => {
                        e.preventDefault();
                        saveEdit(q);
                      }}
                    >
                      <label for={`bewerk-${q.id}`}>Jouw formulering van vraag {i + 1}</label>
                      <textarea
                        id={`bewerk-${q.id}`}
                        rows={3}
                        maxLength={MAX_TEXT_LENGTH}
                        value={draft}
                        onInput={(e) => setDraft(e.currentTarget.value)}
                        onKeyDown={(e) => {
                          if (e.key === 'Escape') {
                            e.preventDefault();
                            cancelEdit(q);
                          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                            e.preventDefault();
                            saveEdit(q);
                          }
                        }}
                      />
                      <div class="qb-row">
                        <button type="submit">Bewaar</button>
                        <button type="button" class="secondary" onClick={() => cancelEdit(q)}>
                          Annuleer
                        </button>
                      </div>
                    </form>
                  ) : (
                    <>
                      <p class="qb-mine-text" id={`mijn-${q.id}-tekst`}>
                        {q.text}
                      </p>
                      <p class="qb-mine-meta">
                        {q.phase !== undefined && <span>{phaseLabel(q.phase)}</span>}
                        {q.sourceId && bankId ? (
                          <a href={`${bankPath}#${questionAnchor(bankId)}`} class="qb-no-print">
                            {changed ? 'Eigen formulering, bekijk het origineel' : 'Bekijk in de vragenbank'}
                            <span class="visually-hidden"> (vraag {i + 1})</span>
                          </a>
                        ) : (
                          <span>{q.sourceId ? 'Uit een oudere versie van de vragenbank' : 'Eigen vraag'}</span>
                        )}
                      </p>
                      <div class="qb-mine-actions" role="group" aria-label={`Vraag ${i + 1} aanpassen`}>
                        <button
                          type="button"
                          class="secondary qb-icon-btn"
                          data-move="up"
                          title="Omhoog"
                          disabled={i === 0}
                          onClick={() => move(q, i, -1)}
                        >
                          <span aria-hidden="true">↑</span>
                          <span class="visually-hidden">Omhoog (vraag {i + 1})</span>
                        </button>
                        <button
                          type="button"
                          class="secondary qb-icon-btn"
                          data-move="down"
                          title="Omlaag"
                          disabled={i === count - 1}
                          onClick={() => move(q, i, 1)}
                        >
                          <span aria-hidden="true">↓</span>
                          <span class="visually-hidden">Omlaag (vraag {i + 1})</span>
                        </button>
                        <button type="button" class="secondary" data-edit onClick={() => startEdit(q)}>
                          Bewerk<span class="visually-hidden"> vraag {i + 1}</span>
                        </button>
                        <button type="button" class="secondary qb-danger" data-remove onClick={() => remove(q, i)}>
                          Verwijder<span class="visually-hidden"> vraag {i + 1}</span>
                        </button>
                      </div>
                    </>
                  )}
                  <div class="qb-print-only qb-print-notes" aria-hidden="true" />
                </li>
              );
            })}
          </ol>
          </>
        )}

        <form class="qb-mine-own" onSubmit={submitOwn} noValidate>
          <label for="eigen-vraag">Eigen vraag toevoegen</label>
          <textarea
            id="eigen-vraag"
            rows={2}
            maxLength={MAX_TEXT_LENGTH}
            value={own}
            aria-invalid={ownError ? true : undefined}
            aria-describedby={ownError ? 'eigen-vraag-fout' : undefined}
            onInput={(e) => {
              setOwn(e.currentTarget.value);
              if (ownError) setOwnError('');
            }}
          />
          {ownError && (
            <p id="eigen-vraag-fout" class="qb-error">
              {ownError}
            </p>
          )}
          <button type="submit">Toevoegen</button>
        </form>

        {count > 0 && (
          <div class="qb-mine-tools" role="group" aria-label="Je lijst gebruiken">
            <button type="button" class="secondary" onClick={print}>
              Afdrukken
            </button>
            <button type="button" class="secondary" onClick={copy}>
              Kopieer als tekst
            </button>
            <button type="button" class="secondary" onClick={download}>
              Download als tekstbestand
            </button>
            <button
              type="button"
              class="secondary qb-danger"
              data-clear
              onClick={() => {
                setConfirming(true);
                focusAfter.current = '#wis-annuleer';
              }}
            >
              Lijst wissen
            </button>
          </div>
        )}

        {confirming && count > 0 && (
          <div class="qb-confirm" role="group" aria-labelledby="wis-vraag">
            <p id="wis-vraag">
              Wil je alle {count} {count === 1 ? 'vraag' : 'vragen'} uit je lijst wissen? Dat kun je niet ongedaan maken.
            </p>
            <div class="qb-row">
              <button type="button" class="qb-danger-solid" onClick={confirmClear}>
                Ja, wis mijn lijst
              </button>
              <button
                type="button"
                class="secondary"
                id="wis-annuleer"
                onClick={() => {
                  setConfirming(false);
                  focusAfter.current = '[data-clear]';
                  announce('Je lijst is niet gewist.');
                }}
              >
                Annuleer
              </button>
            </div>
          </div>
        )}

        {copyFallback !== null && (
          <div class="qb-copy-fallback">
            <label for="mijn-vragen-tekst">Je lijst als tekst</label>
            <textarea
              id="mijn-vragen-tekst"
              readOnly
              rows={Math.min(12, count + 4)}
              value={copyFallback}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
        )}
      </div>
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
