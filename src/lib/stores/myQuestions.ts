/**
 * "Mijn vragen": the personal question list, kept in localStorage.
 *
 * This store is the shared contract between the question bank (/vragen/) and the
 * preparation sheets: read `myQuestions` (an array of MyQuestion, in the person's
 * order) and change it only through the functions below.
 *
 * Storage key 'gw:mijn-vragen:v1' holds the JSON array. A value that cannot be read
 * (broken JSON, wrong shape, written by something else) never breaks the page: the
 * list starts empty, the raw text is copied to 'gw:mijn-vragen:beschadigd' so nothing
 * is lost, and `myQuestionsNotice` says so in Dutch.
 *
 * Storage can fail. Every change is applied to the list on screen first and then
 * written; a write that fails (storage full, storage blocked) never throws: it sets
 * `myQuestionsStorage` to 'full' or 'blocked', and the next successful write saves
 * the whole list. Nothing stored is ever cut off: a list of any length is read and
 * written back whole (the view may show part of it, and says so).
 *
 * Two tabs see each other's changes (the `storage` event).
 *
 * With server rendering, render the list only after the component has mounted
 * (useEffect), or the server's empty default can hide the stored list.
 */
import { atom } from 'nanostores';
import {
  MAX_ITEMS,
  addItem,
  addOwnItem,
  editItem,
  hasQuestion,
  moveItem,
  parseStoredList,
  removeItem,
  type MyQuestion,
} from '../questions/myList.ts';

export type { MyQuestion } from '../questions/myList.ts';

export const STORAGE_KEY = 'gw:mijn-vragen:v1';
export const DAMAGED_KEY = 'gw:mijn-vragen:beschadigd';

/**
 * How the last read or write of the list went:
 * - 'ok': the list on screen is the stored list;
 * - 'full': the browser's storage is full; the last change is only on screen;
 * - 'blocked': the browser does not let the site store anything (private mode,
 *   blocked cookies and site data); the list lives only as long as the page.
 */
export type StorageStatus = 'ok' | 'full' | 'blocked';

/** A Dutch message when the stored list could not be read, else null. */
export const myQuestionsNotice = atom<string | null>(null);
/** Whether the list on screen is safely stored (see StorageStatus). */
export const myQuestionsStorage = atom<StorageStatus>('ok');

const DAMAGED_MESSAGE =
  'Je opgeslagen vragenlijst kon niet gelezen worden. We zijn met een lege lijst gestart. ' +
  `De oude gegevens staan nog in je browser (onder "${DAMAGED_KEY}").`;
const DAMAGED_UNSAVED_MESSAGE =
  'Je opgeslagen vragenlijst kon niet gelezen worden, en er was geen ruimte om de oude gegevens apart te zetten. ' +
  'We laten ze staan en bewaren je nieuwe lijst pas als er weer ruimte is. Kopieer of druk je nieuwe lijst af voor je de pagina sluit.';

/** The browser's localStorage, or null when it cannot be used at all. */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const isQuota = (e: unknown): boolean =>
  e instanceof Error &&
  (e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (e as Error & { code?: number }).code === 22 ||
    (e as Error & { code?: number }).code === 1014);

/** Raw text that could not be read and could not yet be copied aside: never overwrite it. */
let unsavedRaw: string | null = null;

function keepDamaged(raw: string): boolean {
  const s = storage();
  if (!s) return false;
  try {
    if (s.getItem(DAMAGED_KEY) !== raw) s.setItem(DAMAGED_KEY, raw);
    return true;
  } catch {
    return false;
  }
}

/** Decodes the stored text; a bad value becomes [] and is kept aside. */
export function decodeList(raw: string): MyQuestion[] {
  const list = parseStoredList(raw);
  if (list) return list;
  if (keepDamaged(raw)) {
    myQuestionsNotice.set(DAMAGED_MESSAGE);
  } else {
    unsavedRaw = raw;
    myQuestionsNotice.set(DAMAGED_UNSAVED_MESSAGE);
  }
  return [];
}

/** Reads the stored list; sets the status to 'blocked' when storage cannot be read. */
function readStored(): MyQuestion[] {
  const s = storage();
  if (!s) {
    // On the server there is no storage, and nothing to report.
    if (typeof window !== 'undefined') myQuestionsStorage.set('blocked');
    return [];
  }
  try {
    const raw = s.getItem(STORAGE_KEY);
    return raw === null ? [] : decodeList(raw);
  } catch {
    myQuestionsStorage.set('blocked');
    return [];
  }
}

/** Writes the list; never throws. Returns the resulting status. */
function write(list: readonly MyQuestion[]): StorageStatus {
  const s = storage();
  let status: StorageStatus;
  if (!s) {
    status = 'blocked';
  } else if (unsavedRaw !== null && !keepDamaged(unsavedRaw)) {
    status = 'full';
  } else {
    if (unsavedRaw !== null) {
      // The old text is safe now, under DAMAGED_KEY.
      unsavedRaw = null;
      myQuestionsNotice.set(DAMAGED_MESSAGE);
    }
    try {
      s.setItem(STORAGE_KEY, JSON.stringify(list));
      status = 'ok';
    } catch (e) {
      status = isQuota(e) ? 'full' : 'blocked';
    }
  }
  myQuestionsStorage.set(status);
  return status;
}

export const myQuestions = atom<MyQuestion[]>(readStored());

const setInMemory = myQuestions.set.bind(myQuestions);
/** Sets the list on screen first, then stores it. */
myQuestions.set = (next: MyQuestion[]) => {
  setInMemory(next);
  write(next);
};

if (typeof window !== 'undefined') {
  // Another tab changed the list (or cleared storage).
  window.addEventListener('storage', (e) => {
    if (e.key !== STORAGE_KEY && e.key !== null) return;
    setInMemory(e.newValue === null ? [] : decodeList(e.newValue));
  });
  // Back from the back-forward cache: the list may have changed meanwhile.
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) setInMemory(readStored());
  });
}

/** What happened to an add: added, already in the list, or the list is full. */
export type AddResult = 'added' | 'exists' | 'list-full';

/** Adds a bank question (once). */
export function addQuestion(item: { id: string; text: string; phase?: number }): AddResult {
  const before = myQuestions.get();
  if (hasQuestion(before, item.id)) return 'exists';
  if (before.length >= MAX_ITEMS) return 'list-full';
  myQuestions.set(addItem(before, item));
  return 'added';
}

/** Adds a question in the person's own words; returns its new id (null when not added). */
export function addOwnQuestion(text: string, phase?: number): string | null {
  const before = myQuestions.get();
  const next = addOwnItem(before, text, undefined, phase);
  if (next.length === before.length) return null;
  myQuestions.set(next);
  return next[next.length - 1]?.id ?? null;
}

export function removeQuestion(id: string): void {
  myQuestions.set(removeItem(myQuestions.get(), id));
}

/** Moves a question `by` places: -1 = one up, +1 = one down. */
export function moveQuestion(id: string, by: number): void {
  myQuestions.set(moveItem(myQuestions.get(), id, by));
}

export function editQuestion(id: string, text: string): void {
  myQuestions.set(editItem(myQuestions.get(), id, text));
}

export function clearQuestions(): void {
  myQuestions.set([]);
}

/** Tries to store the list on screen again (after the person freed some space). */
export function retrySave(): StorageStatus {
  return write(myQuestions.get());
}

export function dismissNotice(): void {
  myQuestionsNotice.set(null);
}
