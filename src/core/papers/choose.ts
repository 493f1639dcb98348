/** Choosing the meeting a paper is for: a sensible default the user confirms or overrides. */
import { formatShort, formatWithWeekday, type IsoDate } from '../dates';
import type { Meeting } from '../model';
import { parseDay } from '../parse-date';

/**
 * The meeting under the cursor when the user is on Meetings; otherwise the next meeting on or
 * after today; otherwise the latest one. `undefined` when there are no meetings.
 */
export function defaultMeetingDate(meetings: readonly Meeting[], today: IsoDate, cursorDate?: IsoDate): IsoDate | undefined {
  if (cursorDate && meetings.some((m) => m.date === cursorDate)) return cursorDate;
  const dates = meetings.map((m) => m.date).sort();
  return dates.find((d) => d >= today) ?? dates[dates.length - 1];
}

export type MeetingChoice = { ok: true; date: IsoDate } | { ok: false; message: string };

/** What the user typed (blank: the default) → a meeting in Meetings, or a message saying why not. */
export function resolveMeetingInput(input: string, meetings: readonly Meeting[], fallback: IsoDate | undefined): MeetingChoice {
  const typed = input.trim();
  if (!typed) {
    return fallback ? { ok: true, date: fallback } : { ok: false, message: 'There are no meetings in Meetings yet: add one first.' };
  }
  const date = parseDay(typed);
  if (!date) {
    return { ok: false, message: `"${typed}" is not a date: type it as dd/mm/yyyy, e.g. 18/03/2010.` };
  }
  if (meetings.some((m) => m.date === date)) return { ok: true, date };
  const known = meetings
    .map((m) => m.date)
    .sort()
    .slice(-6)
    .map(formatShort);
  return {
    ok: false,
    message: `There is no meeting on ${formatShort(date)} in Meetings.${known.length ? ` Meetings include: ${known.join(', ')}.` : ''}`,
  };
}

export interface MeetingOption {
  readonly date: IsoDate;
  /** "Thursday 15th March 2012 – Executive Board (next)". */
  readonly label: string;
}

/**
 * The meetings a paper can be for, as the dialog lists them: the default first (the meeting
 * under the cursor, else the next one), then the later ones in date order, then the earlier
 * ones latest first.
 */
export function meetingOptions(meetings: readonly Meeting[], today: IsoDate, cursorDate?: IsoDate): MeetingOption[] {
  const first = defaultMeetingDate(meetings, today, cursorDate);
  const byDate = [...new Map(meetings.map((m) => [m.date, m])).values()].sort((a, b) => a.date.localeCompare(b.date));
  const later = byDate.filter((m) => m.date > (first ?? ''));
  const earlier = byDate.filter((m) => m.date < (first ?? '')).reverse();
  const chosen = byDate.filter((m) => m.date === first);
  const next = byDate.find((m) => m.date >= today)?.date;
  return [...chosen, ...later, ...earlier].map((m) => {
    const note = m.date === next ? ' (next)' : m.date < today ? ' (past)' : '';
    const board = m.board.trim() || m.title.trim();
    return { date: m.date, label: `${formatWithWeekday(m.date)}${board ? ` – ${board}` : ''}${note}` };
  });
}
