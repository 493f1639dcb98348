/**
 * Hand edits to the Actions tab: for exactly the rows edited, the status and overdue flag are
 * worked out again, Last Updated is stamped, and a value that cannot be read (a date written
 * "next month") gets a note on its own cell. The user's cells are never rewritten: only the
 * script-owned Status, Overdue and Last Updated cells of rows holding an action, and notes. A row
 * with no action keeps whatever is in those cells (a formula or text someone put there).
 */
import type { IsoDate } from '../dates';
import type { Problem } from '../problems';
import { readActions, type DateReader } from '../records';
import { MAX_CELL_CHARS } from '../cell-limit';
import { actionRows, computeStatusBlock, writeRuns, type Run } from '../status-block';
import { isBlank, type CellValue, type HeaderMap } from '../table';

/** The cells the script writes on each edited row that holds an action. */
export const OWNED = ['status', 'overdue', 'lastUpdated'] as const;

/** Notes the script writes on a user's cell start with this, so they can be replaced or removed later. */
export const NOTE_PREFIX = 'Action Log: ';

export interface EditBlockInput {
  readonly map: HeaderMap;
  /** 1-based sheet row of values[0] (2 or more). */
  readonly firstRow: number;
  /** The edited rows, full width (as read from column 1). */
  readonly values: readonly (readonly CellValue[])[];
  /** Their notes, same shape. */
  readonly notes: readonly (readonly string[])[];
  /** Their formulas, same shape ('' where none): a formula in Status is kept in its note. */
  readonly formulas?: readonly (readonly string[])[];
  readonly asAt: IsoDate;
  readonly readDate: DateReader;
}

export interface EditBlockResult {
  /** [status label, overdue mark] per row (['', ''] for a row with no action). */
  readonly status: string[][];
  /** Per row: the row holds an action (its owned cells are worked out, Last Updated stamped). */
  readonly hasData: boolean[];
  /** The rows whose owned cells are written: those holding actions (and empty ones between them); others are left as they are. */
  readonly runs: Run[];
  /** The whole block's notes after the edit, or undefined when no note changes. */
  readonly notes: string[][] | undefined;
  readonly problems: Problem[];
}

export function recomputeEditedRows(input: EditBlockInput): EditBlockResult {
  const { map, firstRow, values, notes, asAt, readDate } = input;
  const statusIndex = map.index.get('status');
  const rows = actionRows(map, values, firstRow);
  const read = readActions(map, rows, readDate);
  const hasData = values.map(() => false);
  for (const r of rows) hasData[r.row - firstRow] = true;
  const at = (grid: readonly (readonly string[])[] | undefined, i: number, c: number | undefined) => (c === undefined ? '' : (grid?.[i]?.[c] ?? ''));

  const block = computeStatusBlock({
    actions: read.records,
    rowProblems: read.problems,
    currentStatus: values.map((r) => (statusIndex === undefined ? '' : (r[statusIndex] ?? ''))),
    currentNotes: notes.map((_, i) => at(notes, i, statusIndex)),
    currentFormulas: values.map((_, i) => at(input.formulas, i, statusIndex)),
    firstRow,
    rowCount: values.length,
    statusColumn: (statusIndex ?? 0) + 1,
    asAt,
  });
  const owned = OWNED.map((key) => map.index.get(key)).filter((i): i is number => i !== undefined);
  const ownedEmpty = values.map((r, i) => owned.every((c) => isBlank(r[c]) && at(input.formulas, i, c) === ''));
  const runs = writeRuns(hasData, ownedEmpty);

  // Notes on the cells that could not be read; earlier script notes on cells now readable go.
  const cellMessages = new Map<string, string[]>();
  for (const p of read.problems) {
    const at = parseA1(p.cell);
    if (!at) continue;
    const key = `${at.row}:${at.column}`;
    cellMessages.set(key, [...(cellMessages.get(key) ?? []), p.message]);
  }
  const next = notes.map((r) => [...r]);
  let changed = false;
  next.forEach((rowNotes, i) => {
    for (let c = 0; c < Math.max(rowNotes.length, values[i]?.length ?? 0); c++) {
      const current = rowNotes[c] ?? '';
      let wanted: string;
      if (c === statusIndex) wanted = block.notes[i]?.[0] ?? '';
      else wanted = mergeNote(current, cellMessages.get(`${firstRow + i}:${c + 1}`) ?? []);
      if (wanted !== current) {
        rowNotes[c] = wanted;
        changed = true;
      }
    }
  });
  return { status: block.values, hasData, runs, notes: changed ? next : undefined, problems: [...read.problems, ...block.problems] };
}

/** A note keeps the user's own lines and carries the script's current messages (if any). */
export function mergeNote(current: string, messages: readonly string[]): string {
  const own = current === '' ? [] : current.split('\n').filter((line) => !line.startsWith(NOTE_PREFIX));
  const merged = [...own, ...messages.map((m) => `${NOTE_PREFIX}${noteSafe(m)}`)].join('\n');
  // A note holds at most what a cell does: the user's own text comes first, the script's lines go.
  return merged.length > MAX_CELL_CHARS ? own.join('\n') : merged;
}

/** Notes are plain text; user text quoted in one is kept to one short line. */
export function noteSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const one = text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ').replace(/\s*\n\s*/g, ' ');
  return one.length > 500 ? `${one.slice(0, 499)}…` : one;
}

function parseA1(cell: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}
