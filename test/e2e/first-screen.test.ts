/**
 * The sheet at a laptop's 1366×768, end to end on the bundle: Ref No and Subject frozen, Status
 * (and the key, in its colours and in the Status header's note) on the first screen, the key's
 * own tab beside Actions, no leftover Sheet1, and Last Updated filled by every write.
 */
import { ACTIONS, KEY_TAB_NAME, TABS } from '../../src/core/layout';
import { STATUS_KEY } from '../../src/core/status';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { loadSampleBoard } from '../fixtures/load-sample';
import { SAMPLE_TODAY } from '../fixtures/sample-board';
import { entry, recordInput, setUpBook } from '../capture/helpers';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;
const ssOf = (b: LoadedBundle): SS =>
  (b.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp.getActiveSpreadsheet();
const C = (key: string) => ACTIONS.columns.findIndex((c) => c.key === key) + 1;
/** What Sheets shows of the grid at 1366 px wide: the window less the row numbers (46 px) and the scroll bar. */
const GRID_WIDTH = 1366 - 46 - 20;

describe('the Actions tab at 1366×768', () => {
  it('a fresh set-up: Ref No and Subject frozen, Status within the first screen, key tab beside Actions, no Sheet1', () => {
    const clerk = loadBundle({ now: `${SAMPLE_TODAY}T09:00:00Z` });
    expect(clerk.env.handles.workbook.sheetNames()).toEqual(['Sheet1']);
    clerk.call('menuSetUp');
    const wb = clerk.env.handles.workbook;
    expect(wb.sheetNames()).not.toContain('Sheet1');
    expect(wb.sheetNames().slice(0, 2)).toEqual([ACTIONS.name, KEY_TAB_NAME]);
    expect(wb.sheetNames()).toEqual(expect.arrayContaining(TABS.map((t) => t.name)));
    const actions = wb.sheet(ACTIONS.name);
    expect(actions.frozenRows).toBe(1);
    expect(actions.frozenColumns).toBeGreaterThanOrEqual(Math.max(C('ref'), C('subject')));
    const widths = ACTIONS.columns.map((_, i) =>
      ssOf(clerk)
        .getSheetByName(ACTIONS.name)!
        .getColumnWidth(i + 1),
    );
    const end = (key: string) => widths.slice(0, C(key)).reduce((a, b) => a + b, 0);
    expect(end('status')).toBeLessThanOrEqual(GRID_WIDTH);
    expect(end('overdue')).toBeLessThanOrEqual(GRID_WIDTH);
    expect(end('text')).toBeLessThanOrEqual(GRID_WIDTH); // the action itself too
    // the key: in the Status header's note, wherever Status is
    const note = wb.cell(ACTIONS.name, 1, C('status')).note;
    for (const e of STATUS_KEY) expect(note).toContain(e.label);
  });

  it('a Sheet1 holding anything is kept', () => {
    const clerk = loadBundle({ now: `${SAMPLE_TODAY}T09:00:00Z` });
    clerk.env.handles.workbook.setCell('Sheet1', 3, 2, 'my notes');
    clerk.call('menuSetUp');
    expect(clerk.env.handles.workbook.sheetNames()).toContain('Sheet1');
    expect(clerk.env.handles.workbook.cell('Sheet1', 3, 2).value).toBe('my notes');
  });

  it('a freeze the user widened is left as it is', () => {
    const clerk = loadBundle({ now: `${SAMPLE_TODAY}T09:00:00Z` });
    clerk.call('menuSetUp');
    ssOf(clerk).getSheetByName(ACTIONS.name)!.setFrozenColumns(5);
    clerk.call('menuSetUp');
    expect(clerk.env.handles.workbook.sheet(ACTIONS.name).frozenColumns).toBe(5);
  });

  it('with the sample board, the Status cells on the first screen carry the key colours', () => {
    const clerk = loadBundle({ now: `${SAMPLE_TODAY}T09:00:00Z` });
    clerk.call('menuSetUp');
    loadSampleBoard(clerk.env.handles.workbook);
    clerk.call('menuRefreshStatuses');
    const wb = clerk.env.handles.workbook;
    const values = wb.sheet(ACTIONS.name).values;
    for (const e of STATUS_KEY) {
      const row = values.findIndex((r) => r[C('status') - 1] === e.label) + 1;
      expect(row).toBeGreaterThan(1);
      expect(wb.effectiveFormat(ACTIONS.name, row, C('status')).background).toBe(e.background);
    }
  });
});

describe('Last Updated is filled by every write', () => {
  const isDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';

  it('Record decisions and actions, then Update selected action, stamp the row', () => {
    const book = setUpBook();
    const wb = book.env.handles.workbook;
    book.call(
      'captureSaveActions',
      recordInput([entry({ text: 'Circulate the compact', dueDate: '18/03/2010' }), entry({ kind: 'decision', text: 'Agreed' })]),
    );
    expect([2, 3].map((r) => isDate(wb.cell(ACTIONS.name, r, C('lastUpdated')).value))).toEqual([true, true]);
    book.env.clock.set('2010-02-03T11:30:00Z');
    const before = (wb.cell(ACTIONS.name, 2, C('lastUpdated')).value as Date).getTime();
    book.call('captureSaveUpdate', { row: 2, ref: '28.01.01', note: 'Chased', dueDate: '', complete: false, completedDate: '' });
    const after = wb.cell(ACTIONS.name, 2, C('lastUpdated')).value as Date;
    expect(after.getTime()).toBeGreaterThan(before);
    expect(wb.cell(ACTIONS.name, 2, C('lastUpdated')).display).toBe('03/02/2010 11:30');
  });
});
