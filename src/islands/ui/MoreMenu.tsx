/**
 * A "Meer" button that shows a short list of actions (a disclosure). Escape closes it and returns
 * focus; so does choosing an action, unless the action moved focus on purpose. Tabbing out of
 * the list closes it too, so that it never covers the control that has focus.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export function MoreMenu({ id, label = 'Meer', children }: { id: string; label?: string; children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      const t = e.target as Node;
      if (!panel.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>('button, a')?.focus());
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, [open]);
  function chose(e: MouseEvent) {
    if (!(e.target as HTMLElement).closest('button')) return;
    setOpen(false);
    // The chosen button is hidden now; focus would fall back to the page.
    requestAnimationFrame(() => {
      const now = document.activeElement;
      if (!now || now === document.body || panel.current?.contains(now)) button.current?.focus();
    });
  }
  function leave(e: FocusEvent) {
    const to = e.relatedTarget as Node | null;
    if (to && !(e.currentTarget as HTMLElement).contains(to)) setOpen(false);
  }
  return (
    <div class="more-menu" onFocusOut={leave}>
      <button ref={button} type="button" class="secondary" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {label} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div ref={panel} id={id} class="more-panel" hidden={!open} onClick={chose}>
        {children}
      </div>
    </div>
  );
}
