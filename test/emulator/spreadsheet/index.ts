/**
 * In-memory emulator of Apps Script's SpreadsheetApp, faithful to the documented behaviour
 * (see README-style notes below) and typed against @types/google-apps-script.
 *
 *   const { app, workbook } = createSpreadsheetEmulator({ realm, calls, ui });
 *   // app: the SpreadsheetApp global for the code under test (every call counted in `calls`)
 *   // workbook: test-only handle (snapshots, effective colours, toasts, toHtml, typing as a user)
 *
 * Two executions at once (two users, two vm contexts) on ONE workbook: either
 *   const second = workbook.appFor({ realm: realm2, calls: calls2, ui: ui2 });
 * or
 *   const second = createSpreadsheetEmulator({ realm: realm2, calls: calls2, ui: ui2, shared: workbook });
 * Both return { app, workbook } bound to the same cells, sheets, rules and protections, with
 * their own call log, realm, Ui and cursor (active sheet / selection are per user, as in Sheets).
 *
 * Behaviour and limits worth knowing:
 * - New spreadsheet: one sheet "Sheet1" (id 0), 1000 rows × 26 columns; time zone
 *   Europe/London unless `timeZone` is given; locale en_GB unless `locale` is given (en_US reads
 *   short dates month-first); setSpreadsheetLocale changes it.
 * - Strings written with setValue(s)/setFormula(s)/appendRow are parsed as if typed, in the locale:
 *   leading ' → literal text (apostrophe dropped); leading = → formula; numbers (1,234.5, 12%,
 *   £3) → numbers; TRUE/FALSE any case → booleans; dd/mm/yyyy, d/m/yy, dd.mm.yyyy, dd-mm-yyyy,
 *   yyyy-mm-dd, "18 March 2010", "18/03" and "1/2" (current year), "Sept 2010" (the 1st) → Date at
 *   midnight in the sheet's zone; "10:30", "2:00pm", "2pm" → a time (Date on 30/12/1899). A cell formatted '@' (plain text) stores strings as given.
 *   Typed dates/percentages/currencies set the cell's number format, as Sheets does.
 * - Formulas: only literals, arithmetic, &, comparisons, same-sheet single-cell references and
 *   AND/OR/NOT/ISBLANK are evaluated; any other formula's value is '#ERROR!' (getFormulas still
 *   returns the text). Conditional-format custom formulas use the same engine and THROW on
 *   anything else, so colours are never silently wrong.
 * - getValues returns '' for blanks, numbers, booleans and Dates built with the realm's Date
 *   (fresh copies each call). getDisplayValues formats by the cell's number format; a Date in
 *   an unformatted cell shows dd/mm/yyyy (or dd/mm/yyyy hh:mm:ss when it has a time).
 * - Conditional formats: the first matching rule (in order) decides the cell's formatting;
 *   relative references in custom formulas are relative to the top-left cell of the rule's
 *   first range.
 * - Data validation is stored and reported, not enforced on script writes (see
 *   workbook.validationProblems()). Protections are stored; the script may still write.
 * - insertRowsAfter/insertColumnsAfter copy formats and validation from the row/column before,
 *   and move/grow rule and protection ranges; deleteRows shrinks them.
 * - Errors are thrown with Apps Script's messages where known ("The starting row of the range
 *   is too small.", "The coordinates of the range are outside the dimensions of the sheet.",
 *   "The number of rows in the data does not match…", "A sheet with the name …"); checks the
 *   emulator adds for clear bugs say "Emulator:".
 */
import type { CallLog } from '../calls';
import type { Realm } from '../realm';
import { Session, type Ctx } from './context';
import { WorkbookHandleImpl, type WorkbookHandle } from './handle';
import { SpreadsheetAppImpl, type EmulatedSpreadsheetApp, type NewSpreadsheetFile } from './spreadsheet';
import { WorkbookState } from './state';

export interface SpreadsheetEmulatorOptions {
  realm: Realm;
  calls: CallLog;
  /** SpreadsheetApp.getUi() delegates to this (it may throw, e.g. in a trigger context). */
  ui: () => GoogleAppsScript.Base.Ui;
  /** Default 'Europe/London'. Ignored with `shared`. */
  timeZone?: string;
  /** Ignored with `shared`. */
  name?: string;
  /** Ignored with `shared`. */
  id?: string;
  /** The spreadsheet's locale, 'en_GB' (default) or 'en_US': how typed dates read. Ignored with `shared`. */
  locale?: string;
  /** The clock for "today" (a date typed without a year). Ignored with `shared`. */
  now?: () => number;
  /** Open the workbook of an existing handle (another user / execution on the same spreadsheet). */
  shared?: WorkbookHandle;
  /** Where SpreadsheetApp.create files a new spreadsheet (the emulated Drive); returns its id. */
  newFile?: NewSpreadsheetFile;
}

export interface SpreadsheetEmulator {
  /** The SpreadsheetApp global. */
  app: EmulatedSpreadsheetApp;
  /** Test-only handle (not part of the global). */
  workbook: WorkbookHandle;
}

export function createSpreadsheetEmulator(opts: SpreadsheetEmulatorOptions): SpreadsheetEmulator {
  const book = opts.shared
    ? WorkbookHandleImpl.bookOf(opts.shared)
    : new WorkbookState({
        ...(opts.timeZone !== undefined ? { timeZone: opts.timeZone } : {}),
        ...(opts.name !== undefined ? { name: opts.name } : {}),
        ...(opts.id !== undefined ? { id: opts.id } : {}),
        ...(opts.locale !== undefined ? { locale: opts.locale } : {}),
        ...(opts.now !== undefined ? { now: opts.now } : {}),
      });
  const session = new Session(book);
  const ctx: Ctx = { book, session, realm: opts.realm, calls: opts.calls, ui: opts.ui };
  const app = SpreadsheetAppImpl.create(ctx, opts.newFile);
  const workbook: WorkbookHandle = new WorkbookHandleImpl(book, session, (o) =>
    createSpreadsheetEmulator({ ...o, shared: workbook, ...(opts.newFile ? { newFile: opts.newFile } : {}) }),
  );
  return { app, workbook };
}

export type { EmulatedSpreadsheetApp } from './spreadsheet';
export type { WorkbookHandle, SheetSnapshot, CellSnapshot, EffectiveFormat, ValidationSnapshot, ValidationProblem, AppOptions } from './handle';
export type { Toast } from './state';
