/**
 * What a field kind means everywhere. Each kind is one module (kinds/<kind>.ts) that implements
 * this interface; kinds/index.ts is the one place that maps a field to its module.
 */
import type { ZodMiniType } from 'zod/mini';
import type { Block } from '../../pdf/model.ts';
import type { Field, FormData, RowColumn } from '../definition.ts';

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** One labelled piece of a value, for read-only views and for comparing two copies. */
export interface Entry {
  /** Stable key within the document, e.g. 'agreements.a1b2.due'. */
  key: string;
  /** Dutch label, e.g. 'Afspraak 2 · Tegen wanneer?'. */
  label: string;
  /** The value as a reader sees it ('' when empty). */
  text: string;
  /** Row it belongs to (for grouping), e.g. 'Afspraak 2'. */
  group?: string;
}

/** How a field is written by hand on the blank sheet. */
export type BlankSpec =
  | { type: 'line' }
  | { type: 'lines'; count: number }
  | { type: 'boxes'; options: string[] }
  | { type: 'table'; columns: string[]; rows: number }
  | { type: 'signatures'; roles: string[] };

/** How a field appears on the fillable PDF. */
export type FillableSpec = { type: 'header' } | { type: 'question'; lines: number; options?: string[]; optionsOnly?: boolean; label?: string } | { type: 'none' };

export interface PdfContext {
  /** The whole document, for fields whose PDF depends on others (signatures show the names). */
  data: FormData;
  /** Per signature: a note under it (e.g. the fingerprint it covers, or a warning). */
  signatureNotes?: Partial<Record<string, string>>;
}

export interface KindModule<F extends Field = Field, V = unknown> {
  empty(field: F): V;
  /** Lenient schema: accepts anything a person could have typed; only absurd sizes are refused. */
  schema(field: F): ZodMiniType<V>;
  isEmpty(value: V): boolean;
  /** Soft issues beside the field (too long, too many); never blocking. */
  issues(field: F, value: V): string[];
  /** Canonical JSON for the fingerprint: normalised text, row ids and empty rows dropped. */
  canonical(field: F, value: V): Json;
  entries(field: F, value: V): Entry[];
  /** Filled PDF: either a line in the section's key–value list, or blocks. */
  pdf(field: F, value: V, ctx: PdfContext): { inline: string } | Block[];
  blank(field: F): BlankSpec;
  fillable(field: F): FillableSpec;
  /** For kinds with rows: their columns (labels for messages about a cell). */
  columns?(field: F): readonly RowColumn[];
}
