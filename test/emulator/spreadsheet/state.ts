/**
 * The workbook itself: plain data shared by every execution (user) that opens it. The service
 * objects (Spreadsheet, Sheet, Range…) are thin, per-execution views over this state.
 */
import { evaluate, parseFormula, SheetError, UnsupportedFormula, type FValue } from './formula';
import { StoredDate, toSerial, type Stored } from './values';

export interface Cell {
  value?: Stored;
  formula?: string;
  note?: string;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  fontSize?: number;
  wrapStrategy?: 'WRAP' | 'OVERFLOW' | 'CLIP';
  numberFormat?: string;
  hAlign?: string;
  vAlign?: string;
  validation?: ValidationData;
}

const FORMAT_KEYS = ['background', 'fontColor', 'bold', 'fontSize', 'wrapStrategy', 'numberFormat', 'hAlign', 'vAlign'] as const;

/** A rectangle on a sheet (1-based, inclusive start, sizes ≥ 1). Mutable: moves when rows/columns are inserted or deleted. */
export interface GridRange {
  sheet: SheetState;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ValidationData {
  readonly type: string;
  /** Dates as StoredDate, ranges as GridRange (copies). */
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

export interface RuleFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

export interface RuleData {
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly format: RuleFormat;
  readonly ranges: GridRange[];
}

export interface ProtectionData {
  readonly type: 'RANGE' | 'SHEET';
  readonly sheet: SheetState;
  range: GridRange;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
}

export interface Toast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

export function exception(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

export function copyGrid(g: GridRange): GridRange {
  return { sheet: g.sheet, row: g.row, col: g.col, numRows: g.numRows, numCols: g.numCols };
}

function copyValue(v: unknown): unknown {
  if (v instanceof StoredDate) return v;
  if (v && typeof v === 'object' && 'sheet' in v && 'numRows' in v) return copyGrid(v as GridRange);
  if (Array.isArray(v)) return v.map(copyValue);
  return v;
}

export function copyValidation(v: ValidationData): ValidationData {
  return { ...v, values: v.values.map(copyValue) };
}

export function copyRule(r: RuleData): RuleData {
  return { criteria: r.criteria, values: r.values.map(copyValue), format: { ...r.format }, ranges: r.ranges.map(copyGrid) };
}

/** Maps a position along one dimension through an insertion of `n` after `after`. */
function shiftSpan(start: number, size: number, after: number, n: number): [number, number] {
  const end = start + size - 1;
  if (start > after) return [start + n, size];
  if (end > after) return [start, size + n];
  return [start, size];
}

/** Maps a span through a deletion of `n` starting at `from`; undefined if nothing survives. */
function shrinkSpan(start: number, size: number, from: number, n: number): [number, number] | undefined {
  const end = start + size - 1;
  const last = from + n - 1;
  const survivors = size - Math.max(0, Math.min(end, last) - Math.max(start, from) + 1);
  if (survivors <= 0) return undefined;
  const newStart = start < from ? start : start > last ? start - n : from;
  return [newStart, survivors];
}

export class SheetState {
  deleted = false;
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  tabColor: string | null = null;
  /** rows[r-1][c-1] */
  rows: Array<Array<Cell | undefined> | undefined> = [];
  colWidths: Array<number | undefined> = [];
  rules: RuleData[] = [];
  protections: ProtectionData[] = [];

  constructor(
    readonly book: WorkbookState,
    public name: string,
    readonly id: number,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  cellFor(row: number, col: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[col - 1] ??= {});
  }

  hasContent(row: number, col: number): boolean {
    const c = this.cell(row, col);
    return !!c && (c.formula !== undefined || (c.value !== undefined && c.value !== ''));
  }

  lastRow(): number {
    for (let r = Math.min(this.rows.length, this.maxRows); r >= 1; r--) {
      const cells = this.rows[r - 1];
      if (cells && cells.some((c, i) => c && this.hasContent(r, i + 1))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    this.rows.forEach((cells, ri) => {
      cells?.forEach((_, ci) => {
        if (ci + 1 > last && this.hasContent(ri + 1, ci + 1)) last = ci + 1;
      });
    });
    return last;
  }

  /** The computed value of a cell: formulas evaluated, '' for blank. */
  value(row: number, col: number, depth = 0): Stored {
    const c = this.cell(row, col);
    if (!c) return '';
    if (c.formula === undefined) return c.value ?? '';
    return this.formulaValue(c.formula, depth);
  }

  private formulaValue(formula: string, depth: number): Stored {
    if (depth > 40) return '#REF!';
    let result: FValue;
    try {
      result = evaluate(parseFormula(formula), {
        dRow: 0,
        dCol: 0,
        cell: (r, c) => this.fvalue(r, c, depth + 1),
      });
    } catch (e) {
      if (e instanceof UnsupportedFormula) return '#ERROR!';
      throw e;
    }
    if (result instanceof SheetError) return result.code;
    if (result === null) return 0;
    return result;
  }

  /** A cell's value as the formula language sees it (dates → serials, blank → null). */
  fvalue(row: number, col: number, depth = 0): FValue {
    if (row > this.maxRows || col > this.maxCols) return new SheetError('#REF!');
    const v = this.value(row, col, depth);
    if (v === '') return this.hasContent(row, col) ? '' : null;
    if (v instanceof StoredDate) return toSerial(v.ms, this.book.timeZone);
    if (typeof v === 'string' && /^#(REF!|VALUE!|DIV\/0!|N\/A|ERROR!|NUM!|NAME\?)$/.test(v) && this.cell(row, col)?.formula) return new SheetError(v);
    return v;
  }

  private grids(): GridRange[] {
    return [...this.rules.flatMap((r) => r.ranges), ...this.protections.map((p) => p.range)];
  }

  insertRowsAfter(after: number, n: number): void {
    const template = this.rows[after - 1];
    const fresh = Array.from({ length: n }, () => {
      if (!template) return undefined;
      const row: Array<Cell | undefined> = [];
      template.forEach((c, i) => {
        if (!c) return;
        const copy: Cell = {};
        for (const k of FORMAT_KEYS) if (c[k] !== undefined) (copy as Record<string, unknown>)[k] = c[k];
        if (c.validation) copy.validation = copyValidation(c.validation);
        row[i] = copy;
      });
      return row;
    });
    if (this.rows.length < after) this.rows.length = after;
    this.rows.splice(after, 0, ...fresh);
    this.maxRows += n;
    for (const g of this.grids()) [g.row, g.numRows] = shiftSpan(g.row, g.numRows, after, n);
  }

  deleteRows(from: number, n: number): void {
    if (this.rows.length >= from) this.rows.splice(from - 1, n);
    this.maxRows -= n;
    this.rules = this.rules.filter((rule) => {
      const kept = rule.ranges.filter((g) => {
        const s = shrinkSpan(g.row, g.numRows, from, n);
        if (s) [g.row, g.numRows] = s;
        return !!s;
      });
      rule.ranges.splice(0, rule.ranges.length, ...kept);
      return kept.length > 0;
    });
    this.protections = this.protections.filter((p) => {
      const s = shrinkSpan(p.range.row, p.range.numRows, from, n);
      if (s) [p.range.row, p.range.numRows] = s;
      return !!s || p.type === 'SHEET';
    });
    if (this.frozenRows > this.maxRows) this.frozenRows = this.maxRows;
  }

  insertColumnsAfter(after: number, n: number): void {
    for (const cells of this.rows) {
      if (!cells) continue;
      const template = cells[after - 1];
      const fresh = Array.from({ length: n }, () => {
        if (!template) return undefined;
        const copy: Cell = {};
        for (const k of FORMAT_KEYS) if (template[k] !== undefined) (copy as Record<string, unknown>)[k] = template[k];
        if (template.validation) copy.validation = copyValidation(template.validation);
        return copy;
      });
      if (cells.length < after) cells.length = after;
      cells.splice(after, 0, ...fresh);
    }
    if (this.colWidths.length < after) this.colWidths.length = after;
    this.colWidths.splice(after, 0, ...Array.from({ length: n }, () => this.colWidths[after - 1]));
    this.maxCols += n;
    for (const g of this.grids()) [g.col, g.numCols] = shiftSpan(g.col, g.numCols, after, n);
  }

  deleteColumns(from: number, n: number): void {
    for (const cells of this.rows) if (cells && cells.length >= from) cells.splice(from - 1, n);
    if (this.colWidths.length >= from) this.colWidths.splice(from - 1, n);
    this.maxCols -= n;
    this.rules = this.rules.filter((rule) => {
      const kept = rule.ranges.filter((g) => {
        const s = shrinkSpan(g.col, g.numCols, from, n);
        if (s) [g.col, g.numCols] = s;
        return !!s;
      });
      rule.ranges.splice(0, rule.ranges.length, ...kept);
      return kept.length > 0;
    });
    this.protections = this.protections.filter((p) => {
      const s = shrinkSpan(p.range.col, p.range.numCols, from, n);
      if (s) [p.range.col, p.range.numCols] = s;
      return !!s || p.type === 'SHEET';
    });
  }

  whole(): GridRange {
    return { sheet: this, row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols };
  }
}

export interface WorkbookOptions {
  timeZone?: string;
  name?: string;
  id?: string;
  /** The spreadsheet's locale (File ▸ Settings), which decides how typed dates read. Default en_GB. */
  locale?: string;
  /** The clock "today" comes from (a date typed without a year is in the current year). */
  now?: () => number;
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly toasts: Toast[] = [];
  timeZone: string;
  name: string;
  readonly id: string;
  locale: string;
  readonly now: () => number;
  private nextSheetId = 0;

  constructor(opts: WorkbookOptions = {}) {
    this.timeZone = opts.timeZone ?? 'Europe/London';
    this.locale = opts.locale ?? 'en_GB';
    this.now = opts.now ?? (() => Date.now());
    this.name = opts.name ?? 'Untitled spreadsheet';
    this.id = opts.id ?? '1EmulatedSpreadsheetIdAbCdEfGhIjKlMnOpQrStUv';
    this.addSheet('Sheet1');
  }

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Sheet names are unique ignoring case. */
  assertNameFree(name: string, except?: SheetState): void {
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) {
      throw exception(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  addSheet(name: string, index?: number): SheetState {
    this.assertNameFree(name);
    const id = this.nextSheetId === 0 ? 0 : 100_000_000 + this.nextSheetId * 7_919;
    this.nextSheetId++;
    const sheet = new SheetState(this, name, id);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetState): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) return;
    if (this.sheets.length === 1) throw exception("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
    sheet.deleted = true;
  }

  defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `Sheet${n}`;
      if (!this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
    }
  }
}
