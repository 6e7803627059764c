import { describe, expect, it } from 'vitest';
import { addMonths, addWeeks, formatDate, formatMoment, isIsoDate, zonedParts } from '../../src/lib/shared/dates.ts';

describe('dates', () => {
  it('checks real calendar dates', () => {
    expect(['2024-02-29', '2025-12-31'].every(isIsoDate)).toBe(true);
    expect(['2025-02-29', '2025-13-01', '14-03-2025', '', 42].some(isIsoDate)).toBe(false);
  });
  it('formats in Dutch, keeping a date on one line', () => {
    expect(formatDate('2025-03-14')).toBe('14\u00a0maart\u00a02025');
    expect(formatDate('2025-03-14', 'short')).toBe('14-3-2025');
    expect(formatDate('morgen')).toBe('morgen');
  });
  it('adds weeks across daylight saving time and months clamped to the month end', () => {
    expect(addWeeks('2025-03-20', 2)).toBe('2025-04-03');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addWeeks('', 6)).toBe('');
  });
  it('shows a moment in the zone it was made in, with its offset, whatever the reader\'s zone', () => {
    expect(formatMoment('2025-03-15T10:12:00.000Z', 'Europe/Brussels')).toBe('15\u00a0maart\u00a02025 om 11:12 (UTC+1, Europe/Brussels)');
    expect(formatMoment('2025-07-15T10:12:00.000Z', 'Europe/Amsterdam')).toBe('15\u00a0juli\u00a02025 om 12:12 (UTC+2, Europe/Amsterdam)');
    expect(formatMoment('2025-07-15T10:12:00.000Z', 'Asia/Kolkata')).toContain('15:42 (UTC+5:30, Asia/Kolkata)');
    expect(formatMoment('2025-01-01T00:30:00.000Z', 'America/New_York')).toContain('31\u00a0december\u00a02024 om 19:30 (UTC-5');
    expect(zonedParts('2025-07-15T10:12:00.000Z', 'Nergens/Niets')?.offset).toBe('UTC+2');
  });
});
