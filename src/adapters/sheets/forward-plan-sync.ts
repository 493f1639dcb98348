/**
 * The Forward Plan tab's linked entries brought into line with their actions (core/forward-plan):
 * a date for report changed or an action completed by hand shows on the Forward Plan too. One
 * read of the tab; one write of the Due Meeting and Done columns, only when something changed.
 */
import type { IsoDate } from '../../core/dates';
import { reconcileForwardPlan } from '../../core/forward-plan';
import { FORWARD_PLAN } from '../../core/layout';
import type { Action } from '../../core/model';
import type { Problem } from '../../core/problems';
import { readForwardPlan } from '../../core/records';
import { dataRows, type CellValue } from '../../core/table';
import { writeColumns } from './column-runs';
import { dateReader, dateWriter } from './dates';
import { readTab } from './workbook';

export function syncLinkedForwardPlan(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, actions: readonly Action[], asAt: IsoDate): { updated: number; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = readTab(ss, FORWARD_PLAN, problems);
  const due = read?.map.index.get('dueDate');
  const done = read?.map.index.get('done');
  if (!read || due === undefined || done === undefined || read.map.index.get('linkedRef') === undefined) return { updated: 0, problems };
  const timeZone = ss.getSpreadsheetTimeZone();
  const body = read.values.slice(1);
  const { records } = readForwardPlan(read.map, dataRows(read.map, body), dateReader(timeZone));
  const reconciled = reconcileForwardPlan(records, actions, asAt);
  const writeDate = dateWriter(timeZone);
  const dueColumn: CellValue[] = body.map((r) => r[due] ?? '');
  const doneColumn: CellValue[] = body.map((r) => r[done] ?? '');
  let updated = 0;
  reconciled.forEach((item, i) => {
    const before = records[i]!;
    if (item.dueDate === before.dueDate && item.done === before.done) return;
    const at = before.origin.row - 2;
    if (item.dueDate && item.dueDate !== before.dueDate) dueColumn[at] = writeDate(item.dueDate);
    if (item.done !== before.done) doneColumn[at] = item.done;
    updated += 1;
  });
  if (updated > 0) writeColumns(read.sheet, 2, new Map([[due, dueColumn], [done, doneColumn]]));
  return { updated, problems };
}
