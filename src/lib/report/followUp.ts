/** The follow-up of a report in the calendar: the interim talk and the next talk. */
import { eventUid, type CalendarEvent } from '../calendar/ics.ts';
import { isIsoDate } from '../shared/dates.ts';
import { ownerText } from '../forms/kinds/agreements.ts';
import type { Report } from './codec.ts';

/** The agreements as short lines for a calendar description. */
function agreementLines(report: Report): string[] {
  return report.agreements
    .filter((a) => a.what.trim())
    .map((a) => {
      const who = ownerText(a);
      const extra = [who, a.due].filter(Boolean).join(', ');
      return `- ${a.what.trim()}${extra ? ` (${extra})` : ''}`;
    });
}

/** Calendar events for the follow-up dates of a report (check-in and next talk). */
export function followUpEvents(report: Report): CalendarEvent[] {
  const employee = report.employeeName.trim();
  const withWho = employee ? ` met ${employee}` : '';
  const agreements = agreementLines(report);
  const agreementText = agreements.length ? `\n\nAfspraken:\n${agreements.join('\n')}` : '';
  const talk = report.talkDate ? ` van ${report.talkDate}` : '';
  const events: CalendarEvent[] = [];
  const { checkInDate, nextTalkDate } = report;
  if (isIsoDate(checkInDate)) {
    events.push({
      uid: eventUid('checkin', employee, checkInDate),
      title: `Tussentijds gesprek${withWho}`,
      description: `Kort opvolggesprek (een kwartier) na het functioneringsgesprek${talk}. Overloop samen de afspraken: wat loopt goed, wat is nodig?${agreementText}`,
      date: checkInDate,
    });
  }
  if (isIsoDate(nextTalkDate)) {
    events.push({
      uid: eventUid('gesprek', employee, nextTalkDate),
      title: `Functioneringsgesprek${withWho}`,
      description: `Volgend functioneringsgesprek. Neem het verslag${talk} erbij en bereid je samen voor.${agreementText}`,
      date: nextTalkDate,
    });
  }
  return events;
}
