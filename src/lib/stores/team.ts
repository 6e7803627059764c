/**
 * The team data as a nanostore, shared by the islands of the team page. Every change is
 * written first; the screen shows it only when the write succeeded (full storage is said).
 */
import { atom } from 'nanostores';
import { fail, ok, type Result } from '../shared/result.ts';
import { emptyTeam, readTeam, writeTeam, type TeamData } from '../team/data.ts';
import { isQuotaError, openBrowserStorage, STORAGE_MESSAGES, type KeyValueStore } from './storage.ts';

export const $team = atom<TeamData>(emptyTeam());
/** A Dutch message when the stored team data could not be read. */
export const $teamProblem = atom<string | null>(null);

let kv: KeyValueStore | null = null;

export function loadTeam(store: KeyValueStore = openBrowserStorage().store): void {
  kv = store;
  const r = readTeam(store);
  $team.set(r.team);
  $teamProblem.set(r.problem);
}

export function changeTeam(change: (t: TeamData) => TeamData): Result<TeamData> {
  const next = change($team.get());
  if (!kv) loadTeam();
  try {
    writeTeam(kv!, next);
  } catch (e) {
    return fail(isQuotaError(e) || (e instanceof Error && e.name === 'StorageFullError') ? STORAGE_MESSAGES.full : 'Bewaren lukte niet. Je browser weigerde het.');
  }
  $team.set(next);
  return ok(next);
}
