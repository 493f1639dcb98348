/**
 * Commentary is a running record: each change adds a dated line ("18/03/2010: Deferred to
 * 29th April 2010") below what is there; nothing earlier is ever overwritten.
 */
import { formatLong, formatShort, type IsoDate } from '../dates';

/** "18/03/2010: Deferred to 29th April 2010"; signed: "08/03/2010 J. Brown: Report drafted". */
export function stampLine(today: IsoDate, text: string, signedBy?: string): string {
  const by = signedBy ? ` ${signedBy.replace(/[\s:]+/g, ' ').trim()}` : '';
  return `${formatShort(today)}${by}: ${text.replace(/\s*\n\s*/g, ' ').trim()}`;
}

/** The commentary with `line` added on a new line at the end. */
export function appendCommentary(existing: string, line: string): string {
  const before = existing.replace(/\s+$/, '');
  return before ? `${before}\n${line}` : line;
}

/** What to say when the date for report moves and the user wrote nothing. */
export function dateChangeText(previous: IsoDate | undefined, next: IsoDate): string {
  if (!previous) return `Date for report set to ${formatLong(next)}`;
  if (next > previous) return `Deferred to ${formatLong(next)}`;
  return `Date for report brought forward to ${formatLong(next)}`;
}

/** "Report back to the meeting of …", "to report back", "reporting back": worth a forward plan entry. */
export function mentionsReportBack(text: string): boolean {
  return /\breport(?:s|ed|ing)?\s+back\b/i.test(text);
}
