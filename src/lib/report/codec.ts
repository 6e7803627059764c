/** The report as a document codec, for the shared storage and export envelope (lib/documents). */
import type { Codec } from '../documents/envelope.ts';
import { emptyReport, parseReport, REPORT_KIND, REPORT_VERSION, type Report } from './model.ts';

export const reportCodec: Codec<Report> = {
  kind: REPORT_KIND,
  version: REPORT_VERSION,
  label: 'gespreksverslag',
  empty: emptyReport,
  parse(data, fromVersion) {
    const input = data && typeof data === 'object' && !Array.isArray(data) ? { version: fromVersion, kind: REPORT_KIND, ...data } : data;
    const r = parseReport(input);
    return r.ok ? { ok: true, value: r.report } : r;
  },
  nameOf(report) {
    const name = report.details.employee.name.trim();
    const date = report.details.date;
    return [name || 'Verslag', date].filter(Boolean).join(' · ').slice(0, 80);
  },
};
