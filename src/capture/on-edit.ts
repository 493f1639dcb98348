/**
 * The simple `onEdit` trigger: a hand edit on the Actions tab gets its rows' Status, Overdue and
 * Last Updated worked out again at once, and unreadable cells a note. A paste of any number of
 * rows is one read and one write of that block. Simple triggers run for at most 30 s and may not
 * use services that need authorisation: this uses only the bound spreadsheet and Utilities.
 * Edits made by scripts (including the dialogs) do not fire it.
 */
import { recomputeEditedRows } from '../core/capture/on-edit';
import { ACTIONS, ACTIONS_NEEDS, KEY_TAB_NAME, RECOMMENDATIONS, SETUP_TABS } from '../core/layout';
import { refreshRecommendations } from '../adapters/sheets/recommendations-refresh';
import type { Problem } from '../core/problems';
import { dateFromOldValue } from '../core/capture/deferral';
import { isBlank, looksLikeTab, mapHeaders, missingColumns, missingColumnsMessage, type CellValue, type HeaderMap } from '../core/table';
import { todayIn } from '../adapters/clock';
import { dateReader, dateWriter } from '../adapters/sheets/dates';
import { userMessage } from '../adapters/ui';
import { writeColumns } from '../adapters/sheets/column-runs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  // e.value and e.oldValue are absent for pastes and multi-cell edits: only e.range is used.
  const range = e?.range;
  if (!range) return;
  try {
    const sheet = range.getSheet();
    const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
    const name = sheet.getName();
    if (name === RECOMMENDATIONS.name) {
      recommendationsEdited(ss, range.getRow(), range.getLastRow());
      return;
    }
    if (!mayBeActions(ss, name)) return;
    const first = Math.max(range.getRow(), 2);
    const last = range.getLastRow();
    if (last < first) return;
    // e.oldValue comes only with a single-cell edit; the size is checked (two calls) only then.
    const single = e.oldValue !== undefined && range.getNumRows() === 1 && range.getNumColumns() === 1;
    const deferral = single ? { row: range.getRow(), column: range.getColumn(), oldValue: e.oldValue } : undefined;
    const { problems, stopped } = recomputeActionRows(ss, sheet, first, last, deferral, name);
    if (stopped) {
      ss.toast(stopped, 'Action Log', 10);
      return;
    }
    if (problems.length) {
      ss.toast(editToast(problems), 'Action Log', 8);
    }
  } catch (error) {
    // Never a red error bar for a hand edit: say it briefly and leave the user's text alone.
    console.error(error);
    try {
      (e.source ?? SpreadsheetApp.getActiveSpreadsheet()).toast(userMessage(error), 'Action Log', 8);
    } catch {
      /* nothing more can be done in a simple trigger */
    }
  }
}

/**
 * A hand edit on Recommendations: every recommendation's Status and Overdue worked out again (one
 * read of the tab, a write of the rows whose status changed; never a cell typed), and what cannot
 * be read in the edited rows said in a toast.
 */
function recommendationsEdited(ss: Spreadsheet, firstRow: number, lastRow: number): void {
  if (lastRow < 2) return;
  const timeZone = ss.getSpreadsheetTimeZone();
  const result = refreshRecommendations(ss, todayIn(timeZone), { timeZone });
  const inRows = result.problems.filter((p) => {
    const row = Number(/\d+$/.exec(p.cell)?.[0] ?? 0);
    return p.cell === 'A1' || (row >= firstRow && row <= lastRow);
  });
  if (inRows.length === 0) return;
  const at = (p: Problem) => `${p.sheet}!${p.cell}`;
  const text =
    inRows.length === 1
      ? `${at(inRows[0]!)}: ${inRows[0]!.message}`
      : `${inRows.length} cells need a look, at ${inRows.slice(0, 4).map(at).join(', ')}: ${inRows[0]!.message}`;
  ss.toast(text, 'Action Log', 8);
}

/** The toast after a hand edit: the cell (tab and address) and what to do, or the cells when several. */
export function editToast(problems: readonly { sheet: string; cell: string; message: string }[]): string {
  const at = (p: { sheet: string; cell: string }) => `${p.sheet}!${p.cell}`;
  if (problems.length === 1) {
    const p = problems[0]!;
    return `${at(p)}: ${p.message} (Also in the cell's note.)`;
  }
  const shown = problems.slice(0, 4).map(at).join(', ');
  const more = problems.length > 4 ? ` and ${problems.length - 4} more` : '';
  return `${problems.length} values could not be read, at ${shown}${more}: see the note on each cell for how to fix it.`;
}

/**
 * The edited tab is Actions, or may be the Actions tab renamed: a tab with another name of ours
 * never is, and any other tab only while no tab is called Actions (its header row decides).
 */
function mayBeActions(ss: Spreadsheet, name: string): boolean {
  if (name === ACTIONS.name) return true;
  if (name === KEY_TAB_NAME || SETUP_TABS.some((t) => t.name === name)) return false;
  return !ss.getSheetByName(ACTIONS.name);
}

/**
 * Works out Status, Overdue and Last Updated for rows first…last of Actions: the header and the
 * block are read once (values, notes and formulas), the owned cells of the rows holding actions
 * written once (per run of such rows), notes once if changed.
 */
/** A single date-for-report cell edited by hand, with what it held before. */
export interface Deferral {
  readonly row: number;
  readonly column: number;
  readonly oldValue: unknown;
}

/** `sheetName`: passed by onEdit, which has read it already (one call fewer). */
export function recomputeActionRows(
  ss: Spreadsheet,
  sheet: Sheet,
  first: number,
  last: number,
  deferral?: Deferral,
  sheetName = sheet.getName(),
): { rows: number; problems: Problem[]; stopped?: string } {
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  // A tab under another name is the Actions tab only if its header row clearly is (renamed).
  if (sheetName !== ACTIONS.name && !looksLikeTab(ACTIONS, header)) return { rows: 0, problems: [] };
  const map = mapHeaders(ACTIONS, header);
  // A column the status is worked out from, or written to, is missing: write nothing, say which.
  const stop = missingColumns(ACTIONS, map, [...ACTIONS_NEEDS.status, ...ACTIONS_NEEDS.editWrites]);
  if (stop.length) return { rows: 0, problems: [], stopped: missingColumnsMessage(ACTIONS, stop, 'Status not worked out for this edit') };
  const owned = (['status', 'overdue', 'lastUpdated'] as const).map((key) => ({ key, index: map.index.get(key) }));
  const count = last - first + 1;
  const block = sheet.getRange(first, 1, count, width);
  const values = block.getValues() as CellValue[][];
  const notes = block.getNotes();
  const formulas = block.getFormulas();
  const timeZone = ss.getSpreadsheetTimeZone();
  if (deferral) keepFirstDate(sheet, map, values, first, deferral, timeZone);
  const result = recomputeEditedRows({ map, firstRow: first, values, notes, formulas, asAt: todayIn(timeZone), readDate: dateReader(timeZone) });
  const stamp = new Date();
  const cell = (key: (typeof owned)[number]['key'], i: number): CellValue =>
    key === 'status' ? (result.status[i]?.[0] ?? '') : key === 'overdue' ? (result.status[i]?.[1] ?? '') : result.hasData[i] ? stamp : '';
  // Only rows holding actions (and empty rows between them): a row with no action keeps its cells.
  for (const run of result.runs) {
    const rows = Array.from({ length: run.count }, (_, k) => run.start + k);
    writeColumns(sheet, first + run.start, new Map(owned.map((o) => [o.index!, rows.map((i) => cell(o.key, i))])));
  }
  if (result.notes) block.setNotes(result.notes);
  return { rows: result.hasData.filter(Boolean).length, problems: result.problems };
}

/**
 * A date for report changed by hand, with First Date for Report empty: the date it replaced was
 * the first date agreed, so it is written there (one cell, only in that case).
 */
function keepFirstDate(sheet: Sheet, map: HeaderMap, values: CellValue[][], first: number, deferral: Deferral, timeZone: string): void {
  const due = map.index.get('dueDate');
  const firstDue = map.index.get('firstDueDate');
  if (due === undefined || firstDue === undefined || deferral.column !== due + 1) return;
  const row = values[deferral.row - first];
  const old = dateFromOldValue(deferral.oldValue);
  if (!row || !old || !isBlank(row[firstDue]) || isBlank(row[due])) return;
  const date = dateWriter(timeZone)(old);
  sheet.getRange(deferral.row, firstDue + 1).setValue(date);
  row[firstDue] = date;
}
