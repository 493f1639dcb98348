/** Spreadsheet (the workbook as the script sees it) and the SpreadsheetApp global. */
import { parseA1 } from './a1';
import { Session, sheetOf, signatureError, wrap, type Ctx } from './context';
import { makeProtection, makeRange, makeRuleBuilder, makeSheet, makeValidationBuilder } from './factories';
import { BooleanCriteria, DataValidationCriteria, ProtectionType, WrapStrategy } from './rules';
import { gridFromA1 } from './sheet';
import { exception, WorkbookState } from './state';

/** Registers a new spreadsheet's file in the emulated Drive and returns its id. */
export type NewSpreadsheetFile = (name: string) => string;

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export type SpreadsheetMethods =
  | 'deleteSheet'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getCurrentCell'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getProtections'
  | 'getRange'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'rename'
  | 'setActiveSheet'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

export class SpreadsheetImpl implements Pick<GasSpreadsheet, SpreadsheetMethods> {
  readonly #ctx: Ctx;
  private constructor(ctx: Ctx) {
    this.#ctx = ctx;
  }
  static create(ctx: Ctx): GasSpreadsheet {
    return wrap(new SpreadsheetImpl(ctx), ctx, 'Spreadsheet') as unknown as GasSpreadsheet;
  }

  getId(): string {
    return this.#ctx.book.id;
  }
  getName(): string {
    return this.#ctx.book.name;
  }
  rename(newName: string): void {
    this.#ctx.book.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.#ctx.book.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.#ctx.book.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.#ctx.book.locale;
  }
  /** Later typing follows the new locale; values already in cells stay as they are (as in Sheets). */
  setSpreadsheetLocale(locale: string): void {
    if (typeof locale !== 'string' || !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) throw signatureError('Spreadsheet', 'setSpreadsheetLocale', [locale]);
    this.#ctx.book.locale = locale;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.#ctx.book.timeZone = String(timezone);
  }

  getSheets(): GasSheet[] {
    return this.#ctx.book.sheets.map((s) => makeSheet(this.#ctx, s));
  }
  getNumSheets(): number {
    return this.#ctx.book.sheets.length;
  }
  getSheetByName(name: string): GasSheet | null {
    const s = this.#ctx.book.findSheet(name);
    return s ? makeSheet(this.#ctx, s) : null;
  }
  getSheetById(id: number): GasSheet | null {
    const s = this.#ctx.book.sheets.find((x) => x.id === id);
    return s ? makeSheet(this.#ctx, s) : null;
  }

  insertSheet(a?: unknown, b?: unknown, c?: unknown): GasSheet {
    const args = [a, b, c].filter((x) => x !== undefined);
    let name: string | undefined;
    let index: number | undefined;
    for (const x of args) {
      if (typeof x === 'string' && name === undefined && index === undefined) name = x;
      else if (typeof x === 'number' && index === undefined) index = x;
      else if (x && typeof x === 'object') throw exception('Emulator: insertSheet with a template is not supported.');
      else throw signatureError('Spreadsheet', 'insertSheet', args);
    }
    const book = this.#ctx.book;
    const sheet = book.addSheet(name ?? book.defaultSheetName(), index);
    this.#ctx.session.activeSheet = sheet; // the new sheet becomes the active sheet
    return makeSheet(this.#ctx, sheet);
  }

  deleteSheet(sheet: GasSheet): void {
    this.#ctx.book.removeSheet(sheetOf(sheet, 'Spreadsheet', 'deleteSheet', [sheet]));
  }

  getActiveSheet(): GasSheet {
    return makeSheet(this.#ctx, this.#ctx.session.activeSheet);
  }
  setActiveSheet(sheet: GasSheet): GasSheet {
    const s = sheetOf(sheet, 'Spreadsheet', 'setActiveSheet', [sheet]);
    this.#ctx.session.activeSheet = s;
    return makeSheet(this.#ctx, s);
  }
  getActiveRange(): GasRange | null {
    return makeRange(this.#ctx, this.#ctx.session.activeRange);
  }
  getCurrentCell(): GasRange | null {
    const g = this.#ctx.session.activeRange;
    return makeRange(this.#ctx, { ...g, numRows: 1, numCols: 1 });
  }

  /** A1 notation, optionally with a sheet name ("'Forward Plan'!A2:H"); without one, the active sheet. */
  getRange(a1Notation: string): GasRange {
    if (typeof a1Notation !== 'string') throw signatureError('Spreadsheet', 'getRange', [a1Notation]);
    const p = parseA1(a1Notation);
    if (!p) throw exception('Range not found');
    const sheet = p.sheet === undefined ? this.#ctx.session.activeSheet : this.#ctx.book.findSheet(p.sheet);
    if (!sheet) throw exception('Range not found');
    const bang = a1Notation.lastIndexOf('!');
    return makeRange(this.#ctx, gridFromA1(sheet, bang >= 0 ? a1Notation.slice(bang + 1) : a1Notation));
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = String(type);
    if (t !== 'RANGE' && t !== 'SHEET') throw signatureError('Spreadsheet', 'getProtections', [type]);
    return this.#ctx.book.sheets.flatMap((s) => s.protections.filter((p) => p.type === t).map((p) => makeProtection(this.#ctx, p)));
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.#ctx.book.toasts.push({ message: String(msg), title: title === undefined ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }
}

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
export type AppMethods =
  | 'BooleanCriteria'
  | 'DataValidationCriteria'
  | 'ProtectionType'
  | 'WrapStrategy'
  | 'create'
  | 'flush'
  | 'getActive'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getCurrentCell'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'setActiveSheet';

/** The SpreadsheetApp global (the enums are plain string maps: `String(SpreadsheetApp.ProtectionType.RANGE) === 'RANGE'`). */
export type EmulatedSpreadsheetApp = Pick<GasApp, AppMethods>;

export class SpreadsheetAppImpl implements EmulatedSpreadsheetApp {
  readonly BooleanCriteria = BooleanCriteria as unknown as typeof GoogleAppsScript.Spreadsheet.BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  readonly ProtectionType = ProtectionType as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  readonly WrapStrategy = WrapStrategy as unknown as typeof GoogleAppsScript.Spreadsheet.WrapStrategy;
  readonly #ctx: Ctx;
  readonly #newFile: NewSpreadsheetFile | undefined;
  private constructor(ctx: Ctx, newFile: NewSpreadsheetFile | undefined) {
    this.#ctx = ctx;
    this.#newFile = newFile;
  }
  static create(ctx: Ctx, newFile?: NewSpreadsheetFile): EmulatedSpreadsheetApp {
    return wrap(new SpreadsheetAppImpl(ctx, newFile), ctx, 'SpreadsheetApp');
  }

  /**
   * A new spreadsheet in My Drive (its file is listed by DriveApp, so it can be moved or
   * trashed), with one sheet of `rows` × `columns` (default 1000 × 26). Apps Script needs the
   * `spreadsheets` scope for this; `spreadsheets.currentonly` refuses it (the emulator does not
   * model scopes: test/e2e/manifest.test.ts checks them).
   *
   * GUESS: the reference does not say which time zone and locale a new spreadsheet gets (the
   * account's, it seems). The emulator gives it the script's zone and en_GB; the self-test sets
   * both on its scratch sheet from your sheet's, and its "scratch-files" scenario reads them back.
   */
  create(name: string, rows?: number, columns?: number): GasSpreadsheet {
    if (typeof name !== 'string' || (rows !== undefined && typeof rows !== 'number') || (columns !== undefined && typeof columns !== 'number')) {
      throw signatureError(
        'SpreadsheetApp',
        'create',
        [name, rows, columns].filter((x) => x !== undefined),
      );
    }
    const id = this.#newFile ? this.#newFile(name) : `1EmulatedCreated${Date.now().toString(36)}`;
    const book = new WorkbookState({ name, id, timeZone: this.#ctx.book.timeZone });
    const sheet = book.sheets[0]!;
    if (rows !== undefined) sheet.maxRows = Math.max(1, Math.floor(rows));
    if (columns !== undefined) sheet.maxCols = Math.max(1, Math.floor(columns));
    const ctx: Ctx = { ...this.#ctx, book, session: new Session(book) };
    return SpreadsheetImpl.create(ctx);
  }

  getActiveSpreadsheet(): GasSpreadsheet {
    return SpreadsheetImpl.create(this.#ctx);
  }
  getActive(): GasSpreadsheet {
    return SpreadsheetImpl.create(this.#ctx);
  }
  getActiveSheet(): GasSheet {
    return makeSheet(this.#ctx, this.#ctx.session.activeSheet);
  }
  setActiveSheet(sheet: GasSheet): GasSheet {
    const s = sheetOf(sheet, 'SpreadsheetApp', 'setActiveSheet', [sheet]);
    this.#ctx.session.activeSheet = s;
    return makeSheet(this.#ctx, s);
  }
  getActiveRange(): GasRange {
    return makeRange(this.#ctx, this.#ctx.session.activeRange);
  }
  getCurrentCell(): GasRange {
    return makeRange(this.#ctx, { ...this.#ctx.session.activeRange, numRows: 1, numCols: 1 });
  }
  /** Delegates to the environment's Ui (which throws where Apps Script has no UI, e.g. in a time-driven trigger). */
  getUi(): GoogleAppsScript.Base.Ui {
    return this.#ctx.ui();
  }
  /** Writes are applied at once in the emulator; the call is counted because it costs a round trip. */
  flush(): void {}
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return makeValidationBuilder(this.#ctx);
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return makeRuleBuilder(this.#ctx);
  }
}
