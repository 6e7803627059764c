import { describe, expect, it } from 'vitest';
import {
  EMPTY_INVITATION,
  dateNote,
  restoreInvitation,
  endTime,
  formatLongDate,
  invitationEvent,
  invitationFileName,
  invitationText,
  missingForCalendar,
} from '../../src/lib/guide/invitation';
import { buildIcs, unfold } from '../../src/lib/calendar/ics';

const filled = {
  employeeName: 'Sara Öztürk',
  managerName: 'Tom',
  date: '2026-04-14',
  startTime: '14:00',
  durationMinutes: 60,
  place: 'in het kantoortje achteraan',
  sheetUrl: 'https://www.voorbeeld.be/voorbereiden/medewerker/',
};

describe('invitation', () => {
  it('shows placeholders for what is missing', () => {
    const t = invitationText(EMPTY_INVITATION);
    for (const p of ['[naam]', '[dag en datum]', '[uur]', '[plaats]', '[jouw naam]']) expect(t).toContain(p);
    expect(missingForCalendar(EMPTY_INVITATION)).toBe('Vul eerst een datum en een beginuur in.');
  });

  it('writes the date and times the Dutch way and links the sheet', () => {
    const t = invitationText(filled);
    expect(t.startsWith('Dag Sara Öztürk,')).toBe(true);
    expect(t).toContain('dinsdag 14 april 2026, van 14.00 tot 15.00 uur, in het kantoortje achteraan.');
    expect(t).toContain('https://www.voorbeeld.be/voorbereiden/medewerker/');
    expect(t).toContain('geen beoordeling');
    expect(t.trimEnd().endsWith('Tom')).toBe(true);
    expect(missingForCalendar(filled)).toBe('');
  });

  it('a talk past midnight says so, and ends when the calendar file ends it', () => {
    const late = { ...filled, startTime: '23:30', durationMinutes: 90 };
    expect(invitationText(late)).toContain('van 23.30 tot 01.00 uur (de volgende dag)');
    expect(invitationText(filled)).not.toContain('volgende dag');
  });

  it('a stored draft comes back field by field; what has the wrong shape is left out', () => {
    expect(restoreInvitation({ employeeName: 'Zoë', managerName: 'Tom', date: '2026-04-14', startTime: '14:00', durationMinutes: 75, place: 'Kantoor' })).toEqual({ employeeName: 'Zoë', managerName: 'Tom', date: '2026-04-14', startTime: '14:00', durationMinutes: 75, place: 'Kantoor' });
    expect(restoreInvitation({ employeeName: 42, date: '2026-02-30', startTime: '25:00', durationMinutes: 61, place: 'x'.repeat(201), sheetUrl: 'https://elders.example/' })).toEqual({});
    for (const bad of [null, 'tekst', [1, 2], 7]) expect(restoreInvitation(bad)).toEqual({});
  });

  it('says when the date is past or within the week', () => {
    expect(dateNote('2026-11-30', '2026-12-01')).toMatch(/al voorbij/);
    expect(dateNote('2026-12-03', '2026-12-01')).toMatch(/binnen de week/);
    expect(dateNote('2026-12-08', '2026-12-01')).toBe('');
    expect(dateNote('', '2026-12-01')).toBe('');
  });

  it('computes the end time and formats dates', () => {
    expect(endTime('09:30', 45)).toBe('10:15');
    expect(endTime('23:30', 90)).toBe('23:59');
    expect(endTime('23:30', 90, true)).toBe('01:00');
    expect(endTime('9u', 60)).toBe('');
    expect(formatLongDate('2026-02-30')).toBe('');
    expect(formatLongDate('2026-11-02')).toBe('maandag 2 november 2026');
  });

  it('makes a timed calendar event for the talk', () => {
    const ics = unfold(buildIcs([invitationEvent(filled)], { now: new Date('2026-04-01T10:00:00Z') }));
    expect(ics).toContain('DTSTART;TZID=Europe/Brussels:20260414T140000');
    expect(ics).toContain('DTEND;TZID=Europe/Brussels:20260414T150000');
    expect(ics).toContain('SUMMARY:Functioneringsgesprek met Sara Öztürk');
    expect(ics).toContain('LOCATION:in het kantoortje achteraan');
    expect(invitationFileName(filled)).toBe('functioneringsgesprek-sara-ozturk-2026-04-14.ics');
  });
});
