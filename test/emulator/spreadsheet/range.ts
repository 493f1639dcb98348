/** Range: a rectangle of cells on one sheet, addressed 1-based. */
import { isDateValue } from '../realm';
import { a1Of } from './a1';
import { normaliseColour, signatureError, validationOf, wrap, type Ctx } from './context';
import { makeProtection, makeSheet, makeTextFinder, makeValidation } from './factories';
import { copyValidation, exception, type Cell, type GridRange, type SheetState, type ValidationData } from './state';
import { displayValue, GENERAL_FORMAT, parseUserEntered, StoredDate, type Stored } from './values';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

export type RangeMethods =
  | 'activate'
  | 'check'
  | 'createTextFinder'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontColor'
  | 'getFontColors'
  | 'getFontSize'
  | 'getFontSizes'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getVerticalAlignments'
  | 'getWrap'
  | 'getWrapStrategies'
  | 'getWrapStrategy'
  | 'getWraps'
  | 'insertCheckboxes'
  | 'isBlank'
  | 'isChecked'
  | 'offset'
  | 'protect'
  | 'removeCheckboxes'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontSize'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWrapStrategy'
  | 'setWraps'
  | 'uncheck';

/** Apps Script's checks on getRange(row, column, numRows, numColumns). */
export function checkedGrid(
  sheet: SheetState,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
  cls: string,
  method: string,
  args: readonly unknown[],
): GridRange {
  for (const n of [row, col, numRows, numCols]) {
    if (typeof n !== 'number' || !Number.isFinite(n)) throw signatureError(cls, method, args);
    if (!Number.isInteger(n))
      throw exception(`Emulator: non-integer argument ${n} to ${cls}.${method} (Apps Script would truncate it; this is almost certainly a bug).`);
  }
  if (row < 1) throw exception('The starting row of the range is too small.');
  if (col < 1) throw exception('The starting column of the range is too small.');
  if (numRows < 1) throw exception('The number of rows in the range must be at least 1.');
  if (numCols < 1) throw exception('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) {
    throw exception('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { sheet, row, col, numRows, numCols };
}

/** Sheets' limit on one cell's content (and, taken to be the same, on a note). */
export const MAX_CELL_CHARS = 50_000;
/** The error Sheets gives for a longer value (the UI shows the same sentence). */
export const CELL_TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`;

/**
 * Sheets refuses a string longer than 50,000 characters, and the whole call with it (nothing of a
 * setValues is written). Counted on the text stored: a leading apostrophe is not stored.
 * For notes Google documents no limit of its own; the emulator applies the cell limit (assumed).
 */
export function checkCellText(values: readonly (readonly unknown[])[]): void {
  for (const line of values) {
    for (const v of line) {
      if (typeof v === 'string' && v.length - (v.startsWith("'") ? 1 : 0) > MAX_CELL_CHARS) throw exception(CELL_TOO_LONG);
    }
  }
}

/** Writes one value the way Range.setValue does (strings are parsed as if typed, unless the cell is plain text '@'). */
export function writeValue(sheet: SheetState, row: number, col: number, v: unknown): void {
  checkCellText([[v]]);
  if (v === null || v === undefined || v === '') {
    const c = sheet.cell(row, col);
    if (c) {
      delete c.value;
      delete c.formula;
    }
    return;
  }
  const cell = sheet.cellFor(row, col);
  if (typeof v === 'string') {
    // GUESS: the reference does not say what a plain-text cell does with a leading apostrophe;
    // the emulator keeps it as part of the text. Settled by the self-test scenario "text-coercion".
    if (cell.numberFormat === '@') {
      cell.value = v;
      delete cell.formula;
      return;
    }
    const p = parseUserEntered(v, sheet.book.timeZone, sheet.book.locale, sheet.book.now());
    if (p.kind === 'formula') {
      cell.formula = p.formula;
      delete cell.value;
    } else {
      cell.value = p.value;
      delete cell.formula;
      if (p.impliedFormat && (cell.numberFormat === undefined || cell.numberFormat === GENERAL_FORMAT)) cell.numberFormat = p.impliedFormat;
    }
    return;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    delete cell.formula;
    return;
  }
  if (isDateValue(v)) {
    const ms = v.getTime();
    if (Number.isNaN(ms)) throw exception(`Emulator: an invalid Date was written to ${a1Of(row, col, 1, 1)}.`);
    cell.value = new StoredDate(ms);
    delete cell.formula;
    return;
  }
  throw exception(
    `Emulator: cannot write ${Object.prototype.toString.call(v)} to a cell (${a1Of(row, col, 1, 1)}); Apps Script takes strings, numbers, booleans and Dates.`,
  );
}

const DEFAULTS = { background: '#ffffff', fontColor: '#000000', fontSize: 10 };

export class RangeImpl implements Pick<GasRange, RangeMethods> {
  readonly #ctx: Ctx;
  readonly #g: GridRange;
  readonly #self: GasRange;

  private constructor(ctx: Ctx, g: GridRange) {
    this.#ctx = ctx;
    this.#g = { ...g };
    this.#self = wrap(this, ctx, 'Range', { kind: 'range', grid: this.#g }) as unknown as GasRange;
  }

  static create(ctx: Ctx, g: GridRange): GasRange {
    return new RangeImpl(ctx, g).#self;
  }

  get #sheet(): SheetState {
    if (this.#g.sheet.deleted) throw exception('Emulator: this range is on a sheet that has been deleted.');
    return this.#g.sheet;
  }

  #map<T>(fn: (row: number, col: number, cell: Cell | undefined) => T): T[][] {
    const s = this.#sheet;
    const out: T[][] = [];
    for (let r = 0; r < this.#g.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.#g.numCols; c++) line.push(fn(this.#g.row + r, this.#g.col + c, s.cell(this.#g.row + r, this.#g.col + c)));
      out.push(line);
    }
    return out;
  }

  #each(fn: (row: number, col: number) => void): void {
    this.#map((r, c) => fn(r, c));
  }

  #checkShape(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data)) throw signatureError('Range', method, [data]);
    if (data.length !== this.#g.numRows) {
      throw exception(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.#g.numRows}.`,
      );
    }
    for (const line of data) {
      if (!Array.isArray(line)) throw signatureError('Range', method, [data]);
      if (line.length !== this.#g.numCols) {
        throw exception(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.#g.numCols}.`,
        );
      }
    }
  }

  #set2D<T>(data: unknown, method: string, fn: (cell: Cell, v: T, row: number, col: number) => void): GasRange {
    this.#checkShape(data, method);
    const s = this.#sheet;
    this.#each((r, c) => fn(s.cellFor(r, c), (data as T[][])[r - this.#g.row]![c - this.#g.col]!, r, c));
    return this.#self;
  }

  #setAll(fn: (cell: Cell, row: number, col: number) => void): GasRange {
    const s = this.#sheet;
    this.#each((r, c) => fn(s.cellFor(r, c), r, c));
    return this.#self;
  }

  /** Like #setAll, but only visits cells that exist (for clearing: never creates cells). */
  #clearAll(fn: (cell: Cell, row: number, col: number) => void): GasRange {
    const s = this.#sheet;
    const g = this.#g;
    for (let r = g.row; r < g.row + g.numRows && r <= s.rows.length; r++) {
      const line = s.rows[r - 1];
      if (!line) continue;
      for (let c = g.col; c < g.col + g.numCols && c <= line.length; c++) {
        const cell = line[c - 1];
        if (cell) fn(cell, r, c);
      }
    }
    return this.#self;
  }

  #out(v: Stored): unknown {
    return v instanceof StoredDate ? new this.#ctx.realm.Date(v.ms) : v;
  }

  // ------------------------------------------------------------ geometry

  getRow(): number {
    return this.#g.row;
  }
  getColumn(): number {
    return this.#g.col;
  }
  getNumRows(): number {
    return this.#g.numRows;
  }
  getNumColumns(): number {
    return this.#g.numCols;
  }
  getLastRow(): number {
    return this.#g.row + this.#g.numRows - 1;
  }
  getLastColumn(): number {
    return this.#g.col + this.#g.numCols - 1;
  }
  getA1Notation(): string {
    return a1Of(this.#g.row, this.#g.col, this.#g.numRows, this.#g.numCols);
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return makeSheet(this.#ctx, this.#sheet);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((a) => a !== undefined);
    const g = checkedGrid(
      this.#sheet,
      this.#g.row + rowOffset,
      this.#g.col + columnOffset,
      numRows ?? this.#g.numRows,
      numColumns ?? this.#g.numCols,
      'Range',
      'offset',
      args,
    );
    return RangeImpl.create(this.#ctx, g);
  }

  /** A search of this range run by Sheets (see text-finder.ts): no cell data crosses to the script. */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return makeTextFinder(this.#ctx, this.#g, findText);
  }

  activate(): GasRange {
    this.#ctx.session.activeRange = this.#g;
    return this.#self;
  }

  // ------------------------------------------------------------ values

  getValues(): unknown[][] {
    const s = this.#sheet;
    return this.#map((r, c) => this.#out(s.value(r, c)));
  }

  getValue(): unknown {
    return this.#out(this.#sheet.value(this.#g.row, this.#g.col));
  }

  getDisplayValues(): string[][] {
    const s = this.#sheet;
    return this.#map((r, c, cell) => displayValue(s.value(r, c), cell?.numberFormat, s.book.timeZone));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0]![0]!;
  }

  setValues(values: unknown[][]): GasRange {
    this.#checkShape(values, 'setValues');
    checkCellText(values);
    const s = this.#sheet;
    this.#each((r, c) => writeValue(s, r, c, values[r - this.#g.row]![c - this.#g.col]));
    return this.#self;
  }

  setValue(value: unknown): GasRange {
    if (Array.isArray(value)) throw signatureError('Range', 'setValue', [value]);
    const s = this.#sheet;
    this.#each((r, c) => writeValue(s, r, c, value));
    return this.#self;
  }

  getFormulas(): string[][] {
    return this.#map((_r, _c, cell) => cell?.formula ?? '');
  }
  getFormula(): string {
    return this.getFormulas()[0]![0]!;
  }

  setFormula(formula: string): GasRange {
    if (typeof formula !== 'string') throw signatureError('Range', 'setFormula', [formula]);
    const s = this.#sheet;
    this.#each((r, c) => writeValue(s, r, c, formula));
    return this.#self;
  }

  setFormulas(formulas: string[][]): GasRange {
    this.#checkShape(formulas, 'setFormulas');
    checkCellText(formulas);
    const s = this.#sheet;
    this.#each((r, c) => writeValue(s, r, c, formulas[r - this.#g.row]![c - this.#g.col]));
    return this.#self;
  }

  isBlank(): boolean {
    const s = this.#sheet;
    return this.#map((r, c) => s.hasContent(r, c)).every((line) => line.every((x) => !x));
  }

  clearContent(): GasRange {
    return this.#clearAll((cell) => {
      delete cell.value;
      delete cell.formula;
    });
  }

  clearFormat(): GasRange {
    return this.#clearAll((cell) => {
      for (const k of ['background', 'fontColor', 'bold', 'fontSize', 'wrapStrategy', 'numberFormat', 'hAlign', 'vAlign'] as const) delete cell[k];
    });
  }

  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): GasRange {
    const o = options ?? {};
    const some = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!some || o.contentsOnly) this.clearContent();
    if (!some || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.clearNote();
    return this.#self;
  }

  // ------------------------------------------------------------ notes

  getNotes(): string[][] {
    return this.#map((_r, _c, cell) => cell?.note ?? '');
  }
  getNote(): string {
    return this.getNotes()[0]![0]!;
  }

  setNote(note: string | null): GasRange {
    checkCellText([[note]]);
    return this.#setAll((cell) => {
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
  }

  setNotes(notes: Array<Array<string | null>>): GasRange {
    this.#checkShape(notes, 'setNotes');
    checkCellText(notes);
    return this.#set2D<string | null>(notes, 'setNotes', (cell, v) => {
      if (v === null || v === '' || v === undefined) delete cell.note;
      else cell.note = String(v);
    });
  }

  clearNote(): GasRange {
    return this.#clearAll((cell) => {
      delete cell.note;
    });
  }

  // ------------------------------------------------------------ formats

  getBackgrounds(): string[][] {
    return this.#map((_r, _c, cell) => cell?.background ?? DEFAULTS.background);
  }
  getBackground(): string {
    return this.getBackgrounds()[0]![0]!;
  }
  setBackground(color: string | null): GasRange {
    const v = color === null ? undefined : normaliseColour(color);
    return this.#setAll((cell) => {
      if (v === undefined) delete cell.background;
      else cell.background = v;
    });
  }
  setBackgrounds(color: Array<Array<string | null>>): GasRange {
    return this.#set2D<string | null>(color, 'setBackgrounds', (cell, v) => {
      if (v === null || v === undefined) delete cell.background;
      else cell.background = normaliseColour(v);
    });
  }

  getFontColors(): string[][] {
    return this.#map((_r, _c, cell) => cell?.fontColor ?? DEFAULTS.fontColor);
  }
  getFontColor(): string {
    return this.getFontColors()[0]![0]!;
  }
  setFontColor(color: string | null): GasRange {
    const v = color === null ? undefined : normaliseColour(color);
    return this.#setAll((cell) => {
      if (v === undefined) delete cell.fontColor;
      else cell.fontColor = v;
    });
  }
  setFontColors(colors: unknown[][]): GasRange {
    return this.#set2D<string | null>(colors, 'setFontColors', (cell, v) => {
      if (v === null || v === undefined) delete cell.fontColor;
      else cell.fontColor = normaliseColour(v);
    });
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.#map((_r, _c, cell) => (cell?.bold ? 'bold' : 'normal'));
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getFontWeights()[0]![0]!;
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRange {
    if (fontWeight !== null && fontWeight !== 'bold' && fontWeight !== 'normal') throw signatureError('Range', 'setFontWeight', [fontWeight]);
    return this.#setAll((cell) => {
      if (fontWeight === 'bold') cell.bold = true;
      else delete cell.bold;
    });
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GasRange {
    return this.#set2D<string | null>(fontWeights, 'setFontWeights', (cell, v) => {
      if (v === 'bold') cell.bold = true;
      else if (v === 'normal' || v === null) delete cell.bold;
      else throw exception(`Emulator: font weight must be "bold", "normal" or null, not ${JSON.stringify(v)}.`);
    });
  }

  getFontSizes(): number[][] {
    return this.#map((_r, _c, cell) => cell?.fontSize ?? DEFAULTS.fontSize);
  }
  getFontSize(): number {
    return this.getFontSizes()[0]![0]!;
  }
  setFontSize(size: number): GasRange {
    if (typeof size !== 'number' || !(size > 0)) throw signatureError('Range', 'setFontSize', [size]);
    return this.#setAll((cell) => {
      cell.fontSize = size;
    });
  }

  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    return this.#map((_r, _c, cell) => (cell?.wrapStrategy ?? 'OVERFLOW') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy);
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return this.getWrapStrategies()[0]![0]!;
  }
  getWraps(): boolean[][] {
    return this.#map((_r, _c, cell) => cell?.wrapStrategy === 'WRAP');
  }
  getWrap(): boolean {
    return this.getWraps()[0]![0]!;
  }
  setWrap(isWrapEnabled: boolean): GasRange {
    return this.#setAll((cell) => {
      cell.wrapStrategy = isWrapEnabled ? 'WRAP' : 'OVERFLOW';
    });
  }
  setWraps(isWrapEnabled: boolean[][]): GasRange {
    return this.#set2D<boolean>(isWrapEnabled, 'setWraps', (cell, v) => {
      cell.wrapStrategy = v ? 'WRAP' : 'OVERFLOW';
    });
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GasRange {
    const s = String(strategy);
    if (s !== 'WRAP' && s !== 'OVERFLOW' && s !== 'CLIP') throw signatureError('Range', 'setWrapStrategy', [strategy]);
    return this.#setAll((cell) => {
      cell.wrapStrategy = s;
    });
  }

  getNumberFormats(): string[][] {
    return this.#map((_r, _c, cell) => cell?.numberFormat ?? GENERAL_FORMAT);
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0]![0]!;
  }
  setNumberFormat(numberFormat: string): GasRange {
    if (typeof numberFormat !== 'string') throw signatureError('Range', 'setNumberFormat', [numberFormat]);
    return this.#setAll((cell) => {
      cell.numberFormat = numberFormat;
    });
  }
  setNumberFormats(numberFormats: string[][]): GasRange {
    return this.#set2D<string>(numberFormats, 'setNumberFormats', (cell, v) => {
      cell.numberFormat = String(v);
    });
  }

  getHorizontalAlignments(): string[][] {
    return this.#map((_r, _c, cell) => cell?.hAlign ?? 'general');
  }
  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0]![0]!;
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GasRange {
    if (alignment !== null && !['left', 'center', 'normal', 'right'].includes(alignment)) throw signatureError('Range', 'setHorizontalAlignment', [alignment]);
    return this.#setAll((cell) => {
      if (alignment === null || alignment === 'normal') delete cell.hAlign;
      else cell.hAlign = alignment;
    });
  }
  getVerticalAlignments(): string[][] {
    return this.#map((_r, _c, cell) => cell?.vAlign ?? 'bottom');
  }
  getVerticalAlignment(): string {
    return this.getVerticalAlignments()[0]![0]!;
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GasRange {
    if (alignment !== null && !['top', 'middle', 'bottom'].includes(alignment)) throw signatureError('Range', 'setVerticalAlignment', [alignment]);
    return this.#setAll((cell) => {
      if (alignment === null || alignment === 'bottom') delete cell.vAlign;
      else cell.vAlign = alignment;
    });
  }

  // ------------------------------------------------------------ data validation & checkboxes

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this.#map((_r, _c, cell) => (cell?.validation ? makeValidation(this.#ctx, cell.validation) : null));
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const v = this.#sheet.cell(this.#g.row, this.#g.col)?.validation;
    return v ? makeValidation(this.#ctx, v) : null;
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GasRange {
    const data = rule === null ? undefined : validationOf(rule, 'Range', 'setDataValidation', [rule]);
    return this.#setAll((cell) => {
      if (data) cell.validation = copyValidation(data);
      else delete cell.validation;
    });
  }
  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): GasRange {
    this.#checkShape(rules, 'setDataValidations');
    const datas = rules.map((line) => line.map((r) => (r === null ? undefined : validationOf(r, 'Range', 'setDataValidations', [rules]))));
    return this.#set2D<unknown>(rules, 'setDataValidations', (cell, _v, r, c) => {
      const d = datas[r - this.#g.row]![c - this.#g.col];
      if (d) cell.validation = copyValidation(d);
      else delete cell.validation;
    });
  }
  clearDataValidations(): GasRange {
    return this.#clearAll((cell) => {
      delete cell.validation;
    });
  }

  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GasRange {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const initial = checkedValue === undefined ? false : uncheckedValue === undefined ? '' : uncheckedValue;
    const data: ValidationData = { type: 'CHECKBOX', values, allowInvalid: false, helpText: null };
    const s = this.#sheet;
    return this.#setAll((cell, r, c) => {
      cell.validation = copyValidation(data);
      writeValue(s, r, c, initial);
    });
  }

  removeCheckboxes(): GasRange {
    const s = this.#sheet;
    return this.#clearAll((cell, r, c) => {
      const v = cell.validation;
      if (v?.type !== 'CHECKBOX') return;
      const [on, off] = checkboxStates(v);
      const cur = s.value(r, c);
      if (cur === on || cur === off) {
        delete cell.value;
        delete cell.formula;
      }
      delete cell.validation;
    });
  }

  #setChecked(checked: boolean): GasRange {
    const s = this.#sheet;
    return this.#clearAll((cell, r, c) => {
      if (cell.validation?.type !== 'CHECKBOX') return;
      const [on, off] = checkboxStates(cell.validation);
      writeValue(s, r, c, checked ? on : off);
    });
  }
  check(): GasRange {
    return this.#setChecked(true);
  }
  uncheck(): GasRange {
    return this.#setChecked(false);
  }

  isChecked(): boolean | null {
    const s = this.#sheet;
    const states = this.#map((r, c, cell) => {
      if (cell?.validation?.type !== 'CHECKBOX') return undefined;
      return s.value(r, c) === checkboxStates(cell.validation)[0];
    }).flat();
    if (states.some((x) => x === undefined)) return null;
    if (states.every((x) => x)) return true;
    if (states.every((x) => !x)) return false;
    return null;
  }

  // ------------------------------------------------------------ protection

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const s = this.#sheet;
    const data = { type: 'RANGE' as const, sheet: s, range: { ...this.#g }, description: '', warningOnly: false, editors: [], domainEdit: true };
    s.protections.push(data);
    return makeProtection(this.#ctx, data);
  }
}

/** [checked, unchecked] values of a checkbox validation. */
export function checkboxStates(v: ValidationData): [unknown, unknown] {
  if (v.values.length === 0) return [true, false];
  if (v.values.length === 1) return [v.values[0], ''];
  return [v.values[0], v.values[1]];
}
