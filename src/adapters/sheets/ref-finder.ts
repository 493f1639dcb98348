/**
 * Finding references and the end of the records without reading the tab: Sheets' own search
 * (TextFinder) over the Ref No column, and a read of the last rows only. A save's cost then
 * stays the same however long the log grows (see README "Speed").
 */
import { columnLetter } from '../../core/layout';
import { refsAbovePattern, sameRefPattern } from '../../core/ref-patterns';
import { parseRef } from '../../core/refs';
import { isBlank, type CellValue } from '../../core/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The Ref No cells of the data rows, or undefined when there are none. Without `lastRow`, the
 * open-ended column below the header ("A2:A": one call, no getLastRow first).
 */
function refCells(sheet: Sheet, refColumn: number, lastRow?: number): GoogleAppsScript.Spreadsheet.Range | undefined {
  if (lastRow === undefined) return sheet.getRange(`${columnLetter(refColumn)}2:${columnLetter(refColumn)}`);
  return lastRow >= 2 ? sheet.getRange(2, refColumn, lastRow - 1, 1) : undefined;
}

/** Whether any Ref No cell holds a reference of the meeting day `prefix` numbered above `above` (one search, no cells read). */
export function holdsRefAbove(sheet: Sheet, refColumn: number, lastRow: number, prefix: string, above: number): boolean {
  const pattern = refsAbovePattern(prefix, above);
  const cells = refCells(sheet, refColumn, lastRow);
  if (!pattern || !cells) return false;
  return cells.createTextFinder(pattern).useRegularExpression(true).findNext() !== null;
}

/** The rows whose Ref No is `ref` (any accepted form: "28.1.5" is 28.01.05), found by one search. */
export function rowsHoldingRef(sheet: Sheet, refColumn: number, ref: string, lastRow?: number): number[] {
  const cells = refCells(sheet, refColumn, lastRow);
  if (!cells) return [];
  const finder = cells.createTextFinder(sameRefPattern(ref)).useRegularExpression(true);
  // A reference is digits and dots; other text in Ref No is matched as typed, case included.
  if (!parseRef(ref)) finder.matchCase(true);
  return finder.findAll().map((r) => r.getRow());
}

/** Every Ref No of the data rows: one read of that column (only when the register is behind the sheet). */
export function readRefColumn(sheet: Sheet, refColumn: number, lastRow: number): string[] {
  const cells = refCells(sheet, refColumn, lastRow);
  return cells ? cells.getValues().map((r) => String(r[0] ?? '')) : [];
}

/** Rows read at a time from the bottom when looking for the last record (a quarter of a second at most). */
export const TAIL_ROWS = 50;

/**
 * The last row (1 = only the header) with anything in the first `width` columns, reading from
 * `lastRow` upwards in growing windows: normally one read of TAIL_ROWS rows, however long the
 * tab (something typed beside the table below the records costs a few reads more).
 */
export function lastRecordRow(sheet: Sheet, width: number, lastRow: number): number {
  let bottom = lastRow;
  let size = TAIL_ROWS;
  while (bottom >= 2) {
    const top = Math.max(2, bottom - size + 1);
    const values = sheet.getRange(top, 1, bottom - top + 1, width).getValues() as CellValue[][];
    for (let i = values.length - 1; i >= 0; i--) {
      if (!(values[i] ?? []).every(isBlank)) return top + i;
    }
    bottom = top - 1;
    size *= 4;
  }
  return 1;
}
