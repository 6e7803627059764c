/**
 * A store's value, read only after the island has mounted. Server-rendered HTML shows the
 * default; reading stored data during hydration could make the server's default win.
 */
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

export function useMountedStore<T>(store: ReadableAtom<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => store.subscribe(setValue), [store]);
  return value;
}
