/**
 * Issue #8 (integrity), writes and values: text stays text, a cell never passes Sheets' limit,
 * cells the script owns are written only for rows that hold an action, dates are plausible.
 */
import type { LoadedBundle } from '../harness/bundle';
import type { SaveResult } from '../../src/core/capture/schemas';
import type { SavedActions, SavedMeeting, SavedUpdate } from '../../src/core/capture/dialog-data';
import { ACTIONS, FORWARD_PLAN, MEETINGS, USER_ACTION_COLUMNS, actionRow, col, entry, recordInput, setUpBook } from './helpers';

const TEXT_LETTER = String.fromCharCode(64 + col(ACTIONS, 'text'));

describe('numbers in exponent form typed into text fields of the dialogs stay text', () => {
  it('Record decisions and actions, and Add meeting', () => {
    const book = setUpBook();
    const wb = book.env.handles.workbook;
    const r = book.call<SaveResult<SavedActions>>('captureSaveActions', {
      meetingDate: '28/01/2010',
      items: [{ agendaItem: '1e5', subject: '2E3', entries: [entry({ text: '1.5e-3', responsible: 'Gary Bowman', commentary: '4E+2' })] }],
    });
    expect(r.ok).toBe(true);
    for (const [key, typed] of [
      ['agendaItem', '1e5'],
      ['subject', '2E3'],
      ['text', '1.5e-3'],
      ['commentary', '4E+2'],
    ] as const) {
      const cell = wb.cell(ACTIONS.name, 2, col(ACTIONS, key));
      expect({ key, value: cell.value, display: cell.display }).toEqual({ key, value: typed, display: typed });
    }
    const m = book.call<SaveResult<SavedMeeting>>('captureSaveMeeting', {
      date: '29/04/2010',
      board: 'LSP Executive Board',
      title: '3e4',
      time: '1e1',
      venue: '2E2',
      attendees: [],
      apologies: [],
      addOfficers: [],
    });
    expect(m.ok).toBe(true);
    const row = m.ok ? m.value.row : 0;
    expect([col(MEETINGS, 'title'), col(MEETINGS, 'time'), col(MEETINGS, 'venue')].map((c) => wb.cell(MEETINGS.name, row, c).value)).toEqual([
      '3e4',
      '1e1',
      '2E2',
    ]);
  });
});

describe('a cell never exceeds 50,000 characters', () => {
  it('an update whose commentary would pass the limit is refused whole, naming the action and the cell', () => {
    const book = setUpBook();
    book.call('captureSaveActions', recordInput([entry({ dueDate: '18/03/2010', reportBack: true })]));
    const wb = book.env.handles.workbook;
    const commentary = col(ACTIONS, 'commentary');
    wb.setCell(ACTIONS.name, 2, commentary, 'Chased again.'.padEnd(49_980, '.')); // 49,980 characters typed over the years
    const before = { actions: wb.sheet(ACTIONS.name).values, plan: wb.sheet(FORWARD_PLAN.name).values };
    book.env.calls.reset();
    const r = book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', {
      row: 2,
      ref: '28.01.01',
      note: 'Report received from the partnership',
      dueDate: '29/04/2010',
      complete: false,
      completedDate: '',
    });
    expect(r).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^Nothing was saved: the Commentary of 28\.01\.01 \(Actions!M2\) would be 50,029 characters; a cell holds at most 50,000\. Shorten it/,
      ),
    });
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    expect(wb.sheet(ACTIONS.name).values).toEqual(before.actions);
    expect(wb.sheet(FORWARD_PLAN.name).values).toEqual(before.plan);
    // a shorter line still fits, and is saved
    const ok = book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', {
      row: 2,
      ref: '28.01.01',
      note: 'Done',
      dueDate: '',
      complete: false,
      completedDate: '',
    });
    expect(ok.ok).toBe(true);
    expect(String(wb.cell(ACTIONS.name, 2, commentary).value)).toHaveLength(49_980 + '\n29/01/2010: Done'.length);
  });
});

describe('owned cells of rows that hold no action are left as they are', () => {
  type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;
  const api = (book: LoadedBundle): Ss =>
    (book.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp.getActiveSpreadsheet();
  const STATUS = col(ACTIONS, 'status');
  const OVERDUE = col(ACTIONS, 'overdue');
  const UPDATED = col(ACTIONS, 'lastUpdated');

  /** Two actions (rows 2, 3), a blank row 4, an action in row 5, then rows a user used for their own notes. */
  function board() {
    const book = setUpBook();
    const wb = book.env.handles.workbook;
    wb.setValues(
      ACTIONS.name,
      2,
      1,
      [
        ['28.01.01', '3', 'Budget', '28/01/2010', 'Circulate the report', 'Gary Bowman', false, '', '18/03/2010', '', ''],
        ['28.01.02', '3', 'Budget', '28/01/2010', 'Report back', 'Janine Brown', false, '', '20/01/2010', '', ''],
      ].map(actionRow),
    );
    wb.setValues(ACTIONS.name, 5, 1, [actionRow(['28.01.03', '4', 'Housing', '28/01/2010', 'Agreed', '', true, '', '', '', ''])]);
    wb.setCell(ACTIONS.name, 7, STATUS, "'=1+1"); // text that looks like a formula
    wb.setCell(ACTIONS.name, 7, OVERDUE, 'n/a');
    wb.setCell(ACTIONS.name, 7, UPDATED, 'by hand');
    wb.setCell(ACTIONS.name, 8, STATUS, `=${TEXT_LETTER}2`); // a live formula someone put there
    wb.setCell(ACTIONS.name, 9, STATUS, 'Not yet due'); // a label left behind
    api(book).getSheetByName(ACTIONS.name)!.getRange(9, STATUS).setNote('Kept for the audit');
    return { book, wb };
  }
  const owned = (wb: LoadedBundle['env']['handles']['workbook'], row: number) =>
    [STATUS, OVERDUE, UPDATED].map((c) => {
      const x = wb.cell(ACTIONS.name, row, c);
      return { value: x.value, formula: x.formula, note: x.note };
    });

  it('Refresh statuses writes the action rows in one block and leaves the others exactly as they were', () => {
    const { book, wb } = board();
    // two statuses to put back, either side of the blank row 4
    wb.setCell(ACTIONS.name, 2, STATUS, '');
    wb.setCell(ACTIONS.name, 5, STATUS, '');
    const mine = [7, 8, 9].map((r) => owned(wb, r));
    const rowsBefore = wb.sheet(ACTIONS.name).values.length;
    book.env.calls.reset();
    book.call('menuRefreshStatuses');
    expect([7, 8, 9].map((r) => owned(wb, r))).toEqual(mine);
    expect(wb.cell(ACTIONS.name, 7, STATUS)).toMatchObject({ value: '=1+1', formula: '' }); // still text, never live
    expect(wb.cell(ACTIONS.name, 8, STATUS)).toMatchObject({ value: 'Circulate the report', formula: `=${TEXT_LETTER}2` });
    expect(wb.sheet(ACTIONS.name).values.length).toBe(rowsBefore);
    expect([2, 3, 5].map((r) => [wb.cell(ACTIONS.name, r, STATUS).value, wb.cell(ACTIONS.name, r, OVERDUE).value])).toEqual([
      ['Not yet due', ''],
      ['Actions outstanding – no dates confirmed', 'Yes'],
      ['Decisions', ''],
    ]);
    expect(owned(wb, 4).map((c) => c.value)).toEqual(['', '', '']);
    // the blank row 4 joins the block: rows 2 to 5 in one write of values, as for a log without
    // gaps; no note changes, so none is written
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(1);
    expect(book.env.calls.count('SpreadsheetApp.Range.setNotes')).toBe(0);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValue')).toBe(0);
  });

  it('a formula in the Status cell of an action is replaced by the status and kept, as text, in its note', () => {
    const { book, wb } = board();
    wb.setCell(ACTIONS.name, 3, STATUS, '=IF(K3<>"","Done","Chased")');
    book.call('menuRefreshStatuses');
    const cell = wb.cell(ACTIONS.name, 3, STATUS);
    expect(cell).toMatchObject({ value: 'Actions outstanding – no dates confirmed', formula: '' });
    expect(cell.note).toBe('Typed here before: =IF(K3<>"","Done","Chased")');
    expect(book.env.handles.ui.alerts.at(-1)?.prompt).toContain('Actions!D3: the Status cell held the formula =IF(K3<>"","Done","Chased")');
    // and the next refresh neither reports it again nor loses it
    book.call('menuRefreshStatuses');
    expect(wb.cell(ACTIONS.name, 3, STATUS).note).toBe('Typed here before: =IF(K3<>"","Done","Chased")');
  });

  it('onEdit of a block with such rows writes only the action rows', () => {
    const { book, wb } = board();
    const mine = [7, 8, 9].map((r) => owned(wb, r));
    const ss = api(book);
    const range = ss.getSheetByName(ACTIONS.name)!.getRange(2, 1, 9, ACTIONS.columns.length);
    book.env.calls.reset();
    book.call('onEdit', { range, source: ss, authMode: 'LIMITED', user: { getEmail: () => '' }, triggerUid: '' });
    expect([7, 8, 9].map((r) => owned(wb, r))).toEqual(mine);
    expect(wb.cell(ACTIONS.name, 7, STATUS).formula).toBe('');
    expect(wb.cell(ACTIONS.name, 3, STATUS).value).toBe('Actions outstanding – no dates confirmed');
    expect(Object.prototype.toString.call(wb.cell(ACTIONS.name, 5, UPDATED).value)).toBe('[object Date]');
    expect(wb.cell(ACTIONS.name, 4, UPDATED).value).toBe('');
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(1);
  });

  it('a row emptied by hand keeps what its owned cells held', () => {
    const { book, wb } = board();
    book.call('menuRefreshStatuses');
    const before = owned(wb, 5);
    for (const c of USER_ACTION_COLUMNS) wb.setCell(ACTIONS.name, 5, col(ACTIONS, c.key), ''); // the user's cells only
    const ss = api(book);
    const range = ss.getSheetByName(ACTIONS.name)!.getRange(5, 1, 1, ACTIONS.columns.length);
    book.env.calls.reset();
    book.call('onEdit', { range, source: ss, authMode: 'LIMITED', user: { getEmail: () => '' }, triggerUid: '' });
    expect(owned(wb, 5)).toEqual(before);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
  });
});

describe('implausible dates are reported at the cell and never become a First Date for Report of 1905', () => {
  const DUE = col(ACTIONS, 'dueDate');
  const FIRST = col(ACTIONS, 'firstDueDate');
  const STATUS = col(ACTIONS, 'status');
  const api = (book: LoadedBundle) =>
    (book.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp.getActiveSpreadsheet();
  const edit = (book: LoadedBundle, row: number, column: number, extra: Record<string, unknown> = {}) => {
    const ss = api(book);
    const range = ss.getSheetByName(ACTIONS.name)!.getRange(row, column);
    book.env.calls.reset();
    book.call('onEdit', { range, source: ss, authMode: 'LIMITED', user: { getEmail: () => '' }, triggerUid: '', ...extra });
  };
  function oneAction() {
    const book = setUpBook();
    const wb = book.env.handles.workbook;
    wb.setValues(ACTIONS.name, 2, 1, [
      actionRow(['28.01.05', '3', 'Safeguarding', '28/01/2010', 'Report back', 'Gary Bowman', false, '', '29/04/2010', '', '']),
    ]);
    return { book, wb };
  }

  it('a number typed over the date for report: the old value "2010" (serial 2010 = 1905) is not kept as the first date', () => {
    const { book, wb } = oneAction();
    // the cell held 2010 (a number typed into it earlier), now a real date is typed over it
    edit(book, 2, DUE, { oldValue: '2010', value: '40297' });
    expect(wb.cell(ACTIONS.name, 2, FIRST).value).toBe('');
    expect(wb.cell(ACTIONS.name, 2, STATUS).value).toBe('Not yet due');
    expect(book.env.calls.count('SpreadsheetApp.Range.setValue')).toBe(0);
    // and the same for text that was a date of 1905
    edit(book, 2, DUE, { oldValue: '02/07/1905', value: '40297' });
    expect(wb.cell(ACTIONS.name, 2, FIRST).value).toBe('');
  });

  it('a bare number typed in a date column is reported in a note on that cell; the status treats it as no date', () => {
    const { book, wb } = oneAction();
    wb.setCell(ACTIONS.name, 2, DUE, '2010');
    edit(book, 2, DUE, { oldValue: '40297', value: '2010' });
    expect(wb.cell(ACTIONS.name, 2, DUE).value).toBe(2010); // what was typed stays
    expect(wb.cell(ACTIONS.name, 2, DUE).note).toBe(
      'Action Log: Date for Report 2010 is a number, not a date (Sheets shows it as the date 02/07/1905); write it as dd/mm/yyyy.',
    );
    expect(wb.cell(ACTIONS.name, 2, STATUS).value).toBe('Actions outstanding – no dates confirmed');
    expect(wb.cell(ACTIONS.name, 2, FIRST).display).toBe('29/04/2010'); // the date it replaced was plausible: kept
  });

  it('Refresh statuses reports a 1905 date and a completion before the meeting at their cells', () => {
    const { book, wb } = oneAction();
    wb.setValues(ACTIONS.name, 3, 1, [actionRow(['28.01.06', '3', 'Safeguarding', '28/01/2010', 'Circulate', 'Gary Bowman', false, '', '', '', '20/01/2009'])]);
    wb.setCell(ACTIONS.name, 2, DUE, '02/07/1905');
    book.call('menuRefreshStatuses');
    const alert = book.env.handles.ui.alerts.at(-1)?.prompt ?? '';
    expect(alert).toContain('Actions!L2: Date for Report 02/07/1905 is not a plausible date — was a number typed? Write it as dd/mm/yyyy.');
    expect(alert).toContain("Actions!N3: Completed 20/01/2009 is before the action's own Date of Meeting 28/01/2010; check the year (dd/mm/yyyy).");
    expect(wb.cell(ACTIONS.name, 2, STATUS).value).toBe('Actions outstanding – no dates confirmed');
    expect(wb.cell(ACTIONS.name, 2, STATUS).note).toContain('L2: Date for Report 02/07/1905 is not a plausible date');
    expect(wb.cell(ACTIONS.name, 2, col(ACTIONS, 'overdue')).value).toBe('');
    expect(wb.cell(ACTIONS.name, 3, STATUS).note).toContain('N3: Completed 20/01/2009 is before');
    expect(wb.cell(ACTIONS.name, 2, DUE).display).toBe('02/07/1905'); // nothing typed is changed
  });

  it('Update selected action never takes a 1905 date for report as the first date agreed', () => {
    const { book, wb } = oneAction();
    wb.setCell(ACTIONS.name, 2, DUE, '02/07/1905');
    const r = book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', {
      row: 2,
      ref: '28.01.05',
      note: '',
      dueDate: '29/04/2010',
      complete: false,
      completedDate: '',
    });
    expect(r.ok).toBe(true);
    expect(wb.cell(ACTIONS.name, 2, FIRST).display).not.toBe('02/07/1905');
    expect(wb.cell(ACTIONS.name, 2, DUE).display).toBe('29/04/2010');
  });
});
