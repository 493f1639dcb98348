/**
 * Between sheet `Date`s (midnight in the spreadsheet's zone) and the core's ISO dates. When the
 * spreadsheet's zone is the script's (as set up: both Europe/London), the conversion is the
 * Date's own local calendar day, with no service call at all (V8 runs in the script's zone,
 * which `Session.getScriptTimeZone()` gives, once an execution). Otherwise through Utilities,
 * memoised: a log repeats the same few thousand dates.
 */
import type { IsoDate } from '../../core/dates';
import { isoOfLocalDate, localMidnight } from '../../core/local-dates';
import type { DateReader } from '../../core/records';

let scriptZone: string | undefined;

/** The script's time zone, asked once an execution. */
export function scriptTimeZone(): string {
  scriptZone ??= Session.getScriptTimeZone();
  return scriptZone;
}

export function dateReader(timeZone: string): DateReader {
  let local: boolean | undefined; // decided at the first date, so a read with none asks nothing
  const memo = new Map<number, IsoDate>();
  const read = (date: Date) => {
    local ??= timeZone === scriptTimeZone();
    if (local) return isoOfLocalDate(date);
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
  let local: boolean | undefined;
  const memo = new Map<IsoDate, Date>();
  return (iso: IsoDate) => {
    local ??= timeZone === scriptTimeZone();
    if (local) return localMidnight(iso);
    let date = memo.get(iso);
    if (!date) {
      date = Utilities.parseDate(iso, timeZone, 'yyyy-MM-dd');
      memo.set(iso, date);
    }
    return new Date(date.getTime());
  };
}
