/**
 * References are never reused: deleting a row, clearing its Ref No or typing a huge number by
 * hand never makes a later save hand out a reference already given (the register in document
 * properties), on the built bundle.
 */
import type { SaveResult } from '../../src/core/capture/schemas';
import type { SavedActions } from '../../src/core/capture/dialog-data';
import { REF_REGISTER_PROPERTY } from '../../src/core/ref-register';
import type { LoadedBundle } from '../harness/bundle';
import { ACTIONS, actionRow, col, entry, recordInput, refs, rows, secondEditor, setUpBook } from './helpers';

function save(book: LoadedBundle, n: number): SaveResult<SavedActions> {
  return book.call<SaveResult<SavedActions>>('captureSaveActions', recordInput(Array.from({ length: n }, (_, i) => entry({ text: `Action ${i + 1}` }))));
}

function actionsSheet(book: LoadedBundle): GoogleAppsScript.Spreadsheet.Sheet {
  return (book.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName(ACTIONS.name)!;
}

function register(book: LoadedBundle): unknown {
  const text = (book.env.handles.properties as { stores: { document: Map<string, string> } }).stores.document.get(REF_REGISTER_PROPERTY);
  return text === undefined ? undefined : JSON.parse(text);
}

function lastAlert(book: LoadedBundle): string {
  return book.env.handles.ui.alerts.at(-1)?.prompt ?? '';
}

describe('references are never given twice', () => {
  it('a deleted row: the next save continues after the deleted reference', () => {
    const book = setUpBook();
    expect(save(book, 3)).toMatchObject({ ok: true, value: { refs: ['28.01.01', '28.01.02', '28.01.03'] } });
    expect(register(book)).toEqual({ '28.01': 3 });
    actionsSheet(book).deleteRow(4); // 28.01.03
    expect(refs(book)).toEqual(['28.01.01', '28.01.02']);
    expect(save(book, 1)).toMatchObject({ ok: true, value: { refs: ['28.01.04'] } });
    expect(refs(book)).toEqual(['28.01.01', '28.01.02', '28.01.04']);
  });

  it('a cleared Ref No: the number is not handed out again', () => {
    const book = setUpBook();
    save(book, 2);
    book.env.handles.workbook.setCell(ACTIONS.name, 3, col(ACTIONS, 'ref'), '');
    expect(save(book, 1)).toMatchObject({ ok: true, value: { refs: ['28.01.03'] } });
    expect(rows(book, ACTIONS).map((r) => r.ref)).toEqual(['28.01.01', '', '28.01.03']);
  });

  it('a reference typed by hand is registered at the next refresh, so deleting its row later does not free it', () => {
    const book = setUpBook();
    save(book, 1);
    book.env.handles.workbook.setValues(ACTIONS.name, 3, 1, [actionRow(['28.01.40', '3', 'Budget', '28/01/2010', 'Typed in'])]);
    book.call('menuRefreshStatuses');
    expect(register(book)).toEqual({ '28.01': 40 });
    actionsSheet(book).deleteRow(3);
    expect(save(book, 1)).toMatchObject({ ok: true, value: { refs: ['28.01.41'] } });
  });

  it('a huge number typed by hand is reported at its cell and ignored for numbering', () => {
    const book = setUpBook();
    save(book, 2);
    const wb = book.env.handles.workbook;
    wb.setValues(ACTIONS.name, 4, 1, [actionRow(['28.01.999999', '3', 'Budget', '28/01/2010', 'Typed in'])]);
    book.call('menuRefreshStatuses');
    expect(lastAlert(book)).toContain('Actions!A4: Ref No "28.01.999999" has a number above 999');
    expect(lastAlert(book)).toContain('correct it to the reference this action should have');
    expect(register(book)).toEqual({ '28.01': 2 });
    expect(save(book, 1)).toMatchObject({ ok: true, value: { refs: ['28.01.03'] } });
    expect(wb.cell(ACTIONS.name, 4, col(ACTIONS, 'ref')).value).toBe('28.01.999999'); // what was typed stays
  });

  it('a meeting day at the bound: the save is refused and nothing is written', () => {
    const book = setUpBook();
    save(book, 1);
    const wb = book.env.handles.workbook;
    wb.setValues(ACTIONS.name, 3, 1, [actionRow(['28.01.998', '3', 'Budget', '28/01/2010', 'Typed in'])]);
    const before = wb.sheet(ACTIONS.name).values;
    const registerBefore = register(book);
    book.env.calls.reset();
    const r = save(book, 2);
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('Nothing was saved: The references for 28.01 have reached 28.01.998') });
    expect(wb.sheet(ACTIONS.name).values).toEqual(before);
    expect(register(book)).toEqual(registerBefore);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    expect(save(book, 1)).toMatchObject({ ok: true, value: { refs: ['28.01.999'] } });
  });

  it('a damaged register is read as what the sheet holds, and rewritten', () => {
    const book = setUpBook();
    save(book, 2);
    const stores = (book.env.handles.properties as { stores: { document: Map<string, string> } }).stores.document;
    stores.set(REF_REGISTER_PROPERTY, '{not json');
    expect(save(book, 1)).toMatchObject({ ok: true, value: { refs: ['28.01.03'] } });
    expect(register(book)).toEqual({ '28.01': 3 });
  });

  it('another editor saving after a row was deleted continues after it too (the register is the document’s)', () => {
    const book = setUpBook();
    save(book, 1);
    actionsSheet(book).deleteRow(2);
    const second = secondEditor(book);
    const a = save(book, 1);
    const b = save(second, 1);
    expect([a, b]).toMatchObject([
      { ok: true, value: { refs: ['28.01.02'] } },
      { ok: true, value: { refs: ['28.01.03'] } },
    ]);
  });
});
