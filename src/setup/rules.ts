/**
 * The conditional-format rules that colour each Actions row by its status, and the overdue
 * flag on the date for report. Built from the header positions, so moved columns still colour
 * right. Rules are recognised as ours by their formula, so set-up can replace exactly its own
 * and keep any a user added.
 */
import { columnLetter } from '../core/layout';
import { OVERDUE_MARK } from '../core/status-block';
import { OVERDUE_COLOUR, STATUS_KEY } from '../core/status';
import { RECOMMENDATION_EXTRA_KEY } from '../core/recommendations/status';

export interface RuleColumns {
  readonly status: number;
  readonly overdue: number;
  readonly dueDate: number;
  readonly lastColumn: number;
  readonly maxRows: number;
}

export interface RuleSpec {
  readonly formula: string;
  readonly background: string;
  readonly fontColor: string;
  readonly bold: boolean;
  /** 1-based first and last column the rule covers, rows 2…maxRows. */
  readonly fromColumn: number;
  readonly toColumn: number;
}

/** A status label and its colours: the actions' key, and on Recommendations its two states more. */
export interface KeyColours {
  readonly label: string;
  readonly background: string;
  readonly fontColor: string;
}

/** The overdue rule comes first: in Sheets the first matching rule wins. */
export function ruleSpecs(cols: RuleColumns, key: readonly KeyColours[] = STATUS_KEY): RuleSpec[] {
  const statusRef = `$${columnLetter(cols.status)}2`;
  const overdueRef = `$${columnLetter(cols.overdue)}2`;
  return [
    {
      formula: `=${overdueRef}="${OVERDUE_MARK}"`,
      background: '#ea9999',
      fontColor: OVERDUE_COLOUR,
      bold: true,
      fromColumn: cols.dueDate,
      toColumn: cols.dueDate,
    },
    ...key.map((e) => ({
      formula: `=${statusRef}="${e.label}"`,
      background: e.background,
      fontColor: e.fontColor,
      bold: false,
      fromColumn: 1,
      toColumn: cols.lastColumn,
    })),
  ];
}

const OURS = new RegExp(
  `^=\\$[A-Z]+2="(${[OVERDUE_MARK, ...STATUS_KEY.map((e) => e.label), ...RECOMMENDATION_EXTRA_KEY.map((e) => e.label)].map(escape).join('|')})"$`,
);

export function isOurFormula(formula: string): boolean {
  return OURS.test(formula);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
