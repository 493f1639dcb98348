/**
 * Refreshing every Status and Overdue cell (one read of Actions, one write of the status block),
 * then the Forward Plan entries linked to actions (one read, a write only when one changed).
 */
import type { IsoDate } from '../../core/dates';
import { ACTIONS, ACTIONS_NEEDS } from '../../core/layout';
import type { Action, Located } from '../../core/model';
import type { Problem } from '../../core/problems';
import { readActions } from '../../core/records';
import type { Status } from '../../core/status';
import { computeStatusBlock } from '../../core/status-block';
import { dataRows, missingColumns, missingColumnsMessage } from '../../core/table';
import { raiseRefRegister } from '../ref-register';
import { UserFacingError } from '../ui';
import { dateReader } from './dates';
import { syncLinkedForwardPlan } from './forward-plan-sync';
import { LayoutError, readTab } from './workbook';

export interface RefreshResult {
  counts: Record<Status, number>;
  overdue: number;
  problems: Problem[];
  rows: number;
  /** The actions read, for a caller that needs them too (the daily run). */
  actions: Located<Action>[];
  /** Forward Plan entries brought into line with their linked actions. */
  forwardPlanUpdated: number;
  /** Keys of the Actions columns whose header is missing (none of those the refresh needs). */
  missing: string[];
}

export function refreshStatuses(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, asAt: IsoDate): RefreshResult {
  const problems: Problem[] = [];
  const read = readTab(ss, ACTIONS, problems);
  if (!read) throw new UserFacingError(problems.map((p) => p.message).join('\n'));
  // A column the statuses are worked out from, or written to, is missing: write nothing.
  const stop = missingColumns(ACTIONS, read.map, [...ACTIONS_NEEDS.status, ...ACTIONS_NEEDS.refreshWrites]);
  if (stop.length) throw new LayoutError(missingColumnsMessage(ACTIONS, stop, 'No status was written'), read.map.missing.map((c) => c.key));
  const statusIndex = read.map.index.get('status')!;
  const overdueIndex = read.map.index.get('overdue')!;
  const body = read.values.slice(1);
  const { records, problems: rowProblems } = readActions(read.map, dataRows(read.map, body), dateReader(ss.getSpreadsheetTimeZone()));
  problems.push(...rowProblems);
  raiseRefRegister(records.map((a) => a.ref)); // numbers typed by hand are never given again
  const block = computeStatusBlock({
    actions: records, rowProblems, firstRow: 2, rowCount: body.length,
    currentStatus: body.map((r) => r[statusIndex] ?? ''),
    currentNotes: body.length ? read.sheet.getRange(2, statusIndex + 1, body.length, 1).getNotes().map((r) => r[0] ?? '') : [],
    statusColumn: statusIndex + 1, asAt,
  });
  problems.push(...block.problems);
  if (body.length > 0) writeStatusBlock(read.sheet, 2, statusIndex, overdueIndex, block.values, block.notes);
  const synced = syncLinkedForwardPlan(ss, records, asAt);
  problems.push(...synced.problems);
  return { counts: block.counts, overdue: block.overdue, problems, rows: records.length, actions: records, forwardPlanUpdated: synced.updated, missing: read.map.missing.map((c) => c.key) };
}

/** One setValues and one setNotes when Status and Overdue sit side by side (as set up); two each if a user moved them apart. */
export function writeStatusBlock(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, statusIndex: number, overdueIndex: number, values: string[][], notes: string[][]): void {
  if (overdueIndex === statusIndex + 1) {
    const range = sheet.getRange(firstRow, statusIndex + 1, values.length, 2);
    range.setValues(values);
    range.setNotes(notes);
    return;
  }
  const status = sheet.getRange(firstRow, statusIndex + 1, values.length, 1);
  status.setValues(values.map((v) => [v[0] ?? '']));
  status.setNotes(notes.map((n) => [n[0] ?? '']));
  sheet.getRange(firstRow, overdueIndex + 1, values.length, 1).setValues(values.map((v) => [v[1] ?? '']));
}
