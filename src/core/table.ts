/**
 * Reading a tab's values (one getValues) into records by header name. Columns are found by
 * name, so a moved column still reads right; a missing or renamed header is a Problem with its
 * cell address rather than a silent mis-read.
 */
import { a1, column, type ColumnSpec, type TabSpec } from './layout';
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
  return String(text ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
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

/**
 * The columns of `keys` the header row lacks (renamed or deleted), for an operation that reads
 * or writes them: it must stop rather than read a wrong or empty column.
 */
export function missingColumns(tab: TabSpec, map: HeaderMap, keys: readonly string[]): ColumnSpec[] {
  return keys.filter((k) => !map.index.has(k)).map((k) => column(tab, k));
}

/** What to tell the user when an operation stopped for missing columns. */
export function missingColumnsMessage(tab: TabSpec, missing: readonly ColumnSpec[], what: string): string {
  const names = missing.map((c) => `"${c.header}"`);
  const list = names.length === 1 ? `the column ${names[0]}` : `the columns ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return (
    `${what}: the ${tab.name} tab has no header for ${list} (renamed or deleted?). ` +
    `Restore the header${names.length === 1 ? '' : 's'} in row 1, or run Action Log ▸ Set up this sheet to restore ${names.length === 1 ? 'it' : 'them'}.`
  );
}

/**
 * Whether a header row is clearly one of our tabs (a renamed "Actions 2010"): more than half of
 * the tab's headers, and at least two, are there under their own names (aliases do not count).
 */
export function looksLikeTab(tab: TabSpec, headerRow: readonly unknown[]): boolean {
  const names = new Set(headerRow.map(normaliseHeader).filter(Boolean));
  const found = tab.columns.filter((c) => names.has(normaliseHeader(c.header))).length;
  return found >= 2 && found * 2 > tab.columns.length;
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
