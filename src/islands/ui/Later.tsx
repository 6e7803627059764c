/**
 * A long form hydrated in one go blocks a slow phone for a few hundred milliseconds. So during
 * the page's hydration a <Later> block takes over nothing: it keeps the server's HTML untouched
 * (Preact leaves an element with `dangerouslySetInnerHTML` alone while hydrating) and comes alive
 * afterwards: the first after an idle moment, then one per task, so input and paint can go in
 * between. `$alive` turns true when all blocks are alive; until then an island keeps its form
 * locked, so nothing can be typed into a block that is not alive yet. A block rendered later
 * (another document, a fresh form) is alive at once. On the server a block is always rendered in full.
 */
import { h, type ComponentChildren, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { atom } from 'nanostores';
import { whenIdle } from '../../lib/shared/idle.ts';

/** The first renders on the page are its hydration; after the first block has mounted, no longer. */
let hydrating = typeof window !== 'undefined';
const queue: Array<() => void> = [];
let pumping = false;

/** True once every block of the page's hydration is alive (and on pages without any). */
export const $alive = atom(false);

function pump() {
  const wake = queue.shift();
  if (!wake) {
    pumping = false;
    $alive.set(true);
    return;
  }
  wake();
  // Yield to the browser between blocks (input and paint go first), but do not wait for idle time.
  setTimeout(pump, 0);
}

/** Called once the page's islands have mounted (from an effect): blocks queued so far wake up in order. */
function startPumping() {
  hydrating = false;
  if (pumping) return;
  pumping = true;
  whenIdle(pump, 300);
}

type Props = JSX.HTMLAttributes<HTMLElement> & {
  as: 'section' | 'div';
  /** The content, or a function that makes it: then nothing is built while the block is asleep. */
  children?: ComponentChildren | (() => ComponentChildren);
};

export function Later({ as, children, ...attrs }: Props) {
  const [awake, setAwake] = useState(!hydrating);
  useEffect(() => {
    if (!awake) queue.push(() => setAwake(true));
    startPumping();
  }, []);
  if (!awake) return h(as, { ...attrs, dangerouslySetInnerHTML: { __html: '' } });
  return h(as, attrs, typeof children === 'function' ? children() : children);
}
