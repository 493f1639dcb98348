/**
 * Dates as boards write them in cells and commentary, for the import. Built on
 * core/parse-date.ts, with what only an import knows:
 *
 * - a day or month with no year takes the year that follows the row's own meeting date ("November
 *   5th" in a row of 25/06/2009 is 05/11/2009), never the year of the paper;
 * - a month or span ("March 2010", "May or June") counts as the board's meeting in that period
 *   when Meetings has one, else its last day; the words stay as written in the commentary;
 * - "the March meeting" and "next meeting" are that meeting, when it is known;
 * - what looks like a date but cannot be read is returned, so it is listed with its cell.
 */
import { formatShort, type IsoDate } from '../dates';
import { findDatesInText, monthFromWord, parseBritishDate, type ParsedDate } from '../parse-date';

export interface DateInText {
  /** The date it counts as. */
  readonly date: IsoDate;
  /** The words it came from, as written: "March 18th 2010", "the March meeting". */
  readonly phrase: string;
  /** "day" when a day was written; otherwise the month or span as written stands for `date`. */
  readonly kind: 'day' | 'month' | 'range' | 'meeting';
  readonly index: number;
}

export interface DatesFound {
  readonly dates: readonly DateInText[];
  /** Phrases that look like dates but could not be read, and why. */
  readonly unreadable: readonly string[];
}

export interface DateContext {
  /** The row's own meeting: the year of a date written without one follows it. */
  readonly meetingDate?: IsoDate | undefined;
  /** The board's meetings (Meetings tab and those imported), for months and "the March meeting". */
  readonly meetings: readonly IsoDate[];
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_MEETING = new RegExp(`\\b(?:the\\s+)?(${MONTHS})\\s+(?:[A-Z][a-z]+\\s+){0,2}(?:meeting|board)\\b`, 'gi');
const NEXT_MEETING = /\b(?:the\s+)?next\s+(?:[A-Z][a-z]+\s+){0,2}(?:meeting|board)\b/gi;
/** A day and month word with no year, to list when the row has no meeting date to give one. */
const NO_YEAR_BASE = '1900-01-01';

/** A month or span counts as the board's meeting in it, else its last day. */
export function dateForPeriod(parsed: ParsedDate, meetings: readonly IsoDate[]): IsoDate {
  if (parsed.kind === 'day') return parsed.date;
  const inside = [...meetings].sort().find((m) => m >= parsed.from && m <= parsed.to);
  return inside ?? parsed.to;
}

/** The first meeting after `after` in `month`, within the following year. */
function meetingInMonth(month: number, after: IsoDate | undefined, meetings: readonly IsoDate[]): IsoDate | undefined {
  return [...meetings].sort().find((m) => (!after || m > after) && Number(m.slice(5, 7)) === month && (!after || m <= addYear(after)));
}

function addYear(d: IsoDate): IsoDate {
  return `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
}

export function datesInText(text: string, ctx: DateContext): DatesFound {
  const dates: DateInText[] = [];
  const unreadable: string[] = [];
  if (!text.trim()) return { dates, unreadable };
  const today = ctx.meetingDate ?? NO_YEAR_BASE;
  const taken: [number, number][] = [];
  for (const f of findDatesInText(text, { today })) {
    taken.push([f.index, f.index + f.matchedText.length]);
    const year = Number((f.parsed.kind === 'day' ? f.parsed.date : f.parsed.from).slice(0, 4));
    if (!ctx.meetingDate && year < 1910) {
      unreadable.push(`“${f.matchedText}” has no year, and the row has no meeting date to take it from`);
      continue;
    }
    dates.push({ date: dateForPeriod(f.parsed, ctx.meetings), phrase: f.matchedText, kind: f.parsed.kind, index: f.index });
  }
  const free = (start: number, end: number) => !taken.some(([a, b]) => start < b && end > a);
  for (const m of text.matchAll(MONTH_MEETING)) {
    const start = m.index ?? 0;
    if (!free(start, start + m[0].length)) continue;
    const month = monthFromWord(m[1] ?? '');
    const found = month === undefined ? undefined : meetingInMonth(month, ctx.meetingDate, ctx.meetings);
    if (found) dates.push({ date: found, phrase: m[0], kind: 'meeting', index: start });
    else unreadable.push(`“${m[0]}” names a meeting that is not in Meetings${ctx.meetingDate ? ` after ${formatShort(ctx.meetingDate)}` : ''}`);
  }
  for (const m of text.matchAll(NEXT_MEETING)) {
    const start = m.index ?? 0;
    if (!free(start, start + m[0].length)) continue;
    const next = ctx.meetingDate ? [...ctx.meetings].sort().find((d) => d > ctx.meetingDate!) : undefined;
    if (next) dates.push({ date: next, phrase: m[0], kind: 'meeting', index: start });
    else unreadable.push(`“${m[0]}” is not known yet (no later meeting in Meetings)`);
  }
  dates.sort((a, b) => a.index - b.index);
  return { dates, unreadable };
}

/**
 * A date cell as written ("25/06/09", "March 2010", "May or June", "TBC"). `undefined` when
 * empty; `unreadable` when it holds text that is not a date.
 */
export function dateCell(text: string, ctx: DateContext): { date?: DateInText; unreadable?: string } {
  const t = text.trim();
  if (t === '') return {};
  const parsed = parseBritishDate(t, { today: ctx.meetingDate ?? NO_YEAR_BASE });
  if (parsed) {
    const year = Number((parsed.kind === 'day' ? parsed.date : parsed.from).slice(0, 4));
    if (!ctx.meetingDate && year < 1910) return { unreadable: `“${t}” has no year, and the row has no meeting date to take it from` };
    return { date: { date: dateForPeriod(parsed, ctx.meetings), phrase: t, kind: parsed.kind, index: 0 } };
  }
  const inText = datesInText(t, ctx);
  if (inText.dates.length) return { date: inText.dates[inText.dates.length - 1] };
  return { unreadable: inText.unreadable[0] ?? `“${t}” is not a date` };
}
