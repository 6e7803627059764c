/** Move up / down / remove for one item of a list, and "zet terug" after a removal. */
import { useCallback, useRef, useState } from 'preact/hooks';
import { focusSoon } from './focus.ts';

/**
 * After a list re-renders (a row moved or came back), focus may have fallen back to the page: the
 * element that had it was moved in the DOM or removed. Then `target()` gets focus. Focus that
 * went somewhere on purpose is left alone. Tries for a moment, as the store re-renders a little later.
 */
function refocus(target: () => HTMLElement | null | undefined, tries = 10): void {
  requestAnimationFrame(() => {
    const now = document.activeElement;
    if (!now || now === document.body) target()?.focus();
    if (tries > 0) setTimeout(() => refocus(target, tries - 1), 50);
  });
}

/** The moved row's own button again, or its other arrow when this one can no longer move (top or bottom). */
function afterMove(button: HTMLButtonElement) {
  refocus(() => (button.isConnected ? (button.disabled ? button.parentElement?.querySelector<HTMLButtonElement>('button:not(:disabled)') : button) : null));
}

export function RowTools({ name, index, count, onMove, onRemove }: { name: string; index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  const moveBy = (e: MouseEvent, step: number) => {
    onMove(index + step);
    afterMove(e.currentTarget as HTMLButtonElement);
  };
  return (
    <div class="item-tools no-print">
      <button type="button" class="icon secondary" disabled={index === 0} aria-label={`${name} ${index + 1} omhoog`} onClick={(e) => moveBy(e, -1)}>↑</button>
      <button type="button" class="icon secondary" disabled={index === count - 1} aria-label={`${name} ${index + 1} omlaag`} onClick={(e) => moveBy(e, 1)}>↓</button>
      <button type="button" class="icon danger" aria-label={`${name} ${index + 1} verwijderen`} onClick={onRemove}>✕</button>
    </div>
  );
}

/** Removing an item can be undone until the next removal: nothing typed is lost by one slip. */
export function useUndoRemove<T>(items: readonly T[], onChange: (items: T[]) => void, name: string, addButtonId: string) {
  const [removed, setRemoved] = useState<{ index: number; item: T } | null>(null);
  const latest = useRef({ items, onChange });
  latest.current = { items, onChange };
  // Stable, so that memoised rows are not re-rendered because of it.
  const remove = useCallback(
    (index: number) => {
      const { items: list, onChange: change } = latest.current;
      const item = list[index];
      if (item === undefined) return;
      setRemoved({ index, item });
      change(list.filter((_, j) => j !== index));
      focusSoon(`#${addButtonId}`);
    },
    [addButtonId],
  );
  return {
    remove,
    undo: removed && (
      <p class="undo no-print" role="status">
        {name} {removed.index + 1} is verwijderd.{' '}
        <button
          type="button"
          class="link"
          onClick={(e) => {
            const at = Math.min(removed.index, items.length);
            const list = (e.currentTarget as HTMLElement).closest('.undo')?.parentElement;
            const next = [...items];
            next.splice(at, 0, removed.item);
            onChange(next);
            setRemoved(null);
            // Focus goes to the row that came back: its first field, else its remove button.
            refocus(() => {
              const row = (n: number) => list?.querySelector(`button[aria-label="${CSS.escape(`${name} ${n} verwijderen`)}"]`);
              // Not before the list shows the row that came back (the store re-renders a little later).
              if (!row(next.length)) return null;
              const tools = row(at + 1)?.parentElement;
              return tools?.parentElement?.querySelector<HTMLElement>('textarea, input, select') ?? tools?.querySelector<HTMLElement>('button:not(:disabled)');
            });
          }}
        >
          Zet terug
        </button>
      </p>
    ),
  };
}
