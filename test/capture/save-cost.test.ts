/**
 * A save reads only what it needs, on the built bundle counted at the vm boundary: never the
 * whole Actions tab, however long the log; yet a reference typed by hand since the last refresh
 * is still never given again, and the new rows still land right below the last action when
 * something typed beside the table reaches further down.
 */
import type { SaveResult } from '../../src/core/capture/schemas';
import type { SavedActions } from '../../src/core/capture/dialog-data';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { ACTIONS, actionRow, bundleCode, col, entry, recordInput, setUpBook } from './helpers';

function withLog(n: number): LoadedBundle {
  const book = setUpBook();
  const sheet = book.env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(ACTIONS.name)!;
  if (n + 200 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), n + 200 - sheet.getMaxRows());
  book.env.handles.workbook.setValues(
    ACTIONS.name,
    2,
    1,
    Array.from({ length: n }, (_, i) =>
      actionRow([
        `${String(1 + (i % 28)).padStart(2, '0')}.02.${String(1 + Math.floor(i / 28)).padStart(2, '0')}`,
        '1',
        'Old',
        '01/02/2009',
        `Old action ${i}`,
      ]),
    ),
  );
  book.call('menuRefreshStatuses'); // registers the references typed in
  return book;
}

function save(book: LoadedBundle, texts: string[]): { result: SaveResult<SavedActions>; rows: number; largest: number; calls: number } {
  const run = loadBundle({ code: bundleCode(), shareWith: book, countAtBoundary: true });
  const result = run.call<SaveResult<SavedActions>>('captureSaveActions', recordInput(texts.map((text) => entry({ text }))));
  return { result, rows: run.boundary!.rowsMoved(), largest: run.boundary!.largestTransfer, calls: run.boundary!.total('SpreadsheetApp') };
}

describe('a save reads only what it needs', () => {
  it('the same rows moved and calls for a log of 200 and one of 5,000, and the rows land below the last action', () => {
    const small = withLog(200);
    const large = withLog(5_000);
    const a = save(small, ['New']);
    const b = save(large, ['New']);
    expect(a.result).toMatchObject({ ok: true, value: { refs: ['28.01.01'], firstRow: 202 } });
    expect(b.result).toMatchObject({ ok: true, value: { refs: ['28.01.01'], firstRow: 5002 } });
    expect([b.rows, b.calls]).toEqual([a.rows, a.calls]);
    expect(b.largest).toBeLessThanOrEqual(50); // never a read of the tab
    expect(large.env.handles.workbook.cell(ACTIONS.name, 5002, col(ACTIONS, 'text')).value).toBe('New');
  });

  it('a reference typed by hand since the last refresh is found by the search, and the save continues after it', () => {
    const book = withLog(2_000);
    book.env.handles.workbook.setValues(ACTIONS.name, 1500, 1, [actionRow(['28.1.7', '3', 'Budget', '28/01/2010', 'Typed by hand'])]);
    const r = save(book, ['After the typed one']);
    expect(r.result).toMatchObject({ ok: true, value: { refs: ['28.01.08'] } });
    // the Ref No column was read this time (only because the search found a higher reference)
    expect(r.largest).toBeGreaterThanOrEqual(2_000);
    // and the next save, with the register now raised, reads none of it again
    const next = save(book, ['Next']);
    expect(next.result).toMatchObject({ ok: true, value: { refs: ['28.01.09'] } });
    expect(next.largest).toBeLessThanOrEqual(50);
  });

  it('something typed beside the table further down: the rows still go right below the last action', () => {
    const book = withLog(3_000);
    book.env.handles.workbook.setCell(ACTIONS.name, 3_150, 20, 'a note of my own, further down'); // column T, beyond the table
    const r = save(book, ['Below the last action']);
    expect(r.result).toMatchObject({ ok: true, value: { firstRow: 3_002 } });
    expect(book.env.handles.workbook.cell(ACTIONS.name, 3_002, col(ACTIONS, 'text')).value).toBe('Below the last action');
    expect(book.env.handles.workbook.cell(ACTIONS.name, 3_001, col(ACTIONS, 'text')).value).toBe('Old action 2999');
    expect(book.env.handles.workbook.cell(ACTIONS.name, 3_150, 20).value).toBe('a note of my own, further down');
    // two windows from row 3,150 up (50 rows, then 200) find the last action: not the tab
    expect(r.rows).toBeLessThan(400);
  });
});
