/**
 * Calendar files (iCalendar, RFC 5545): talks, interim talks and follow-ups.
 * One .ics works in Outlook, Google and Apple.
 *
 * Events without a time are all-day (VALUE=DATE, DTEND = the next day). Events with a
 * time use TZID=Europe/Brussels with a VTIMEZONE, which all three calendars accept
 * (the Netherlands have the same rules, so Dutch users get the right time too).
 */
import { addDays, isIsoDate } from '../shared/dates.ts';
import { stableHash } from '../shared/ids.ts';

export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM (24 h, local time in Belgium / the Netherlands); without it the event is all-day. */
  startTime?: string;
  /** Default 60. */
  durationMinutes?: number;
  location?: string;
}

/**
 * A UID for a talk with one person on one date: the same again for the same person and date (a
 * calendar then updates the event instead of adding a second), and different for different
 * people, also when their names have no Latin letters ("王芳", "Дмитрий") or are left empty
 * (then `extra`, e.g. the start time, tells two talks apart).
 * 'gesprek', 'Łukasz Wójcik', '2027-01-11' → 'gesprek-ukasz-wojcik-3f2a91c0-2027-01-11@gesprekswijzer'
 */
export function eventUid(kind: string, name: string, date: string, extra = ''): string {
  const who = name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return `${kind}-${nameSlug(who)}-${stableHash(`${who}|${extra}`)}-${date}@gesprekswijzer`;
}

/** A name as lowercase ASCII words joined by '-', at most 40 characters; 'medewerker' when nothing is left ("王芳"). */
export const nameSlug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'medewerker';

export const TZID = 'Europe/Brussels';
const PRODID = '-//Gesprekswijzer//Agenda 1.0//NL';
const CRLF = '\r\n';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** RFC 5545 TEXT escaping: backslash, semicolon, comma, line breaks. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Fold a content line so that no physical line is longer than 75 octets (UTF-8);
 * continuation lines start with one space. Never splits inside a character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (bytes + n > limit) {
      out.push(current);
      current = ' ';
      bytes = 1;
      limit = 75;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join(CRLF);
}

/** Undo folding (for tests and for reading .ics files). */
export function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function parseDate(date: string): [number, number, number] {
  if (!isIsoDate(date)) throw new Error(`Ongeldige datum voor de agenda: "${date}" (verwacht JJJJ-MM-DD)`);
  return date.split('-').map(Number) as [number, number, number];
}

function dateValue(date: string): string {
  return date.replace(/-/g, '');
}

/** Local wall-clock date and time plus minutes → 'YYYYMMDDTHHMMSS'. */
function localDateTime(date: string, time: string, plusMinutes = 0): string {
  const [y, m, d] = parseDate(date);
  const tm = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!tm) throw new Error(`Ongeldig uur voor de agenda: "${time}" (verwacht UU:MM)`);
  const t = new Date(Date.UTC(y, m - 1, d, Number(tm[1]), Number(tm[2]) + plusMinutes));
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}00`;
}

/** Strip line breaks from values that are not TEXT (UID). */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();

function eventLines(e: CalendarEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${oneLine(e.uid)}`, `DTSTAMP:${stamp}`];
  if (e.startTime) {
    const minutes = e.durationMinutes && e.durationMinutes > 0 ? Math.round(e.durationMinutes) : 60;
    lines.push(`DTSTART;TZID=${TZID}:${localDateTime(e.date, e.startTime)}`);
    lines.push(`DTEND;TZID=${TZID}:${localDateTime(e.date, e.startTime, minutes)}`);
  } else {
    parseDate(e.date); // throws on an invalid date
    lines.push(`DTSTART;VALUE=DATE:${dateValue(e.date)}`);
    lines.push(`DTEND;VALUE=DATE:${dateValue(addDays(e.date, 1))}`);
    lines.push('TRANSP:TRANSPARENT');
  }
  lines.push(`SUMMARY:${escapeText(e.title)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  lines.push(
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    // A timed event: exactly one day before. An all-day event starts at midnight,
    // so 15 hours earlier is 9:00 on the day before.
    `TRIGGER:${e.startTime ? '-P1D' : '-PT15H'}`,
    `DESCRIPTION:${escapeText(`Morgen: ${e.title}`)}`,
    'END:VALARM',
    'END:VEVENT',
  );
  return lines;
}

/** A complete VCALENDAR with one VEVENT per event, CRLF line endings, folded lines. */
export function buildIcs(events: readonly CalendarEvent[], { now }: { now: Date }): string {
  const stamp = utcStamp(now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (events.some((e) => e.startTime)) lines.push(...VTIMEZONE);
  for (const e of events) lines.push(...eventLines(e, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
