/**
 * Refresh statuses near 2N rows, on the built bundle counted at the vm boundary: the tab and
 * the Status/Overdue notes are read once each; only the cells that change are written (none on
 * a day when nothing changed); a formula put in a Status cell is still found (by Sheets' search,
 * not by reading every formula) and replaced, its text kept in the note.
 */
import { ACTIONS } from '../../src/core/layout';
import { loadBundle } from '../harness/bundle';
import { makeBoard, type Board } from '../bench/operations';

const N = 2_000;
const STATUS = ACTIONS.columns.findIndex((c) => c.key === 'status') + 1;
const COMPLETED = ACTIONS.columns.findIndex((c) => c.key === 'completedDate') + 1;

function refresh(board: Board) {
  const run = loadBundle({ file: board.file, shareWith: board.book, countAtBoundary: true });
  run.call('menuRefreshStatuses');
  return run.boundary!;
}

describe('Refresh statuses moves about 3N rows (2N for the statuses, N for the Responsible Officer notes)', () => {
  let board: Board;
  beforeAll(() => {
    board = makeBoard(N);
    refresh(board); // today's statuses written once
  });

  it('nothing changed since the last refresh: the tab and the notes read, nothing written', () => {
    const before = JSON.stringify(board.book.env.handles.workbook.sheet(ACTIONS.name).values);
    const counter = refresh(board);
    expect(counter.count('SpreadsheetApp.setValues') + counter.count('SpreadsheetApp.setNotes')).toBe(0);
    expect(counter.count('SpreadsheetApp.getFormulas')).toBe(0);
    // the tab and the Status/Overdue notes (2N), the Responsible Officer notes (N), the Officers tab, + the small tabs
    expect(counter.rowsMoved()).toBeLessThanOrEqual(3 * (N + 1) + (board.officers + 1) + 100);
    expect(JSON.stringify(board.book.env.handles.workbook.sheet(ACTIONS.name).values)).toBe(before);
  });

  it('an action completed by hand: only that row is written, and its status follows', () => {
    const wb = board.book.env.handles.workbook;
    const row = 1_235; // an outstanding action (not a decision, not completed)
    expect(wb.cell(ACTIONS.name, row, STATUS).value).not.toBe('Completed');
    wb.setCell(ACTIONS.name, row, COMPLETED, '01/03/2025');
    const counter = refresh(board);
    expect(wb.cell(ACTIONS.name, row, STATUS).value).toBe('Completed');
    expect(counter.count('SpreadsheetApp.setValues')).toBe(1);
    expect(counter.rows.get('SpreadsheetApp.setValues')).toBe(1);
  });

  it('a formula put in a Status cell far down is found and replaced, its text kept in the note', () => {
    const wb = board.book.env.handles.workbook;
    wb.setCell(ACTIONS.name, 1_900, STATUS, '=1+1');
    expect(wb.cell(ACTIONS.name, 1_900, STATUS).formula).toBe('=1+1');
    const counter = refresh(board);
    const cell = wb.cell(ACTIONS.name, 1_900, STATUS);
    expect(cell.formula).toBe('');
    expect(String(cell.value)).not.toBe('2');
    expect(cell.note).toContain('Typed here before: =1+1');
    expect(counter.count('SpreadsheetApp.getFormulas')).toBe(0); // found by search, one getFormula
    expect(counter.count('SpreadsheetApp.getFormula')).toBe(1);
  });
});
