/**
 * Sheets holds at most 50,000 characters in a cell and refuses the whole write with a longer
 * one. The writers check every value of a save against it before the first write, so a save is
 * refused whole, with a message naming the cell, rather than failing half way.
 */
import { a1, type TabSpec } from './layout';
import type { HeaderMap } from './table';

export const MAX_CELL_CHARS = 50_000;

/** Characters Sheets stores for a value written with setValue (a leading apostrophe is not stored). */
export function storedLength(value: unknown): number {
  if (typeof value !== 'string') return 0;
  return value.length - (value.startsWith("'") ? 1 : 0);
}

export interface TooLong {
  /** 0-based position in the block written. */
  readonly row: number;
  readonly column: number;
  readonly length: number;
}

/** The first value of a block that Sheets would refuse, if any. */
export function firstTooLong(rows: readonly (readonly unknown[])[]): TooLong | undefined {
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r]!;
    for (let c = 0; c < line.length; c++) {
      const length = storedLength(line[c]);
      if (length > MAX_CELL_CHARS) return { row: r, column: c, length };
    }
  }
  return undefined;
}

/** "50,214" */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `where` is "the Commentary of 28.01.05 (Actions!J7)" or "Actions!J7". */
export function tooLongMessage(where: string, length: number): string {
  return `Nothing was saved: ${where} would be ${thousands(length)} characters; a cell holds at most ${thousands(MAX_CELL_CHARS)}. Shorten it (or move older text elsewhere) and save again.`;
}

/** "the Commentary of 28.01.05 (Actions!J7)", or "of row 7" when the row has no reference. */
export function describeCell(tab: TabSpec, map: HeaderMap, column0: number, row: number, ref?: string): string {
  const key = [...map.index].find(([, i]) => i === column0)?.[0];
  const header = tab.columns.find((c) => c.key === key)?.header ?? 'value';
  return `the ${header} of ${ref ? ref : `row ${row}`} (${tab.name}!${a1(row, column0 + 1)})`;
}

/**
 * A note that must fit in one cell: kept whole when it fits; otherwise its longest lines are cut
 * (marked with "…") until it does, so the rest of the note survives.
 */
export function fitNote(lines: readonly string[]): string {
  const out = [...lines];
  let total = out.join('\n').length;
  while (total > MAX_CELL_CHARS) {
    let longest = 0;
    out.forEach((line, i) => {
      if (line.length > out[longest]!.length) longest = i;
    });
    const line = out[longest]!;
    if (line.length <= 1) return `${out.join('\n').slice(0, MAX_CELL_CHARS - 1)}…`;
    const keep = Math.max(0, line.length - (total - MAX_CELL_CHARS) - 1);
    out[longest] = `${line.slice(0, keep)}…`;
    total = out.join('\n').length;
  }
  return out.join('\n');
}
