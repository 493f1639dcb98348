/** Sheet: one tab of the workbook. */
import { parseA1 } from './a1';
import { normaliseColour, ruleOf, signatureError, wrap, type Ctx } from './context';
import { makeProtection, makeRange, makeRule } from './factories';
import { checkCellText, checkedGrid, writeValue } from './range';
import { copyRule, exception, type ProtectionData, type SheetState } from './state';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export type SheetMethods =
  | 'activate'
  | 'appendRow'
  | 'clear'
  | 'clearConditionalFormatRules'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getProtections'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getTabColor'
  | 'insertColumnsAfter'
  | 'insertRowAfter'
  | 'insertRowsAfter'
  | 'protect'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setTabColor';

export const DEFAULT_COLUMN_WIDTH = 100;

/** Resolves A1 notation (no sheet part, or this sheet's name) against a sheet. */
export function gridFromA1(sheet: SheetState, a1: string) {
  const p = parseA1(a1);
  if (!p || (p.sheet !== undefined && p.sheet !== sheet.name)) throw exception('Range not found');
  const row1 = p.row1 ?? 1,
    col1 = p.col1 ?? 1;
  const row2 = p.row2 ?? sheet.maxRows,
    col2 = p.col2 ?? sheet.maxCols;
  const row = Math.min(row1, row2),
    col = Math.min(col1, col2);
  const numRows = Math.abs(row2 - row1) + 1,
    numCols = Math.abs(col2 - col1) + 1;
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) throw exception('Range not found');
  return { sheet, row, col, numRows, numCols };
}

export class SheetImpl implements Pick<GasSheet, SheetMethods> {
  readonly #ctx: Ctx;
  readonly #s: SheetState;
  readonly #self: GasSheet;

  private constructor(ctx: Ctx, s: SheetState) {
    this.#ctx = ctx;
    this.#s = s;
    this.#self = wrap(this, ctx, 'Sheet', { kind: 'sheet', sheet: s }) as unknown as GasSheet;
  }

  static create(ctx: Ctx, s: SheetState): GasSheet {
    return new SheetImpl(ctx, s).#self;
  }

  get #sheet(): SheetState {
    if (this.#s.deleted) throw exception('Emulator: this sheet has been deleted.');
    return this.#s;
  }

  getName(): string {
    return this.#sheet.name;
  }
  getSheetName(): string {
    return this.#sheet.name;
  }
  getSheetId(): number {
    return this.#sheet.id;
  }
  getIndex(): number {
    return this.#s.book.sheets.indexOf(this.#sheet) + 1;
  }

  setName(name: string): GasSheet {
    if (typeof name !== 'string' || name.trim() === '') throw signatureError('Sheet', 'setName', [name]);
    this.#s.book.assertNameFree(name, this.#sheet);
    this.#sheet.name = name;
    return this.#self;
  }

  activate(): GasSheet {
    this.#ctx.session.activeSheet = this.#sheet;
    return this.#self;
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    const args = [a, column, numRows, numColumns].filter((x) => x !== undefined);
    if (typeof a === 'string' && column === undefined) return makeRange(this.#ctx, gridFromA1(this.#sheet, a));
    if (typeof a !== 'number' || typeof column !== 'number') throw signatureError('Sheet', 'getRange', args);
    return makeRange(this.#ctx, checkedGrid(this.#sheet, a, column, numRows ?? 1, numColumns ?? 1, 'Sheet', 'getRange', args));
  }

  getDataRange(): GasRange {
    const s = this.#sheet;
    return makeRange(this.#ctx, { sheet: s, row: 1, col: 1, numRows: Math.max(1, s.lastRow()), numCols: Math.max(1, s.lastColumn()) });
  }

  getLastRow(): number {
    return this.#sheet.lastRow();
  }
  getLastColumn(): number {
    return this.#sheet.lastColumn();
  }
  getMaxRows(): number {
    return this.#sheet.maxRows;
  }
  getMaxColumns(): number {
    return this.#sheet.maxCols;
  }

  appendRow(rowContents: unknown[]): GasSheet {
    if (!Array.isArray(rowContents)) throw signatureError('Sheet', 'appendRow', [rowContents]);
    checkCellText([rowContents]);
    const s = this.#sheet;
    const row = s.lastRow() + 1;
    if (row > s.maxRows) s.maxRows = row;
    if (rowContents.length > s.maxCols) s.maxCols = rowContents.length;
    rowContents.forEach((v, i) => writeValue(s, row, i + 1, v));
    return this.#self;
  }

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    const s = this.#sheet;
    if (!Number.isInteger(afterPosition) || !Number.isInteger(howMany)) throw signatureError('Sheet', 'insertRowsAfter', [afterPosition, howMany]);
    if (afterPosition < 1 || afterPosition > s.maxRows) throw exception('Those rows are out of bounds.');
    if (howMany < 1) throw exception('Emulator: insertRowsAfter needs howMany ≥ 1.');
    s.insertRowsAfter(afterPosition, howMany);
    return this.#self;
  }

  insertRowAfter(afterPosition: number): GasSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    const s = this.#sheet;
    if (!Number.isInteger(afterPosition) || !Number.isInteger(howMany)) throw signatureError('Sheet', 'insertColumnsAfter', [afterPosition, howMany]);
    if (afterPosition < 1 || afterPosition > s.maxCols) throw exception('Those columns are out of bounds.');
    if (howMany < 1) throw exception('Emulator: insertColumnsAfter needs howMany ≥ 1.');
    s.insertColumnsAfter(afterPosition, howMany);
    return this.#self;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const s = this.#sheet;
    if (!Number.isInteger(rowPosition) || !Number.isInteger(howMany)) throw signatureError('Sheet', 'deleteRows', [rowPosition, howMany]);
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > s.maxRows) throw exception('Those rows are out of bounds.');
    if (s.maxRows - howMany <= s.frozenRows) throw exception('Sorry, it is not possible to delete all non-frozen rows.');
    s.deleteRows(rowPosition, howMany);
  }

  deleteRow(rowPosition: number): GasSheet {
    this.deleteRows(rowPosition, 1);
    return this.#self;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const s = this.#sheet;
    if (!Number.isInteger(columnPosition) || !Number.isInteger(howMany)) throw signatureError('Sheet', 'deleteColumns', [columnPosition, howMany]);
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > s.maxCols) throw exception('Those columns are out of bounds.');
    if (s.maxCols - howMany <= s.frozenCols) throw exception('Sorry, it is not possible to delete all non-frozen columns.');
    s.deleteColumns(columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): GasSheet {
    this.deleteColumns(columnPosition, 1);
    return this.#self;
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GasSheet {
    const whole = makeRange(this.#ctx, this.#sheet.whole());
    if (options?.formatOnly || options?.contentsOnly) {
      whole.clear({ ...(options.formatOnly ? { formatOnly: true } : {}), ...(options.contentsOnly ? { contentsOnly: true } : {}) });
    } else whole.clear();
    return this.#self;
  }
  clearContents(): GasSheet {
    makeRange(this.#ctx, this.#sheet.whole()).clearContent();
    return this.#self;
  }
  clearFormats(): GasSheet {
    makeRange(this.#ctx, this.#sheet.whole()).clearFormat();
    return this.#self;
  }
  clearNotes(): GasSheet {
    makeRange(this.#ctx, this.#sheet.whole()).clearNote();
    return this.#self;
  }

  setFrozenRows(rows: number): void {
    const s = this.#sheet;
    if (!Number.isInteger(rows) || rows < 0 || rows > s.maxRows) throw signatureError('Sheet', 'setFrozenRows', [rows]);
    s.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.#sheet.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    const s = this.#sheet;
    if (!Number.isInteger(columns) || columns < 0 || columns > s.maxCols) throw signatureError('Sheet', 'setFrozenColumns', [columns]);
    s.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this.#sheet.frozenCols;
  }

  #checkColumn(col: number, method: string, args: unknown[]): void {
    if (!Number.isInteger(col)) throw signatureError('Sheet', method, args);
    if (col < 1 || col > this.#sheet.maxCols) throw exception('Those columns are out of bounds.');
  }
  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this.#checkColumn(columnPosition, 'setColumnWidth', [columnPosition, width]);
    if (typeof width !== 'number' || width < 0) throw signatureError('Sheet', 'setColumnWidth', [columnPosition, width]);
    this.#sheet.colWidths[columnPosition - 1] = Math.round(width);
    return this.#self;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    this.#checkColumn(startColumn, 'setColumnWidths', [startColumn, numColumns, width]);
    this.#checkColumn(startColumn + numColumns - 1, 'setColumnWidths', [startColumn, numColumns, width]);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.#sheet.colWidths[c - 1] = Math.round(width);
    return this.#self;
  }
  getColumnWidth(columnPosition: number): number {
    this.#checkColumn(columnPosition, 'getColumnWidth', [columnPosition]);
    return this.#sheet.colWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.#sheet.rules.map((r) => makeRule(this.#ctx, copyRule(r)));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const s = this.#sheet;
    if (!Array.isArray(rules)) throw signatureError('Sheet', 'setConditionalFormatRules', [rules]);
    const datas = rules.map((r) => copyRule(ruleOf(r, 'Sheet', 'setConditionalFormatRules', [rules])));
    for (const d of datas) {
      if (d.ranges.length === 0) throw exception('Emulator: a conditional format rule needs at least one range (setRanges).');
      if (d.ranges.some((g) => g.sheet !== s)) throw exception(`Emulator: a conditional format rule set on "${s.name}" has a range on another sheet.`);
    }
    s.rules = datas;
  }
  clearConditionalFormatRules(): void {
    this.#sheet.rules = [];
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = String(type);
    if (t !== 'RANGE' && t !== 'SHEET') throw signatureError('Sheet', 'getProtections', [type]);
    return this.#sheet.protections.filter((p) => p.type === t).map((p) => makeProtection(this.#ctx, p));
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const s = this.#sheet;
    let p = s.protections.find((x) => x.type === 'SHEET');
    if (!p) {
      p = { type: 'SHEET', sheet: s, range: s.whole(), description: '', warningOnly: false, editors: [], domainEdit: true } satisfies ProtectionData;
      s.protections.push(p);
    }
    return makeProtection(this.#ctx, p);
  }

  setTabColor(color: string | null): GasSheet {
    this.#sheet.tabColor = color === null ? null : normaliseColour(color);
    return this.#self;
  }
  getTabColor(): string | null {
    return this.#sheet.tabColor;
  }
}
