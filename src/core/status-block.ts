/**
 * The script-owned Status and Overdue cells of the Actions tab, worked out for every row in one
 * pass so the adapter can write them with one setValues. A status someone typed by hand (or a
 * formula put there) is reported and kept in the cell's note: nothing typed is lost. Rows that
 * hold no action are not written at all (see `writeRuns`): what is in their cells stays.
 */
import { fitNote } from './cell-limit';
import type { IsoDate } from './dates';
import { a1, ACTIONS } from './layout';
import type { Action, Located } from './model';
import type { Problem } from './problems';
import { STATUSES, statusAsAt, statusEntry, statusFromLabel, type Status } from './status';
import { isBlank, type CellValue, type HeaderMap, type RawRow } from './table';

export const OVERDUE_MARK = 'Yes';
export const TYPED_BEFORE = 'Typed here before:';

function keptLines(note: string): string[] {
  return note.split('\n').filter((line) => line.startsWith(TYPED_BEFORE));
}

export interface StatusBlock {
  /** One [status label, overdue mark] pair per sheet row from `firstRow` (['', ''] for a row with no action: not to be written). */
  readonly values: string[][];
  /** One note per cell of `values`: why a row's status may be wrong, or what was typed before (the Overdue note as it was). */
  readonly notes: string[][];
  /** Per row: it holds an action, so its owned cells are written. */
  readonly hasAction: boolean[];
  readonly counts: Record<Status, number>;
  readonly overdue: number;
  readonly problems: Problem[];
}

export interface StatusBlockInput {
  readonly actions: readonly Located<Action>[];
  /** Problems found reading the rows (bad dates …), shown in the status cell's note. */
  readonly rowProblems: readonly Problem[];
  /** The Status cells as they are now, for rows firstRow…; to detect hand-typed statuses. */
  readonly currentStatus: readonly CellValue[];
  /** The Status cells' notes now: earlier "Typed here before" lines are carried forward. */
  readonly currentNotes: readonly string[];
  /** The Status cells' formulas now ('' where none): a formula is kept, as its text, in the note. */
  readonly currentFormulas?: readonly string[];
  /** The Overdue cells' notes now, kept as they are. */
  readonly currentOverdueNotes?: readonly string[];
  readonly firstRow: number;
  readonly rowCount: number;
  readonly statusColumn: number;
  readonly asAt: IsoDate;
}

export function computeStatusBlock(input: StatusBlockInput): StatusBlock {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const values: string[][] = Array.from({ length: input.rowCount }, () => ['', '']);
  const notes: string[][] = Array.from({ length: input.rowCount }, (_, i) => [input.currentNotes[i] ?? '', input.currentOverdueNotes?.[i] ?? '']);
  const hasAction: boolean[] = Array.from({ length: input.rowCount }, () => false);
  const problems: Problem[] = [];
  const problemsByRow = new Map<number, string[]>();
  for (const p of input.rowProblems) {
    const row = Number(/\d+$/.exec(p.cell)?.[0]);
    problemsByRow.set(row, [...(problemsByRow.get(row) ?? []), `${p.cell}: ${p.message}`]);
  }
  let overdue = 0;
  for (const action of input.actions) {
    const i = action.origin.row - input.firstRow;
    if (i < 0 || i >= input.rowCount) continue;
    hasAction[i] = true;
    const result = statusAsAt(action, input.asAt);
    const label = statusEntry(result.status).label;
    counts[result.status] += 1;
    if (result.overdue) overdue += 1;
    values[i] = [label, result.overdue ? OVERDUE_MARK : ''];
    const lines = [...(problemsByRow.get(action.origin.row) ?? [])];
    lines.push(...keptLines(input.currentNotes[i] ?? ''));
    const cell = a1(action.origin.row, input.statusColumn);
    const formula = input.currentFormulas?.[i] ?? '';
    const typed = input.currentStatus[i];
    // The script writes "Completed" only with a Completed date, so without one it was typed by hand.
    const typedStatus = isBlank(typed) ? undefined : statusFromLabel(String(typed));
    const handTyped = !isBlank(typed) && String(typed).trim() !== label && (!typedStatus || (typedStatus === 'completed' && !action.completedDate));
    if (formula !== '') {
      // The script never writes a formula: someone put it there. Its text is kept, never run again.
      problems.push({
        sheet: ACTIONS.name,
        cell,
        message: `the Status cell held the formula ${formula}; the status is worked out from the dates (to mark an action done, fill in Completed). The formula is kept, as text, in the cell's note.`,
      });
      lines.push(`${TYPED_BEFORE} ${formula}`);
    } else if (handTyped) {
      problems.push({
        sheet: ACTIONS.name,
        cell,
        message: `the status "${String(typed)}" was typed by hand; the status is worked out from the dates (to mark an action done, fill in Completed). What was typed is kept in the cell's note.`,
      });
      lines.push(`${TYPED_BEFORE} ${String(typed)}`);
    }
    notes[i]![0] = fitNote(lines);
  }
  return { values, notes, hasAction, counts, overdue, problems };
}

/** Rows holding an action: data in a column the user fills (Ref No counts; Status, Overdue, Last Updated do not). */
export function actionRows(map: HeaderMap, values: readonly (readonly CellValue[])[], firstRow = 2): RawRow[] {
  const owned = new Set(ACTIONS.columns.filter((c) => c.owned && c.key !== 'ref').map((c) => map.index.get(c.key)));
  const ours = [...map.index.values()].filter((i) => !owned.has(i));
  const rows: RawRow[] = [];
  values.forEach((cells, i) => {
    if (ours.some((c) => !isBlank(cells[c]))) rows.push({ row: firstRow + i, cells });
  });
  return rows;
}

export interface Run {
  /** 0-based offset of the run's first row in the block. */
  readonly start: number;
  readonly count: number;
}

/**
 * The runs of rows to write: every row holding an action, joined across rows in between whose
 * owned cells are empty (no value, formula or note: writing blanks there changes nothing), so a
 * log with blank rows in it is still one write. A row with no action whose owned cells hold
 * something splits the runs and is never written.
 */
export function writeRuns(hasAction: readonly boolean[], ownedEmpty: readonly boolean[]): Run[] {
  const runs: Run[] = [];
  let start = -1;
  let lastAction = -1;
  for (let i = 0; i < hasAction.length; i++) {
    if (hasAction[i]) {
      if (start < 0) start = i;
      lastAction = i;
    } else if (!ownedEmpty[i] && start >= 0) {
      runs.push({ start, count: lastAction - start + 1 });
      start = -1;
    }
  }
  if (start >= 0) runs.push({ start, count: lastAction - start + 1 });
  return runs;
}

/**
 * Rows further apart than this are written in separate calls; closer ones in one, rewriting the
 * unchanged rows between (a call costs about as much as moving 480 rows: 80 ms against
 * 0.33 s per 1,000 rows, twice for getRange and setValues).
 */
export const MERGE_GAP_ROWS = 400;

/**
 * Within each of `runs` (rows that may be written), the parts whose rows `changed`, joined
 * across at most `maxGap` unchanged rows: a refresh where nothing changed writes nothing, one
 * where a few statuses changed writes a few short runs, and one where most changed writes the
 * runs whole. Never reaches outside `runs`.
 */
export function changedRuns(runs: readonly Run[], changed: readonly boolean[], maxGap = MERGE_GAP_ROWS): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    let start = -1;
    let last = -1;
    for (let i = run.start; i < run.start + run.count; i++) {
      if (!changed[i]) continue;
      if (start >= 0 && i - last - 1 > maxGap) {
        out.push({ start, count: last - start + 1 });
        start = -1;
      }
      if (start < 0) start = i;
      last = i;
    }
    if (start >= 0) out.push({ start, count: last - start + 1 });
  }
  return out;
}
