/**
 * Several documents of one kind side by side in storage (e.g. one preparation per employee).
 * Each document is stored as its own envelope. A value that cannot be read is never dropped:
 * it is moved aside under a "beschadigd" key and reported.
 */
import { createEnvelope, openEnvelope, type Codec, type Envelope } from '../documents/envelope.ts';
import { parseJson } from '../shared/json.ts';
import { activeKey, damagedKey, docKey, docPrefix } from './keys.ts';
import { isQuotaError, StorageFullError, type KeyValueStore } from './storage.ts';

export interface DocSummary {
  id: string;
  name: string;
  updatedAt: string;
  /** Kept in this tab only: it could not be written (full storage). */
  unsaved?: boolean;
}

export class DocumentRepo<T> {
  /** Messages about values that could not be read (and were kept aside). */
  readonly problems: string[] = [];
  private readonly reported = new Set<string>();

  constructor(
    readonly codec: Codec<T>,
    private readonly store: KeyValueStore,
  ) {}

  /** All readable documents of this kind, newest first. */
  list(): DocSummary[] {
    const out: DocSummary[] = [];
    for (const key of this.keys()) {
      const env = this.readKey(key);
      if (env) out.push({ id: env.id, name: env.name, updatedAt: env.updatedAt });
    }
    return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  get(id: string): Envelope<T> | null {
    return this.readKey(docKey(this.codec.kind, id));
  }

  /** The raw stored revision of a document, without validating it (cheap; for two-tab checks). */
  storedRev(id: string): number | null {
    const raw = this.store.getItem(docKey(this.codec.kind, id));
    if (raw === null) return null;
    const m = /"rev":\s*(\d+)/.exec(raw.slice(0, 400));
    return m ? Number(m[1]) : 0;
  }

  /** The document the person last worked on, or the newest, or a new empty one (not yet saved). */
  openActive(): Envelope<T> {
    let id: string | null = null;
    try {
      id = this.store.getItem(activeKey(this.codec.kind));
    } catch {
      id = null;
    }
    const active = id ? this.get(id) : null;
    if (active) return active;
    const newest = this.list()[0];
    const env = newest ? this.get(newest.id) : null;
    return env ?? createEnvelope(this.codec);
  }

  setActive(id: string): void {
    try {
      this.store.setItem(activeKey(this.codec.kind), id);
    } catch {
      /* full storage: the active document is a convenience only */
    }
  }

  /** Saves and returns the stored envelope (name, time and revision updated). Throws StorageFullError. */
  save(env: Envelope<T>, now = new Date(), { keepName = false, activate = true } = {}): Envelope<T> {
    const next: Envelope<T> = { ...env, name: (keepName && env.name) || this.codec.nameOf(env.data) || env.name, updatedAt: now.toISOString(), rev: (env.rev ?? 0) + 1 };
    try {
      this.store.setItem(docKey(this.codec.kind, env.id), JSON.stringify(next));
    } catch (e) {
      if (isQuotaError(e)) throw new StorageFullError();
      throw e;
    }
    if (activate) this.setActive(env.id);
    return next;
  }

  remove(id: string): void {
    this.store.removeItem(docKey(this.codec.kind, id));
    try {
      if (this.store.getItem(activeKey(this.codec.kind)) === id) this.store.removeItem(activeKey(this.codec.kind));
    } catch {
      /* ignore */
    }
  }

  isDocKey(key: string | null): boolean {
    return !!key && key.startsWith(docPrefix(this.codec.kind));
  }

  private keys(): string[] {
    const keys: string[] = [];
    for (let i = 0; i < this.store.length; i++) {
      const k = this.store.key(i);
      if (this.isDocKey(k)) keys.push(k!);
    }
    return keys;
  }

  private readKey(key: string): Envelope<T> | null {
    const raw = this.store.getItem(key);
    if (raw === null) return null;
    const json = parseJson(raw, { maxChars: 20_000_000, maxDepth: 40 });
    const env = json.ok ? openEnvelope(this.codec, json.value) : null;
    if (env?.ok) return env.value;
    const aside = damagedKey(key, Date.now());
    let moved = false;
    try {
      this.store.setItem(aside, raw);
      this.store.removeItem(key);
      moved = true;
    } catch {
      /* storage full: leave it where it is */
    }
    if (this.reported.has(key)) return null;
    this.reported.add(key);
    this.problems.push(
      moved
        ? `Een opgeslagen ${this.codec.label} kon niet gelezen worden. Het is apart gezet onder “${aside}” in de opslag van je browser, zodat het niet verloren gaat.`
        : `Een opgeslagen ${this.codec.label} kon niet gelezen worden. Het blijft ongewijzigd in de opslag van je browser staan.`,
    );
    return null;
  }
}
