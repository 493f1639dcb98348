/**
 * Reading a tab's values (one getValues) into records by header name. Columns are found by
 * name, so a moved column still reads right; a missing or renamed header is a Problem with its
 * cell address rather than a silent mis-read.
 */
import { a1, type ColumnSpec, type TabSpec } from './layout';
import type { Problem } from './problems';

/** A cell as `getValues` gives it. */
export type CellValue = string | number | boolean | Date;

export interface HeaderMap {
  /** Column key → 0-based index into a row of values. */
  readonly index: ReadonlyMap<string, number>;
  /** Our columns whose header was not found. */
  readonly missing: readonly ColumnSpec[];
  /** Header cells that name none of our columns (kept, never touched). */
  readonly unknown: readonly { column: number; header: string }[];
  readonly width: number;
}

/** Decorations the script puts beside the data, not data columns. */
const DECORATION_HEADERS = new Set(['status key']);

export function normaliseHeader(text: unknown): string {
  return String(text ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Headers users write for our columns in their own papers. */
const ALIASES: Record<string, string[]> = {
  ref: ['ref', 'ref no and subject', 'reference'],
  responsible: ['responsible member officer', 'lead officer', 'responsible officers'],
  text: ['matters arising actions', 'action', 'actions'],
  dueDate: ['date for report', 'due date'],
};

export function mapHeaders(tab: TabSpec, headerRow: readonly unknown[]): HeaderMap {
  const index = new Map<string, number>();
  const byName = new Map<string, number>();
  headerRow.forEach((cell, i) => {
    const name = normaliseHeader(cell);
    if (name && !byName.has(name)) byName.set(name, i);
  });
  const claimed = new Set<number>();
  for (const col of tab.columns) {
    const names = [normaliseHeader(col.header), ...(ALIASES[col.key] ?? []).map(normaliseHeader)];
    const found = names.map((n) => byName.get(n)).find((i) => i !== undefined && !claimed.has(i));
    if (found !== undefined) {
      index.set(col.key, found);
      claimed.add(found);
    }
  }
  const missing = tab.columns.filter((c) => !index.has(c.key));
  const unknown = headerRow
    .map((cell, i) => ({ column: i + 1, header: String(cell ?? '').trim() }))
    .filter((h, i) => h.header !== '' && !claimed.has(i) && !DECORATION_HEADERS.has(normaliseHeader(h.header)));
  return { index, missing, unknown, width: headerRow.length };
}

export function headerProblems(tab: TabSpec, map: HeaderMap): Problem[] {
  const problems: Problem[] = [];
  tab.columns.forEach((col, i) => {
    if (map.index.has(col.key)) return;
    const renamed = map.unknown.find((u) => u.column === i + 1);
    problems.push({
      sheet: tab.name,
      cell: a1(1, renamed ? renamed.column : Math.max(map.width, 0) + 1),
      message: renamed
        ? `the column "${col.header}" is missing; this header says "${renamed.header}" — was it renamed? Run Set up this sheet to restore it.`
        : `the column "${col.header}" is missing. Run Set up this sheet to add it.`,
    });
  });
  return problems;
}

export interface RawRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: readonly CellValue[];
}

/** Data rows (below the header) that have something in one of our columns. */
export function dataRows(map: HeaderMap, values: readonly (readonly CellValue[])[], firstRow = 2): RawRow[] {
  const ours = [...map.index.values()];
  const rows: RawRow[] = [];
  values.forEach((cells, i) => {
    if (ours.some((c) => !isBlank(cells[c]))) rows.push({ row: firstRow + i, cells });
  });
  return rows;
}

export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
