/** The Digest day setting and its period (core/alerts/period). */
import fc from 'fast-check';
import { daysToSend, digestPeriod } from '../../src/core/alerts/period';
import { addDays } from '../../src/core/dates';
import { parseSettings, WEEKDAYS } from '../../src/core/settings';

describe('Digest day', () => {
  it('reads Every day (the default), weekday names and their first three letters; anything else is reported and the default used', () => {
    expect(parseSettings({}).settings.digestDay).toBe('every day');
    expect(parseSettings({ digestDay: ' monday ' }).settings.digestDay).toBe('monday');
    expect(parseSettings({ digestDay: 'Fri' }).settings.digestDay).toBe('friday');
    expect(parseSettings({ digestDay: 'Daily' }).settings.digestDay).toBe('every day');
    const bad = parseSettings({ digestDay: 'fortnightly' });
    expect(bad.settings.digestDay).toBe('every day');
    expect(bad.issues).toEqual([
      expect.objectContaining({ key: 'digestDay', label: 'Digest day', message: expect.stringContaining('Every day or a weekday') }),
    ]);
  });

  it('every day: the period is the day itself', () => {
    expect(digestPeriod('2025-03-12', 'every day')).toBe('2025-03-12');
  });

  it('a weekday: the latest such day on or before today (Monday 10 March 2025)', () => {
    expect(digestPeriod('2025-03-10', 'monday')).toBe('2025-03-10');
    expect(digestPeriod('2025-03-16', 'monday')).toBe('2025-03-10');
    expect(digestPeriod('2025-03-17', 'monday')).toBe('2025-03-17');
    expect(digestPeriod('2025-03-10', 'tuesday')).toBe('2025-03-04');
  });

  it('property: the period starts on the digest day, at most six days back', () => {
    const iso = fc
      .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(iso, fc.constantFrom(...WEEKDAYS), (today, day) => {
        const start = digestPeriod(today, day);
        expect(WEEKDAYS[new Date(`${start}T00:00:00Z`).getUTCDay()]).toBe(day);
        expect(start <= today && addDays(start, 6) >= today).toBe(true);
      }),
    );
  });

  it('days to send: the digests over what a day carries, at least one', () => {
    expect([daysToSend(0, 99), daysToSend(99, 99), daysToSend(100, 99), daysToSend(1000, 99), daysToSend(5, 0)]).toEqual([1, 1, 2, 11, 5]);
  });
});
