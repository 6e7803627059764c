import { useEffect, useState } from 'preact/hooks';

/**
 * False during server rendering and hydration, true right after. Render anything
 * that depends on the browser (localStorage, the URL, screen width) only when true,
 * so hydration sees exactly the server's HTML.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

/** Does the media query match? False until mounted. */
export function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(false);
  useEffect(() => {
    const mql = window.matchMedia(query);
    const update = () => setMatches(mql.matches);
    update();
    mql.addEventListener('change', update);
    return () => mql.removeEventListener('change', update);
  }, [query]);
  return matches;
}
