/**
 * Between sheet `Date`s (midnight in the spreadsheet's zone) and the core's ISO dates, through
 * Utilities so the zone is the spreadsheet's own. Memoised: a log repeats the same few dozen
 * meeting dates thousands of times.
 */
import type { IsoDate } from '../../core/dates';
import type { DateReader } from '../../core/records';

export function dateReader(timeZone: string): DateReader {
  const memo = new Map<number, IsoDate>();
  const read = (date: Date) => {
    const key = date.getTime();
    let iso = memo.get(key);
    if (iso === undefined) {
      iso = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
      memo.set(key, iso);
    }
    return iso;
  };
  // A time typed alone ("2:00pm") is that wall-clock time in the spreadsheet's zone, which need not be the script's.
  return Object.assign(read, { timeOfDay: (date: Date) => Utilities.formatDate(date, timeZone, 'HH:mm') });
}

export function dateWriter(timeZone: string): (iso: IsoDate) => Date {
  const memo = new Map<IsoDate, Date>();
  return (iso: IsoDate) => {
    let date = memo.get(iso);
    if (!date) {
      date = Utilities.parseDate(iso, timeZone, 'yyyy-MM-dd');
      memo.set(iso, date);
    }
    return new Date(date.getTime());
  };
}
