/**
 * Dates in the script's own time zone without a service call: Apps Script's V8 runs in the
 * script's zone (appsscript.json `timeZone`), so a Date's local calendar day is its day there.
 * Used only when the spreadsheet's zone is the script's (adapters/sheets/dates checks this).
 */
import type { IsoDate } from './dates';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The local calendar day of `date` as yyyy-MM-dd (as `Utilities.formatDate(date, scriptZone, 'yyyy-MM-dd')`). */
export function isoOfLocalDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Local midnight of an ISO day (as `Utilities.parseDate(iso, scriptZone, 'yyyy-MM-dd')`), made
 * with `DateCtor` so the value belongs to the caller's realm. Years below 100 are kept as
 * written (the Date constructor would read 0–99 as 1900–1999).
 */
export function localMidnight(iso: IsoDate, DateCtor: DateConstructor = Date): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new DateCtor(2000, 0, 1, 0, 0, 0, 0);
  date.setFullYear(y, m - 1, d);
  date.setHours(0, 0, 0, 0);
  return date;
}
