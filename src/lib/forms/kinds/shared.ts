/** Small helpers shared by the kind modules. */
import { z } from 'zod/mini';
import { maxLengthOf } from '../definition.ts';
import type { Json } from './types.ts';

/** Hard cap per text, only against absurd or hostile files (about 20 pages of text). */
export const HARD_TEXT_CAP = 100_000;
/** Hard cap on the rows of any list, against hostile files. */
export const HARD_LIST_CAP = 1_000;

export const text = () => z.string().check(z.maxLength(HARD_TEXT_CAP));
export const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(HARD_LIST_CAP));

/** NFC, unified line breaks, spaces collapsed per line, blank lines dropped, trimmed. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085\v\f]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

export const filled = (s: unknown): boolean => typeof s === 'string' && s.trim() !== '';

export function lengthIssue(field: { kind: string; maxLength?: number }, value: string): string[] {
  const max = maxLengthOf(field);
  return value.length > max
    ? [`Dit antwoord is ${value.length} tekens lang; meer dan ${max} wordt lastig om te bespreken. Je tekst blijft bewaard, maar kort hem liefst in.`]
    : [];
}

export function countIssue(count: number, maxItems: number | undefined, itemLabel: string): string[] {
  return maxItems && count > maxItems ? [`Je hebt er ${count} (${itemLabel.toLowerCase()}); houd het bij ${maxItems}.`] : [];
}

/** Canonical form of a record of strings: sorted keys, normalised text, without `id`. */
export function canonicalRow(row: Record<string, unknown>): { [k: string]: Json } {
  const out: { [k: string]: Json } = {};
  for (const key of Object.keys(row).sort()) {
    if (key === 'id') continue;
    const v = row[key];
    out[key] = typeof v === 'string' ? normalizeText(v) : null;
  }
  return out;
}

export const rowIsEmpty = (row: Record<string, unknown>): boolean =>
  Object.entries(row).every(([k, v]) => k === 'id' || !filled(v));
