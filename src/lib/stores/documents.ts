/**
 * Document persistence on nanostores: the open document, the list of documents of its kind and
 * the save state, as atoms that every island on the page can read. Saving is debounced and
 * flushed when the page is hidden; "Opgeslagen" is only said after a write succeeded. Edits in
 * another tab reach this one; when both tabs changed the same field, nothing is dropped: this
 * tab keeps its text and the other version is kept as a separate document. That holds too when
 * both tabs save at the same moment and write the same revision number (each tab's copy of
 * localStorage lags a little behind the other's writes). A document that could not be written
 * (full storage) stays in this tab when the person opens another one, so switching loses nothing.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { createEnvelope, type Codec, type Envelope } from '../documents/envelope.ts';
import { DocumentRepo, type DocSummary } from './repository.ts';
import { covers, lacking, mergeFields, same } from './merge.ts';
import { formatClock } from '../shared/dates.ts';
import { conflictText, otherTabText, TAKEN_TEXT, unsavedText, type Imported } from './documentTexts.ts';
import { isQuotaError, openBrowserStorage, STORAGE_MESSAGES, type KeyValueStore, type StorageMode } from './storage.ts';

export type { Imported };

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
  /**
   * Adds an imported document and opens it. With `replaceSameId`, the same document again (same
   * id, e.g. a report coming back signed) replaces the stored one; when the stored one holds
   * something the file does not (text, a signature), that version is first kept as a document of
   * its own (`keptAs`), so nothing is lost.
   */
  addImported(env: Envelope<T>, replaceSameId?: boolean): Imported;
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
  /** The stored version our last write was based on: the base when another tab writes over it. */
  let ancestor: Envelope<T> | null = null;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The last write failed because storage is full. */
  let full = false;
  /** Documents of this tab that could not be written (full storage), by id: only here until saved. */
  const unsaved = new Map<string, { env: Envelope<T>; base: Envelope<T> | null; ancestor: Envelope<T> | null }>();

  const notify = (n: Notice) => $notices.set([...$notices.get().filter((x) => x.id !== n.id), n]);
  const dismiss = (id: string) => $notices.set($notices.get().filter((x) => x.id !== id));
  const nameOf = (env: Envelope<T>) => codec.nameOf(env.data) || env.name;
  function refreshList(): void {
    if (!repo) return;
    const list = repo.list();
    for (const { env } of unsaved.values()) {
      const i = list.findIndex((d) => d.id === env.id);
      const summary = { id: env.id, name: nameOf(env), updatedAt: list[i]?.updatedAt ?? '', unsaved: true };
      if (i >= 0) list[i] = summary;
      else list.unshift(summary);
    }
    $docs.set(list);
  }
  function noteUnsaved(): void {
    if (!unsaved.size) return dismiss('unsaved');
    notify({ id: 'unsaved', tone: 'error', text: unsavedText([...unsaved.values()].map(({ env }) => nameOf(env))) });
  }
  const fullState = (): SaveState => ({ kind: 'error', code: 'full', message: STORAGE_MESSAGES.full });
  const idle = (): SaveState => (mode === 'memory' ? { kind: 'memory' } : full ? fullState() : { kind: 'saved', at: null });

  /** Keeps a version as a document of its own; returns its name, or null when storage is full. */
  function keepAside(other: Envelope<T>, why = 'versie uit ander tabblad'): string | null {
    if (!repo) return null;
    const copy = { ...createEnvelope(codec, other.data, now()), name: `${nameOf(other) || 'Document'} (${why}, ${formatClock(now())})` };
    try {
      repo.save(copy, now(), { keepName: true, activate: false });
      return copy.name;
    } catch {
      return null;
    }
  }

  /** The name of another document, saved in the last minute (a copy kept aside), that holds exactly this content. */
  function storedElsewhere(env: Envelope<T>): string | null {
    if (!repo) return null;
    const since = now().getTime() - 60_000;
    for (const d of repo.list()) {
      if (d.id === env.id || !(Date.parse(d.updatedAt) >= since)) continue;
      const other = repo.get(d.id);
      if (other && same(other.data, env.data)) return other.name;
    }
    return null;
  }

  /** Another tab saved this document since we read it: merge its changes into ours. */
  function mergeFromStorage(): void {
    if (!repo) return;
    const cur = $env.get();
    const theirs = repo.get(cur.id);
    if (!theirs) return;
    // Another tab wrote over our last write with the same revision: both saved at the same moment.
    // Then the revision says nothing; the content does, and the merge starts from what both began with.
    const overwritten = !!base && (theirs.rev ?? 0) <= (base.rev ?? 0);
    if (base && overwritten && same(theirs.data, base.data)) return;
    if (!dirty && !overwritten) {
      const mine = base;
      base = theirs;
      $env.set(theirs);
      // If our last version gave way to theirs, say where it is (the other tab kept it aside).
      const kept = mine && !same(mine.data, theirs.data) && !same(mine.data, codec.empty()) ? storedElsewhere(mine) : null;
      notify({ id: 'other-tab', tone: kept ? 'warning' : 'info', text: otherTabText(kept) });
      return;
    }
    const from = overwritten ? (ancestor?.data ?? codec.empty()) : (base?.data ?? codec.empty());
    const merged = mergeFields(from, cur.data, theirs.data);
    if (merged.conflicts.length) {
      // Keep the other version whole, as its own document, and say so.
      const name = keepAside(theirs);
      notify({ id: 'conflict', tone: name ? 'warning' : 'error', text: conflictText(name) });
    } else if (merged.taken.length) {
      notify({ id: 'other-tab', tone: 'info', text: TAKEN_TEXT });
    }
    base = theirs;
    $env.set({ ...cur, rev: theirs.rev, data: merged.data });
    if (overwritten && !same(merged.data, theirs.data)) {
      // Our text is no longer in storage: write it (merged) again.
      dirty = true;
      if (!timer) timer = setTimeout(flush, 0);
    }
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!repo || !dirty) return;
    mergeFromStorage();
    try {
      const saved = repo.save($env.get(), now());
      ancestor = base;
      base = saved;
      dirty = false;
      full = false;
      $env.set(saved);
      refreshList();
      $save.set(mode === 'memory' ? { kind: 'memory' } : { kind: 'saved', at: now() });
      if ($notices.get().some((n) => n.id === 'full')) dismiss('full');
    } catch (e) {
      full = isQuotaError(e) || (e instanceof Error && e.name === 'StorageFullError');
      $save.set(full ? fullState() : { kind: 'error', code: 'other', message: 'Bewaren lukte niet. Download een reservekopie.' });
    }
  }

  function open(env: Envelope<T>, persist: boolean): void {
    flush();
    if (dirty) {
      // The open document could not be written: it stays in this tab, and "Open" lists it.
      const cur = $env.get();
      unsaved.set(cur.id, { env: cur, base, ancestor });
      dirty = false;
    }
    const kept = persist ? undefined : unsaved.get(env.id);
    unsaved.delete(env.id);
    if (kept) {
      // Back to a document that could not be written: its text, and another try to write it.
      ({ base, ancestor } = kept);
      dirty = true;
      $env.set(kept.env);
      repo?.setActive(env.id);
      flush();
    } else {
      // The stored version (if any) is the base; a persisted open overwrites it on purpose.
      base = persist ? (repo?.get(env.id) ?? null) : env;
      ancestor = null;
      dirty = persist;
      $env.set(persist && base ? { ...env, rev: base.rev } : env);
      repo?.setActive(env.id);
      if (persist) flush();
    }
    refreshList();
    if (!dirty) $save.set(idle());
    noteUnsaved();
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
      const env = unsaved.get(id)?.env ?? repo?.get(id);
      if (env) open(env, false);
    },
    createNew(data, meta) {
      const env = createEnvelope(codec, data, now());
      open(meta ? { ...env, meta } : env, data !== undefined);
    },
    addImported(env, replaceSameId = false) {
      if (!repo) return { how: 'added', keptAs: null, lacking: [] };
      const cur = $env.get();
      // What this browser has of it: on screen (maybe not written yet), kept in this tab, or stored.
      const mine = cur.id === env.id && repo.storedRev(cur.id) !== null ? cur : (unsaved.get(env.id)?.env ?? repo.get(env.id));
      const asNew = () => ({ ...createEnvelope(codec, env.data, now()), name: env.name, meta: env.meta });
      if (mine && replaceSameId) {
        if (covers(env.data, mine.data)) {
          open(env, true);
          return { how: 'replaced', keptAs: null, lacking: [] };
        }
        const keptAs = keepAside(mine, 'versie die in deze browser stond');
        // No room for a copy: then the file opens beside it, and nothing is overwritten.
        open(keptAs ? env : asNew(), true);
        return { how: keptAs ? 'replaced' : 'added', keptAs, lacking: keptAs ? lacking(env.data, mine.data) : [] };
      }
      open(mine ? asNew() : env, true);
      return { how: 'added', keptAs: null, lacking: [] };
    },
    removeCurrent() {
      if (!repo) return;
      if (timer) clearTimeout(timer);
      dirty = false;
      repo.remove($env.get().id);
      // A document that could not be written before goes first: there may be room for it now.
      const newest = repo.list()[0];
      const next = unsaved.values().next().value?.env ?? (newest && repo.get(newest.id));
      open(next || createEnvelope(codec, undefined, now()), false);
    },
    dismiss,
    onStorage(key) {
      if (!repo || (key !== null && !repo.isDocKey(key))) return;
      refreshList();
      if (key === null || key.endsWith(`:${$env.get().id}`)) mergeFromStorage();
    },
  };
}
