/**
 * How often officers get a digest (the Digest day setting). Every day: the sent log is kept per
 * day. A weekday: it is kept per week starting on that day, so each officer gets at most one
 * digest a week, sent on that day or, when the mail quota ran out, on the days after it.
 */
import { addDays, type IsoDate } from '../dates';
import { WEEKDAYS, type DigestDay } from '../settings';

/** The first day of the period `today` is in: today itself, or the latest digest day on or before it. */
export function digestPeriod(today: IsoDate, day: DigestDay): IsoDate {
  if (day === 'every day') return today;
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, -((weekday - WEEKDAYS.indexOf(day) + 7) % 7));
}

/** Days needed to send `digests` at `perDay` a day (at least one). */
export function daysToSend(digests: number, perDay: number): number {
  return Math.max(1, Math.ceil(digests / Math.max(1, perDay)));
}
