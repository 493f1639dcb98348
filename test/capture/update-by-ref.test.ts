/**
 * Update selected action… saves only onto the row that still holds the reference the dialog
 * opened, found by reference (not row number); an empty, missing or doubled reference is
 * refused with nothing written. On the built bundle.
 */
import type { SaveResult } from '../../src/core/capture/schemas';
import type { SavedUpdate } from '../../src/core/capture/dialog-data';
import type { LoadedBundle } from '../harness/bundle';
import { ACTIONS, FORWARD_PLAN, actionRow, col, entry, recordInput, setUpBook } from './helpers';

function book3(): LoadedBundle {
  const book = setUpBook();
  book.call(
    'captureSaveActions',
    recordInput([entry({ text: 'First', dueDate: '18/03/2010', reportBack: true }), entry({ text: 'Second' }), entry({ text: 'Third' })]),
  );
  book.env.calls.reset();
  return book;
}

function sheet(book: LoadedBundle, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  return (book.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName(name)!;
}

const update = (book: LoadedBundle, row: number, ref: string, over: Record<string, unknown> = {}) =>
  book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', { row, ref, note: 'Chased', dueDate: '', complete: false, completedDate: '', ...over });

const snapshot = (book: LoadedBundle) => [ACTIONS.name, FORWARD_PLAN.name].map((name) => book.env.handles.workbook.sheet(name).values);

describe('Update selected action finds its row by reference', () => {
  it('a row inserted above while the dialog was open: the save lands on the action, the row number it opened on is left alone', () => {
    const book = book3();
    sheet(book, ACTIONS.name).insertRowsAfter(1, 1);
    const wb = book.env.handles.workbook;
    wb.setValues(ACTIONS.name, 2, 1, [actionRow(['', '9', 'Other', '28/01/2010', 'Typed above'])]);
    const r = update(book, 2, '28.01.01');
    expect(r).toMatchObject({ ok: true, value: { ref: '28.01.01', row: 3 } });
    expect(wb.cell(ACTIONS.name, 3, col(ACTIONS, 'commentary')).value).toBe('29/01/2010: Chased');
    expect(wb.cell(ACTIONS.name, 2, col(ACTIONS, 'commentary')).value).toBe('');
    expect(wb.cell(ACTIONS.name, 2, col(ACTIONS, 'text')).value).toBe('Typed above');
  });

  it('the row it opened on now holds another action (its own was deleted): refused, nothing written', () => {
    const book = book3();
    sheet(book, ACTIONS.name).deleteRow(2); // 28.01.01 gone; 28.01.02 now on row 2
    const before = snapshot(book);
    book.env.calls.reset();
    const r = update(book, 2, '28.01.01', { complete: true });
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('Nothing was saved: the action 28.01.01 is no longer in the Actions tab') });
    expect(snapshot(book)).toEqual(before);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues') + book.env.calls.count('SpreadsheetApp.Range.setValue')).toBe(0);
  });

  it('an empty reference is refused with nothing written, even where rows have no Ref No', () => {
    const book = book3();
    const wb = book.env.handles.workbook;
    wb.setValues(ACTIONS.name, 5, 1, [actionRow(['', '9', 'Other', '28/01/2010', 'No reference yet'])]);
    const before = snapshot(book);
    for (const ref of ['', '   ']) {
      const r = update(book, 5, ref);
      expect(r).toMatchObject({ ok: false, message: expect.stringContaining('Nothing was saved: the dialog was opened on a row with no Ref No') });
    }
    expect(snapshot(book)).toEqual(before);
  });

  it('a reference held by two rows is refused, naming both cells, with nothing written', () => {
    const book = book3();
    const wb = book.env.handles.workbook;
    wb.setCell(ACTIONS.name, 4, col(ACTIONS, 'ref'), '28.1.2'); // the same as 28.01.02 on row 3
    const before = snapshot(book);
    book.env.calls.reset();
    const r = update(book, 3, '28.01.02', { dueDate: '29/04/2010' });
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('28.01.02 is the Ref No of 2 rows (Actions!A3, Actions!A4)') });
    expect(r.ok ? '' : r.message).toContain('Renumber all but one of them');
    expect(snapshot(book)).toEqual(before);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
  });

  it('finding the row is a constant handful of reads, however many actions there are', () => {
    const reads = [3, 300].map((n) => {
      const book = setUpBook();
      book.call('captureSaveActions', recordInput(Array.from({ length: n }, (_, i) => entry({ text: `A${i}` }))));
      book.env.calls.reset();
      expect(update(book, 2, '28.01.02')).toMatchObject({ ok: true, value: { row: 3 } });
      return book.env.calls.count('SpreadsheetApp.Range.getValues');
    });
    expect(reads[1]).toBe(reads[0]);
    expect(reads[0]).toBeLessThanOrEqual(3);
  });
});

describe("Update selected action: a completion date before the action's own meeting", () => {
  it('is refused with nothing written', () => {
    const book = setUpBook();
    book.call('captureSaveActions', recordInput([entry({ dueDate: '18/03/2010' })]));
    const wb = book.env.handles.workbook;
    const before = wb.sheet(ACTIONS.name).values.map((r) => [...r]);
    book.env.calls.reset();
    const r = book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', {
      row: 2,
      ref: '28.01.01',
      note: '',
      dueDate: '',
      complete: true,
      completedDate: '20/01/2010',
    });
    expect(r).toMatchObject({ ok: false, fields: { completedDate: expect.stringMatching(/before the meeting of 28\/01\/2010/) } });
    expect(wb.sheet(ACTIONS.name).values).toEqual(before);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
  });
});
