/**
 * A date for report changed by hand is a deferral: the date it replaced is the first date agreed
 * and must be kept (it decides "date for report agreed" against "not yet due"). onEdit only
 * gets the old value as text: for a date cell, Sheets' serial day number ("40255"), or the text
 * that was typed.
 */
import { addDays, isPlausibleDate, SERIAL_EPOCH, type IsoDate } from '../dates';
import { parseDay } from '../parse-date';

/**
 * The date the cell held, or undefined when it held none that is plausible: a bare number such
 * as "2010" (day 2010 of Sheets' calendar, 02/07/1905) is never taken for a first date agreed.
 */
export function dateFromOldValue(oldValue: unknown): IsoDate | undefined {
  if (oldValue === undefined || oldValue === null) return undefined;
  const text = String(oldValue).trim();
  const date = /^\d{1,6}(\.\d+)?$/.test(text) ? addDays(SERIAL_EPOCH, Math.floor(Number(text))) : text ? parseDay(text) : undefined;
  return date !== undefined && isPlausibleDate(date) ? date : undefined;
}
