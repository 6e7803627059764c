/**
 * The invitation to a functioneringsgesprek (step 1 of "Je eerste gesprek in zes stappen"):
 * a text to copy into a mail or message, and a calendar event for the talk itself.
 * Pure functions, so the same text appears on the page without JavaScript and in tests.
 */
import { eventUid, nameSlug } from '../calendar/ics.ts';
import { lazy } from '../shared/lazy.ts';

export interface InvitationInput {
  employeeName: string;
  managerName: string;
  /** YYYY-MM-DD, or '' when not chosen yet. */
  date: string;
  /** HH:MM (24 h), or ''. */
  startTime: string;
  durationMinutes: number;
  place: string;
  /** Full address of the employee's preparation sheet. */
  sheetUrl: string;
}

export const SHEET_PATH = '/voorbereiden/medewerker/';
export const DURATIONS = [45, 60, 75, 90] as const;

export const EMPTY_INVITATION: InvitationInput = {
  employeeName: '',
  managerName: '',
  date: '',
  startTime: '',
  durationMinutes: 60,
  place: '',
  sheetUrl: SHEET_PATH,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A real calendar date in YYYY-MM-DD. */
export function isDate(v: string): boolean {
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

export const isTime = (v: string): boolean => TIME.test(v);

// Made on first use: the first Intl.DateTimeFormat for a locale loads its calendar data, about
// 60 ms on a phone four times slower than this machine. /team/ imports this module but seldom
// shows a date, and paid that on every load while its script ran.
const longDate = lazy(() => new Intl.DateTimeFormat('nl-BE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

/** "dinsdag 14 april 2026" */
export function formatLongDate(date: string): string {
  if (!isDate(date)) return '';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return longDate().format(new Date(Date.UTC(y, m - 1, d)));
}

/** "14.00" for "14:00" (Dutch writes hours with a dot). */
export const formatTime = (time: string): string => (isTime(time) ? time.replace(':', '.') : '');

const endMinutes = (m: RegExpExecArray, minutes: number) => Number(m[1]) * 60 + Number(m[2]) + Math.max(0, Math.round(minutes));

/**
 * The end time, "HH:MM", of a talk that starts at `time` and lasts `minutes`: capped at 23:59, or
 * with `acrossMidnight` the clock time on the next day (as in the calendar file; see endsNextDay).
 */
export function endTime(time: string, minutes: number, acrossMidnight = false): string {
  const m = TIME.exec(time);
  if (!m) return '';
  const total = acrossMidnight ? endMinutes(m, minutes) % (24 * 60) : Math.min(endMinutes(m, minutes), 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Whether a talk that starts at `time` and lasts `minutes` ends after midnight. */
export function endsNextDay(time: string, minutes: number): boolean {
  const m = TIME.exec(time);
  return !!m && endMinutes(m, minutes) > 24 * 60;
}

const or = (value: string, placeholder: string) => value.trim() || placeholder;

/** The invitation text to copy. Placeholders in [brackets] show what is still missing. */
export function invitationText(i: InvitationInput): string {
  const when = isDate(i.date) ? formatLongDate(i.date) : '[dag en datum]';
  const from = formatTime(i.startTime);
  const until = from ? formatTime(endTime(i.startTime, i.durationMinutes, true)) : '';
  const time = from ? `van ${from} tot ${until} uur${endsNextDay(i.startTime, i.durationMinutes) ? ' (de volgende dag)' : ''}` : '[uur]';
  const place = i.place.trim() ? `, ${i.place.trim()}` : ', [plaats]';
  return [
    `Dag ${or(i.employeeName, '[naam]')},`,
    '',
    'Ik wil graag met je praten over hoe het werk loopt. Het is een functioneringsgesprek: een gesprek in twee richtingen. Ik wil horen wat goed gaat, wat beter kan en wat jij nodig hebt. Ook wat ik zelf beter kan doen, mag op tafel komen. Het is geen beoordeling en we praten niet over loon.',
    '',
    `Voorstel: ${when}, ${time}${place}. Het gesprek valt in je werkuren. Past dat niet? Laat het me weten, dan zoeken we een ander moment.`,
    '',
    `Wil je je voorbereiden? Op deze pagina vind je een blad met vragen: ${i.sheetUrl}`,
    'Wat je daar invult, blijft op je eigen toestel tot je het zelf deelt. Je mag ook gewoon een paar punten op papier zetten.',
    '',
    'Tot dan,',
    or(i.managerName, '[jouw naam]'),
  ].join('\n');
}

/**
 * A stored invitation draft, read back: only fields of the right shape (a text of at most 200
 * characters, a real date, a time, one of the DURATIONS); anything else is left out.
 */
export function restoreInvitation(raw: unknown): Partial<InvitationInput> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const r = raw as Record<string, unknown>;
  const out: Partial<InvitationInput> = {};
  for (const key of ['employeeName', 'managerName', 'place'] as const) {
    const v = r[key];
    if (typeof v === 'string' && v.length <= 200) out[key] = v;
  }
  if (typeof r.date === 'string' && isDate(r.date)) out.date = r.date;
  if (typeof r.startTime === 'string' && isTime(r.startTime)) out.startTime = r.startTime;
  if ((DURATIONS as readonly unknown[]).includes(r.durationMinutes)) out.durationMinutes = r.durationMinutes as number;
  return out;
}

/** A word about the chosen date ('' when fine): in the past, or sooner than the week the help text asks for. */
export function dateNote(date: string, today: string): string {
  if (!isDate(date) || !isDate(today)) return '';
  if (date < today) return 'Let op: deze datum is al voorbij.';
  const days = (Date.parse(date) - Date.parse(today)) / 86_400_000;
  return days < 7 ? 'Dat is binnen de week. Geef de medewerker liefst wat meer tijd om zich voor te bereiden.' : '';
}

/** What is still missing before a calendar file can be made ('' when complete). */
export function missingForCalendar(i: InvitationInput): string {
  const missing = [!isDate(i.date) && 'een datum', !isTime(i.startTime) && 'een beginuur'].filter(Boolean) as string[];
  return missing.length ? `Vul eerst ${missing.join(' en ')} in.` : '';
}

/** The calendar event for the talk (for buildIcs in lib/calendar/ics). */
export function invitationEvent(i: InvitationInput) {
  const who = i.employeeName.trim();
  return {
    uid: eventUid('gesprek', who, i.date, who ? '' : i.startTime),
    title: `Functioneringsgesprek${who ? ` met ${who}` : ''}`,
    description: `Een gesprek in twee richtingen over hoe het werk loopt, wat goed gaat, wat beter kan en wat nodig is. Voorbereiden kan met dit blad: ${i.sheetUrl}`,
    date: i.date,
    startTime: i.startTime,
    durationMinutes: i.durationMinutes,
    location: i.place.trim() || undefined,
  };
}

/** File name for the calendar file: functioneringsgesprek-sara-2026-04-14.ics */
export const invitationFileName = (i: InvitationInput): string =>
  `functioneringsgesprek-${nameSlug(i.employeeName.trim())}-${isDate(i.date) ? i.date : 'datum'}.ics`;
