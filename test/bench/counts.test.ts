/**
 * The cost of every operation pinned at two sizes of log (300 and 3,000 actions, 200 officers),
 * counted at the vm boundary through the built bundle (test/bench/operations.ts): calls by
 * service and rows moved. A change that adds a call or reads the whole tab where it did not
 * fails here. Counts, not times. The papers are pinned in test/papers/bench.test.ts.
 */
import { makeBoard, OPERATIONS, type Board, type Measured, type OperationName } from './operations';
import { ACTIONS } from '../../src/core/layout';

const S = 'SpreadsheetApp';
const P = 'PropertiesService';
const L = 'LockService';

/** Calls by service (the same at both sizes unless noted) and rows moved at 300 and at 3,000 actions. */
const PINNED: Partial<Record<OperationName, { calls: Record<string, number>; rows: [number, number] }>> = {
  // the menu: its items, the Help submenu (self-test), the alerts caption
  // (+1 for Update selected recommendation…, issue 10)
  // onOpen: one addItem more each for Generate monitoring report… and Add review… (issue 10, points 4 and 3)
  onOpen: { calls: { [S]: 29, [P]: 2 }, rows: [0, 0] },
  // one read of the tab and one of the Status/Overdue notes (2N), then only what changed; and the
  // Responsible Officer notes (issue 12): one read of Officers, and none of that column's notes
  // when every name matches and the last refresh left none (two Properties calls remember that);
  // and the Recommendations tab (issue 10): getSheetByName, getDataRange, getValues (its header row: 1 row)
  refresh: { calls: { [S]: 28, [L]: 4, Utilities: 1, Session: 1, [P]: 4 }, rows: [1036, 9136] },
  onEditCell: { calls: { [S]: 14, Utilities: 1, Session: 1 }, rows: [5, 5] },
  onEditPaste: { calls: { [S]: 14, Utilities: 1, Session: 1 }, rows: [1201, 4001] },
  // Meetings (25 rows), the Actions header, the last 50 rows, the write: never the whole tab
  // LockService: the lock, and the in-the-sheet check every dialog call makes (never from the web app)
  saveActions1: { calls: { [S]: 21, [L]: 4, Session: 1, [P]: 4, Utilities: 1 }, rows: [77, 77] },
  saveActions50: { calls: { [S]: 35, [L]: 4, Session: 1, [P]: 4, Utilities: 1 }, rows: [173, 173] },
  updateAction: { calls: { [S]: 43, HtmlService: 3, Session: 2, Utilities: 2, [L]: 6 }, rows: [100, 100] },
  // the dialog's list of open actions reads the tab; the save itself does not
  forwardPlanDialog: { calls: { [S]: 11, Session: 1, Utilities: 1, [L]: 1 }, rows: [578, 3278] },
  forwardPlan: { calls: { [S]: 22, [L]: 4, Session: 1, Utilities: 1 }, rows: [48, 48] },
  addMeeting: { calls: { [S]: 20, [L]: 4, Session: 1 }, rows: [252, 252] },
};

// The daily run also refreshes the Recommendations tab (issue 10): getSheetByName, getDataRange,
// getValues (its header row: 1 row) and the spreadsheet's time zone (the run's refresh asks it itself).
// Rows: the Settings tab is two rows longer (Monitoring report template ID, issue 10 point 4; Recommendations
// in the action log, point 5): +2 rows read.
const DAILY: Record<number, { calls: Record<string, number>; rows: number }> = {
  300: { calls: { [P]: 10, Session: 3, [S]: 33, [L]: 3, Utilities: 1, MailApp: 93 }, rows: 1016 },
  3000: { calls: { [P]: 10, Session: 3, [S]: 33, [L]: 3, Utilities: 1, MailApp: 122 }, rows: 6416 },
};

const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

describe.each([
  [300, 0],
  [3000, 1],
] as const)('at %i actions', (size, at) => {
  let board: Board;
  const measured = new Map<OperationName, Measured>();
  beforeAll(() => {
    board = makeBoard(size);
    for (const name of [...Object.keys(PINNED), 'dailyRun'] as OperationName[]) measured.set(name, OPERATIONS[name].run(board));
  });

  it.each(Object.keys(PINNED) as OperationName[])('%s: the pinned calls and rows moved', (name) => {
    const m = measured.get(name)!;
    const pin = PINNED[name]!;
    expect({ calls: sorted(m.calls), rows: m.rowsMoved }).toEqual({ calls: sorted(pin.calls), rows: pin.rows[at] });
    // the boundary count and the emulator's own agree
    expect(Object.values(m.calls).reduce((a, b) => a + b, 0)).toBe(m.emulatorCalls);
  });

  it('the daily run: the same Spreadsheet and Properties calls whatever the size; one mail per digest and the summary', () => {
    const m = measured.get('dailyRun')!;
    const digests = Number(/(\d+) digests/.exec(m.note ?? '')?.[1]);
    expect(m.calls.MailApp).toBe(digests + 2); // the quota asked once, the digests, the summary
    expect({ calls: sorted(m.calls), rows: m.rowsMoved }).toEqual({ calls: sorted(DAILY[size]!.calls), rows: DAILY[size]!.rows });
  });

  it('what a save writes is there: the new rows below the last action, with the next references', () => {
    const wb = board.book.env.handles.workbook;
    const values = wb.sheet('Actions').values;
    const text = ACTIONS.columns.findIndex((c) => c.key === 'text');
    const texts = values.map((r) => String(r[text]));
    const first = texts.indexOf('New action 0');
    expect(first).toBe(size + 1); // 0-based: the header, then `size` actions, then the save of 1
    expect(texts.slice(first, first + 51)).toEqual(['New action 0', ...Array.from({ length: 50 }, (_, i) => `New action ${i}`)]);
    const refs = values.slice(first, first + 51).map((r) => String(r[0]));
    expect(new Set(refs).size).toBe(51);
    expect(refs.every((r) => r.startsWith('06.03.'))).toBe(true);
  });
});

it('the daily run costs the same Properties and Spreadsheet calls for 1,000 officers as for 200 (both run straight after the day-before refresh)', () => {
  const few = OPERATIONS.dailyRun.run(makeBoard(3000, 200));
  const many = OPERATIONS.dailyRun.run(makeBoard(3000, 1000));
  expect(Number(/(\d+) digests/.exec(many.note ?? '')?.[1])).toBeGreaterThan(Number(/(\d+) digests/.exec(few.note ?? '')?.[1]));
  expect([many.calls[P], many.calls[S], many.calls[L]]).toEqual([few.calls[P], few.calls[S], few.calls[L]]);
  expect(many.calls[P]).toBe(10);
});
