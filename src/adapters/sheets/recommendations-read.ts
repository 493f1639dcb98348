/**
 * The Recommendations tab's rows read into recommendations, with a month or span deadline
 * ("March 2011", "April to June 2011") counted as the board's meeting in that period, as the
 * import counts it (core/import/dates.ts). The Meetings tab is read only when some deadline is a
 * period, so a tracker of plain dates costs no extra call.
 */
import type { IsoDate } from '../../core/dates';
import { MEETINGS } from '../../core/layout';
import { readMeetings } from '../../core/records';
import { readRecommendations, type RecommendationsRead } from '../../core/recommendations/status';
import { dataRows, mapHeaders, type CellValue, type HeaderMap } from '../../core/table';
import { dateReader } from './dates';
import { findTab } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readRecommendationRows(ss: Spreadsheet, map: HeaderMap, body: readonly (readonly CellValue[])[], timeZone: string): RecommendationsRead {
  const readDate = dateReader(timeZone);
  const first = readRecommendations(map, body, readDate);
  if (!first.periodDeadlines) return first;
  const meetings = meetingDates(ss, readDate);
  return meetings.length ? readRecommendations(map, body, readDate, meetings) : first;
}

/** The dates on the Meetings tab (none when it is missing: a period then counts as its last day). */
function meetingDates(ss: Spreadsheet, readDate: ReturnType<typeof dateReader>): IsoDate[] {
  const { sheet } = findTab(ss, MEETINGS);
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const map = mapHeaders(MEETINGS, values[0] ?? []);
  if (!map.index.has('date')) return [];
  return readMeetings(map, dataRows(map, values.slice(1)), readDate).records.map((m) => m.date);
}
