/**
 * A drawing surface for a handwritten signature (signature_pad: mouse, touch and pen).
 * The canvas is sized for the device pixel ratio and keeps the drawing when it is resized.
 * It starts when it comes near the screen (data-ready="true" then).
 */
import type SignaturePad from 'signature_pad';
import type { MutableRef } from 'preact/hooks';
import { useEffect, useRef } from 'preact/hooks';
import type { StrokePoint } from '../../lib/forms/definition.ts';

export interface Drawing {
  strokes: StrokePoint[][];
  box: { width: number; height: number };
}

export interface PadHandle {
  isEmpty(): boolean;
  clear(): void;
  read(): Drawing;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function SignatureCanvas({ handle, onChange, label, describedBy }: { handle: MutableRef<PadHandle | null>; onChange: (empty: boolean) => void; label: string; describedBy?: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    let pad: SignaturePad | null = null;
    let observer: ResizeObserver | null = null;
    let cancelled = false;
    const canvas = canvasRef.current;
    if (!canvas) return;

    const resize = () => {
      if (!pad) return;
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const w = canvas.offsetWidth;
      const h = canvas.offsetHeight;
      if (!w || !h) return;
      const pw = Math.round(w * ratio);
      const ph = Math.round(h * ratio);
      if (canvas.width === pw && canvas.height === ph) return;
      const data = pad.toData();
      canvas.width = pw;
      canvas.height = ph;
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      if (data.length) pad.fromData(data);
    };

    // The pad (and its module) starts when the canvas comes near the screen, not while the page
    // loads: the signing step is at the bottom, and one panel sits in a closed <details>.
    const start = () => import('signature_pad').then(({ default: Pad }) => {
      if (cancelled || pad) return;
      pad = new Pad(canvas, { penColor: '#0b2540', minWidth: 0.7, maxWidth: 2.6, throttle: 8 });
      canvas.width = 0; // force the first resize
      resize();
      observer = new ResizeObserver(resize);
      observer.observe(canvas);
      pad.addEventListener('endStroke', () => changed.current(pad?.isEmpty() ?? true));
      canvas.dataset.ready = 'true';
      handle.current = {
        isEmpty: () => pad?.isEmpty() ?? true,
        clear: () => {
          pad?.clear();
          changed.current(true);
        },
        read: () => ({
          strokes: (pad?.toData() ?? []).map((g) => g.points.map((p) => ({ x: round1(p.x), y: round1(p.y) }))).filter((s) => s.length > 0),
          box: { width: round1(canvas.offsetWidth), height: round1(canvas.offsetHeight) },
        }),
      };
    });
    const near = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      near.disconnect();
      void start();
    }, { rootMargin: '400px 0px' });
    near.observe(canvas);
    return () => {
      cancelled = true;
      near.disconnect();
      observer?.disconnect();
      pad?.off();
      handle.current = null;
    };
  }, [handle]);

  return <canvas ref={canvasRef} class="signature-canvas" role="img" aria-label={label} aria-describedby={describedBy} data-testid="tekenvak" />;
}

/** A placed signature, drawn as SVG lines (or the typed name). */
export function SignaturePreview({ strokes, box, typedName }: { strokes?: StrokePoint[][]; box?: { width: number; height: number }; typedName?: string }) {
  if (typedName !== undefined) {
    return <p class="signature-typed" aria-hidden="true">{typedName}</p>;
  }
  if (!strokes || strokes.length === 0) return null;
  const w = box?.width ?? Math.max(...strokes.flat().map((p) => p.x), 1);
  const h = box?.height ?? Math.max(...strokes.flat().map((p) => p.y), 1);
  return (
    <svg class="signature-preview" viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
      {strokes.map((s, i) =>
        s.length === 1 ? (
          <circle key={i} cx={s[0]!.x} cy={s[0]!.y} r={1.5} fill="currentColor" />
        ) : (
          <polyline key={i} points={s.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke="currentColor" stroke-width={2} stroke-linecap="round" stroke-linejoin="round" />
        ),
      )}
    </svg>
  );
}
