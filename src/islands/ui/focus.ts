/**
 * Focus a control once it is rendered (the new row, the moved item, a status). Store updates
 * re-render a moment later (nanostores batches them), so this waits for the element to appear.
 */
export function focusSoon(selector: string, tries = 20): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) el.focus();
    else if (tries > 0) setTimeout(() => focusSoon(selector, tries - 1), 50);
  });
}

/** Move an item within a list: returns a new array. */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

export const fieldDomId = (fieldId: string) => `veld-${fieldId}`;
