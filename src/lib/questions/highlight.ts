import type { Range } from './types.ts';

/** A piece of text, marked when it is part of a search match. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Cuts `text` into plain and marked pieces. `ranges` are inclusive [start, end]
 * pairs; out-of-range, reversed or overlapping ranges are handled safely.
 * Joining the pieces always gives back `text`.
 */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const clean = ranges
    .map(([a, b]) => [Math.max(0, a), Math.min(text.length - 1, b)] as const)
    .filter(([a, b]) => b >= a)
    .sort((x, y) => x[0] - y[0]);
  const out: Segment[] = [];
  let pos = 0;
  for (const [a, b] of clean) {
    if (b < pos) continue;
    const start = Math.max(a, pos);
    if (start > pos) out.push({ text: text.slice(pos, start), mark: false });
    out.push({ text: text.slice(start, b + 1), mark: true });
    pos = b + 1;
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos), mark: false });
  return out;
}
