/**
 * The personal question list ("Mijn vragen") as pure functions on arrays. Each
 * function returns a new array and leaves its input alone; an operation that does
 * not apply (unknown id, move past the end, empty text) returns the input unchanged.
 * The persisted store in src/lib/stores/myQuestions.ts is built on these.
 */
import { PHASES } from '../content/taxonomy.ts';

export interface MyQuestion {
  /** The bank id ("sam-01") or, for an own question, "eigen-<random>". */
  id: string;
  /** The wording to use: the bank text or the person's own version. */
  text: string;
  /** The bank id when the question came from the bank. */
  sourceId?: string;
  /** Phase 1–7 of the conversation, when known. */
  phase?: number;
}

/** Longest text we keep for one question. */
export const MAX_TEXT_LENGTH = 500;
/**
 * Most questions a list takes in: adding stops here. A longer list that is already
 * stored (from an older version or another tool) is kept whole, never cut.
 */
export const MAX_ITEMS = 200;

const OWN_PREFIX = 'eigen-';

export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_LENGTH);
}

export function hasQuestion(list: readonly MyQuestion[], id: string): boolean {
  return list.some((q) => q.id === id);
}

/** Adds a bank question at the end (once: adding it again changes nothing). */
export function addItem(list: readonly MyQuestion[], item: { id: string; text: string; phase?: number }): MyQuestion[] {
  const text = cleanText(item.text);
  if (!text || hasQuestion(list, item.id) || list.length >= MAX_ITEMS) return [...list];
  const entry: MyQuestion = { id: item.id, text, sourceId: item.id };
  if (item.phase !== undefined && isPhase(item.phase)) entry.phase = item.phase;
  return [...list, entry];
}

/** A new id for an own question, e.g. "eigen-k3x9q2". */
export function newOwnId(random: () => number = Math.random): string {
  let s = '';
  while (s.length < 8) s += Math.floor(random() * 36).toString(36);
  return OWN_PREFIX + s.slice(0, 8);
}

/** Adds a question in the person's own words at the end. */
export function addOwnItem(
  list: readonly MyQuestion[],
  text: string,
  id: string = newOwnId(),
  phase?: number,
): MyQuestion[] {
  const clean = cleanText(text);
  if (!clean || hasQuestion(list, id) || list.length >= MAX_ITEMS) return [...list];
  const entry: MyQuestion = { id, text: clean };
  if (phase !== undefined && isPhase(phase)) entry.phase = phase;
  return [...list, entry];
}

export function removeItem(list: readonly MyQuestion[], id: string): MyQuestion[] {
  return list.filter((q) => q.id !== id);
}

/** Moves the question `by` places (-1 = up, +1 = down), clamped to the list. */
export function moveItem(list: readonly MyQuestion[], id: string, by: number): MyQuestion[] {
  const from = list.findIndex((q) => q.id === id);
  if (from < 0 || !Number.isInteger(by)) return [...list];
  const to = Math.min(list.length - 1, Math.max(0, from + by));
  if (to === from) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}

/** Changes the wording; an empty text leaves the question as it was. */
export function editItem(list: readonly MyQuestion[], id: string, text: string): MyQuestion[] {
  const clean = cleanText(text);
  if (!clean) return [...list];
  return list.map((q) => (q.id === id ? { ...q, text: clean } : q));
}

function isPhase(n: unknown): n is number {
  return typeof n === 'number' && PHASES.some((p) => p.n === n);
}

/** Is `value` one well-formed list item? */
export function isMyQuestion(value: unknown): value is MyQuestion {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !v.id || v.id.length > 100) return false;
  if (typeof v.text !== 'string' || !v.text.trim()) return false;
  if (v.sourceId !== undefined && typeof v.sourceId !== 'string') return false;
  if (v.phase !== undefined && !isPhase(v.phase)) return false;
  return true;
}

/**
 * Checks a value read from storage. Returns the whole list (cleaned copies,
 * duplicates dropped, never shortened) or null when the value is not a list of
 * questions at all.
 */
export function validateList(value: unknown): MyQuestion[] | null {
  if (!Array.isArray(value) || !value.every(isMyQuestion)) return null;
  const seen = new Set<string>();
  const out: MyQuestion[] = [];
  for (const q of value) {
    if (seen.has(q.id)) continue;
    seen.add(q.id);
    // The text is kept as stored: reading never shortens what someone wrote.
    const item: MyQuestion = { id: q.id, text: q.text.trim() };
    if (q.sourceId !== undefined) item.sourceId = q.sourceId;
    if (q.phase !== undefined) item.phase = q.phase;
    out.push(item);
  }
  return out;
}

/** Parses the stored JSON text; null when it is not valid JSON or not a valid list. */
export function parseStoredList(raw: string): MyQuestion[] | null {
  try {
    return validateList(JSON.parse(raw));
  } catch {
    return null;
  }
}

export interface ExportOptions {
  title?: string;
  /** Name of phase n, e.g. "Opening"; when given, each question gets "(fase n: …)". */
  phaseName?: (n: number) => string | undefined;
}

/** The list as plain text, numbered, ready to paste into a mail or a document. */
export function listToText(list: readonly MyQuestion[], options: ExportOptions = {}): string {
  const { title = 'Mijn vragen voor het functioneringsgesprek', phaseName } = options;
  const lines = [title, ''];
  if (list.length === 0) lines.push('(nog geen vragen)');
  list.forEach((q, i) => {
    const name = q.phase !== undefined && phaseName ? phaseName(q.phase) : undefined;
    lines.push(`${i + 1}. ${q.text}${name ? ` (fase ${q.phase}: ${name})` : ''}`);
  });
  return lines.join('\n') + '\n';
}
