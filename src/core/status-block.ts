/**
 * The script-owned Status and Overdue cells of the Actions tab, worked out for every row in one
 * pass so the adapter can write them with one setValues. A status someone typed by hand is
 * reported and kept in the cell's note: nothing typed is lost.
 */
import type { IsoDate } from './dates';
import { a1, ACTIONS } from './layout';
import type { Action, Located } from './model';
import type { Problem } from './problems';
import { STATUSES, statusAsAt, statusEntry, statusFromLabel, type Status } from './status';
import { isBlank, type CellValue } from './table';

export const OVERDUE_MARK = 'Yes';
const TYPED_BEFORE = 'Typed here before:';

function keptLines(note: string): string[] {
  return note.split('\n').filter((line) => line.startsWith(TYPED_BEFORE));
}

export interface StatusBlock {
  /** One [status label, overdue mark] pair per sheet row from `firstRow`. */
  readonly values: string[][];
  /** One note per cell of `values`: why a row's status may be wrong, or what was typed before. */
  readonly notes: string[][];
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
  readonly firstRow: number;
  readonly rowCount: number;
  readonly statusColumn: number;
  readonly asAt: IsoDate;
}

export function computeStatusBlock(input: StatusBlockInput): StatusBlock {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const values: string[][] = Array.from({ length: input.rowCount }, () => ['', '']);
  const notes: string[][] = Array.from({ length: input.rowCount }, () => ['', '']);
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
    const result = statusAsAt(action, input.asAt);
    const label = statusEntry(result.status).label;
    counts[result.status] += 1;
    if (result.overdue) overdue += 1;
    values[i] = [label, result.overdue ? OVERDUE_MARK : ''];
    const lines = [...(problemsByRow.get(action.origin.row) ?? [])];
    lines.push(...keptLines(input.currentNotes[i] ?? ''));
    const typed = input.currentStatus[i];
    // The script writes "Completed" only with a Completed date, so without one it was typed by hand.
    const typedStatus = isBlank(typed) ? undefined : statusFromLabel(String(typed));
    const handTyped = !isBlank(typed) && String(typed).trim() !== label && (!typedStatus || (typedStatus === 'completed' && !action.completedDate));
    if (handTyped) {
      const cell = a1(action.origin.row, input.statusColumn);
      problems.push({ sheet: ACTIONS.name, cell, message: `the status "${String(typed)}" was typed by hand; the status is worked out from the dates (to mark an action done, fill in Completed). What was typed is kept in the cell's note.` });
      lines.push(`${TYPED_BEFORE} ${String(typed)}`);
    }
    notes[i] = [lines.join('\n'), ''];
  }
  return { values, notes, counts, overdue, problems };
}
