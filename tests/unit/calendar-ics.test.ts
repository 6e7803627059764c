import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIcs, escapeText, eventUid, foldLine, unfold, type CalendarEvent } from '../../src/lib/calendar/ics.ts';
import { roundIcs, planRound } from '../../src/lib/team/round.ts';
import { addWeeks } from '../../src/lib/shared/dates.ts';
import { followUpEvents } from '../../src/lib/report/followUp.ts';
import { reportCodec } from '../../src/lib/report/codec.ts';
import { sampleReport } from '../fixtures/report.ts';

const suggestCheckIn = (d: string) => addWeeks(d, 6);
const emptyReport = () => reportCodec.empty();

const NOW = new Date(Date.UTC(2025, 2, 14, 15, 4, 5));
const enc = new TextEncoder();
const octets = (s: string) => enc.encode(s).length;

/** Unescape a TEXT value (the inverse of escapeText). */
const unescapeText = (s: string) => s.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Physical lines (without the final empty string after the last CRLF). */
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
/** Logical content lines, unfolded. */
const contentLines = (ics: string) => unfold(ics).split('\r\n').slice(0, -1);
const prop = (ics: string, name: string) => contentLines(ics).filter((l) => l.startsWith(name + ':') || l.startsWith(name + ';'));

const allDay: CalendarEvent = { uid: 'a@gesprekswijzer', title: 'Tussentijds gesprek met Zoë', description: 'Afspraken overlopen', date: '2025-04-25' };
const timed: CalendarEvent = {
  uid: 'b@gesprekswijzer',
  title: 'Functioneringsgesprek',
  description: 'Regel 1\nRegel 2; met komma, en \\ backslash',
  date: '2025-10-26',
  startTime: '23:30',
  durationMinutes: 45,
  location: 'Vergaderzaal 1, Gent',
};

describe('buildIcs: structure', () => {
  const ics = buildIcs([allDay, timed], { now: NOW });
  const lines = contentLines(ics);

  it('uses CRLF everywhere and ends with CRLF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the calendar header', () => {
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      expect.stringMatching(/^PRODID:-\/\/Gesprekswijzer\/\//),
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines[lines.length - 1]).toBe('END:VCALENDAR');
  });

  it('balances BEGIN and END', () => {
    const stack: string[] = [];
    for (const l of lines) {
      if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
      if (l.startsWith('END:')) expect(stack.pop()).toBe(l.slice(4));
    }
    expect(stack).toEqual([]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
    expect(lines.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
  });

  it('every event has UID, DTSTAMP (UTC), DTSTART, DTEND, SUMMARY', () => {
    expect(prop(ics, 'UID')).toEqual(['UID:a@gesprekswijzer', 'UID:b@gesprekswijzer']);
    expect(prop(ics, 'DTSTAMP')).toEqual(['DTSTAMP:20250314T150405Z', 'DTSTAMP:20250314T150405Z']);
    expect(prop(ics, 'SUMMARY')).toHaveLength(2);
  });

  it('all-day event: VALUE=DATE, DTEND the next day, reminder the day before at 9:00', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20250425');
    expect(lines).toContain('DTEND;VALUE=DATE:20250426');
    expect(lines).toContain('TRIGGER:-PT15H');
  });

  it('timed event: TZID Europe/Brussels, end after the duration (across midnight)', () => {
    expect(lines).toContain('DTSTART;TZID=Europe/Brussels:20251026T233000');
    expect(lines).toContain('DTEND;TZID=Europe/Brussels:20251027T001500');
    expect(lines).toContain('TRIGGER:-P1D');
    expect(lines).toContain('TZID:Europe/Brussels');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
  });

  it('alarms are DISPLAY with a description', () => {
    expect(lines.filter((l) => l === 'ACTION:DISPLAY')).toHaveLength(2);
    expect(prop(ics, 'DESCRIPTION').some((l) => l.startsWith('DESCRIPTION:Morgen: '))).toBe(true);
  });

  it('escapes TEXT values and LOCATION', () => {
    expect(lines).toContain('DESCRIPTION:Regel 1\\nRegel 2\\; met komma\\, en \\\\ backslash');
    expect(lines).toContain('LOCATION:Vergaderzaal 1\\, Gent');
  });

  it('leaves out the VTIMEZONE when all events are all-day', () => {
    expect(buildIcs([allDay], { now: NOW })).not.toContain('VTIMEZONE');
  });

  it('an empty list is still a valid calendar', () => {
    expect(contentLines(buildIcs([], { now: NOW }))).toHaveLength(6);
  });

  it('rejects invalid dates and times', () => {
    expect(() => buildIcs([{ ...allDay, date: '2025-02-30' }], { now: NOW })).toThrow(/datum/);
    expect(() => buildIcs([{ ...allDay, startTime: '25:00' }], { now: NOW })).toThrow(/uur/);
  });
});

describe('escaping', () => {
  it('escapes backslash first', () => {
    expect(escapeText('a\\;b,c\r\nd\ne')).toBe('a\\\\\\;b\\,c\\nd\\ne');
  });
});

describe('folding', () => {
  it('keeps short lines', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
  });

  it('folds at 75 octets and never splits a character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const line = 'DESCRIPTION:' + escapeText(s);
        const folded = foldLine(line);
        for (const l of folded.split('\r\n')) {
          expect(octets(l)).toBeLessThanOrEqual(75);
          expect(l).not.toMatch(/[\uD800-\uDBFF]$/); // no lone high surrogate at a fold
        }
        expect(unfold(folded)).toBe(line);
      }),
      { numRuns: 300 },
    );
  });

  it('a description with ë and emoji survives build → unfold → unescape', () => {
    const description = 'Ideeën voor de etalage 🎂🥐 — Zoë, Łukasz en Ağaoğlu; prijs € 12,50.\n'.repeat(12);
    const ics = buildIcs([{ ...allDay, description }], { now: NOW });
    for (const l of physicalLines(ics)) expect(octets(l)).toBeLessThanOrEqual(75);
    // Each physical line is valid UTF-8 on its own (no split multi-byte sequence).
    for (const l of physicalLines(ics)) expect(new TextDecoder('utf-8', { fatal: true }).decode(enc.encode(l))).toBe(l);
    const line = prop(ics, 'DESCRIPTION')[0]!;
    expect(unescapeText(line.slice('DESCRIPTION:'.length))).toBe(description);
  });
});

describe('dates', () => {
  it('addWeeks', () => {
    expect(addWeeks('2025-03-14', 6)).toBe('2025-04-25');
    expect(addWeeks('2024-12-20', 2)).toBe('2025-01-03');
    expect(addWeeks('2024-02-22', 1)).toBe('2024-02-29');
    expect(addWeeks('2025-03-14', -2)).toBe('2025-02-28');
    expect(addWeeks('', 6)).toBe('');
    expect(addWeeks('14-03-2025', 6)).toBe('');
  });
  it('addWeeks ignores daylight saving time', () => {
    expect(addWeeks('2025-03-24', 1)).toBe('2025-03-31');
    expect(addWeeks('2025-10-20', 1)).toBe('2025-10-27');
  });
  it('suggestCheckIn is six weeks later', () => {
    expect(suggestCheckIn('2025-03-14')).toBe('2025-04-25');
    expect(suggestCheckIn('')).toBe('');
  });
});

describe('event UIDs', () => {
  it('the same person and date give the same UID (a calendar updates the event); other people never share one', () => {
    expect(eventUid('gesprek', 'Zoë  Peeters', '2027-01-11')).toBe(eventUid('gesprek', 'zoë peeters', '2027-01-11'));
    expect(eventUid('gesprek', 'Zoe\u0308 Peeters', '2027-01-11')).toBe(eventUid('gesprek', 'Zoë Peeters', '2027-01-11'));
    const names = ['Дмитрий Иванов', 'Ольга Петрова', '王芳', '王伟', 'محمد العلي', '', 'Anna', 'Anna 🌷'];
    const uids = names.map((n) => eventUid('gesprek', n, '2027-01-11'));
    expect(new Set(uids).size).toBe(names.length);
    expect(eventUid('gesprek', '', '2027-01-11', '09:00')).not.toBe(eventUid('gesprek', '', '2027-01-11', '10:00'));
    for (const uid of uids) expect(uid).toMatch(/^gesprek-[a-z0-9-]{1,40}-[0-9a-f]{8}-2027-01-11@gesprekswijzer$/);
  });

  it('a round with names in other scripts on one day: one UID per talk in the file (RFC 5545)', () => {
    const people = ['Дмитрий Иванов', 'Ольга Петрова', '王芳'];
    const slots = planRound({ people, managerName: 'Els', week: '2027-01-11', perDay: 3, startTime: '09:00', durationMinutes: 60, pauseMinutes: 15, place: '', checkInWeeks: 6, origin: 'https://gesprekswijzer.example' });
    const uids = contentLines(roundIcs(slots, NOW)).filter((l) => l.startsWith('UID:'));
    expect(uids).toHaveLength(6);
    expect(new Set(uids).size).toBe(6);
  });
});

describe('followUpEvents', () => {
  it('makes a check-in and a next-talk event from a report', () => {
    const events = followUpEvents(sampleReport());
    expect(events.map((e) => e.date)).toEqual(['2025-04-25', '2026-03-13']);
    expect(events[0]!.title).toBe('Tussentijds gesprek met Zoë Wiśniewska-Ağaoğlu');
    expect(events[0]!.uid).toMatch(/^checkin-zoe-wisniewska-agaoglu-[0-9a-f]{8}-2025-04-25@gesprekswijzer$/);
    expect(events[0]!.description).toContain('- Zoë volgt de cursus taartdecoratie bij Syntra (Medewerker, 2025-06-30)');
    const ics = buildIcs(events, { now: NOW });
    expect(contentLines(ics).filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
  });
  it('makes nothing without dates', () => {
    expect(followUpEvents(emptyReport())).toEqual([]);
  });
});
