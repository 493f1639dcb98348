/**
 * Recommendations' Status and Overdue, as at a date: one read of the tab (none when it is not
 * there: a workbook set up before recommendations), then one write of each run of rows whose
 * status changed, exactly as for actions. A row holding no recommendation is never written.
 */
import type { IsoDate } from '../../core/dates';
import type { Problem } from '../../core/problems';
import { a1, RECOMMENDATIONS } from '../../core/layout';
import { handTypedStatus, statusCells, type Recommendation } from '../../core/recommendations/status';
import { fitNote } from '../../core/cell-limit';
import { changedRuns, TYPED_BEFORE, writeRuns } from '../../core/status-block';
import { isBlank, mapHeaders, missingColumns, missingColumnsMessage, type CellValue } from '../../core/table';
import { readRecommendationRows } from './recommendations-read';

export interface RecommendationsRefresh {
  readonly recommendations: Recommendation[];
  /** Labels written, with how many rows hold each. */
  readonly counts: Record<string, number>;
  readonly overdue: number;
  readonly problems: Problem[];
}

const NONE: RecommendationsRefresh = { recommendations: [], counts: {}, overdue: 0, problems: [] };

export function refreshRecommendations(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  asAt: IsoDate,
  options: { write?: boolean; timeZone?: string } = {},
): RecommendationsRefresh {
  const sheet = ss.getSheetByName(RECOMMENDATIONS.name);
  if (!sheet) return NONE;
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const map = mapHeaders(RECOMMENDATIONS, values[0] ?? []);
  const problems: Problem[] = [];
  const stop = missingColumns(RECOMMENDATIONS, map, ['number', 'recommendation', 'status', 'overdue', 'accepted', 'response', 'deadline', 'completedDate']);
  if (stop.length)
    return {
      ...NONE,
      problems: [{ sheet: RECOMMENDATIONS.name, cell: 'A1', message: missingColumnsMessage(RECOMMENDATIONS, stop, 'No recommendation status was written') }],
    };
  const body = values.slice(1);
  const read = readRecommendationRows(ss, map, body, options.timeZone ?? ss.getSpreadsheetTimeZone());
  problems.push(...read.problems);
  const statusIndex = map.index.get('status')!;
  const overdueIndex = map.index.get('overdue')!;
  const grid: [string, string][] = body.map((r) => [String(r[statusIndex] ?? ''), String(r[overdueIndex] ?? '')]);
  const counts: Record<string, number> = {};
  let overdue = 0;
  const changed = body.map(() => false);
  const typed: { row: number; text: string }[] = [];
  for (const rec of read.recommendations) {
    const cells = statusCells(rec, asAt);
    counts[cells[0]] = (counts[cells[0]] ?? 0) + 1;
    if (cells[1]) overdue++;
    const i = rec.row - 2;
    const now = body[i]!;
    if (now[statusIndex] !== cells[0] && handTypedStatus(rec, now[statusIndex] ?? '')) typed.push({ row: rec.row, text: String(now[statusIndex]).trim() });
    changed[i] = now[statusIndex] !== cells[0] || (cells[1] === '' ? !isBlank(now[overdueIndex]) : now[overdueIndex] !== cells[1]);
    grid[i] = cells;
  }
  if (options.write !== false) {
    keepTyped(sheet, typed, statusIndex + 1, problems);
    const empty = body.map((r) => isBlank(r[statusIndex]) && isBlank(r[overdueIndex]));
    for (const run of changedRuns(writeRuns(read.hasRecommendation, empty), changed)) {
      const rows = grid.slice(run.start, run.start + run.count);
      if (overdueIndex === statusIndex + 1) sheet.getRange(2 + run.start, statusIndex + 1, run.count, 2).setValues(rows);
      else {
        sheet.getRange(2 + run.start, statusIndex + 1, run.count, 1).setValues(rows.map((r) => [r[0]]));
        sheet.getRange(2 + run.start, overdueIndex + 1, run.count, 1).setValues(rows.map((r) => [r[1]]));
      }
    }
  }
  return { recommendations: read.recommendations, counts, overdue, problems };
}

/**
 * A status typed by hand is about to be replaced by the one worked out from the dates: it is
 * reported and kept in the cell's note, so nothing typed is lost. A hand-typed status is rare, so
 * a call per such cell costs nothing on an ordinary run (none at all when there is none).
 */
function keepTyped(sheet: GoogleAppsScript.Spreadsheet.Sheet, typed: readonly { row: number; text: string }[], column: number, problems: Problem[]): void {
  for (const t of typed) {
    const cell = sheet.getRange(t.row, column);
    const note = cell.getNote();
    cell.setNote(fitNote([...(note ? [note] : []), `${TYPED_BEFORE} ${t.text}`]));
    problems.push({
      sheet: RECOMMENDATIONS.name,
      cell: a1(t.row, column),
      message: `the status "${t.text}" was typed by hand; the status is worked out from the deadline and Completed (to mark a recommendation done, fill in Completed). What was typed is kept in the cell's note.`,
    });
  }
}
