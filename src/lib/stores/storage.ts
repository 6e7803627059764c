/**
 * The browser's storage, and what to say when it fails. Blocked storage (reading throws) and
 * full storage (a write throws) are different: full storage still holds every saved document,
 * so it must never be mistaken for blocked storage.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** A store in memory: tests, and browsers that refuse storage (blocked site data, some private modes). */
export class MemoryStore implements KeyValueStore {
  private readonly map = new Map<string, string>();
  /** Characters the store may hold before it throws like a full localStorage (tests). */
  constructor(private readonly quota = Infinity) {}
  getItem(key: string) { return this.map.get(key) ?? null; }
  setItem(key: string, value: string) {
    const used = [...this.map].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) { this.map.delete(key); }
  get length() { return this.map.size; }
  key(index: number) { return [...this.map.keys()][index] ?? null; }
}

export type StorageMode = 'browser' | 'memory';

/** localStorage when the browser lets us read it; otherwise an in-memory store. Only reads are probed. */
export function openBrowserStorage(): { store: KeyValueStore; mode: StorageMode } {
  try {
    const s = globalThis.localStorage;
    if (s) {
      void s.length;
      s.getItem('gw:probe');
      return { store: s, mode: 'browser' };
    }
  } catch {
    /* blocked */
  }
  return { store: new MemoryStore(), mode: 'memory' };
}

/** A write failed because storage is full (or the quota is reached). */
export class StorageFullError extends Error {
  constructor() {
    super(STORAGE_MESSAGES.full);
    this.name = 'StorageFullError';
  }
}

export function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException ? e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014 : e instanceof StorageFullError;
}

export const STORAGE_MESSAGES = {
  full: 'Je browser heeft geen ruimte meer om dit op te slaan. Wat je nu typt, staat alleen op dit scherm. Download een reservekopie (of de PDF), en maak ruimte vrij door oude documenten te verwijderen.',
  blocked: 'Je browser laat deze site niets bewaren (misschien staan cookies of sitegegevens uit, of is dit een privévenster). Je kunt gewoon invullen, maar na herladen is alles weg. Download een reservekopie of de PDF voor je de pagina sluit.',
} as const;
