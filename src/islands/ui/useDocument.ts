/**
 * The document store of a kind (lib/stores/documents), bound to the page: one store per kind,
 * loaded after mount (storage does not exist on the server), flushed when the page is hidden,
 * and told about edits in other tabs.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Codec } from '../../lib/documents/envelope.ts';
import { createDocumentStore, requestedDocId, type DocumentStore } from '../../lib/stores/documents.ts';

const stores = new Map<string, DocumentStore<object>>();

export function documentStoreFor<T extends object>(codec: Codec<T>): DocumentStore<T> {
  let s = stores.get(codec.kind);
  if (!s) stores.set(codec.kind, (s = createDocumentStore(codec as Codec<object>)));
  return s as unknown as DocumentStore<T>;
}

const connected = new Set<string>();

export function useDocument<T extends object>(codec: Codec<T>) {
  const store = documentStoreFor(codec);
  useEffect(() => {
    if (connected.has(codec.kind)) return;
    connected.add(codec.kind);
    // A link such as /verslag/?doc=<id> opens that document; the address is then cleaned up, so
    // that a reload after switching documents does not jump back.
    const wanted = requestedDocId(location.search);
    store.load(wanted);
    if (wanted) {
      const url = new URL(location.href);
      url.searchParams.delete('doc');
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    }
    const onHide = () => store.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && store.flush();
    const onStorage = (e: StorageEvent) => store.onStorage(e.key);
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    addEventListener('storage', onStorage);
    return () => {
      connected.delete(codec.kind);
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      removeEventListener('storage', onStorage);
    };
  }, [store, codec.kind]);
  const env = useStore(store.$env);
  const save = useStore(store.$save);
  const docs = useStore(store.$docs);
  const notices = useStore(store.$notices);
  return { store, env, data: env.data, save, docs, notices };
}

export type DocumentHandle<T extends object> = ReturnType<typeof useDocument<T>>;

/**
 * A key for the form of the open document: a new key (a fresh form) when the person switches to
 * another document, but not when the stored document replaces the server-rendered placeholder on
 * load. A first visit then keeps the hydrated form instead of building it again.
 */
export function useFormKey(id: string, loading: boolean): string {
  const first = useRef<string | null>(null);
  if (!loading && first.current === null) first.current = id;
  return loading || id === first.current ? 'eerste' : id;
}
