/**
 * Plan a round: the owner picks people and a week; this proposes a schedule (working days,
 * a few talks a day with a pause between them), one calendar file with every talk, and per
 * person the invitation text (guide/invitation.ts) with the link to the preparation sheet.
 */
import { buildIcs, type CalendarEvent } from '../calendar/ics.ts';
import { endTime, invitationEvent, invitationText, isTime, SHEET_PATH, type InvitationInput } from '../guide/invitation.ts';
import { addDays, addWeeks, isIsoDate } from '../shared/dates.ts';

export interface RoundInput {
  people: string[];
  /** Any day of the week; the round starts on its Monday. */
  week: string;
  /** First talk of the day, HH:MM. */
  startTime: string;
  durationMinutes: number;
  /** Minutes between two talks. */
  pauseMinutes: number;
  /** At most this many talks a day. */
  perDay: number;
  place: string;
  managerName: string;
  /** The site's origin, for the sheet link ('https://…'). */
  origin: string;
  /** Also put an interim talk (all day, as a reminder to plan it) this many weeks after each talk; 0 = none. */
  checkInWeeks?: number;
}

export interface RoundSlot {
  person: string;
  /** The interim talk's day ('' when not planned). */
  checkIn: string;
  date: string;
  startTime: string;
  endTime: string;
  invitation: InvitationInput;
  text: string;
  sheetUrl: string;
}

/** The Monday of the week of `iso` (ISO weeks start on Monday). */
export function mondayOf(iso: string): string {
  if (!isIsoDate(iso)) return '';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(iso, -((day + 6) % 7));
}

/** 'HH:MM' plus minutes. */
const plus = (time: string, minutes: number) => endTime(time, minutes);

export function roundProblem(i: RoundInput): string | null {
  if (!i.people.length) return 'Kies minstens één persoon.';
  if (!isIsoDate(i.week)) return 'Kies een week (een dag in die week).';
  if (!isTime(i.startTime)) return 'Kies het uur van het eerste gesprek.';
  if (i.perDay < 1) return 'Plan minstens één gesprek per dag.';
  if (i.people.length > i.perDay * 5) return `Zoveel gesprekken passen niet in één week (hoogstens ${i.perDay * 5} met ${i.perDay} per dag). Kies minder mensen of meer gesprekken per dag.`;
  const last = plus(i.startTime, (i.perDay - 1) * (i.durationMinutes + i.pauseMinutes) + i.durationMinutes);
  if (last >= '23:59') return 'Zoveel gesprekken passen niet in één dag. Begin vroeger of plan er minder per dag.';
  return null;
}

/** The proposed schedule: Monday to Friday, `perDay` talks a day, in the order the people were picked. */
export function planRound(i: RoundInput): RoundSlot[] {
  if (roundProblem(i)) return [];
  const monday = mondayOf(i.week);
  const sheetUrl = new URL(SHEET_PATH, i.origin).href;
  return i.people.map((person, n) => {
    const date = addDays(monday, Math.floor(n / i.perDay));
    const startTime = plus(i.startTime, (n % i.perDay) * (i.durationMinutes + i.pauseMinutes));
    const invitation: InvitationInput = { employeeName: person, managerName: i.managerName, date, startTime, durationMinutes: i.durationMinutes, place: i.place, sheetUrl };
    const checkIn = i.checkInWeeks ? addWeeks(date, i.checkInWeeks) : '';
    return { person, checkIn, date, startTime, endTime: plus(startTime, i.durationMinutes), invitation, text: invitationText(invitation), sheetUrl };
  });
}

/** One calendar file: one event per talk, and per person the interim talk when one is planned. */
export function roundIcs(slots: readonly RoundSlot[], now: Date): string {
  const events: CalendarEvent[] = slots.map((s) => invitationEvent(s.invitation));
  for (const s of slots) {
    if (!s.checkIn) continue;
    const talk = invitationEvent(s.invitation);
    events.push({
      uid: talk.uid.replace(/^gesprek-/, 'tussentijds-').replace(/-\d{4}-\d{2}-\d{2}@/, `-${s.checkIn}@`),
      title: `Tussentijds gesprek met ${s.person}`,
      description: 'Kort opvolggesprek (een kwartier) na het functioneringsgesprek. Kies samen een uur en overloop de afspraken: wat loopt goed, wat is nodig?',
      date: s.checkIn,
    });
  }
  return buildIcs(events, { now });
}

export const roundFileName = (slots: readonly RoundSlot[]) => `functioneringsgesprekken-${slots[0]?.date ?? 'ronde'}.ics`;
