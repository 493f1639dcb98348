/**
 * Writing a few columns of a block of rows: columns that sit side by side (as set up: Status,
 * Overdue, Last Updated) go in one setValues, so the number of calls depends on how the user
 * arranged the columns, never on the number of rows.
 */
import { firstTooLong, tooLongMessage } from '../../core/cell-limit';
import { a1 } from '../../core/layout';
import type { CellValue } from '../../core/table';
import { UserFacingError } from '../ui';

/**
 * `columns`: 0-based column index → that column's values for rows firstRow, firstRow + 1, ….
 * A value longer than a cell holds stops the write before any cell is written; `describe` names
 * it for the message (default: the tab and cell).
 */
export function writeColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  columns: ReadonlyMap<number, readonly CellValue[]>,
  describe?: (column0: number, row: number) => string,
): void {
  const indexes = [...columns.keys()].sort((a, b) => a - b);
  const rows = Math.max(0, ...[...columns.values()].map((v) => v.length));
  if (rows === 0) return;
  const long = firstTooLong(indexes.map((c) => columns.get(c)!));
  if (long) {
    const column0 = indexes[long.row]!;
    const row = firstRow + long.column;
    throw new UserFacingError(tooLongMessage(describe ? describe(column0, row) : `${sheet.getName()}!${a1(row, column0 + 1)}`, long.length));
  }
  let start = 0;
  while (start < indexes.length) {
    let end = start;
    while (end + 1 < indexes.length && indexes[end + 1] === indexes[end]! + 1) end++;
    const run = indexes.slice(start, end + 1).map((c) => columns.get(c)!);
    const values = Array.from({ length: rows }, (_, r) => run.map((column) => column[r] ?? ''));
    sheet.getRange(firstRow, indexes[start]! + 1, rows, run.length).setValues(values);
    start = end + 1;
  }
}
