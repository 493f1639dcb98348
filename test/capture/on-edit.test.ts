import type { LoadedBundle } from '../harness/bundle';
import { ACTIONS, MEETINGS, actionRow, col, setUpBook, userCells } from './helpers';

/** The event Apps Script passes a simple onEdit trigger for a paste: range and source, no value. */
function editEvent(book: LoadedBundle, sheet: string, row: number, column: number, rows: number, columns: number) {
  const ss = (book.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp.getActiveSpreadsheet();
  const range = ss.getSheetByName(sheet)!.getRange(row, column, rows, columns);
  book.env.calls.reset();
  return { range, source: ss, authMode: 'LIMITED', user: { getEmail: () => '' }, triggerUid: '' };
}

/** What a user pastes into Ref No … Completed: n rows (the script's own columns among them empty). */
const WIDTH = ACTIONS.columns.length;
function pasted(n: number): unknown[][] {
  return Array.from({ length: n }, (_, i) =>
    actionRow([
      `28.01.${String(i + 1).padStart(2, '0')}`,
      `Item ${i % 7}`,
      'Budget',
      '28/01/2010',
      `Action ${i}`,
      'Gary Bowman',
      i % 10 === 3,
      '',
      i % 2 ? '18/03/2010' : '20/01/2010',
      '',
      i % 5 === 0 ? '25/01/2010' : '',
    ]),
  );
}

describe('onEdit on the Actions tab', () => {
  it('a paste over many rows: status and overdue for every row, Last Updated stamped, one read and one write of the block', () => {
    const book = setUpBook();
    const wb = book.env.handles.workbook;
    const data = pasted(200);
    wb.setValues(ACTIONS.name, 2, 1, data);
    const before = wb.sheet(ACTIONS.name).values.slice(1, 201).map(userCells);
    book.call('onEdit', editEvent(book, ACTIONS.name, 2, 1, 200, WIDTH));
    const snap = wb.sheet(ACTIONS.name);
    const status = (i: number) => snap.values[i + 1]![col(ACTIONS, 'status') - 1];
    const overdue = (i: number) => snap.values[i + 1]![col(ACTIONS, 'overdue') - 1];
    expect(status(0)).toBe('Completed');
    expect(status(1)).toBe('Not yet due');
    expect([status(2), overdue(2)]).toEqual(['Actions outstanding – no dates confirmed', 'Yes']);
    expect(status(3)).toBe('Decisions');
    expect(snap.values.slice(1, 201).every((r) => Object.prototype.toString.call(r[col(ACTIONS, 'lastUpdated') - 1]) === '[object Date]')).toBe(true);
    // the user's cells are exactly as typed
    expect(snap.values.slice(1, 201).map(userCells)).toEqual(before);
    expect(book.env.calls.count('SpreadsheetApp.Range.getValues')).toBe(2); // header + block
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(1);
    expect(book.env.calls.count('SpreadsheetApp.Range.getValue')).toBe(0);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValue')).toBe(0);
  });

  it('costs the same number of calls for 5 rows as for 990', () => {
    const counts = [5, 990].map((n) => {
      const book = setUpBook();
      book.env.handles.workbook.setValues(ACTIONS.name, 2, 1, pasted(n));
      book.call('onEdit', editEvent(book, ACTIONS.name, 2, 1, n, WIDTH));
      return book.env.calls.total('SpreadsheetApp');
    });
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(16);
  });

  it('an edit the script cannot read: the text stays, a note on the cell says why, the status says it has no date', () => {
    const book = setUpBook();
    const wb = book.env.handles.workbook;
    wb.setValues(ACTIONS.name, 2, 1, pasted(3));
    book.call('onEdit', editEvent(book, ACTIONS.name, 2, 1, 3, WIDTH));
    const due = col(ACTIONS, 'dueDate');
    wb.setCell(ACTIONS.name, 3, due, 'next month');
    book.call('onEdit', editEvent(book, ACTIONS.name, 3, due, 1, 1));
    const cell = wb.cell(ACTIONS.name, 3, due);
    expect(cell.value).toBe('next month');
    expect(cell.note).toMatch(/^Action Log: Date for Report "next month" is not a date/);
    expect(wb.cell(ACTIONS.name, 3, col(ACTIONS, 'status')).value).toBe('Actions outstanding – no dates confirmed');
    expect(wb.cell(ACTIONS.name, 3, col(ACTIONS, 'status')).note).toContain('L3');
    expect(wb.toasts.at(-1)?.message).toBe(`Actions!L3: Date for Report "next month" is not a date; write it as dd/mm/yyyy. (Also in the cell's note.)`);
    // fixed: the note goes, the status follows
    wb.setCell(ACTIONS.name, 3, due, '18/03/2010');
    book.call('onEdit', editEvent(book, ACTIONS.name, 3, due, 1, 1));
    expect(wb.cell(ACTIONS.name, 3, due).note).toBe('');
    expect(wb.cell(ACTIONS.name, 3, col(ACTIONS, 'status')).value).toBe('Not yet due');
  });

  it('a paste with several unreadable cells: the toast names each cell', () => {
    const book = setUpBook();
    const wb = book.env.handles.workbook;
    wb.setValues(ACTIONS.name, 2, 1, pasted(3));
    const due = col(ACTIONS, 'dueDate');
    for (const row of [3, 4]) wb.setCell(ACTIONS.name, row, due, 'soon');
    book.call('onEdit', editEvent(book, ACTIONS.name, 2, 1, 3, WIDTH));
    const letter = String.fromCharCode(64 + due);
    const completed = String.fromCharCode(64 + col(ACTIONS, 'completedDate')); // row 2 was completed before its meeting
    expect(wb.toasts.at(-1)?.message).toBe(
      `3 values could not be read, at Actions!${completed}2, Actions!${letter}3, Actions!${letter}4: see the note on each cell for how to fix it.`,
    );
  });

  it('user text with markup or formula characters goes into a note as plain text', () => {
    const book = setUpBook();
    const wb = book.env.handles.workbook;
    wb.setValues(ACTIONS.name, 2, 1, pasted(1));
    const due = col(ACTIONS, 'dueDate');
    wb.setCell(ACTIONS.name, 2, due, '<b>soon</b>\nish');
    book.call('onEdit', editEvent(book, ACTIONS.name, 2, due, 1, 1));
    expect(wb.cell(ACTIONS.name, 2, due).note).toBe('Action Log: Date for Report "<b>soon</b> ish" is not a date; write it as dd/mm/yyyy.');
  });

  it('ignores other tabs and the header row, and never throws at the user', () => {
    const book = setUpBook();
    book.call('onEdit', editEvent(book, MEETINGS.name, 2, 1, 1, 1));
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    book.call('onEdit', editEvent(book, ACTIONS.name, 1, 1, 1, 5));
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    expect(() => book.call('onEdit', {})).not.toThrow();
  });
});

describe('a date for report changed by hand', () => {
  function deferred(oldValue: string | undefined, firstDue = '') {
    const book = setUpBook();
    const wb = book.env.handles.workbook;
    wb.setValues(ACTIONS.name, 2, 1, [
      actionRow(['28.01.05', 'Item 3.2', 'Safeguarding', '28/01/2010', 'Report back', 'Gary Bowman', false, firstDue, '29/04/2010', '', '']),
    ]);
    const event = { ...editEvent(book, ACTIONS.name, 2, col(ACTIONS, 'dueDate'), 1, 1), ...(oldValue === undefined ? {} : { oldValue, value: '40297' }) };
    book.call('onEdit', event);
    return { book, wb };
  }

  it('keeps the date it replaced as the first date agreed, so the status is "date for report agreed"', () => {
    const { wb } = deferred('40206'); // 28/01/2010 as Sheets' serial day number
    expect(wb.cell(ACTIONS.name, 2, col(ACTIONS, 'firstDueDate')).display).toBe('28/01/2010');
    expect(wb.cell(ACTIONS.name, 2, col(ACTIONS, 'status')).value).toBe('Actions outstanding – date for report agreed');
  });

  it('leaves a first date already there alone', () => {
    const { wb } = deferred('40206', '14/01/2010');
    expect(wb.cell(ACTIONS.name, 2, col(ACTIONS, 'firstDueDate')).display).toBe('14/01/2010');
  });

  it('does nothing to the first date for a paste (no old value)', () => {
    const { wb } = deferred(undefined);
    expect(wb.cell(ACTIONS.name, 2, col(ACTIONS, 'firstDueDate')).value).toBe('');
  });
});
