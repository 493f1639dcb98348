/**
 * Calendar dates without times or zones. The sheet gives `Date` objects at midnight in the
 * spreadsheet's zone; adapters turn them into `IsoDate` strings ("2010-03-18") once, so the
 * core compares plain strings and can never be shifted a day by a time zone.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The dates a board's log can hold: a date outside them is a slip (a number typed in a date
 * cell: 2010 is day 2010 of Sheets' calendar, 02/07/1905), reported and not used.
 */
export const PLAUSIBLE_FROM: IsoDate = '1990-01-01';
export const PLAUSIBLE_TO: IsoDate = '2100-12-31';

export function isPlausibleDate(date: IsoDate): boolean {
  return date >= PLAUSIBLE_FROM && date <= PLAUSIBLE_TO;
}

/** Sheets counts days from 30 December 1899 (serial 1 is 31/12/1899). */
export const SERIAL_EPOCH: IsoDate = '1899-12-30';

export function isIsoDate(value: string): value is IsoDate {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO.exec(date);
  if (!m) throw new Error(`Not an ISO date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(utc(date) + days * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `dd/mm/yyyy`, the board's convention in tables. */
export function formatShort(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** "18th March 2010", the board's convention in running text. */
export function formatLong(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${day}${ordinal(day)} ${MONTHS[month - 1]} ${year}`;
}

/** "Thursday 18th March 2010", as papers are headed. */
export function formatWithWeekday(date: IsoDate): string {
  const weekday = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(utc(date)).getUTCDay()];
  return `${weekday} ${formatLong(date)}`;
}

/** "18 March 2010", for document names. */
export function formatPlain(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

export function ordinal(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

function utc(date: IsoDate): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
