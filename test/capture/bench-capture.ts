/**
 * Spreadsheet service calls made by capture, for `npm run bench`: saving 1, 20 and 200 actions
 * from the dialog, and onEdit after a paste of 1,000 rows. Each should be a constant handful,
 * not growing with the rows (per-call cost dominates in Apps Script; see the engineering notes).
 */
import type { LoadedBundle } from '../harness/bundle';
import { ACTIONS, actionRow, entry, recordInput, setUpBook } from './helpers';

export interface CaptureCount {
  /** Every SpreadsheetApp call the operation made. */
  readonly spreadsheetCalls: number;
  /** getValues/setValues/getNotes/setNotes… by method. */
  readonly byMethod: Record<string, number>;
}

export interface CaptureBench {
  readonly saveActions1: CaptureCount;
  readonly saveActions20: CaptureCount;
  readonly saveActions200: CaptureCount;
  readonly onEditPaste1000: CaptureCount;
}

function counted(book: LoadedBundle, run: () => void): CaptureCount {
  book.env.calls.reset();
  run();
  const byMethod = book.env.calls.byMethod('SpreadsheetApp');
  return { spreadsheetCalls: book.env.calls.total('SpreadsheetApp'), byMethod };
}

function saveActions(n: number): CaptureCount {
  const book = setUpBook();
  // a log that already has a few hundred rows, as a real one would
  book.call('captureSaveActions', recordInput(Array.from({ length: 300 }, (_, i) => entry({ text: `Earlier ${i}`, dueDate: '18/03/2010' }))));
  const entries = Array.from({ length: n }, (_, i) => entry({ text: `Action ${i}`, dueDate: i % 2 ? '18/03/2010' : '', reportBack: i % 10 === 1 }));
  return counted(book, () => {
    const result = book.call<{ ok: boolean; message?: string }>('captureSaveActions', recordInput(entries));
    if (!result.ok) throw new Error(`bench: save failed: ${result.message}`);
  });
}

function onEditPaste(n: number): CaptureCount {
  const book = setUpBook();
  const app = (book.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(ACTIONS.name)!;
  if (sheet.getMaxRows() < n + 1) sheet.insertRowsAfter(sheet.getMaxRows(), n + 1 - sheet.getMaxRows());
  book.env.handles.workbook.setValues(ACTIONS.name, 2, 1, Array.from({ length: n }, (_, i) => actionRow([
    `28.01.${i + 1}`, `Item ${i % 9}`, 'Subject', '28/01/2010', `Action ${i}`, 'Gary Bowman', false, '',
    i % 7 === 0 ? 'next month' : '18/03/2010', '', '',
  ])));
  const range = sheet.getRange(2, 1, n, ACTIONS.columns.length);
  return counted(book, () => book.call('onEdit', { range, source: ss, authMode: 'LIMITED', triggerUid: '', user: { getEmail: () => '' } }));
}

export function benchCapture(): CaptureBench {
  return {
    saveActions1: saveActions(1),
    saveActions20: saveActions(20),
    saveActions200: saveActions(200),
    onEditPaste1000: onEditPaste(1000),
  };
}
