/**
 * Document persistence on nanostores: the open document, the list of documents of its kind and
 * the save state, as atoms that every island on the page can read. Saving is debounced and
 * flushed when the page is hidden; "Opgeslagen" is only said after a write succeeded. Edits in
 * another tab reach this one; when both tabs changed the same field, nothing is dropped: this
 * tab keeps its text and the other version is kept as a separate document.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { createEnvelope, type Codec, type Envelope } from '../documents/envelope.ts';
import { DocumentRepo, type DocSummary } from './repository.ts';
import { mergeFields } from './merge.ts';
import { isQuotaError, openBrowserStorage, STORAGE_MESSAGES, type KeyValueStore, type StorageMode } from './storage.ts';

export type SaveState =
  | { kind: 'loading' }
  | { kind: 'saved'; at: Date | null }
  | { kind: 'pending' }
  /** Nothing can be stored (blocked storage): the document lives on this screen only. */
  | { kind: 'memory' }
  | { kind: 'error'; code: 'full' | 'other'; message: string };

export interface Notice {
  id: string;
  tone: 'info' | 'warning' | 'error';
  text: string;
}

export interface DocumentStoreOptions {
  storage?: { store: KeyValueStore; mode: StorageMode };
  saveDelay?: number;
  now?: () => Date;
}

export interface DocumentStore<T> {
  readonly $env: ReadableAtom<Envelope<T>>;
  readonly $docs: ReadableAtom<DocSummary[]>;
  readonly $save: ReadableAtom<SaveState>;
  readonly $notices: ReadableAtom<Notice[]>;
  readonly codec: Codec<T>;
  /**
   * Loads the active document (call after mount: storage does not exist on the server), or the
   * document with `preferId` when it is stored (a link such as /verslag/?doc=<id>).
   */
  load(preferId?: string | null): void;
  update(change: (data: T) => T, meta?: Envelope<T>['meta']): void;
  flush(): void;
  switchTo(id: string): void;
  createNew(data?: T, meta?: Envelope<T>['meta']): void;
  /** Adds an imported document and opens it. The same report again (same id) replaces the stored one. */
  addImported(env: Envelope<T>, replaceSameId?: boolean): 'added' | 'replaced';
  removeCurrent(): void;
  dismiss(noticeId: string): void;
  /** Called by the island with the browser's storage events. */
  onStorage(key: string | null): void;
}

function placeholder<T>(codec: Codec<T>): Envelope<T> {
  return { format: 'gesprekswijzer', kind: codec.kind, version: codec.version, id: 'nieuw', name: '', createdAt: '', updatedAt: '', rev: 0, data: codec.empty() };
}

/** The document id asked for in a page address (?doc=<id>), or null. */
export function requestedDocId(search: string): string | null {
  const id = new URLSearchParams(search).get('doc');
  return id && /^[A-Za-z0-9_-]{1,100}$/.test(id) ? id : null;
}

export function createDocumentStore<T extends object>(codec: Codec<T>, o: DocumentStoreOptions = {}): DocumentStore<T> {
  const $env = atom<Envelope<T>>(placeholder(codec));
  const $docs = atom<DocSummary[]>([]);
  const $save = atom<SaveState>({ kind: 'loading' });
  const $notices = atom<Notice[]>([]);
  const now = o.now ?? (() => new Date());
  const delay = o.saveDelay ?? 400;
  let repo: DocumentRepo<T> | null = null;
  let mode: StorageMode = 'browser';
  /** The stored version this tab last read or wrote: the base of a merge. */
  let base: Envelope<T> | null = null;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const notify = (n: Notice) => $notices.set([...$notices.get().filter((x) => x.id !== n.id), n]);
  const dismiss = (id: string) => $notices.set($notices.get().filter((x) => x.id !== id));
  const refreshList = () => repo && $docs.set(repo.list());
  const idle = (): SaveState => (mode === 'memory' ? { kind: 'memory' } : { kind: 'saved', at: null });

  /** Another tab saved this document since we read it: merge its changes into ours. */
  function mergeFromStorage(): void {
    if (!repo) return;
    const cur = $env.get();
    const theirs = repo.get(cur.id);
    if (!theirs || (base && (theirs.rev ?? 0) === (base.rev ?? 0))) return;
    if (!dirty) {
      base = theirs;
      $env.set(theirs);
      notify({ id: 'other-tab', tone: 'info', text: 'Dit document is bijgewerkt met wat in een ander tabblad getypt werd.' });
      return;
    }
    const merged = mergeFields(base?.data ?? codec.empty(), cur.data, theirs.data);
    if (merged.conflicts.length) {
      // Keep the other version whole, as its own document, and say so.
      const copy = { ...createEnvelope(codec, theirs.data, now()), name: `${theirs.name || 'Document'} (versie uit ander tabblad)` };
      try {
        repo.save(copy, now(), { keepName: true, activate: false });
        notify({
          id: 'conflict',
          tone: 'warning',
          text: `Dit document werd tegelijk in een ander tabblad gewijzigd, op dezelfde plaats. Hier staat jouw tekst; de andere versie is bewaard als apart document “${copy.name}”. Kies het bij “Open”.`,
        });
      } catch {
        notify({ id: 'conflict', tone: 'error', text: 'Dit document werd tegelijk in een ander tabblad gewijzigd. Hier staat jouw tekst; de andere versie kon niet apart bewaard worden (geen opslagruimte). Kijk het andere tabblad na voor je het sluit.' });
      }
    } else if (merged.taken.length) {
      notify({ id: 'other-tab', tone: 'info', text: 'Wat in een ander tabblad getypt werd, is hier bijgevoegd.' });
    }
    base = theirs;
    $env.set({ ...cur, rev: theirs.rev, data: merged.data });
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!repo || !dirty) return;
    mergeFromStorage();
    try {
      const saved = repo.save($env.get(), now());
      base = saved;
      dirty = false;
      $env.set(saved);
      refreshList();
      $save.set(mode === 'memory' ? { kind: 'memory' } : { kind: 'saved', at: now() });
      if ($notices.get().some((n) => n.id === 'full')) dismiss('full');
    } catch (e) {
      const full = isQuotaError(e) || (e instanceof Error && e.name === 'StorageFullError');
      $save.set({ kind: 'error', code: full ? 'full' : 'other', message: full ? STORAGE_MESSAGES.full : 'Bewaren lukte niet. Download een reservekopie.' });
    }
  }

  function open(env: Envelope<T>, persist: boolean): void {
    flush();
    // The stored version (if any) is the base; a persisted open overwrites it on purpose.
    base = persist ? (repo?.get(env.id) ?? null) : env;
    dirty = persist;
    $env.set(persist && base ? { ...env, rev: base.rev } : env);
    repo?.setActive(env.id);
    if (persist) flush();
    else {
      refreshList();
      $save.set(idle());
    }
  }

  return {
    $env,
    $docs,
    $save,
    $notices,
    codec,
    load(preferId) {
      const storage = o.storage ?? openBrowserStorage();
      mode = storage.mode;
      repo = new DocumentRepo(codec, storage.store);
      const wanted = preferId ? repo.get(preferId) : null;
      if (wanted) repo.setActive(wanted.id);
      const env = wanted ?? repo.openActive();
      base = repo.storedRev(env.id) !== null ? env : null;
      $env.set(env);
      refreshList();
      $save.set(idle());
      if (mode === 'memory') notify({ id: 'blocked', tone: 'error', text: STORAGE_MESSAGES.blocked });
      if (preferId && !wanted) notify({ id: 'not-found', tone: 'warning', text: `Het document uit de link staat niet in deze browser. Hier staat ${env.name ? `“${env.name}”` : 'een nieuw document'}. Kies een ander bij “Open”.` });
      for (const [i, text] of repo.problems.entries()) notify({ id: `damaged-${i}`, tone: 'error', text });
    },
    update(change, meta) {
      const cur = $env.get();
      $env.set({ ...cur, data: change(cur.data), ...(meta !== undefined ? { meta } : {}) });
      dirty = true;
      if ($save.get().kind !== 'error') $save.set(mode === 'memory' ? { kind: 'memory' } : { kind: 'pending' });
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, delay);
    },
    flush,
    switchTo(id) {
      const env = repo?.get(id);
      if (env) open(env, false);
    },
    createNew(data, meta) {
      const env = createEnvelope(codec, data, now());
      open(meta ? { ...env, meta } : env, data !== undefined);
    },
    addImported(env, replaceSameId = false) {
      if (!repo) return 'added';
      const taken = repo.get(env.id);
      if (taken && replaceSameId) {
        open(env, true);
        return 'replaced';
      }
      open(taken ? { ...createEnvelope(codec, env.data, now()), name: env.name, meta: env.meta } : env, true);
      return 'added';
    },
    removeCurrent() {
      if (!repo) return;
      if (timer) clearTimeout(timer);
      dirty = false;
      repo.remove($env.get().id);
      const next = repo.list()[0];
      open((next && repo.get(next.id)) || createEnvelope(codec, undefined, now()), false);
    },
    dismiss,
    onStorage(key) {
      if (!repo || (key !== null && !repo.isDocKey(key))) return;
      refreshList();
      if (key === null || key.endsWith(`:${$env.get().id}`)) mergeFromStorage();
    },
  };
}
