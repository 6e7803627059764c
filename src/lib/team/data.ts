/**
 * Team data: what the owner adds on top of the documents. People she added, renamed, merged or
 * archived, and the checklist of agreements from signed reports (status and a short note per
 * agreement). Stored under its own key (TEAM_KEY), never inside a document: a signed report
 * stays exactly as it was signed.
 */
import { z } from '../forms/zod.ts';
import { lazy } from '../shared/lazy.ts';
import { newId } from '../shared/ids.ts';
import { parseJson } from '../shared/json.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import { TEAM_DAMAGED_KEY, TEAM_KEY } from '../stores/keys.ts';
import { isQuotaError, StorageFullError, type KeyValueStore } from '../stores/storage.ts';

/**
 * Where an agreement of a signed report stands during the year. The values 'ongoing' and 'kept'
 * are the ids of AGREEMENT_STATUS (forms/common.ts), so the next report's look-back takes them
 * over as they are; 'open' means "not judged yet" and becomes an empty status there.
 */
export const CHECK_STATUS = [
  { id: 'open', label: 'Open' },
  { id: 'ongoing', label: 'Bezig' },
  { id: 'kept', label: 'Gedaan' },
] as const;
export type CheckStatus = (typeof CHECK_STATUS)[number]['id'];

export interface AgreementCheck {
  status: CheckStatus;
  note: string;
  /** ISO instant of the last change. */
  updatedAt: string;
}

export interface TeamPerson {
  id: string;
  /** The name shown on the team page. */
  name: string;
  /** Other spellings found in documents that belong to this person (after a rename or merge). */
  aliases: string[];
  archived: boolean;
}

export interface TeamData {
  people: TeamPerson[];
  /** Keyed by checkKey(reportId, agreementId). */
  checks: Record<string, AgreementCheck>;
}

export const TEAM_VERSION = 1;
export const MAX_PEOPLE = 500;
export const MAX_NOTE = 500;
const MAX_CHECKS = 20_000;

export const emptyTeam = (): TeamData => ({ people: [], checks: {} });
export const checkKey = (reportId: string, agreementId: string) => `${reportId}:${agreementId}`;

export const teamSchema = lazy(() => {
  const name = z.string().check(z.minLength(1), z.maxLength(120));
  const personSchema = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    name,
    aliases: z._default(z.array(name).check(z.maxLength(100)), []),
    archived: z._default(z.boolean(), false),
  });
  const checkSchema = z.object({
    status: z.enum(['open', 'ongoing', 'kept']),
    note: z._default(z.string().check(z.maxLength(MAX_NOTE)), ''),
    updatedAt: z._default(z.string().check(z.maxLength(40)), ''),
  });
  return z.object({
    version: z.literal(TEAM_VERSION),
    people: z.array(personSchema).check(z.maxLength(MAX_PEOPLE)),
    checks: z.record(z.string().check(z.maxLength(210), z.regex(/^[A-Za-z0-9_-]{1,100}:[A-Za-z0-9_-]{1,100}$/)), checkSchema),
  });
});

/** Team data from parsed JSON (stored value or a backup). Never throws. */
export function parseTeam(json: unknown): Result<TeamData> {
  const r = teamSchema().safeParse(json);
  if (!r.success) return fail('De teamgegevens zijn beschadigd of komen niet van Gesprekswijzer.');
  const keys = Object.keys(r.data.checks);
  if (keys.length > MAX_CHECKS) return fail('De teamgegevens zijn te groot.');
  if (json !== null && typeof json === 'object') {
    // A key such as "__proto__" is not ours, even when a parser lets it through.
    const rawChecks = (json as { checks?: unknown }).checks;
    if (rawChecks && typeof rawChecks === 'object' && Object.keys(rawChecks).length !== keys.length) return fail('De teamgegevens zijn beschadigd of komen niet van Gesprekswijzer.');
  }
  const ids = new Set<string>();
  for (const p of r.data.people) {
    if (ids.has(p.id)) return fail('De teamgegevens zijn beschadigd (twee mensen met hetzelfde kenmerk).');
    ids.add(p.id);
  }
  return ok({ people: r.data.people, checks: r.data.checks });
}

export const serializeTeam = (t: TeamData): string => JSON.stringify({ version: TEAM_VERSION, ...t });

export interface TeamRead {
  team: TeamData;
  /** A Dutch message when the stored value could not be read (it was kept aside). */
  problem: string | null;
}

/** Reads the team data; a damaged value is copied aside (never dropped) and reported. */
export function readTeam(store: KeyValueStore): TeamRead {
  let raw: string | null;
  try {
    raw = store.getItem(TEAM_KEY);
  } catch {
    return { team: emptyTeam(), problem: null };
  }
  if (raw === null) return { team: emptyTeam(), problem: null };
  const json = parseJson(raw, { maxChars: 10_000_000, maxDepth: 20 });
  const team = json.ok ? parseTeam(json.value) : null;
  if (team?.ok) return { team: team.value, problem: null };
  let moved = false;
  try {
    store.setItem(TEAM_DAMAGED_KEY, raw);
    store.removeItem(TEAM_KEY);
    moved = true;
  } catch {
    /* full: leave it where it is */
  }
  return {
    team: emptyTeam(),
    problem: moved
      ? `Je teamgegevens (mensen en afgevinkte afspraken) konden niet gelezen worden. Ze staan apart onder “${TEAM_DAMAGED_KEY}” in de opslag van je browser. Je documenten zijn er nog.`
      : 'Je teamgegevens (mensen en afgevinkte afspraken) konden niet gelezen worden. Ze blijven ongewijzigd staan. Je documenten zijn er nog.',
  };
}

/** Stores the team data. Throws StorageFullError when the browser has no room. */
export function writeTeam(store: KeyValueStore, team: TeamData): void {
  try {
    store.setItem(TEAM_KEY, serializeTeam(team));
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError();
    throw e;
  }
}

/** Same person, same spelling: NFC, trimmed, single spaces, case-insensitive. */
export function nameKey(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl');
}

const cleanName = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 120);

/** Sets the status and note of one agreement. */
export function setCheck(team: TeamData, reportId: string, agreementId: string, change: { status: CheckStatus; note: string }, now = new Date()): TeamData {
  const check: AgreementCheck = { status: change.status, note: change.note.slice(0, MAX_NOTE), updatedAt: now.toISOString() };
  return { ...team, checks: { ...team.checks, [checkKey(reportId, agreementId)]: check } };
}

/** Adds a person by name; returns the team unchanged when the name is empty or already known. */
export function addPerson(team: TeamData, rawName: string, known: readonly string[] = []): Result<TeamData> {
  const n = cleanName(rawName);
  if (!n) return fail('Typ eerst een naam.');
  const key = nameKey(n);
  const taken = team.people.some((p) => nameKey(p.name) === key || p.aliases.some((a) => nameKey(a) === key)) || known.some((k) => nameKey(k) === key);
  if (taken) return fail(`“${n}” staat al in je team.`);
  if (team.people.length >= MAX_PEOPLE) return fail(`Je team kan hoogstens ${MAX_PEOPLE} mensen bevatten.`);
  return ok({ ...team, people: [...team.people, { id: newId(), name: n, aliases: [], archived: false }] });
}

/**
 * The stored record of a person shown on the page. A person found only in documents has no
 * record yet: renaming or archiving creates one, with the document name as an alias.
 */
function ensure(team: TeamData, personId: string, shownName: string): { team: TeamData; person: TeamPerson } {
  const found = team.people.find((p) => p.id === personId);
  if (found) return { team, person: found };
  const person: TeamPerson = { id: personId, name: cleanName(shownName), aliases: [], archived: false };
  return { team: { ...team, people: [...team.people, person] }, person };
}

const replace = (team: TeamData, person: TeamPerson): TeamData => ({ ...team, people: team.people.map((p) => (p.id === person.id ? person : p)) });

export function renamePerson(team: TeamData, personId: string, shownName: string, rawNew: string): Result<TeamData> {
  const n = cleanName(rawNew);
  if (!n) return fail('Typ eerst een naam.');
  const e = ensure(team, personId, shownName);
  const aliases = [...new Set([...e.person.aliases, e.person.name])].filter((a) => nameKey(a) !== nameKey(n));
  return ok(replace(e.team, { ...e.person, name: n, aliases }));
}

export function setArchived(team: TeamData, personId: string, shownName: string, archived: boolean): TeamData {
  const e = ensure(team, personId, shownName);
  return replace(e.team, { ...e.person, archived });
}

/** Merges `fromId` into `intoId`: every name of the first becomes an alias of the second. */
export function mergePeople(team: TeamData, from: { id: string; name: string; aliases?: readonly string[] }, into: { id: string; name: string }): TeamData {
  if (from.id === into.id) return team;
  const e = ensure(team, into.id, into.name);
  const stored = team.people.find((p) => p.id === from.id);
  const names = [from.name, ...(from.aliases ?? []), ...(stored ? [stored.name, ...stored.aliases] : [])];
  const aliases = [...new Map([...e.person.aliases, ...names].filter((a) => nameKey(a) !== nameKey(e.person.name)).map((a) => [nameKey(a), a])).values()].slice(0, 100);
  const merged = replace(e.team, { ...e.person, aliases });
  return { ...merged, people: merged.people.filter((p) => p.id !== from.id) };
}

/**
 * The checklist of one report as the next report's look-back takes it over: 'ongoing' and 'kept'
 * are AGREEMENT_STATUS ids already; 'open' becomes '' (the writer judges it in the talk).
 */
export function carriedStatuses(team: TeamData, reportId: string): Record<string, { status: '' | 'ongoing' | 'kept'; note: string }> {
  const out: Record<string, { status: '' | 'ongoing' | 'kept'; note: string }> = {};
  const prefix = `${reportId}:`;
  for (const [key, c] of Object.entries(team.checks)) {
    if (!key.startsWith(prefix)) continue;
    out[key.slice(prefix.length)] = { status: c.status === 'open' ? '' : c.status, note: c.note };
  }
  return out;
}
