/**
 * The test-only handle on an emulated workbook: inspect and set up cells, see the colours a
 * user would see (conditional formats applied), toasts shown, and render a tab as HTML.
 * Nothing here is reachable from the code under test.
 */
import { a1Of, columnLetters } from './a1';
import type { Session } from './context';
import { firstMatchingRule, validationHolds } from './evaluate';
import { writeValue } from './range';
import { DEFAULT_COLUMN_WIDTH } from './sheet';
import { type GridRange, type SheetState, type Toast, type ValidationData, type WorkbookState } from './state';
import { displayValue, GENERAL_FORMAT, StoredDate, type Stored } from './values';

export interface EffectiveFormat {
  background: string;
  fontColor: string;
  bold: boolean;
}

export interface ValidationSnapshot {
  criteria: string;
  /** Dates as host Dates, ranges as A1 notation with sheet name. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface CellSnapshot {
  value: unknown;
  display: string;
  formula: string;
  note: string;
  background: string;
  fontColor: string;
  bold: boolean;
  fontSize: number;
  wrap: boolean;
  numberFormat: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  validation: ValidationSnapshot | null;
}

export interface SheetSnapshot {
  name: string;
  index: number;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  /** The data region (1…lastRow × 1…lastColumn); Dates are host-realm Dates. */
  values: unknown[][];
  displayValues: string[][];
  formulas: string[][];
  notes: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  bold: boolean[][];
  numberFormats: string[][];
  wraps: boolean[][];
  validations: Array<Array<ValidationSnapshot | null>>;
  /** Widths of columns 1…maxColumns. */
  columnWidths: number[];
  conditionalFormats: Array<{ criteria: string; values: unknown[]; ranges: string[]; format: Record<string, unknown> }>;
  protections: Array<{ type: 'RANGE' | 'SHEET'; range: string; description: string; warningOnly: boolean; editors: string[] }>;
}

export interface ValidationProblem {
  a1: string;
  display: string;
  criteria: string;
  allowInvalid: boolean;
}

export interface AppOptions {
  realm: import('../realm').Realm;
  calls: import('../calls').CallLog;
  ui: () => GoogleAppsScript.Base.Ui;
}

export interface WorkbookHandle {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  /** Toasts shown (by any execution), oldest first. Live array. */
  readonly toasts: readonly Toast[];
  sheetNames(): string[];
  /** Snapshot of a tab (values, formats, notes, validations, rules, protections). */
  sheet(name: string): SheetSnapshot;
  /** Everything about one cell (1-based). */
  cell(sheetName: string, row: number, col: number): CellSnapshot;
  /** Background, font colour and boldness as a user sees them: own format, then the first matching conditional-format rule. */
  effectiveFormat(sheetName: string, row: number, col: number): EffectiveFormat;
  /** Cells whose value breaks their data validation (criteria the emulator cannot evaluate are skipped). */
  validationProblems(sheetName: string): ValidationProblem[];
  /** Moves this user's cursor (active sheet and current cell). */
  setActiveCell(sheetName: string, row: number, col: number): void;
  /** Types into a cell as a user would (strings parsed as typed; '' clears). No onEdit is fired. */
  setCell(sheetName: string, row: number, col: number, value: unknown): void;
  /** Types a block of values starting at (row, col). */
  setValues(sheetName: string, row: number, col: number, values: unknown[][]): void;
  /** A standalone HTML page showing the tab as a user sees it. */
  toHtml(sheetName: string): string;
  /**
   * Another execution (e.g. a second user at the same time) on the SAME workbook: returns a
   * SpreadsheetApp bound to this workbook's state but with its own realm, call log, Ui and
   * cursor, plus a handle whose setActiveCell moves that user's cursor.
   */
  appFor(opts: AppOptions): { app: import('./spreadsheet').EmulatedSpreadsheetApp; workbook: WorkbookHandle };
}

function validationSnapshot(v: ValidationData): ValidationSnapshot {
  const out = (x: unknown): unknown => {
    if (x instanceof StoredDate) return new Date(x.ms);
    if (Array.isArray(x)) return x.map(out);
    if (x && typeof x === 'object' && 'sheet' in x) {
      const g = x as GridRange;
      return `${g.sheet.name}!${a1Of(g.row, g.col, g.numRows, g.numCols)}`;
    }
    return x;
  };
  return { criteria: v.type, values: v.values.map(out), allowInvalid: v.allowInvalid, helpText: v.helpText };
}

function hostValue(v: Stored): unknown {
  return v instanceof StoredDate ? new Date(v.ms) : v;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export class WorkbookHandleImpl implements WorkbookHandle {
  readonly #book: WorkbookState;
  readonly #session: Session;
  readonly #appFor: WorkbookHandle['appFor'];

  constructor(book: WorkbookState, session: Session, appFor: WorkbookHandle['appFor']) {
    this.#book = book;
    this.#session = session;
    this.#appFor = appFor;
  }

  /** @internal the shared state, for createSpreadsheetEmulator({ shared }) */
  static bookOf(h: WorkbookHandle): WorkbookState {
    if (!(h instanceof WorkbookHandleImpl)) throw new Error('shared must be a WorkbookHandle from createSpreadsheetEmulator');
    return h.#book;
  }

  get id(): string {
    return this.#book.id;
  }
  get name(): string {
    return this.#book.name;
  }
  get timeZone(): string {
    return this.#book.timeZone;
  }
  get toasts(): readonly Toast[] {
    return this.#book.toasts;
  }

  appFor(opts: AppOptions) {
    return this.#appFor(opts);
  }

  sheetNames(): string[] {
    return this.#book.sheets.map((s) => s.name);
  }

  #sheet(name: string): SheetState {
    const s = this.#book.findSheet(name);
    if (!s) throw new Error(`No sheet named "${name}" (sheets: ${this.sheetNames().join(', ')})`);
    return s;
  }

  #inBounds(s: SheetState, row: number, col: number): void {
    if (!(row >= 1 && col >= 1 && row <= s.maxRows && col <= s.maxCols)) {
      throw new Error(`Cell (${row}, ${col}) is outside "${s.name}" (${s.maxRows} × ${s.maxCols})`);
    }
  }

  cell(sheetName: string, row: number, col: number): CellSnapshot {
    const s = this.#sheet(sheetName);
    this.#inBounds(s, row, col);
    const c = s.cell(row, col);
    const value = s.value(row, col);
    return {
      value: hostValue(value),
      display: displayValue(value, c?.numberFormat, s.book.timeZone),
      formula: c?.formula ?? '',
      note: c?.note ?? '',
      background: c?.background ?? '#ffffff',
      fontColor: c?.fontColor ?? '#000000',
      bold: c?.bold ?? false,
      fontSize: c?.fontSize ?? 10,
      wrap: c?.wrapStrategy === 'WRAP',
      numberFormat: c?.numberFormat ?? GENERAL_FORMAT,
      horizontalAlignment: c?.hAlign ?? 'general',
      verticalAlignment: c?.vAlign ?? 'bottom',
      validation: c?.validation ? validationSnapshot(c.validation) : null,
    };
  }

  sheet(name: string): SheetSnapshot {
    const s = this.#sheet(name);
    const rows = s.lastRow(),
      cols = s.lastColumn();
    const grid = <T>(fn: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (__, c) => fn(r + 1, c + 1)));
    const cells = grid((r, c) => this.cell(name, r, c));
    const pick = <K extends keyof CellSnapshot>(k: K) => cells.map((line) => line.map((c) => c[k]));
    return {
      name: s.name,
      index: this.#book.sheets.indexOf(s) + 1,
      sheetId: s.id,
      maxRows: s.maxRows,
      maxColumns: s.maxCols,
      lastRow: rows,
      lastColumn: cols,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenCols,
      tabColor: s.tabColor,
      values: pick('value'),
      displayValues: pick('display'),
      formulas: pick('formula'),
      notes: pick('note'),
      backgrounds: pick('background'),
      fontColors: pick('fontColor'),
      bold: pick('bold'),
      numberFormats: pick('numberFormat'),
      wraps: pick('wrap'),
      validations: pick('validation'),
      columnWidths: Array.from({ length: s.maxCols }, (_, i) => s.colWidths[i] ?? DEFAULT_COLUMN_WIDTH),
      conditionalFormats: s.rules.map((r) => ({
        criteria: r.criteria,
        values: [...r.values],
        ranges: r.ranges.map((g) => a1Of(g.row, g.col, g.numRows, g.numCols)),
        format: Object.fromEntries(Object.entries(r.format).filter(([, v]) => v !== null && v !== undefined)),
      })),
      protections: s.protections.map((p) => ({
        type: p.type,
        range: p.type === 'SHEET' ? a1Of(1, 1, s.maxRows, s.maxCols) : a1Of(p.range.row, p.range.col, p.range.numRows, p.range.numCols),
        description: p.description,
        warningOnly: p.warningOnly,
        editors: [...p.editors],
      })),
    };
  }

  effectiveFormat(sheetName: string, row: number, col: number): EffectiveFormat {
    const s = this.#sheet(sheetName);
    this.#inBounds(s, row, col);
    const c = s.cell(row, col);
    const own: EffectiveFormat = { background: c?.background ?? '#ffffff', fontColor: c?.fontColor ?? '#000000', bold: c?.bold ?? false };
    const rule = firstMatchingRule(s, row, col);
    if (!rule) return own;
    const f = rule.format;
    return {
      background: f.background ?? own.background,
      fontColor: f.fontColor ?? own.fontColor,
      bold: f.bold ?? own.bold,
    };
  }

  validationProblems(sheetName: string): ValidationProblem[] {
    const s = this.#sheet(sheetName);
    const out: ValidationProblem[] = [];
    s.rows.forEach((line, ri) =>
      line?.forEach((c, ci) => {
        if (!c?.validation) return;
        if (validationHolds(c.validation, s, ri + 1, ci + 1) === false) {
          out.push({
            a1: a1Of(ri + 1, ci + 1, 1, 1),
            display: displayValue(s.value(ri + 1, ci + 1), c.numberFormat, s.book.timeZone),
            criteria: c.validation.type,
            allowInvalid: c.validation.allowInvalid,
          });
        }
      }),
    );
    return out;
  }

  setActiveCell(sheetName: string, row: number, col: number): void {
    const s = this.#sheet(sheetName);
    this.#inBounds(s, row, col);
    this.#session.activeRange = { sheet: s, row, col, numRows: 1, numCols: 1 };
  }

  setCell(sheetName: string, row: number, col: number, value: unknown): void {
    const s = this.#sheet(sheetName);
    this.#inBounds(s, row, col);
    writeValue(s, row, col, value);
  }

  setValues(sheetName: string, row: number, col: number, values: unknown[][]): void {
    const s = this.#sheet(sheetName);
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        this.#inBounds(s, row + r, col + c);
        writeValue(s, row + r, col + c, v);
      }),
    );
  }

  toHtml(sheetName: string): string {
    const s = this.#sheet(sheetName);
    const rows = Math.max(s.lastRow(), s.frozenRows, 1);
    const cols = Math.max(s.lastColumn(), 1);
    const rowHeight = 21;
    const widths = Array.from({ length: cols }, (_, i) => s.colWidths[i] ?? DEFAULT_COLUMN_WIDTH);
    const out: string[] = [];
    out.push('<!doctype html>', '<html lang="en-GB"><head><meta charset="utf-8">');
    out.push(`<title>${escapeHtml(s.name)} – ${escapeHtml(this.#book.name)}</title>`);
    out.push(`<style>
body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;margin:0;padding:8px;background:#fff}
h1{font-size:14px;margin:4px 0 8px}
.tabs{margin:0 0 8px;color:#5f6368}
table{border-collapse:separate;border-spacing:0;table-layout:fixed}
td,th{border-right:1px solid #e2e3e3;border-bottom:1px solid #e2e3e3;padding:2px 4px;height:${rowHeight - 5}px;overflow:hidden;text-overflow:clip;vertical-align:bottom;white-space:nowrap}
th{background:#f8f9fa;color:#5f6368;font-weight:normal;text-align:center;position:sticky;top:0;z-index:2}
th.rn{position:sticky;left:0;z-index:4;width:40px}
tr.frozen td{position:sticky;z-index:1}
tr.last-frozen td{border-bottom:3px solid #c0c0c0}
td.wrap{white-space:pre-wrap;word-wrap:break-word}
td.note{position:relative}
td.fc{position:sticky;z-index:1}
th.fc{z-index:3}
td.last-fc,th.last-fc{border-right:3px solid #c0c0c0}
td.note.open{overflow:visible;z-index:6}
td.note.open::before{content:attr(data-note);position:absolute;top:2px;left:calc(100% + 4px);width:300px;white-space:pre-wrap;text-align:left;font-weight:normal;color:#202124;background:#fff;border:1px solid #dadce0;box-shadow:0 2px 6px rgba(0,0,0,.3);padding:6px 8px;z-index:6}
td.note::after{content:"";position:absolute;top:0;right:0;border-style:solid;border-width:0 6px 6px 0;border-color:transparent #f29900 transparent transparent}
td.invalid{box-shadow:inset 0 0 0 1px #d93025}
td.num{text-align:right}
td.bool{text-align:center}
</style></head><body>`);
    out.push(`<h1>${escapeHtml(this.#book.name)} › ${escapeHtml(s.name)}</h1>`);
    out.push(`<div class="tabs">Tabs: ${this.#book.sheets.map((x) => (x === s ? `<b>${escapeHtml(x.name)}</b>` : escapeHtml(x.name))).join(' | ')}</div>`);
    // As wide as its columns (never squeezed into the window), so it scrolls sideways as Sheets does.
    out.push(`<table style="width:${40 + widths.reduce((a, b) => a + b, 0)}px"><colgroup><col style="width:40px">`);
    for (const w of widths) out.push(`<col style="width:${w}px">`);
    out.push('</colgroup><thead><tr><th class="rn"></th>');
    // Frozen columns stay at the left when the page scrolls sideways, as in Sheets.
    const left: number[] = [];
    for (let c = 1, x = 40; c <= cols; x += widths[c - 1] ?? DEFAULT_COLUMN_WIDTH, c++) left[c] = x;
    const frozenCol = (c: number) => c <= s.frozenCols;
    for (let c = 1; c <= cols; c++) {
      out.push(
        frozenCol(c)
          ? `<th class="fc${c === s.frozenCols ? ' last-fc' : ''}" style="left:${left[c]}px">${columnLetters(c)}</th>`
          : `<th>${columnLetters(c)}</th>`,
      );
    }
    out.push('</tr></thead><tbody>');
    for (let r = 1; r <= rows; r++) {
      const frozen = r <= s.frozenRows;
      const cls = [frozen ? 'frozen' : '', frozen && r === s.frozenRows ? 'last-frozen' : ''].filter(Boolean).join(' ');
      out.push(`<tr${cls ? ` class="${cls}"` : ''}><th class="rn">${r}</th>`);
      for (let c = 1; c <= cols; c++) {
        const cell = s.cell(r, c);
        const value = s.value(r, c);
        const fmt = this.effectiveFormat(s.name, r, c);
        const classes: string[] = [];
        const style: string[] = [`background:${fmt.background}`, `color:${fmt.fontColor}`];
        if (fmt.bold) style.push('font-weight:bold');
        if (cell?.fontSize && cell.fontSize !== 10) style.push(`font-size:${cell.fontSize}pt`);
        if (frozen) style.push(`top:${rowHeight * r}px`);
        if (cell?.hAlign) style.push(`text-align:${cell.hAlign}`);
        if (cell?.vAlign) style.push(`vertical-align:${cell.vAlign === 'middle' ? 'middle' : cell.vAlign}`);
        if (cell?.wrapStrategy === 'WRAP') classes.push('wrap');
        if (typeof value === 'number' || value instanceof StoredDate) classes.push('num');
        if (typeof value === 'boolean') classes.push('bool');
        if (cell?.note) classes.push('note');
        if (frozenCol(c)) {
          classes.push('fc');
          if (c === s.frozenCols) classes.push('last-fc');
          style.push(`left:${left[c]}px`);
          if (frozen) style.push('z-index:2');
        }
        if (cell?.validation && validationHolds(cell.validation, s, r, c) === false) classes.push('invalid');
        let content: string;
        if (cell?.validation?.type === 'CHECKBOX' && cell.validation.values.length === 0 && (value === true || value === false)) {
          content = value ? '&#9745;' : '&#9744;';
          if (!classes.includes('bool')) classes.push('bool');
        } else {
          content = escapeHtml(displayValue(value, cell?.numberFormat, s.book.timeZone));
        }
        const title = cell?.note ? ` title="${escapeHtml(cell.note)}" data-note="${escapeHtml(cell.note)}" data-cell="${columnLetters(c)}${r}"` : '';
        out.push(`<td${classes.length ? ` class="${classes.join(' ')}"` : ''} style="${style.join(';')}"${title}>${content}</td>`);
      }
      out.push('</tr>');
    }
    out.push('</tbody></table></body></html>');
    return out.join('\n');
  }
}
