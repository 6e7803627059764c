/**
 * Several documents of one kind side by side in localStorage (e.g. one
 * preparation per employee). Each document is stored as its own envelope; an
 * index keeps names and dates for the document picker. A value that can't be
 * read is never dropped: it is moved aside under a "beschadigd" key and reported.
 */
import { createEnvelope, openEnvelope, type Codec, type Envelope } from './envelope.ts';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** A store in memory: used when the browser refuses localStorage (blocked cookies, some private modes). */
export class MemoryStore implements KeyValueStore {
  private readonly map = new Map<string, string>();
  getItem(key: string) { return this.map.get(key) ?? null; }
  setItem(key: string, value: string) { this.map.set(key, value); }
  removeItem(key: string) { this.map.delete(key); }
  get length() { return this.map.size; }
  key(index: number) { return [...this.map.keys()][index] ?? null; }
}

/** localStorage when the browser allows it (reading it can throw when storage is blocked), else null. */
export function browserStorage(): KeyValueStore | null {
  try {
    const s = globalThis.localStorage;
    if (!s) return null;
    s.setItem('gw:test', '1');
    s.removeItem('gw:test');
    return s;
  } catch {
    return null;
  }
}

export const NO_STORAGE_MESSAGE =
  'Je browser laat deze site niets bewaren (misschien staan cookies of sitegegevens uit). Je kunt gewoon invullen, maar na herladen is alles weg: exporteer je werk als bestand of download de PDF voor je de pagina sluit.';

export interface DocSummary { id: string; name: string; updatedAt: string }

const docKey = (kind: string, id: string) => `gw:doc:${kind}:${id}`;
const activeKey = (kind: string) => `gw:actief:${kind}`;
const prefix = (kind: string) => `gw:doc:${kind}:`;
export const damagedPrefix = 'gw:beschadigd:';

export class DocumentStore<T> {
  /** Messages about values that could not be read (and were kept aside). */
  readonly problems: string[] = [];

  constructor(
    private readonly codec: Codec<T>,
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

  /** The document the person last worked on, or a new empty one. */
  openActive(): Envelope<T> {
    const id = this.store.getItem(activeKey(this.codec.kind));
    const active = id ? this.get(id) : null;
    if (active) return active;
    const newest = this.list()[0];
    if (newest) {
      const env = this.get(newest.id);
      if (env) return this.setActive(env);
    }
    return this.setActive(this.create());
  }

  setActive(env: Envelope<T>): Envelope<T> {
    this.store.setItem(activeKey(this.codec.kind), env.id);
    return env;
  }

  /** A new empty document (not yet saved: it is saved on the first change). */
  create(data?: T): Envelope<T> {
    return createEnvelope(this.codec, data);
  }

  /** Saves; returns the stored envelope with its new name and time. Throws a Dutch message when storage is full. */
  save(env: Envelope<T>, now = new Date()): Envelope<T> {
    const next: Envelope<T> = { ...env, name: this.codec.nameOf(env.data) || env.name, updatedAt: now.toISOString() };
    try {
      this.store.setItem(docKey(this.codec.kind, env.id), JSON.stringify(next));
      this.store.setItem(activeKey(this.codec.kind), env.id);
    } catch {
      throw new Error('Je browser heeft geen opslagruimte meer voor deze site. Exporteer je document als bestand, zodat je niets kwijt bent.');
    }
    return next;
  }

  remove(id: string): void {
    this.store.removeItem(docKey(this.codec.kind, id));
    if (this.store.getItem(activeKey(this.codec.kind)) === id) this.store.removeItem(activeKey(this.codec.kind));
  }

  private keys(): string[] {
    const keys: string[] = [];
    for (let i = 0; i < this.store.length; i++) {
      const k = this.store.key(i);
      if (k?.startsWith(prefix(this.codec.kind))) keys.push(k);
    }
    return keys;
  }

  private readKey(key: string): Envelope<T> | null {
    const raw = this.store.getItem(key);
    if (raw === null) return null;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      json = undefined;
    }
    const env = json === undefined ? null : openEnvelope(this.codec, json);
    if (env?.ok) return env.value;
    const aside = `${damagedPrefix}${key.slice(3)}:${Date.now()}`;
    try {
      this.store.setItem(aside, raw);
      this.store.removeItem(key);
    } catch {
      /* storage full: leave it where it is */
    }
    this.problems.push(`Een opgeslagen ${this.codec.label} kon niet gelezen worden. Het is apart gezet onder "${aside}" in de opslag van je browser, zodat het niet verloren gaat.`);
    return null;
  }
}
