/**
 * Working days in England and Wales: Monday to Friday except the bank holidays. The regular
 * holidays are worked out (New Year's Day, Good Friday, Easter Monday, the early May, spring and
 * summer bank holidays, Christmas and Boxing Day, each with its substitute day when it falls at
 * a weekend); the one-off changes proclaimed since 1995 are listed. A year proclaimed after
 * this was written needs a line in ONE_OFF.
 */
import { addDays, isoDate, parts, type IsoDate } from '../dates';

/** Days added (extra holidays) and regular days moved, by proclamation. */
const ONE_OFF: Readonly<Record<number, { add?: readonly IsoDate[]; move?: Readonly<Record<IsoDate, IsoDate>> }>> = {
  1995: { move: { '1995-05-01': '1995-05-08' } }, // VE Day 50th anniversary
  1999: { add: ['1999-12-31'] }, // Millennium
  2002: { move: { '2002-05-27': '2002-06-04' }, add: ['2002-06-03'] }, // Golden Jubilee
  2011: { add: ['2011-04-29'] }, // Royal wedding
  2012: { move: { '2012-05-28': '2012-06-04' }, add: ['2012-06-05'] }, // Diamond Jubilee
  2020: { move: { '2020-05-04': '2020-05-08' } }, // VE Day 75th anniversary
  2022: { move: { '2022-05-30': '2022-06-02' }, add: ['2022-06-03', '2022-09-19'] }, // Platinum Jubilee; State Funeral
  2023: { add: ['2023-05-08'] }, // Coronation
};

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Easter Sunday (Gregorian; the anonymous algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

function firstMonday(year: number, month: number): IsoDate {
  let d = isoDate(year, month, 1);
  while (weekday(d) !== 1) d = addDays(d, 1);
  return d;
}

function lastMonday(year: number, month: number): IsoDate {
  let d = addDays(isoDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  while (weekday(d) !== 1) d = addDays(d, -1);
  return d;
}

const cache = new Map<number, ReadonlySet<IsoDate>>();

/** The bank holidays of England and Wales in a year. */
export function bankHolidays(year: number): ReadonlySet<IsoDate> {
  const known = cache.get(year);
  if (known) return known;
  const days: IsoDate[] = [];
  // New Year's Day, or the Monday after.
  let ny = isoDate(year, 1, 1);
  while (weekday(ny) === 0 || weekday(ny) === 6) ny = addDays(ny, 1);
  days.push(ny);
  const easter = easterSunday(year);
  days.push(addDays(easter, -2), addDays(easter, 1));
  days.push(firstMonday(year, 5), lastMonday(year, 5), lastMonday(year, 8));
  // Christmas and Boxing Day: a day at a weekend moves to the next weekday not already taken.
  const christmas = [isoDate(year, 12, 25), isoDate(year, 12, 26)];
  const taken = new Set<IsoDate>();
  for (const day of christmas) if (weekday(day) !== 0 && weekday(day) !== 6) taken.add(day);
  for (const day of christmas) {
    if (taken.has(day)) continue;
    let d = day;
    while (weekday(d) === 0 || weekday(d) === 6 || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
  }
  days.push(...taken);
  const extra = ONE_OFF[year];
  const moved = days.map((d) => extra?.move?.[d] ?? d);
  const all = new Set([...moved, ...(extra?.add ?? [])]);
  cache.set(year, all);
  return all;
}

export function isWorkingDay(date: IsoDate): boolean {
  const w = weekday(date);
  return w !== 0 && w !== 6 && !bankHolidays(parts(date).year).has(date);
}

/** The working day `n` working days before `date` (n ≥ 1), or `date` itself for n = 0. */
export function workingDaysBefore(date: IsoDate, n: number): IsoDate {
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, -1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}
