/**
 * One backup file with everything this browser holds for the site: every document (both
 * preparation sheets and the reports), "mijn vragen" and the team data. Plain JSON, or the
 * same JSON encrypted with a passphrase (crypto.ts). Reading a file checks everything with
 * zod/mini before anything is changed (restore.ts).
 */
import type { Envelope } from '../documents/envelope.ts';
import { openEnvelope } from '../documents/envelope.ts';
import { kindLabel } from '../documents/kinds.ts';
import { z } from '../forms/zod.ts';
import { lazy } from '../shared/lazy.ts';
import { parseStoredList, validateList, type MyQuestion } from '../questions/myList.ts';
import { localIsoDate } from '../shared/dates.ts';
import { parseJson } from '../shared/json.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import { isDocKey, MY_QUESTIONS_KEY, TEAM_KEY } from '../stores/keys.ts';
import type { KeyValueStore } from '../stores/storage.ts';
import { emptyTeam, parseTeam, serializeTeam, type TeamData } from '../team/data.ts';
import { codecFor } from './codecs.ts';
import { MIN_PASSPHRASE, open, PBKDF2_ITERATIONS, seal, type Sealed } from './crypto.ts';
import { storageKeys } from './reminder.ts';

export const BACKUP_FORMAT = 'gesprekswijzer-reservekopie';
export const BACKUP_VERSION = 1;
export const MAX_DOCUMENTS = 5000;
/** Characters of a backup file (a year for six people is far below 1 million). */
export const MAX_BACKUP_CHARS = 40_000_000;

export interface BackupContent {
  documents: Envelope<unknown>[];
  myQuestions: MyQuestion[];
  team: TeamData;
}

const NOTHING = 'Er is niets veranderd.';

/** The header an encrypted file is bound to (changing it breaks decryption). */
export const cipherHeader = (iterations: number) => `${BACKUP_FORMAT}/${BACKUP_VERSION}/AES-GCM/PBKDF2-SHA-256/${iterations}`;

const outerSchema = lazy(() => {
  const b64 = z.string().check(z.maxLength(MAX_BACKUP_CHARS), z.regex(/^[A-Za-z0-9+/]*={0,2}$/));
  return z.object({
    format: z.literal(BACKUP_FORMAT),
    version: z.number().check(z.int(), z.positive()),
    createdAt: z._default(z.string().check(z.maxLength(40)), ''),
    encrypted: z.boolean(),
    content: z.optional(z.unknown()),
    cipher: z.optional(
      z.object({
        name: z.literal('AES-GCM'),
        kdf: z.literal('PBKDF2-SHA-256'),
        iterations: z.number().check(z.int()),
        salt: b64,
        iv: b64,
        data: b64,
      }),
    ),
  });
});
const contentSchema = lazy(() => z.object({
  documents: z.array(z.unknown()).check(z.maxLength(MAX_DOCUMENTS)),
  myQuestions: z._default(z.array(z.unknown()), []),
  team: z.unknown(),
}));

/** Collects everything from storage. Values that cannot be read are left out and named in `skipped`. */
export function collectContent(store: KeyValueStore): { content: BackupContent; skipped: string[] } {
  const documents: Envelope<unknown>[] = [];
  const skipped: string[] = [];
  for (const key of storageKeys(store)) {
    if (!isDocKey(key)) continue;
    const raw = store.getItem(key);
    const kind = key.split(':')[2] ?? '';
    const codec = codecFor(kind);
    const json = raw === null ? null : parseJson(raw, { maxChars: 20_000_000, maxDepth: 40 });
    const env = codec && json?.ok ? openEnvelope(codec, json.value) : null;
    if (env?.ok) documents.push(env.value);
    else skipped.push(key);
  }
  documents.sort((a, b) => a.kind.localeCompare(b.kind) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const mq = store.getItem(MY_QUESTIONS_KEY);
  const myQuestions = mq === null ? [] : (parseStoredList(mq) ?? []);
  const rawTeam = store.getItem(TEAM_KEY);
  const teamJson = rawTeam === null ? null : parseJson(rawTeam, { maxChars: 10_000_000, maxDepth: 20 });
  const team = teamJson?.ok ? parseTeam(teamJson.value) : null;
  return { content: { documents, myQuestions, team: team?.ok ? team.value : emptyTeam() }, skipped };
}


export const contentJson = (c: BackupContent): string =>
  JSON.stringify({ documents: c.documents, myQuestions: c.myQuestions, team: JSON.parse(serializeTeam(c.team)) as unknown });

/** The text of a backup file; encrypted when a passphrase is given. */
export async function makeBackupFile(content: BackupContent, now: Date, passphrase?: string): Promise<string> {
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString() };
  if (!passphrase) return JSON.stringify({ ...head, encrypted: false, content: JSON.parse(contentJson(content)) as unknown });
  const sealed = await seal(contentJson(content), passphrase, cipherHeader(PBKDF2_ITERATIONS), PBKDF2_ITERATIONS);
  return JSON.stringify({ ...head, encrypted: true, cipher: { name: 'AES-GCM', kdf: 'PBKDF2-SHA-256', ...sealed } });
}

export const backupFileName = (now: Date, encrypted: boolean) => `gesprekswijzer-reservekopie-${localIsoDate(now)}${encrypted ? '-versleuteld' : ''}.json`;

export function passphraseProblem(pass: string, repeat: string): string | null {
  if (pass.length < MIN_PASSPHRASE) return `Kies een wachtwoord van minstens ${MIN_PASSPHRASE} tekens. Een korte zin van vier of vijf woorden is sterk en makkelijk te onthouden.`;
  if (pass !== repeat) return 'De twee wachtwoorden zijn niet gelijk. Typ ze nog eens.';
  return null;
}

export type BackupFile = { encrypted: false; createdAt: string; content: unknown } | { encrypted: true; createdAt: string; cipher: Sealed };

/** Reads the outside of a backup file. Never throws. */
export function readBackupFile(text: string): Result<BackupFile> {
  const json = parseJson(text, { maxChars: MAX_BACKUP_CHARS, maxDepth: 40 });
  if (!json.ok) return fail(`${json.message} ${NOTHING}`);
  if (typeof json.value === 'object' && json.value !== null && (json.value as { format?: unknown }).format === 'gesprekswijzer') {
    const label = kindLabel(String((json.value as { kind?: unknown }).kind)) ?? 'document';
    return fail(`Dit is de reservekopie van één ${label}, geen reservekopie van alles. Open het op de pagina van dat document (bij “Meer”, “Open een bestand”). ${NOTHING}`);
  }
  const r = outerSchema().safeParse(json.value);
  if (!r.success) return fail(`Dit is geen reservekopie van Gesprekswijzer, of ze is beschadigd. ${NOTHING}`);
  const f = r.data;
  if (f.version > BACKUP_VERSION) return fail(`Deze reservekopie komt uit een nieuwere versie van Gesprekswijzer. Herlaad de pagina en probeer opnieuw. ${NOTHING}`);
  if (f.encrypted) {
    if (!f.cipher) return fail(`Deze versleutelde reservekopie is beschadigd. ${NOTHING}`);
    const { iterations, salt, iv, data } = f.cipher;
    return ok({ encrypted: true, createdAt: f.createdAt, cipher: { iterations, salt, iv, data } });
  }
  if (f.content === undefined) return fail(`Deze reservekopie is beschadigd: de inhoud ontbreekt. ${NOTHING}`);
  return ok({ encrypted: false, createdAt: f.createdAt, content: f.content });
}

/** The content of a backup file: decrypted (when needed) and checked document by document. */
export async function openBackupFile(file: BackupFile, passphrase = ''): Promise<Result<BackupContent>> {
  let content: unknown;
  if (file.encrypted) {
    if (!passphrase) return fail(`Deze reservekopie is versleuteld. Typ het wachtwoord. ${NOTHING}`, 'need-passphrase');
    const plain = await open(file.cipher, passphrase, cipherHeader(file.cipher.iterations));
    if (!plain.ok) return fail(plain.message, plain.code);
    const json = parseJson(plain.value, { maxChars: MAX_BACKUP_CHARS, maxDepth: 40 });
    if (!json.ok) return fail(`De inhoud van deze reservekopie is beschadigd. ${NOTHING}`);
    content = json.value;
  } else content = file.content;
  return validateContent(content);
}

export function validateContent(json: unknown): Result<BackupContent> {
  const r = contentSchema().safeParse(json);
  if (!r.success) return fail(`Deze reservekopie is beschadigd of komt niet van Gesprekswijzer. ${NOTHING}`);
  const documents: Envelope<unknown>[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of r.data.documents.entries()) {
    const kind = typeof raw === 'object' && raw !== null ? String((raw as { kind?: unknown }).kind) : '';
    const codec = codecFor(kind);
    if (!codec) return fail(`Document ${i + 1} in deze reservekopie is van een onbekende soort. ${NOTHING}`);
    const env = openEnvelope(codec, raw);
    if (!env.ok) return fail(`Document ${i + 1} in deze reservekopie kan niet gelezen worden: ${env.message}`);
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(env.value.id) || ids.has(`${kind}:${env.value.id}`)) return fail(`Document ${i + 1} in deze reservekopie heeft een ongeldig kenmerk. ${NOTHING}`);
    ids.add(`${kind}:${env.value.id}`);
    documents.push(env.value);
  }
  const myQuestions = validateList(r.data.myQuestions);
  if (!myQuestions) return fail(`De lijst “Mijn vragen” in deze reservekopie is beschadigd. ${NOTHING}`);
  const team = r.data.team === undefined || r.data.team === null ? ok(emptyTeam()) : parseTeam(r.data.team);
  if (!team.ok) return fail(`${team.message} ${NOTHING}`);
  return ok({ documents, myQuestions, team: team.value });
}
