/**
 * The versioned document format shared by storage, export files and the data inside PDFs:
 * an envelope with kind, version, name and timestamps around the document's data. A codec per
 * document kind knows how to migrate and validate its data.
 */
import { z } from '../forms/zod.ts';
import { lazy } from '../shared/lazy.ts';
import { newId } from '../shared/ids.ts';
import { parseJson } from '../shared/json.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import { kindLabel, DOCUMENT_KINDS } from './kinds.ts';

export const FORMAT = 'gesprekswijzer';

export interface Envelope<T> {
  format: typeof FORMAT;
  kind: string;
  version: number;
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** Counts saves; lets two tabs tell which copy is newer. */
  rev?: number;
  /** UI state that is not content (e.g. fields filled from a preparation, not yet edited). */
  meta?: { prefilled?: string[] };
  data: T;
}

export interface Codec<T> {
  kind: string;
  /** Current version of the data shape. */
  version: number;
  /** Dutch name of this kind, e.g. "voorbereiding van de medewerker". */
  label: string;
  empty(): T;
  /** Migrates data of `fromVersion` to the current version, then validates it. */
  parse(data: unknown, fromVersion: number): Result<T>;
  /** A name for the document, derived from its data (e.g. the employee's name). */
  nameOf(data: T): string;
  /** What a part of the data is called for the reader ('signatures.employee' → "de handtekening van de medewerker"), null if unknown. */
  describePart?(path: string): string | null;
}

const envelopeSchema = lazy(() => z.object({
  format: z.literal(FORMAT),
  kind: z.string().check(z.minLength(1), z.maxLength(60)),
  version: z.number().check(z.int(), z.positive()),
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z._default(z.string().check(z.maxLength(300)), ''),
  createdAt: z._default(z.string().check(z.maxLength(40)), ''),
  updatedAt: z._default(z.string().check(z.maxLength(40)), ''),
  rev: z.optional(z.number().check(z.int(), z.nonnegative())),
  meta: z.optional(z.object({ prefilled: z.optional(z.array(z.string().check(z.maxLength(60))).check(z.maxLength(100))) })),
  data: z.unknown(),
}));

export function createEnvelope<T>(codec: Codec<T>, data: T = codec.empty(), now = new Date()): Envelope<T> {
  const iso = now.toISOString();
  return { format: FORMAT, kind: codec.kind, version: codec.version, id: newId(), name: codec.nameOf(data), createdAt: iso, updatedAt: iso, rev: 0, data };
}

export const isEnvelopeLike = (v: unknown): boolean => typeof v === 'object' && v !== null && (v as { format?: unknown }).format === FORMAT;

const NOTHING_CHANGED = 'Er is niets veranderd.';

/** Reads an envelope from parsed JSON: checks format, kind and version, then the data. */
export function openEnvelope<T>(codec: Codec<T>, json: unknown): Result<Envelope<T>, 'not-envelope' | 'other-kind' | 'newer' | 'invalid'> {
  const env = envelopeSchema().safeParse(json);
  if (!env.success) return fail(`Dit is geen bestand van Gesprekswijzer, of het is beschadigd. ${NOTHING_CHANGED}`, 'not-envelope');
  const e = env.data;
  if (e.kind !== codec.kind) {
    const other = kindLabel(e.kind);
    const page = (DOCUMENT_KINDS as Record<string, { page: string }>)[e.kind]?.page;
    return fail(
      other ? `Dit bestand is een ${other}, geen ${codec.label}. Open het op de pagina ${page}. ${NOTHING_CHANGED}` : `Dit bestand bevat geen ${codec.label}. ${NOTHING_CHANGED}`,
      'other-kind',
    );
  }
  if (e.version > codec.version) return fail(`Dit bestand komt uit een nieuwere versie van Gesprekswijzer. Herlaad de pagina en probeer opnieuw. ${NOTHING_CHANGED}`, 'newer');
  const data = codec.parse(e.data, e.version);
  if (!data.ok) return fail(`${data.message} ${NOTHING_CHANGED}`, 'invalid');
  return ok({
    format: FORMAT,
    kind: e.kind,
    version: codec.version,
    id: e.id,
    name: e.name || codec.nameOf(data.value),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    ...(e.rev !== undefined ? { rev: e.rev } : {}),
    ...(e.meta ? { meta: e.meta } : {}),
    data: data.value,
  });
}

/** Parses the text of an export file. Never throws. */
export function parseExportFile<T>(codec: Codec<T>, text: string): Result<Envelope<T>> {
  const json = parseJson(text);
  if (!json.ok) return fail(`${json.message} ${NOTHING_CHANGED}`, json.code);
  return openEnvelope(codec, json.value);
}

export function serializeEnvelope<T>(env: Envelope<T>): string {
  return JSON.stringify(env, null, 2);
}
