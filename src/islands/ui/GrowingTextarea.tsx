/**
 * A textarea that grows with its text, so nothing is cut mid-line on a phone. CSS
 * `field-sizing: content` does it where supported; elsewhere the height follows scrollHeight.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

const native = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

export function GrowingTextarea(p: { id: string; name?: string; rows: number; value: string; describedBy?: string; onInput: (v: string) => void; label?: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || native) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [p.value]);
  return (
    <textarea
      ref={ref}
      id={p.id}
      name={p.name ?? p.id}
      rows={p.rows}
      value={p.value}
      aria-label={p.label}
      aria-describedby={p.describedBy}
      onInput={(e) => p.onInput((e.currentTarget as HTMLTextAreaElement).value)}
    />
  );
}
