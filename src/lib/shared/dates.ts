/**
 * Dates and times, one place for the whole site. Calendar dates are plain 'YYYY-MM-DD'
 * strings (no time zone); moments (a signature) are ISO instants with the IANA time zone
 * they were made in, and are always shown in that zone with its UTC offset, so that the
 * screen, the PDF and the check page say the same.
 */

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The zone that Belgian and Dutch users live in; used when a moment has no zone of its own. */
export const HOME_TIME_ZONE = 'Europe/Brussels';

/** Is `v` a real calendar date written as YYYY-MM-DD? */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** A Date → 'YYYY-MM-DD' in the device's local time. */
export function localIsoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** 'YYYY-MM-DD' plus n days (n may be negative); '' for an empty or invalid date. */
export function addDays(iso: string, n: number): string {
  if (!isIsoDate(iso)) return '';
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function addWeeks(iso: string, n: number): string {
  return addDays(iso, n * 7);
}

/** Plus n calendar months, clamped to the month's last day ('2025-01-31' + 1 → '2025-02-28'). */
export function addMonths(iso: string, n: number): string {
  if (!isIsoDate(iso)) return '';
  const [y, m, d] = parts(iso);
  const target = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** '2025-03-14' → '14 maart 2025' (long) or '14-3-2025' (short); anything else unchanged. */
export function formatDate(iso: string, style: 'long' | 'short' = 'long'): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = parts(iso);
  return style === 'short' ? `${d}-${m}-${y}` : `${d}\u00a0${MONTHS[m - 1]}\u00a0${y}`;
}

/** The device's IANA time zone ('Europe/Brussels'), or the home zone when the browser does not say. */
export function deviceTimeZone(): string {
  try {
    const tz = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return tz && isTimeZone(tz) ? tz : HOME_TIME_ZONE;
  } catch {
    return HOME_TIME_ZONE;
  }
}

/** Does this runtime know the IANA zone? */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export interface ZonedParts {
  date: string;
  time: string;
  /** 'UTC+1', 'UTC+5:30', 'UTC' */
  offset: string;
}

/** An instant as wall-clock date, time and UTC offset in a zone. */
export function zonedParts(instant: string | Date, timeZone: string): ZonedParts | null {
  const d = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(d.getTime())) return null;
  const tz = isTimeZone(timeZone) ? timeZone : HOME_TIME_ZONE;
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  const minutes = Math.round((wall - Math.floor(d.getTime() / 1000) * 1000) / 60000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const offset = minutes === 0 ? 'UTC' : `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, offset };
}

/**
 * A moment in the zone it was made in: '15 maart 2025 om 11:12 (UTC+1, Europe/Brussels)'.
 * The same text on the screen, in the PDF and on the check page, whatever the reader's zone.
 */
export function formatMoment(instant: string, timeZone: string = HOME_TIME_ZONE): string {
  const z = zonedParts(instant, timeZone);
  if (!z) return instant;
  const tz = isTimeZone(timeZone) ? timeZone : HOME_TIME_ZONE;
  return `${formatDate(z.date)} om ${z.time} (${z.offset}, ${tz})`;
}

/** 'HH:MM' in the device's zone (for "opgeslagen om"). */
export function formatClock(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** A timestamp for lists: '14-3-2025 11:12' in the device's zone; '' for an invalid value. */
export function formatStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${formatDate(localIsoDate(d), 'short')} ${formatClock(d)}`;
}
