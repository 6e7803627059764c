/**
 * The report as a document: its codec (migration of version 1, validation from the
 * declaration), its type, and reading a report from any JSON a user may bring (an export file,
 * the data inside a PDF of this or an older version).
 */
import type { DataOf } from '../forms/definition.ts';
import { formCodec } from '../forms/codec.ts';
import { createEnvelope, isEnvelopeLike, openEnvelope, type Envelope } from '../documents/envelope.ts';
import { DOCUMENT_KINDS } from '../documents/kinds.ts';
import { isRecord } from '../shared/json.ts';
import { fail, type Result } from '../shared/result.ts';
import { REPORT_KIND, reportDefinition } from './declaration.ts';
import { reportV1toV2, V1_KEYS } from './migrate.ts';

/** A report's data, typed from its declaration. */
export type Report = DataOf<typeof reportDefinition>;
export type ReportEnvelope = Envelope<Report>;

export const reportCodec = formCodec(reportDefinition, {
  label: DOCUMENT_KINDS.verslag.label,
  migrations: { 1: reportV1toV2 },
  nameOf: (r: Report) => [r.employeeName.trim() || 'Verslag', r.talkDate].filter(Boolean).join(' · ').slice(0, 80),
});

export const MSG_FOREIGN = 'Dit bestand bevat geen gespreksverslag van Gesprekswijzer. Kies het bestand of de PDF die je bij het verslag hebt bewaard.';

/**
 * A report from parsed JSON: an envelope (export file, or the data in a PDF since version 2),
 * or a bare version 1 report (the data in older PDFs). Never throws.
 */
export function readReportJson(json: unknown): Result<ReportEnvelope> {
  if (isEnvelopeLike(json)) return openEnvelope(reportCodec, json);
  if (!isRecord(json)) return fail(MSG_FOREIGN);
  if ('kind' in json && json.kind !== REPORT_KIND) {
    return fail(typeof json.kind === 'string' && /voorbereid/i.test(json.kind) ? 'Dit bestand is een voorbereiding, geen verslag. Open het op de pagina Voorbereiden.' : MSG_FOREIGN);
  }
  if (!('kind' in json) && !V1_KEYS.some((k) => k in json)) return fail(MSG_FOREIGN);
  const version = json.version ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail(MSG_FOREIGN);
  if (version > reportCodec.version) return fail('Dit verslag is gemaakt met een nieuwere versie van Gesprekswijzer. Laad de pagina opnieuw en probeer het dan nog eens.');
  const { version: _v, kind: _k, ...data } = json;
  const parsed = reportCodec.parse(data, version);
  if (!parsed.ok) return fail(`Dit verslag kan niet geladen worden. ${parsed.message}`);
  return { ok: true, value: createEnvelope(reportCodec, parsed.value) };
}
