/**
 * The reminder to make a backup, and what it needs to know: when the last backup was made and a
 * digest of what was stored then. Kept apart from backup.ts so that the document pages, which
 * show the reminder, do not load the backup code itself.
 */
import { z } from '../forms/zod.ts';
import { lazy } from '../shared/lazy.ts';
import { stableHash } from '../shared/ids.ts';
import { parseJson } from '../shared/json.ts';
import { BACKUP_META_KEY, isDocKey, MY_QUESTIONS_KEY, TEAM_KEY } from '../stores/keys.ts';
import type { KeyValueStore } from '../stores/storage.ts';

export function storageKeys(store: KeyValueStore): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k !== null) keys.push(k);
  }
  return keys;
}

export interface BackupMeta {
  /** ISO instant of the last backup made in this browser. */
  at: string;
  /** Digest of what was stored then. */
  digest: string;
}

/** A digest of everything a backup holds, straight from storage (cheap: no parsing). */
export function storageDigest(store: KeyValueStore): string {
  const keys = storageKeys(store)
    .filter((k) => isDocKey(k) || k === MY_QUESTIONS_KEY || k === TEAM_KEY)
    .sort();
  return stableHash(keys.map((k) => `${k}\u0000${store.getItem(k) ?? ''}`).join('\u0001'));
}

const metaSchema = lazy(() => z.object({ at: z.string().check(z.maxLength(40)), digest: z.string().check(z.maxLength(40)) }));

export function readBackupMeta(store: KeyValueStore): BackupMeta | null {
  try {
    const raw = store.getItem(BACKUP_META_KEY);
    const json = raw === null ? null : parseJson(raw, { maxChars: 1000, maxDepth: 3 });
    const r = json?.ok ? metaSchema().safeParse(json.value) : null;
    return r?.success ? r.data : null;
  } catch {
    return null;
  }
}

/** Remembers that a backup was made now of what is stored now. Never throws (a reminder is a convenience). */
export function markBackupMade(store: KeyValueStore, now: Date): void {
  try {
    store.setItem(BACKUP_META_KEY, JSON.stringify({ at: now.toISOString(), digest: storageDigest(store) }));
  } catch {
    /* full storage: the reminder may come back, nothing is lost */
  }
}

/** Does this browser hold nothing a backup would hold? */
export function holdsNothing(store: KeyValueStore): boolean {
  return !storageKeys(store).some((k) => isDocKey(k) || k === MY_QUESTIONS_KEY || k === TEAM_KEY);
}

/**
 * After a restore into a browser that held nothing, this browser holds exactly what the backup
 * holds: remember that backup (its date), so the reminder does not ask for one at once.
 */
export function markRestoredFrom(store: KeyValueStore, backupCreatedAt: string): void {
  const d = new Date(backupCreatedAt);
  if (Number.isNaN(d.getTime())) return;
  markBackupMade(store, d);
}

export const REMINDER_DAYS = 14;

/**
 * Should the site gently remind the owner to make a backup? Only when something changed since
 * the last backup (or there never was one) and that backup, or else the oldest document, is
 * more than `days` old. Returns the date of the last backup ('' when there was none).
 */
export function backupReminder(store: KeyValueStore, now: Date, days = REMINDER_DAYS): { lastBackup: string } | null {
  const meta = readBackupMeta(store);
  const digest = storageDigest(store);
  if (meta && meta.digest === digest) return null;
  let since = meta?.at ?? '';
  if (!since) {
    let oldest = '';
    for (const key of storageKeys(store)) {
      if (!isDocKey(key)) continue;
      const m = /"createdAt":\s*"([^"]{10,40})"/.exec(store.getItem(key)?.slice(0, 600) ?? '');
      if (m && (!oldest || m[1]! < oldest)) oldest = m[1]!;
    }
    if (!oldest) return null;
    since = oldest;
  }
  const age = now.getTime() - new Date(since).getTime();
  if (!(age > days * 86_400_000)) return null;
  return { lastBackup: meta?.at ?? '' };
}
