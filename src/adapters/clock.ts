/** "Today" in the spreadsheet's zone: the one place the product asks the time. */
import type { IsoDate } from '../core/dates';

export function todayIn(timeZone: string): IsoDate {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}
