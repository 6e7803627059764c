/** Move up / down / remove for one item of a list, and "zet terug" after a removal. */
import { useCallback, useRef, useState } from 'preact/hooks';
import { focusSoon } from './focus.ts';

export function RowTools({ name, index, count, onMove, onRemove }: { name: string; index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  return (
    <div class="item-tools no-print">
      <button type="button" class="icon secondary" disabled={index === 0} aria-label={`${name} ${index + 1} omhoog`} onClick={() => onMove(index - 1)}>↑</button>
      <button type="button" class="icon secondary" disabled={index === count - 1} aria-label={`${name} ${index + 1} omlaag`} onClick={() => onMove(index + 1)}>↓</button>
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
          onClick={() => {
            const next = [...items];
            next.splice(Math.min(removed.index, next.length), 0, removed.item);
            onChange(next);
            setRemoved(null);
          }}
        >
          Zet terug
        </button>
      </p>
    ),
  };
}
