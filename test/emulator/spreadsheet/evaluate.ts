/** Evaluates conditional-format rules and data-validation criteria against cells, as Sheets would. */
import { a1Of } from './a1';
import { checkboxStates } from './range';
import { evaluate, parseFormula, SheetError, UnsupportedFormula, type FValue } from './formula';
import type { GridRange, RuleData, SheetState, ValidationData } from './state';
import { displayValue, StoredDate, toSerial, type Stored } from './values';

function inside(g: GridRange, row: number, col: number): boolean {
  return row >= g.row && row < g.row + g.numRows && col >= g.col && col < g.col + g.numCols;
}

function blank(sheet: SheetState, row: number, col: number): boolean {
  return sheet.value(row, col) === '';
}

function text(sheet: SheetState, row: number, col: number): string {
  return displayValue(sheet.value(row, col), sheet.cell(row, col)?.numberFormat, sheet.book.timeZone);
}

function numeric(sheet: SheetState, v: Stored): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof StoredDate) return toSerial(v.ms, sheet.book.timeZone);
  return undefined;
}

function truthy(v: FValue): boolean {
  if (v instanceof SheetError || v === null || typeof v === 'string') return false;
  if (typeof v === 'number') return v !== 0;
  return v;
}

const parsed = new Map<string, ReturnType<typeof parseFormula>>();

/** Does `rule` apply to the cell? false when the cell is outside the rule's ranges. */
export function ruleMatches(rule: RuleData, sheet: SheetState, row: number, col: number): boolean {
  if (!rule.ranges.some((g) => g.sheet === sheet && inside(g, row, col))) return false;
  const v = rule.values;
  const t = () => text(sheet, row, col).toLowerCase();
  const arg = () => String(v[0] ?? '').toLowerCase();
  const num = () => numeric(sheet, sheet.value(row, col));
  const n = num();
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return blank(sheet, row, col);
    case 'CELL_NOT_EMPTY':
      return !blank(sheet, row, col);
    case 'TEXT_EQUAL_TO':
      return t() === arg();
    case 'TEXT_CONTAINS':
      return t().includes(arg());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !t().includes(arg());
    case 'TEXT_STARTS_WITH':
      return t().startsWith(arg());
    case 'TEXT_ENDS_WITH':
      return t().endsWith(arg());
    case 'NUMBER_EQUAL_TO':
      return n !== undefined && n === Number(v[0]);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== undefined && n !== Number(v[0]);
    case 'NUMBER_GREATER_THAN':
      return n !== undefined && n > Number(v[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== undefined && n >= Number(v[0]);
    case 'NUMBER_LESS_THAN':
      return n !== undefined && n < Number(v[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== undefined && n <= Number(v[0]);
    case 'NUMBER_BETWEEN':
      return n !== undefined && n >= Math.min(Number(v[0]), Number(v[1])) && n <= Math.max(Number(v[0]), Number(v[1]));
    case 'NUMBER_NOT_BETWEEN':
      return n !== undefined && !(n >= Math.min(Number(v[0]), Number(v[1])) && n <= Math.max(Number(v[0]), Number(v[1])));
    case 'CUSTOM_FORMULA': {
      const formula = String(v[0]);
      const anchor = rule.ranges[0]!;
      let tree = parsed.get(formula);
      try {
        tree ??= parseFormula(formula);
        parsed.set(formula, tree);
      } catch (e) {
        if (e instanceof UnsupportedFormula) {
          throw new UnsupportedFormula(
            formula,
            `${e.message.replace(/^.*?: /, '')} (conditional format on "${sheet.name}", evaluating ${a1Of(row, col, 1, 1)})`,
          );
        }
        throw e;
      }
      return truthy(evaluate(tree, { dRow: row - anchor.row, dCol: col - anchor.col, cell: (r, c) => sheet.fvalue(r, c) }));
    }
    default:
      throw new Error(
        `Emulator cannot evaluate conditional-format criteria ${rule.criteria} (on "${sheet.name}"); add it to test/emulator/spreadsheet/evaluate.ts.`,
      );
  }
}

/** The first rule (in order) that matches the cell wins; later rules are not applied (Sheets' behaviour). */
export function firstMatchingRule(sheet: SheetState, row: number, col: number): RuleData | undefined {
  return sheet.rules.find((r) => ruleMatches(r, sheet, row, col));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^(https?:\/\/)?[^\s.]+\.[^\s]+$/i;

/**
 * Would Sheets flag the cell's value as invalid for its validation? Blank cells are valid.
 * Returns undefined for criteria the emulator does not evaluate (custom formulas).
 */
export function validationHolds(v: ValidationData, sheet: SheetState, row: number, col: number): boolean | undefined {
  const value = sheet.value(row, col);
  if (value === '') return true;
  const n = numeric(sheet, value);
  const args = v.values;
  const dateArg = (i: number) => (args[i] instanceof StoredDate ? toSerial((args[i] as StoredDate).ms, sheet.book.timeZone) : NaN);
  const day = n === undefined ? undefined : Math.floor(n);
  const shown = text(sheet, row, col);
  switch (v.type) {
    case 'CHECKBOX': {
      const [on, off] = checkboxStates(v);
      return value === on || value === off;
    }
    case 'VALUE_IN_LIST':
      return (args[0] as unknown[]).map(String).includes(shown);
    case 'VALUE_IN_RANGE': {
      const g = args[0] as GridRange;
      for (let r = g.row; r < g.row + g.numRows; r++) {
        for (let c = g.col; c < g.col + g.numCols; c++) if (text(g.sheet, r, c) === shown) return true;
      }
      return false;
    }
    case 'DATE_IS_VALID_DATE':
      return value instanceof StoredDate;
    case 'DATE_AFTER':
      return value instanceof StoredDate && day! > Math.floor(dateArg(0));
    case 'DATE_BEFORE':
      return value instanceof StoredDate && day! < Math.floor(dateArg(0));
    case 'DATE_ON_OR_AFTER':
      return value instanceof StoredDate && day! >= Math.floor(dateArg(0));
    case 'DATE_ON_OR_BEFORE':
      return value instanceof StoredDate && day! <= Math.floor(dateArg(0));
    case 'DATE_EQUAL_TO':
      return value instanceof StoredDate && day === Math.floor(dateArg(0));
    case 'DATE_BETWEEN':
      return value instanceof StoredDate && day! >= Math.floor(dateArg(0)) && day! <= Math.floor(dateArg(1));
    case 'DATE_NOT_BETWEEN':
      return value instanceof StoredDate && !(day! >= Math.floor(dateArg(0)) && day! <= Math.floor(dateArg(1)));
    case 'NUMBER_BETWEEN':
      return n !== undefined && n >= Number(args[0]) && n <= Number(args[1]);
    case 'NUMBER_NOT_BETWEEN':
      return n !== undefined && !(n >= Number(args[0]) && n <= Number(args[1]));
    case 'NUMBER_EQUAL_TO':
      return n === Number(args[0]);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== undefined && n !== Number(args[0]);
    case 'NUMBER_GREATER_THAN':
      return n !== undefined && n > Number(args[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== undefined && n >= Number(args[0]);
    case 'NUMBER_LESS_THAN':
      return n !== undefined && n < Number(args[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== undefined && n <= Number(args[0]);
    case 'TEXT_IS_VALID_EMAIL':
      return typeof value === 'string' && EMAIL.test(value.trim());
    case 'TEXT_IS_VALID_URL':
      return typeof value === 'string' && URL_RE.test(value.trim());
    case 'TEXT_CONTAINS':
      return shown.toLowerCase().includes(String(args[0]).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !shown.toLowerCase().includes(String(args[0]).toLowerCase());
    case 'TEXT_EQUAL_TO':
      return shown === String(args[0]);
    default:
      return undefined;
  }
}
