/** File names for downloads and exports: kind, a person's name and a date, safe on every system. */
import { safeFileName } from '../pdf/fileName.ts';

/** e.g. ('voorbereiding-medewerker', 'Łukasz Nowak', '2026-11-22', 'json') → voorbereiding-medewerker-lukasz-nowak-2026-11-22.json */
export function exportFileName(kind: string, name: string, date: string, ext: string): string {
  return safeFileName([kind, name, date], ext);
}
