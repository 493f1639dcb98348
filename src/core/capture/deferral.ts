/**
 * A date for report changed by hand is a deferral: the date it replaced is the first date agreed
 * and must be kept (it decides "date for report agreed" against "not yet due"). onEdit only
 * gets the old value as text: for a date cell, Sheets' serial day number ("40255"), or the text
 * that was typed.
 */
import { addDays, type IsoDate } from '../dates';
import { parseDay } from '../parse-date';

/** Sheets counts days from 30 December 1899. */
const SERIAL_EPOCH: IsoDate = '1899-12-30';

export function dateFromOldValue(oldValue: unknown): IsoDate | undefined {
  if (oldValue === undefined || oldValue === null) return undefined;
  const text = String(oldValue).trim();
  if (/^\d{4,6}(\.\d+)?$/.test(text)) return addDays(SERIAL_EPOCH, Math.floor(Number(text)));
  return text ? parseDay(text) : undefined;
}
