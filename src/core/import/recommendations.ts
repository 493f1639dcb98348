/**
 * A review's recommendations table, pasted into Import… (issue 10), in either shape the boards
 * use: the monitoring report ("Recommendation · Response", numbered 1, 2, 3…) and the action
 * plan ("Recommendation · Accepted · Proposed action (lead officer) · Deadline · Action taken",
 * numbered 01, 02…). The table is read by the import's own reader (rows.ts `tableRows`): a header
 * repeated at a page break is dropped, and a row with no number of its own (its number cell
 * empty, or its recommendation not starting with one) continues the recommendation above, its
 * cells joined so nothing is lost. One recommendation per number. Pure.
 */
import { stampLine } from '../capture/commentary';
import { findDatesInText } from '../parse-date';
import { parseAccepted } from '../recommendations/status';
import type { ACCEPTED_CHOICES } from '../recommendations/add-review';
import type { Cell, Row } from './blocks';
import { cellText } from './blocks';
import type { Field } from './headings';
import { tableRows, type TableRows } from './rows';

export interface ImportedRecommendation {
  readonly id: string;
  /** "Table 1, row 5". */
  readonly where: string;
  /** As the review numbers it: "01", "5", "3.2". */
  readonly number: string;
  readonly recommendation: string;
  readonly accepted: (typeof ACCEPTED_CHOICES)[number];
  readonly reason: string;
  readonly response: string;
  readonly proposedAction: string;
  readonly leadOfficer: string;
  readonly leadMember: string;
  /** As written: a day, a month ("March 2011") or a span ("April – June 2011"). */
  readonly deadline: string;
  /** One line per update; a line led by a date is written "dd/mm/yyyy: …". */
  readonly progress: string;
}

/** "01", "5", "3.2", "R4", "Rec 2", "12.": a recommendation's number at the start of a cell. */
const NUMBER = /^(?:r(?:ec(?:ommendation)?)?\.?\s*)?(\d{1,3}(?:\.\d{1,2})*[a-z]?)(?:[.):]|\s*[-–]|(?=\s)|$)\s*/i;

/** The number a cell starts with, and the rest of it. */
export function leadingNumber(text: string): { number: string; rest: string } | undefined {
  const m = NUMBER.exec(text.trim());
  if (!m) return undefined;
  return { number: (m[1] ?? '').replace(/\.$/, ''), rest: text.trim().slice(m[0].length).trim() };
}

function numberOf(cells: ReadonlyMap<Field, Cell>, hasNumberColumn: boolean): string {
  if (hasNumberColumn) {
    const n = cellText(cells.get('number')).trim();
    return leadingNumber(n)?.number ?? n;
  }
  return leadingNumber(cellText(cells.get('recommendation')))?.number ?? '';
}

export interface RecommendationsTable {
  readonly read: TableRows;
  readonly recommendations: ImportedRecommendation[];
}

/** The recommendations of one table; `warnings` gets what could not be read as written. */
export function recommendationsFromTable(
  table: number,
  rows: readonly Row[],
  headerRow: number,
  columns: readonly Field[],
  headings: readonly string[],
  warnings: string[],
): RecommendationsTable {
  const hasNumber = columns.includes('number');
  const read = tableRows(rows, headerRow, columns, headings, ['number'], (cells, previous) => {
    const n = numberOf(cells, hasNumber);
    // No number of its own, or the same number again (a page break that repeated it): the row above, continued.
    return n === '' || n === numberOf(previous, hasNumber);
  });
  const out: ImportedRecommendation[] = [];
  const seen = new Map<string, string>();
  for (const { row, cells } of read.rows) {
    const where = `Table ${table}, row ${row}`;
    const lines = (f: Field) => (cells.get(f) ?? []).map((l) => l.trim()).filter(Boolean);
    const text = (f: Field) => lines(f).join('\n');
    let number = numberOf(cells, hasNumber);
    let recommendation = text('recommendation');
    if (!hasNumber && number) {
      const [first = '', ...more] = lines('recommendation');
      recommendation = [leadingNumber(first)?.rest ?? first, ...more].filter(Boolean).join('\n');
    }
    if (!number) {
      number = String(out.length + 1);
      warnings.push(
        `${where}: the recommendation has no number, so it is numbered ${number}; correct its No. in the Recommendations tab if the review numbers it otherwise.`,
      );
    }
    const key = number.toLowerCase();
    if (seen.has(key)) {
      warnings.push(`${where}: recommendation ${number} is also in ${seen.get(key)}, so this one is left out.`);
      continue;
    }
    seen.set(key, where);
    const { accepted, reason } = acceptance(text('accepted'), where, warnings);
    let proposedAction = text('proposedAction');
    let leadOfficer = text('leadOfficer');
    // "Proposed action (lead officer)": the officer in brackets at the end of a line of the cell.
    if (!leadOfficer && !columns.includes('leadOfficer')) {
      const leads: string[] = [];
      proposedAction = lines('proposedAction')
        .map((line) => {
          const m = /\s*\(([^()]+)\)$/.exec(line);
          if (!m) return line;
          leads.push((m[1] ?? '').trim());
          return line.slice(0, m.index).trim();
        })
        .filter(Boolean)
        .join('\n');
      leadOfficer = [...new Set(leads)].join(' / ');
    }
    out.push({
      id: `t${table}r${row}`,
      where,
      number,
      recommendation,
      accepted,
      reason,
      response: text('response'),
      proposedAction,
      leadOfficer,
      leadMember: text('leadMember'),
      deadline: lines('deadline').join(' '),
      progress: progressOf(lines('actionTaken')),
    });
  }
  return { read, recommendations: out };
}

const CHOICE = { yes: 'Yes', no: 'No', inPart: 'In part' } as const;

/** "Yes", "No", "In part", or one of those followed by the reason ("In part – council pools only"). */
function acceptance(cell: string, where: string, warnings: string[]): { accepted: ImportedRecommendation['accepted']; reason: string } {
  const t = cell.trim();
  if (!t) return { accepted: '', reason: '' };
  const whole = parseAccepted(t);
  if (whole && whole !== 'unreadable') return { accepted: CHOICE[whole], reason: '' };
  const m = /^([a-z ]+?)\s*(?:[-–:;,.]|\n)\s*([\s\S]+)$/i.exec(t);
  const head = m ? parseAccepted(m[1] ?? '') : undefined;
  if (m && head && head !== 'unreadable') return { accepted: CHOICE[head], reason: (m[2] ?? '').trim() };
  warnings.push(`${where}, Accepted: “${t}” is not Yes, No or In part, so it is kept in Reason; choose Accepted in the Recommendations tab.`);
  return { accepted: '', reason: t };
}

/**
 * "Action taken" as progress lines: a line led by a date becomes "dd/mm/yyyy: …" (lines after it
 * without a date of their own join it); a cell with no line led by a date is one line, as written.
 */
export function progressOf(lines: readonly string[]): string {
  const dated = (line: string) => {
    const f = findDatesInText(line)[0];
    if (!f || f.parsed.kind !== 'day' || line.slice(0, f.index).trim() !== '') return undefined;
    return { date: f.parsed.date, rest: line.slice(f.index + f.matchedText.length).replace(/^[\s:.,;–-]+/, '') };
  };
  if (!lines.some((l) => dated(l))) return lines.join(' ').trim();
  const out: string[] = [];
  for (const line of lines) {
    const d = dated(line);
    if (d) out.push(stampLine(d.date, d.rest || line));
    else if (out.length) out[out.length - 1] = `${out[out.length - 1]} ${line}`;
    else out.push(line);
  }
  return out.join('\n');
}
