/**
 * Refreshing every Status and Overdue cell: one read of Actions and one of the owned cells'
 * notes (their formulas found by Sheets' search), then a write of only the cells that change
 * (none on a day when no status changed; the rows holding no action never),
 * then the Forward Plan entries linked to actions (one read, a write only when one changed).
 */
import type { IsoDate } from '../../core/dates';
import { ACTIONS, ACTIONS_NEEDS, OFFICERS } from '../../core/layout';
import { describeUnmatched, peopleOf, proposePeople } from '../../core/capture/people';
import { officerNotes } from '../../core/officer-notes';
import type { Action, Located } from '../../core/model';
import type { Problem } from '../../core/problems';
import { readActions, readOfficers } from '../../core/records';
import type { Status } from '../../core/status';
import { actionRows, changedRuns, computeStatusBlock, writeRuns } from '../../core/status-block';
import { dataRows, isBlank, missingColumns, missingColumnsMessage, type CellValue, type HeaderMap } from '../../core/table';
import { propertyStore, raiseRefRegister, type RegisterStore } from '../ref-register';
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

export interface RefreshOptions {
  /**
   * Also note, on each Responsible Officer cell, names that match nobody in Officers (and list
   * them): Refresh statuses and Set up do; the daily run does not (its summary lists them).
   */
  readonly officerNotes?: boolean;
  /** Where the register of references is kept; default the bound spreadsheet's document properties (the self-test's scratch sheet passes its own). */
  readonly register?: RegisterStore;
}

export function refreshStatuses(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, asAt: IsoDate, options: RefreshOptions = {}): RefreshResult {
  const problems: Problem[] = [];
  const read = readTab(ss, ACTIONS, problems);
  if (!read) throw new UserFacingError(problems.map((p) => p.message).join('\n'));
  // A column the statuses are worked out from, or written to, is missing: write nothing.
  const stop = missingColumns(ACTIONS, read.map, [...ACTIONS_NEEDS.status, ...ACTIONS_NEEDS.refreshWrites]);
  if (stop.length)
    throw new LayoutError(
      missingColumnsMessage(ACTIONS, stop, 'No status was written'),
      read.map.missing.map((c) => c.key),
    );
  const statusIndex = read.map.index.get('status')!;
  const overdueIndex = read.map.index.get('overdue')!;
  const body = read.values.slice(1);
  // Rows holding only something in Status/Overdue/Last Updated are not actions: left as they are.
  const { records, problems: rowProblems } = readActions(read.map, actionRows(read.map, body), dateReader(ss.getSpreadsheetTimeZone()));
  problems.push(...rowProblems);
  raiseRefRegister(
    records.map((a) => a.ref),
    options.register,
  ); // numbers typed by hand are never given again
  const owned = readOwnedCells(read.sheet, 2, body.length, statusIndex, overdueIndex);
  const block = computeStatusBlock({
    actions: records,
    rowProblems,
    firstRow: 2,
    rowCount: body.length,
    currentStatus: body.map((r) => r[statusIndex] ?? ''),
    currentNotes: owned.notes.map((n) => n[0]),
    currentOverdueNotes: owned.notes.map((n) => n[1]),
    currentFormulas: owned.formulas.map((f) => f[0]),
    statusColumn: statusIndex + 1,
    asAt,
  });
  problems.push(...block.problems);
  const empty = body.map(
    (r, i) => isBlank(r[statusIndex]) && isBlank(r[overdueIndex]) && owned.formulas[i]!.every((f) => f === '') && owned.notes[i]!.every((n) => n === ''),
  );
  // Only the cells that change are written: on most days a few statuses, not the whole block.
  const runs = writeRuns(block.hasAction, empty);
  const valueChanged = block.values.map(
    (v, i) =>
      block.hasAction[i]! && (owned.formulas[i]!.some((f) => f !== '') || !sameText(body[i]![statusIndex], v[0]!) || !sameText(body[i]![overdueIndex], v[1]!)),
  );
  const noteChanged = block.notes.map((n, i) => block.hasAction[i]! && (n[0] !== owned.notes[i]![0] || n[1] !== owned.notes[i]![1]));
  for (const run of changedRuns(runs, valueChanged)) {
    writeStatusCells(read.sheet, 2 + run.start, statusIndex, overdueIndex, 'values', block.values.slice(run.start, run.start + run.count));
  }
  for (const run of changedRuns(runs, noteChanged)) {
    writeStatusCells(read.sheet, 2 + run.start, statusIndex, overdueIndex, 'notes', block.notes.slice(run.start, run.start + run.count));
  }
  if (options.officerNotes) problems.push(...noteUnmatchedOfficers(ss, read.sheet, read.map, records, body.length, options.register));
  const synced = syncLinkedForwardPlan(ss, records, asAt);
  problems.push(...synced.problems);
  return {
    counts: block.counts,
    overdue: block.overdue,
    problems,
    rows: records.length,
    actions: records,
    forwardPlanUpdated: synced.updated,
    missing: read.map.missing.map((c) => c.key),
  };
}

/** How many Responsible Officer cells held our note after the last refresh, kept beside the register. */
export const OFFICER_NOTES_PROPERTY = 'officerNotes.noted';

/**
 * Names in Responsible Officer that match nobody in Officers go in the cell's note: one read of
 * Officers, one getNotes of the column, and one setNotes of it only when a note changes. With
 * no Officers tab, or nobody on it yet, nothing is noted (every name would be). When every name
 * matches and the last refresh left no note of ours, the column's notes are not read at all:
 * that keeps Refresh near two rows moved per action (values read, statuses' notes read).
 */
function noteUnmatchedOfficers(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  map: HeaderMap,
  records: readonly Located<Action>[],
  rows: number,
  register?: RegisterStore,
): Problem[] {
  const column = map.index.get('responsible');
  if (column === undefined || rows === 0) return [];
  const quiet: Problem[] = [];
  const officersTab = readTab(ss, OFFICERS, quiet);
  if (!officersTab) return [];
  const officers = readOfficers(officersTab.map, dataRows(officersTab.map, officersTab.values.slice(1)), dateReader(ss.getSpreadsheetTimeZone()))
    .records.map((o) => o.name)
    .filter(Boolean);
  if (officers.length === 0) return [];
  const people = peopleOf(officers);
  const props = propertyStore(register);
  const notedBefore = props.getProperty(OFFICER_NOTES_PROPERTY);
  // Only when the last refresh left none of our notes can the column's notes go unread: then
  // only whether some name matches nobody now is needed.
  if (notedBefore === '0' && !records.some((a) => describeUnmatched(proposePeople(people, a.responsible)))) return [];
  const range = sheet.getRange(2, column + 1, rows, 1);
  const current = range.getNotes().map((r) => r[0] ?? '');
  const planned = officerNotes({ actions: records, currentNotes: current, people, firstRow: 2, column: column + 1 });
  if (planned.changed) range.setNotes(planned.notes.map((n) => [n]));
  const noted = String(planned.problems.length);
  if (noted !== notedBefore) props.setProperty(OFFICER_NOTES_PROPERTY, noted);
  return planned.problems;
}

/** A cell holds exactly this text (a number, date or tick box never does). */
function sameText(cell: CellValue | undefined, text: string): boolean {
  return typeof cell === 'string' ? cell === text : text === '' && isBlank(cell);
}

/**
 * The Status and Overdue cells' notes (one getNotes when they sit side by side, as set up) and
 * formulas. Formulas are rare there (the script never writes one), so they are found by Sheets'
 * own search of the formula text, and only the cells it finds are read: no row of formulas
 * crosses for a log that has none.
 */
function readOwnedCells(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  rows: number,
  statusIndex: number,
  overdueIndex: number,
): { notes: [string, string][]; formulas: [string, string][] } {
  if (rows === 0) return { notes: [], formulas: [] };
  const formulas = Array.from({ length: rows }, () => ['', ''] as [string, string]);
  const findFormulas = (range: GoogleAppsScript.Spreadsheet.Range, slotOf: (column: number) => 0 | 1) => {
    for (const cell of range.createTextFinder('^=').useRegularExpression(true).matchFormulaText(true).findAll()) {
      const formula = cell.getFormula();
      if (formula !== '') formulas[cell.getRow() - firstRow]![slotOf(cell.getColumn())] = formula;
    }
  };
  if (overdueIndex === statusIndex + 1) {
    const range = sheet.getRange(firstRow, statusIndex + 1, rows, 2);
    findFormulas(range, (column) => (column === statusIndex + 1 ? 0 : 1));
    const notes = range.getNotes().map((r) => [r[0] ?? '', r[1] ?? ''] as [string, string]);
    return { notes, formulas };
  }
  const status = sheet.getRange(firstRow, statusIndex + 1, rows, 1);
  const overdue = sheet.getRange(firstRow, overdueIndex + 1, rows, 1);
  findFormulas(status, () => 0);
  findFormulas(overdue, () => 1);
  const overdueNotes = overdue.getNotes();
  const notes = status.getNotes().map((r, i) => [r[0] ?? '', overdueNotes[i]?.[0] ?? ''] as [string, string]);
  return { notes, formulas };
}

/**
 * The values or the notes of a block of Status and Overdue cells: one call when they sit side
 * by side (as set up); two if a user moved them apart (the Overdue notes are then never written:
 * they are kept as they are).
 */
function writeStatusCells(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  statusIndex: number,
  overdueIndex: number,
  what: 'values' | 'notes',
  grid: string[][],
): void {
  if (overdueIndex === statusIndex + 1) {
    const range = sheet.getRange(firstRow, statusIndex + 1, grid.length, 2);
    if (what === 'values') range.setValues(grid);
    else range.setNotes(grid);
    return;
  }
  const status = sheet.getRange(firstRow, statusIndex + 1, grid.length, 1);
  if (what === 'values') {
    status.setValues(grid.map((v) => [v[0] ?? '']));
    sheet.getRange(firstRow, overdueIndex + 1, grid.length, 1).setValues(grid.map((v) => [v[1] ?? '']));
  } else {
    status.setNotes(grid.map((n) => [n[0] ?? '']));
  }
}
