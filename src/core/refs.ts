/**
 * References `DD.MM.NN`: the meeting's day and month and the item's number at that meeting
 * (`28.01.05`). The format carries no year, so meetings on the same day and month in different
 * years (or two boards' meetings on the same day) share one sequence: a later meeting on 28
 * January continues from the highest number already used for 28.01. References therefore
 * never repeat within a workbook, and the format the board knows is kept.
 */
import { parts, type IsoDate } from './dates';

const REF = /^(\d{1,2})\.(\d{1,2})\.(\d{1,6})$/;

export interface RefParts {
  readonly day: number;
  readonly month: number;
  readonly number: number;
}

export function parseRef(text: string): RefParts | undefined {
  const m = REF.exec(text.trim());
  if (!m) return undefined;
  const ref = { day: Number(m[1]), month: Number(m[2]), number: Number(m[3]) };
  if (ref.day < 1 || ref.day > 31 || ref.month < 1 || ref.month > 12 || ref.number < 1) return undefined;
  return ref;
}

export function formatRef(ref: RefParts): string {
  return `${pad(ref.day)}.${pad(ref.month)}.${pad(ref.number)}`;
}

/** The prefix a meeting's references share: "28.01". */
export function refPrefix(meetingDate: IsoDate): string {
  const { day, month } = parts(meetingDate);
  return `${pad(day)}.${pad(month)}`;
}

/**
 * The next `count` references for a meeting, given every reference already in the workbook
 * (malformed ones are ignored here and reported by the reader).
 */
export function nextRefs(meetingDate: IsoDate, existing: Iterable<string>, count: number): string[] {
  const { day, month } = parts(meetingDate);
  let highest = 0;
  for (const text of existing) {
    const ref = parseRef(text);
    if (ref && ref.day === day && ref.month === month) highest = Math.max(highest, ref.number);
  }
  return Array.from({ length: count }, (_, i) => formatRef({ day, month, number: highest + i + 1 }));
}

/** "28.1.5" and "28.01.05" are the same reference. */
export function normaliseRef(text: string): string | undefined {
  const ref = parseRef(text);
  return ref ? formatRef(ref) : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
