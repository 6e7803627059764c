/**
 * The versioned document format shared by storage and export files:
 * an envelope with kind, version, name and timestamps around the form data.
 * A codec per document kind knows how to validate and migrate its data.
 */
import { z } from 'astro/zod';
import '../zodDutch.ts';

export const FORMAT = 'gesprekswijzer';

export interface Envelope<T> {
  format: typeof FORMAT;
  kind: string;
  version: number;
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  data: T;
}

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

export interface Codec<T> {
  kind: string;
  /** Current version of the data shape. */
  version: number;
  /** Dutch name of this kind, e.g. "voorbereiding van de medewerker". */
  label: string;
  empty(): T;
  /** Validates (and where needed migrates from `fromVersion`) unknown data. */
  parse(data: unknown, fromVersion: number): Result<T>;
  /** A name for the document, derived from its data (e.g. the employee's name). */
  nameOf(data: T): string;
}

const envelopeSchema = z.object({
  format: z.literal(FORMAT),
  kind: z.string().min(1).max(60),
  version: z.number().int().positive(),
  id: z.string().min(1).max(100),
  name: z.string().max(300).default(''),
  createdAt: z.string().max(40).default(''),
  updatedAt: z.string().max(40).default(''),
  data: z.unknown(),
});

export function newId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createEnvelope<T>(codec: Codec<T>, data: T = codec.empty(), now = new Date()): Envelope<T> {
  const iso = now.toISOString();
  return { format: FORMAT, kind: codec.kind, version: codec.version, id: newId(), name: codec.nameOf(data), createdAt: iso, updatedAt: iso, data };
}

/** Reads an envelope from parsed JSON: checks format, kind and version, then the data. */
export function openEnvelope<T>(codec: Codec<T>, json: unknown, kindLabels: Record<string, string> = {}): Result<Envelope<T>> {
  const env = envelopeSchema.safeParse(json);
  if (!env.success) {
    return { ok: false, message: 'Dit is geen bestand van Gesprekswijzer, of het is beschadigd. Er is niets veranderd.' };
  }
  const e = env.data;
  if (e.kind !== codec.kind) {
    const other = kindLabels[e.kind];
    return {
      ok: false,
      message: other
        ? `Dit bestand is een ${other}, geen ${codec.label}. Open het op de pagina die daarbij hoort. Er is niets veranderd.`
        : `Dit bestand bevat geen ${codec.label}. Er is niets veranderd.`,
    };
  }
  if (e.version > codec.version) {
    return { ok: false, message: 'Dit bestand komt uit een nieuwere versie van Gesprekswijzer. Herlaad de pagina en probeer opnieuw. Er is niets veranderd.' };
  }
  const data = codec.parse(e.data, e.version);
  if (!data.ok) return { ok: false, message: `${data.message} Er is niets veranderd.` };
  return {
    ok: true,
    value: { format: FORMAT, kind: e.kind, version: codec.version, id: e.id, name: e.name || codec.nameOf(data.value), createdAt: e.createdAt, updatedAt: e.updatedAt, data: data.value },
  };
}

/** Parses the text of an export file. Never throws. */
export function parseExportFile<T>(codec: Codec<T>, text: string, kindLabels?: Record<string, string>): Result<Envelope<T>> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'Dit bestand kan niet gelezen worden: het is geen geldig JSON-bestand (misschien beschadigd of onvolledig). Er is niets veranderd.' };
  }
  return openEnvelope(codec, json, kindLabels);
}

export function serializeEnvelope<T>(env: Envelope<T>): string {
  return JSON.stringify(env, null, 2);
}
