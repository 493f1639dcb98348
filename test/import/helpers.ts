/**
 * A workbook set up by the product, with the Westmoor board's meetings and officers typed in,
 * and typed wrappers for the two import targets.
 */
import type { SaveResult } from '../../src/core/capture/schemas';
import type { ImportPreview } from '../../src/core/import/plan';
import type { ImportResult } from '../../src/import/server';
import type { LoadedBundle } from '../harness/bundle';
import { ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS, rows, setUpBook } from '../capture/helpers';

export function westmoorBook(): LoadedBundle {
  const book = setUpBook();
  const wb = book.env.handles.workbook;
  // setUpBook typed 28/01/2010 and 18/03/2010; the rest of the board's year.
  wb.setValues(MEETINGS.name, 4, 1, [
    ['25/06/2009', 'Executive Board', 'Executive Board', '2.00pm', 'County Hall', '', ''],
    ['17/09/2009', 'Executive Board', 'Executive Board', '2.00pm', 'County Hall', '', ''],
    ['05/11/2009', 'Executive Board', 'Executive Board', '2.00pm', 'County Hall', '', ''],
    ['29/04/2010', 'Executive Board', 'Executive Board', '2.00pm', 'County Hall', '', ''],
    ['16/06/2011', 'Executive Board', 'Executive Board', '10.00am', 'Civic Centre', '', ''],
  ]);
  wb.setValues(OFFICERS.name, 4, 1, [
    ['Brian Mckinstrie', 'brian.mckinstrie@example.org', 'Police'],
    ['Joy Massey', 'joy.massey@example.org', 'Council'],
    ['Chris Ward', 'chris.ward@example.org', 'Council'],
    ['Chris Hale', 'chris.hale@example.org', 'Health'],
  ]);
  book.env.calls.reset();
  return book;
}

export function preview(book: LoadedBundle, input: unknown): SaveResult<ImportPreview> {
  return book.call<SaveResult<ImportPreview>>('importPreview', input);
}

export function commit(book: LoadedBundle, input: unknown): SaveResult<ImportResult> {
  return book.call<SaveResult<ImportResult>>('importCommit', input);
}

export function ok<T>(r: SaveResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got: ${r.message}`);
  return r.value;
}

/** Every tab's values, to compare before and after. */
export function snapshot(book: LoadedBundle): string {
  const wb = book.env.handles.workbook;
  return JSON.stringify([ACTIONS, MEETINGS, FORWARD_PLAN, OFFICERS].map((t) => wb.sheet(t.name).values));
}

/** The display text of a cell of a data row (1-based row of the tab). */
export function shown(book: LoadedBundle, tab: { name: string; columns: readonly { key: string }[] }, row: number, key: string): string {
  const column = tab.columns.findIndex((c) => c.key === key) + 1;
  return String(book.env.handles.workbook.cell(tab.name, row, column).display);
}

export { ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS, rows };
