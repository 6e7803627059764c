/**
 * "Mijn vragen": the personal question list, persisted in localStorage.
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
 * With server rendering, render the list only after the component has mounted
 * (useEffect), or the server's empty default can hide the stored list.
 */
import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import {
  addItem,
  addOwnItem,
  editItem,
  moveItem,
  parseStoredList,
  removeItem,
  type MyQuestion,
} from '../questions/myList.ts';

export type { MyQuestion } from '../questions/myList.ts';

export const STORAGE_KEY = 'gw:mijn-vragen:v1';
export const DAMAGED_KEY = 'gw:mijn-vragen:beschadigd';

/** A Dutch message when the stored list could not be read, else null. */
export const myQuestionsNotice = atom<string | null>(null);

const DAMAGED_MESSAGE =
  'Je opgeslagen vragenlijst kon niet gelezen worden. We zijn met een lege lijst gestart. ' +
  `De oude gegevens staan nog in je browser (onder "${DAMAGED_KEY}").`;

function keepDamaged(raw: string): void {
  try {
    if (typeof localStorage !== 'undefined' && localStorage.getItem(DAMAGED_KEY) !== raw) {
      localStorage.setItem(DAMAGED_KEY, raw);
    }
  } catch {
    /* storage full or blocked: nothing more we can do */
  }
}

/** Decodes the stored text; a bad value becomes [] and is kept aside. */
export function decodeList(raw: string): MyQuestion[] {
  const list = parseStoredList(raw);
  if (list) return list;
  keepDamaged(raw);
  myQuestionsNotice.set(DAMAGED_MESSAGE);
  return [];
}

export const myQuestions = persistentAtom<MyQuestion[]>(STORAGE_KEY, [], {
  encode: (value) => JSON.stringify(value),
  decode: decodeList,
});

/** Adds a bank question (once). */
export function addQuestion(item: { id: string; text: string; phase?: number }): void {
  myQuestions.set(addItem(myQuestions.get(), item));
}

/** Adds a question in the person's own words; returns its new id. */
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

export function dismissNotice(): void {
  myQuestionsNotice.set(null);
}
