/**
 * Binds a document kind to localStorage for an island: loads the active document
 * after mount (the server-rendered HTML shows an empty form), autosaves changes
 * (debounced) and flushes pending changes when the page is hidden.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Codec, Envelope } from '../../lib/documents/envelope.ts';
import { DocumentStore, MemoryStore, NO_STORAGE_MESSAGE, browserStorage, type DocSummary } from '../../lib/documents/storage.ts';

export type SaveState = { kind: 'loading' } | { kind: 'saved'; at: Date | null } | { kind: 'pending' } | { kind: 'error'; message: string };

const SAVE_DELAY_MS = 400;

export function useDocument<T>(codec: Codec<T>) {
  // Server-side there is no store; in a browser that blocks storage, a memory store and a warning.
  const [store, storageMissing] = useMemo(() => {
    if (typeof window === 'undefined') return [null, false] as const;
    const real = browserStorage();
    return [new DocumentStore(codec, real ?? new MemoryStore()), real === null] as const;
  }, [codec]);
  const [env, setEnv] = useState<Envelope<T>>(() => ({
    format: 'gesprekswijzer',
    kind: codec.kind,
    version: codec.version,
    id: 'nieuw',
    name: '',
    createdAt: '',
    updatedAt: '',
    data: codec.empty(),
  }));
  const [docs, setDocs] = useState<DocSummary[]>([]);
  const [save, setSave] = useState<SaveState>({ kind: 'loading' });
  const [problems, setProblems] = useState<string[]>([]);
  const latest = useRef(env);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!store || !dirty.current) return;
    try {
      const saved = store.save(latest.current);
      latest.current = saved;
      dirty.current = false;
      setEnv(saved);
      setDocs(store.list());
      setSave({ kind: 'saved', at: new Date() });
    } catch (e) {
      setSave({ kind: 'error', message: (e as Error).message });
    }
  }, [store]);

  // Load after mount: localStorage does not exist on the server.
  useEffect(() => {
    if (!store) return;
    const active = store.openActive();
    latest.current = active;
    setEnv(active);
    setDocs(store.list());
    setProblems([...(storageMissing ? [NO_STORAGE_MESSAGE] : []), ...store.problems]);
    setSave({ kind: 'saved', at: null });
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    const onStorage = (e: StorageEvent) => {
      // Another tab changed this document: follow it unless we have unsaved typing.
      if (!e.key?.startsWith(`gw:doc:${codec.kind}:`)) return;
      setDocs(store.list());
      if (!dirty.current && e.key.endsWith(`:${latest.current.id}`)) {
        const fresh = store.get(latest.current.id);
        if (fresh) { latest.current = fresh; setEnv(fresh); }
      }
    };
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    addEventListener('storage', onStorage);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      removeEventListener('storage', onStorage);
    };
  }, [store, storageMissing, flush, codec.kind]);

  /** Changes the data; saved automatically shortly after. */
  const update = useCallback(
    (change: (data: T) => T) => {
      const next = { ...latest.current, data: change(latest.current.data) };
      latest.current = next;
      dirty.current = true;
      setEnv(next);
      setSave({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  const open = useCallback(
    (next: Envelope<T>, persist = false) => {
      flush();
      latest.current = next;
      dirty.current = persist;
      setEnv(next);
      if (store) store.setActive(next);
      if (persist) flush();
      else setDocs(store?.list() ?? []);
    },
    [flush, store],
  );

  const actions = useMemo(
    () => ({
      switchTo(id: string) {
        const doc = store?.get(id);
        if (doc) open(doc);
      },
      createNew(data?: T) {
        if (store) open(store.create(data), data !== undefined);
      },
      /** Adds an imported document (as a new one if the id is taken) and opens it. */
      addImported(imported: Envelope<T>) {
        if (!store) return;
        const taken = store.get(imported.id);
        const fresh = taken ? { ...store.create(imported.data), name: imported.name } : imported;
        open(fresh, true);
      },
      /** Empties the current document (after the caller asked for confirmation). */
      clear() {
        update(() => codec.empty());
      },
      /** Deletes the current document and opens the next one (or a new empty one). */
      removeCurrent() {
        if (!store) return;
        if (timer.current) clearTimeout(timer.current);
        dirty.current = false;
        store.remove(latest.current.id);
        const next = store.list()[0];
        open(next ? store.get(next.id)! : store.create());
      },
    }),
    [store, open, update, codec],
  );

  return { env, data: env.data, docs, save, problems, update, flush, ...actions };
}

export type DocumentHandle<T> = ReturnType<typeof useDocument<T>>;
