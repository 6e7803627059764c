/** Names of report files and of the data inside a report PDF (light: no PDF code). */
import { safeFileName } from '../pdf/fileName.ts';
import type { Report } from './codec.ts';

export const REPORT_ATTACHMENT = 'verslag.json';
export const PREPARATION_ATTACHMENT = 'voorbereiding.json';

/** verslag-<medewerker>-<datum>.pdf, safe on every system. */
export function reportFileName(r: Report, extension = 'pdf'): string {
  return safeFileName(['verslag', r.employeeName, r.talkDate], extension);
}
