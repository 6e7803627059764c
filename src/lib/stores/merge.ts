/**
 * Two tabs on one document: a three-way merge per field. Each side's change since the common
 * base is kept; when both changed the same field differently, this side's text stays and the
 * field is reported as a conflict (the caller keeps the other version as a separate document).
 */
export interface MergeResult<T> {
  data: T;
  /** Fields both sides changed, to different values. */
  conflicts: string[];
  /** Fields taken over from the other side. */
  taken: string[];
}

/** Two field values (or two whole documents) hold the same content. */
export const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function mergeFields<T extends object>(base: T, mine: T, theirs: T): MergeResult<T> {
  const b = base as Record<string, unknown>;
  const m = mine as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  const out: Record<string, unknown> = { ...m };
  const conflicts: string[] = [];
  const taken: string[] = [];
  for (const key of new Set([...Object.keys(b), ...Object.keys(m), ...Object.keys(t)])) {
    const iChanged = !same(m[key], b[key]);
    const theyChanged = !same(t[key], b[key]);
    if (!theyChanged) continue;
    if (!iChanged) {
      out[key] = t[key];
      taken.push(key);
    } else if (!same(m[key], t[key])) conflicts.push(key);
  }
  return { data: out as T, conflicts, taken };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.values(v).every(isBlank));

/**
 * Whether `a` holds everything `b` holds: every filled field of `b` is in `a` unchanged (nested,
 * e.g. each signature). `a` may add to it. A file that covers the stored version can replace it
 * without losing anything.
 */
export function covers(a: unknown, b: unknown): boolean {
  if (same(a, b) || isBlank(b)) return true;
  if (isRecord(a) && isRecord(b)) return Object.keys(b).every((k) => covers(a[k], b[k]));
  return false;
}

/**
 * Where `a` lacks something that `b` holds (what `covers(a, b)` found missing): field ids, and for
 * a field that holds named parts (the signatures of a report), the field id and the part:
 * `['proudOf', 'signatures.employee']`. In the order of `b`.
 */
export function lacking(a: unknown, b: unknown): string[] {
  if (!isRecord(b)) return covers(a, b) ? [] : [''];
  const ar = isRecord(a) ? a : {};
  const out: string[] = [];
  for (const key of Object.keys(b)) {
    if (covers(ar[key], b[key])) continue;
    const inner = b[key];
    if (isRecord(inner)) {
      const own = isRecord(ar[key]) ? (ar[key] as Record<string, unknown>) : {};
      for (const part of Object.keys(inner)) if (!covers(own[part], inner[part])) out.push(`${key}.${part}`);
    } else out.push(key);
  }
  return out;
}
