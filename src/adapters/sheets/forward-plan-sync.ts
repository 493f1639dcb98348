/**
 * The Forward Plan tab's linked entries brought into line with their actions (core/forward-plan):
 * a date for report changed or an action completed by hand shows on the Forward Plan too, and
 * an entry whose action is gone is detached with a note saying so. One read of the tab's values
 * and one of its notes (only when an entry is linked); then only the cells that change are written (neighbouring ones in
 * one call), so a formula or a literal text in any other cell stays as it was.
 */
import { cellBlocks, type CellWrite } from '../../core/cell-writes';
import type { IsoDate } from '../../core/dates';
import { isDetached, planLinkSync } from '../../core/forward-plan';
import { FORWARD_PLAN } from '../../core/layout';
import type { Action, ForwardPlanItem, Located } from '../../core/model';
import type { Problem } from '../../core/problems';
import { readForwardPlan } from '../../core/records';
import { dataRows, headerProblems, mapHeaders, type CellValue } from '../../core/table';
import { dateReader, dateWriter } from './dates';
import { findTab } from './workbook';

export interface LinkSyncResult {
  /** Entries whose due date or done changed to follow their action. */
  readonly updated: number;
  /** Entries detached by this run because their action is gone. */
  readonly detached: number;
  readonly problems: Problem[];
}

export interface LinkSyncOptions {
  /** Just the entries linked to this reference (the update dialog, which passes the one action it changed); none is detached. */
  readonly only?: string;
  /** The spreadsheet's time zone, when the caller has it already (saves a call). */
  readonly timeZone?: string;
}

/** `actions`: every action in the log (Refresh statuses, the daily run), or the one named by `only`. */
export function syncLinkedForwardPlan(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  actions: readonly Action[],
  asAt: IsoDate,
  options: LinkSyncOptions = {},
): LinkSyncResult {
  const { only } = options;
  const problems: Problem[] = [];
  const none = { updated: 0, detached: 0, problems };
  const { sheet, problem } = findTab(ss, FORWARD_PLAN);
  if (problem) problems.push(problem);
  if (!sheet) return none;
  // One data range for the values and the notes (the tab is small; this saves a call).
  const range = sheet.getDataRange();
  const grid = range.getValues() as CellValue[][];
  const map = mapHeaders(FORWARD_PLAN, grid[0] ?? []);
  problems.push(...headerProblems(FORWARD_PLAN, map));
  const due = map.index.get('dueDate');
  const done = map.index.get('done');
  const linked = map.index.get('linkedRef');
  if (due === undefined || done === undefined || linked === undefined) return none;
  const timeZone = options.timeZone ?? ss.getSpreadsheetTimeZone();
  const body = grid.slice(1);
  const { records } = readForwardPlan(map, dataRows(map, body), dateReader(timeZone));
  if (!records.some((r) => r.linkedRef)) return none;
  const allNotes = range.getNotes();
  const notes = records.map((r) => allNotes[r.origin.row - 1]?.[linked] ?? '');
  const sync = planLinkSync(records, notes, actions, asAt, linked + 1, only);
  problems.push(...sync.problems);

  const writeDate = dateWriter(timeZone);
  const values: CellWrite<CellValue>[] = [];
  const newNotes: CellWrite<string>[] = [];
  for (const change of sync.changes) {
    if (change.dueDate !== undefined) values.push({ row: change.row, column: due + 1, value: writeDate(change.dueDate) });
    if (change.done !== undefined) values.push({ row: change.row, column: done + 1, value: change.done });
    if (change.note !== undefined) newNotes.push({ row: change.row, column: linked + 1, value: change.note });
  }
  for (const b of cellBlocks(values)) sheet.getRange(b.row, b.column, b.values.length, b.values[0]!.length).setValues(b.values);
  for (const b of cellBlocks(newNotes)) sheet.getRange(b.row, b.column, b.values.length, b.values[0]!.length).setNotes(b.values);
  return { updated: sync.updated, detached: sync.detached, problems };
}

/**
 * For the papers: entries detached from a deleted action (their Linked Ref note says so) with
 * the link taken off, so the paper's reconciliation never re-attaches them to a new action
 * that has the same reference. One read of the tab's notes, none when no entry is linked.
 */
export function withoutDetachedLinks<T extends Located<ForwardPlanItem>>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, items: readonly T[]): T[] {
  if (!items.some((i) => i.linkedRef)) return [...items];
  const sheet = ss.getSheetByName(FORWARD_PLAN.name);
  if (!sheet) return [...items];
  const notes = sheet.getDataRange().getNotes();
  return items.map((item) => {
    const rowNotes = notes[item.origin.row - 1] ?? [];
    return item.linkedRef && rowNotes.some((note) => isDetached(item.linkedRef, note)) ? { ...item, linkedRef: '' } : item;
  });
}
