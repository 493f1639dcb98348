/**
 * References `DD.MM.NN`: the meeting's day and month and the item's number at that meeting
 * (`28.01.05`). The format carries no year, so meetings on the same day and month in different
 * years (or two boards' meetings on the same day) share one sequence: a later meeting on 28
 * January continues from the highest number already used for 28.01. References therefore
 * never repeat within a workbook, and the format the board knows is kept.
 */
import { parts, type IsoDate } from './dates';

const REF = /^(\d{1,2})\.(\d{1,2})\.(\d{1,6})$/;

/**
 * The highest number a meeting day's references may reach. A board meeting records a few
 * dozen items at most, so even a day and month shared by thirty years of meetings stays far
 * below it; a number past it is a slip of the keyboard (`28.01.999999`) that would otherwise
 * push every later reference for that day out of the form the board knows. Three digits also
 * keep the register of numbers given (366 days at most) well inside one document property.
 */
export const MAX_REF_NUMBER = 999;

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

/** A well-formed reference whose number is above MAX_REF_NUMBER. */
export function isPastBound(text: string): boolean {
  const ref = parseRef(text);
  return ref !== undefined && ref.number > MAX_REF_NUMBER;
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
 * The highest number in use per prefix ("28.01" → 21), from references as written. Malformed
 * references and numbers past MAX_REF_NUMBER are left out (the reader reports them at their cell).
 */
export function highestByPrefix(existing: Iterable<string>): Map<string, number> {
  const highest = new Map<string, number>();
  for (const text of existing) {
    const ref = parseRef(text);
    if (!ref || ref.number > MAX_REF_NUMBER) continue;
    const key = `${pad(ref.day)}.${pad(ref.month)}`;
    highest.set(key, Math.max(highest.get(key) ?? 0, ref.number));
  }
  return highest;
}

/** Thrown when a meeting day's references would go past MAX_REF_NUMBER. */
export class RefsExhausted extends Error {
  constructor(
    readonly prefix: string,
    readonly highest: number,
    readonly wanted: number,
  ) {
    super(
      `The references for ${prefix} have reached ${prefix}.${pad(highest)}; ${wanted} more would go past ${prefix}.${MAX_REF_NUMBER}, the most a meeting day can have.`,
    );
    this.name = 'RefsExhausted';
  }
}

/**
 * The next `count` references for a meeting: one above the larger of `floor` (the highest
 * number ever given for that day and month, from the register) and the highest in `existing`
 * (every reference in the workbook). Throws RefsExhausted rather than go past MAX_REF_NUMBER.
 */
export function nextRefs(meetingDate: IsoDate, existing: Iterable<string>, count: number, floor = 0): string[] {
  const { day, month } = parts(meetingDate);
  const prefix = refPrefix(meetingDate);
  const highest = Math.max(Math.min(floor, MAX_REF_NUMBER), highestByPrefix(existing).get(prefix) ?? 0);
  if (highest + count > MAX_REF_NUMBER) throw new RefsExhausted(prefix, highest, count);
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
