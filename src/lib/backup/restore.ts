/**
 * Putting a backup back, on this or another device, without ever overwriting silently:
 * - a document with an id this browser does not have is added;
 * - the same id with the same content is skipped;
 * - the same id with other content: both are kept; the restored one becomes a separate copy
 *   named “… (uit reservekopie)”, with its own id;
 * - people in the team data follow the same rule; an agreement's checklist status is added when
 *   new, and when both have one the newest change wins (and the summary says how many);
 * - "mijn vragen": questions that are not in the list yet are added at the end.
 * All writes succeed together or none stays: when storage is full halfway, what was written is
 * taken back and the message says so.
 */
import { createEnvelope, type Envelope } from '../documents/envelope.ts';
import { canonicalJson } from '../forms/canonical.ts';
import type { Json } from '../forms/kinds/index.ts';
import { cleanText, MAX_ITEMS, parseStoredList, type MyQuestion } from '../questions/myList.ts';
import { newId } from '../shared/ids.ts';
import { parseJson } from '../shared/json.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import { docKey, MY_QUESTIONS_KEY, TEAM_KEY } from '../stores/keys.ts';
import { isQuotaError, type KeyValueStore } from '../stores/storage.ts';
import { emptyTeam, parseTeam, serializeTeam, type TeamData, type TeamPerson } from '../team/data.ts';
import type { BackupContent } from './backup.ts';
import { codecFor } from './codecs.ts';

export const COPY_SUFFIX = ' (uit reservekopie)';

export interface RestorePlan {
  /** New documents (ids this browser does not have). */
  added: Envelope<unknown>[];
  /** Same id, other content: the restored one as a separate copy. */
  copies: Envelope<unknown>[];
  /** Same id and same content: nothing to do. */
  same: number;
  team: TeamData;
  teamChanged: boolean;
  peopleAdded: number;
  checksAdded: number;
  checksUpdated: number;
  myQuestions: MyQuestion[] | null;
  questionsAdded: number;
  questionsNotAdded: number;
}

const sameJson = (a: unknown, b: unknown) => canonicalJson(a as Json) === canonicalJson(b as Json);

function readStored(store: KeyValueStore, kind: string, id: string): Envelope<unknown> | null {
  const codec = codecFor(kind);
  const raw = store.getItem(docKey(kind, id));
  if (!codec || raw === null) return null;
  const json = parseJson(raw, { maxChars: 20_000_000, maxDepth: 40 });
  if (!json.ok) return null;
  const data = (json.value as { data?: unknown; version?: unknown }).data;
  const version = (json.value as { version?: unknown }).version;
  const parsed = codec.parse(data, typeof version === 'number' ? version : codec.version);
  return parsed.ok ? ({ ...(json.value as Envelope<unknown>), data: parsed.value }) : ({ ...(json.value as Envelope<unknown>) });
}

function currentTeam(store: KeyValueStore): TeamData {
  const raw = store.getItem(TEAM_KEY);
  const json = raw === null ? null : parseJson(raw, { maxChars: 10_000_000, maxDepth: 20 });
  const t = json?.ok ? parseTeam(json.value) : null;
  return t?.ok ? t.value : emptyTeam();
}

export function planRestore(store: KeyValueStore, content: BackupContent, now = new Date()): RestorePlan {
  const added: Envelope<unknown>[] = [];
  const copies: Envelope<unknown>[] = [];
  const renamed = new Map<string, string>();
  let same = 0;
  for (const env of content.documents) {
    const codec = codecFor(env.kind)!;
    const mine = readStored(store, env.kind, env.id);
    if (!mine) added.push(env);
    else if (sameJson(mine.data, env.data)) same++;
    else {
      const copy: Envelope<unknown> = { ...createEnvelope(codec, env.data, now), name: `${(env.name || codec.nameOf(env.data) || 'Document').slice(0, 250)}${COPY_SUFFIX}`, createdAt: env.createdAt || now.toISOString(), ...(env.meta ? { meta: env.meta } : {}) };
      renamed.set(env.id, copy.id);
      copies.push(copy);
    }
  }

  // Team data.
  const before = currentTeam(store);
  const people: TeamPerson[] = [...before.people];
  let peopleAdded = 0;
  for (const p of content.team.people) {
    const mine = people.find((x) => x.id === p.id);
    if (!mine) {
      people.push(p);
      peopleAdded++;
    } else if (!sameJson(mine, p)) {
      people.push({ ...p, id: newId(), name: `${p.name.slice(0, 100)}${COPY_SUFFIX}`, aliases: [] });
      peopleAdded++;
    }
  }
  const checks = { ...before.checks };
  let checksAdded = 0;
  let checksUpdated = 0;
  for (const [key, c] of Object.entries(content.team.checks)) {
    const [reportId, ...rest] = key.split(':');
    const target = renamed.has(reportId!) ? `${renamed.get(reportId!)}:${rest.join(':')}` : key;
    const mine = checks[target];
    if (!mine) {
      checks[target] = c;
      checksAdded++;
    } else if (!sameJson(mine, c) && c.updatedAt > mine.updatedAt) {
      checks[target] = c;
      checksUpdated++;
    }
  }
  const team = { people, checks };
  const teamChanged = peopleAdded + checksAdded + checksUpdated > 0;

  // Mijn vragen.
  const rawList = store.getItem(MY_QUESTIONS_KEY);
  const list = rawList === null ? [] : parseStoredList(rawList);
  let myQuestions: MyQuestion[] | null = null;
  let questionsAdded = 0;
  let questionsNotAdded = 0;
  if (list) {
    const next = [...list];
    const texts = new Set(next.map((q) => cleanText(q.text).toLocaleLowerCase('nl')));
    for (const q of content.myQuestions) {
      if (next.some((x) => x.id === q.id) || texts.has(cleanText(q.text).toLocaleLowerCase('nl'))) continue;
      if (next.length >= MAX_ITEMS) {
        questionsNotAdded++;
        continue;
      }
      next.push(q);
      texts.add(cleanText(q.text).toLocaleLowerCase('nl'));
      questionsAdded++;
    }
    if (questionsAdded) myQuestions = next;
  } else questionsNotAdded = content.myQuestions.length;

  return { added, copies, same, team, teamChanged, peopleAdded, checksAdded, checksUpdated, myQuestions, questionsAdded, questionsNotAdded };
}

export const RESTORE_FULL =
  'Er is niet genoeg ruimte in je browser om deze reservekopie terug te zetten. Er is niets veranderd: wat al bewaard werd, is teruggenomen. Maak ruimte vrij (verwijder oude documenten die je als PDF bewaard hebt) en probeer opnieuw.';

/** Writes the plan: everything or nothing. */
export function applyRestore(store: KeyValueStore, plan: RestorePlan): Result<RestorePlan, 'full' | 'other'> {
  const writes: [string, string][] = [
    ...[...plan.added, ...plan.copies].map((e): [string, string] => [docKey(e.kind, e.id), JSON.stringify(e)]),
    ...(plan.teamChanged ? [[TEAM_KEY, serializeTeam(plan.team)] as [string, string]] : []),
    ...(plan.myQuestions ? [[MY_QUESTIONS_KEY, JSON.stringify(plan.myQuestions)] as [string, string]] : []),
  ];
  const undo: [string, string | null][] = [];
  try {
    for (const [key, value] of writes) {
      undo.push([key, store.getItem(key)]);
      store.setItem(key, value);
    }
  } catch (e) {
    for (const [key, old] of undo.reverse()) {
      try {
        if (old === null) store.removeItem(key);
        else store.setItem(key, old);
      } catch {
        /* putting back an older, smaller value: nothing more we can do */
      }
    }
    return isQuotaError(e) ? fail(RESTORE_FULL, 'full') : fail('Terugzetten lukte niet: je browser weigerde het bewaren. Er is niets veranderd.', 'other');
  }
  return ok(plan);
}

const n = (count: number, one: string, more: string) => `${count === 1 ? 'één' : count} ${count === 1 ? one : more}`;

/** What the plan does, in Dutch, for the screen (before and after). */
export function describePlan(plan: RestorePlan): string[] {
  const lines: string[] = [];
  if (plan.added.length) lines.push(`${n(plan.added.length, 'document', 'documenten')} nieuw toegevoegd.`);
  if (plan.same) lines.push(`${n(plan.same, 'document stond', 'documenten stonden')} er al, precies zo: overgeslagen.`);
  if (plan.copies.length)
    lines.push(
      `${n(plan.copies.length, 'document staat', 'documenten staan')} hier al, maar met andere inhoud. Je versie blijft staan; die uit de reservekopie komt ernaast, met “uit reservekopie” in de naam: ${plan.copies.map((c) => `“${c.name}”`).join(', ')}.`,
    );
  if (plan.peopleAdded) lines.push(`${n(plan.peopleAdded, 'persoon', 'personen')} toegevoegd aan je team.`);
  if (plan.checksAdded || plan.checksUpdated)
    lines.push(`Afgevinkte afspraken: ${n(plan.checksAdded, 'nieuwe', 'nieuwe')}${plan.checksUpdated ? `, ${plan.checksUpdated} bijgewerkt (de laatste wijziging telt)` : ''}.`);
  if (plan.questionsAdded) lines.push(`${n(plan.questionsAdded, 'vraag', 'vragen')} toegevoegd aan “Mijn vragen”.`);
  if (plan.questionsNotAdded) lines.push(`${n(plan.questionsNotAdded, 'vraag kon', 'vragen konden')} niet bij “Mijn vragen” (de lijst is vol of kon niet gelezen worden).`);
  if (!lines.length || (!plan.added.length && !plan.copies.length && !plan.teamChanged && !plan.myQuestions)) lines.push('Alles uit deze reservekopie staat al in je browser. Er verandert niets.');
  return lines;
}
