/**
 * Writing a few columns of a block of rows: columns that sit side by side (as set up: Status,
 * Overdue, Last Updated) go in one setValues, so the number of calls depends on how the user
 * arranged the columns, never on the number of rows.
 */
import type { CellValue } from '../../core/table';

/** `columns`: 0-based column index → that column's values for rows firstRow, firstRow + 1, …. */
export function writeColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, columns: ReadonlyMap<number, readonly CellValue[]>): void {
  const indexes = [...columns.keys()].sort((a, b) => a - b);
  const rows = Math.max(0, ...[...columns.values()].map((v) => v.length));
  if (rows === 0) return;
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
