/**
 * Writing only the cells that change: scattered changes grouped into as few rectangles as a
 * simple sweep finds (each column's runs of consecutive rows, then neighbouring columns with
 * the same run merged), each rectangle one setValues or setNotes. Every other cell, a formula
 * or a literal text among them, is never written, so it stays exactly as it was.
 */

export interface CellWrite<T> {
  /** 1-based. */
  readonly row: number;
  /** 1-based. */
  readonly column: number;
  readonly value: T;
}

export interface CellBlock<T> {
  readonly row: number;
  readonly column: number;
  /** values[r][c] for row + r, column + c. */
  readonly values: T[][];
}

export function cellBlocks<T>(cells: readonly CellWrite<T>[]): CellBlock<T>[] {
  const byColumn = new Map<number, Map<number, T>>();
  for (const c of cells) {
    let column = byColumn.get(c.column);
    if (!column) byColumn.set(c.column, (column = new Map()));
    column.set(c.row, c.value); // a later write to the same cell wins
  }
  // Vertical runs per column.
  const runs: { row: number; column: number; values: T[] }[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const values = byColumn.get(column)!;
    const rows = [...values.keys()].sort((a, b) => a - b);
    let start = 0;
    while (start < rows.length) {
      let end = start;
      while (end + 1 < rows.length && rows[end + 1] === rows[end]! + 1) end++;
      runs.push({ row: rows[start]!, column, values: rows.slice(start, end + 1).map((r) => values.get(r)!) });
      start = end + 1;
    }
  }
  // Side-by-side runs covering the same rows become one block.
  const blocks: CellBlock<T>[] = [];
  const open = new Map<string, { row: number; column: number; columns: T[][] }>();
  for (const run of runs) {
    const key = `${run.row}:${run.values.length}`;
    const block = open.get(key);
    if (block && block.column + block.columns.length === run.column) {
      block.columns.push(run.values);
      continue;
    }
    if (block) blocks.push(toBlock(block));
    open.set(key, { row: run.row, column: run.column, columns: [run.values] });
  }
  for (const block of open.values()) blocks.push(toBlock(block));
  return blocks.sort((a, b) => a.row - b.row || a.column - b.column);
}

function toBlock<T>(b: { row: number; column: number; columns: T[][] }): CellBlock<T> {
  const height = b.columns[0]?.length ?? 0;
  return { row: b.row, column: b.column, values: Array.from({ length: height }, (_, r) => b.columns.map((col) => col[r]!)) };
}
