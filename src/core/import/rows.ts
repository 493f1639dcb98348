/**
 * A table's rows as the board's paper has them, turned into one record per entry: the header row
 * repeated at each page break is skipped, a row continued across a page break (empty reference
 * cell) is merged into the one above, and a "Ref No and subject" cell ("28.01.05 Item 3.2
 * Safeguarding Children") is split into reference, item and subject.
 */
import type { IsoDate } from '../dates';
import { findDatesInText } from '../parse-date';
import type { Cell, Row } from './blocks';
import { cellText } from './blocks';
import { isEmptyRow, isHeaderAgain, type Field } from './headings';

export interface TableRows {
  /** Rows after the header, each with its 1-based row number in the table, merged and filtered. */
  readonly rows: { readonly row: number; readonly cells: ReadonlyMap<Field, Cell> }[];
  /** Table row numbers of header rows repeated at page breaks. */
  readonly repeatedHeaders: readonly number[];
  /** [continuation row, row it was merged into]. */
  readonly merged: readonly (readonly [number, number])[];
}

/**
 * `keyFields`: the fields whose emptiness marks a continued row (the reference, else the
 * first column's field).
 */
export function tableRows(
  rows: readonly Row[],
  headerRow: number,
  columns: readonly Field[],
  headings: readonly string[],
  keyFields: readonly Field[],
  /** Overrides the key fields' test: is this row the previous one continued across a page break? */
  isContinued?: (cells: ReadonlyMap<Field, Cell>, previous: ReadonlyMap<Field, Cell>) => boolean,
): TableRows {
  const out: { row: number; cells: Map<Field, Cell> }[] = [];
  const repeatedHeaders: number[] = [];
  const merged: [number, number][] = [];
  const keys = keyFields.filter((f) => columns.includes(f));
  const key = keys.length ? keys : columns.filter(Boolean).slice(0, 1);
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (isEmptyRow(row)) continue;
    if (isHeaderAgain(row, headings)) {
      repeatedHeaders.push(r + 1);
      continue;
    }
    const cells = new Map<Field, Cell>();
    columns.forEach((field, i) => {
      if (field === '') return;
      const cell = row[i] ?? [];
      cells.set(field, [...(cells.get(field) ?? []), ...cell]);
    });
    const previous = out[out.length - 1];
    const continued = previous && (isContinued ? isContinued(cells, previous.cells) : key.every((f) => (cells.get(f) ?? []).length === 0));
    if (continued && previous) {
      for (const [field, lines] of cells) previous.cells.set(field, joinContinued(previous.cells.get(field) ?? [], lines));
      merged.push([r + 1, previous.row]);
      continue;
    }
    if ([...cells.values()].every((c) => c.length === 0)) continue;
    out.push({ row: r + 1, cells });
  }
  return { rows: out, repeatedHeaders, merged };
}

/** A sentence cut off at the page break ("…written to John Salt at") joins its next line. */
function joinContinued(before: Cell, after: Cell): Cell {
  const last = before[before.length - 1];
  const next = after[0];
  if (last === undefined || next === undefined) return [...before, ...after];
  if (/[.;:!?)]$/.test(last) || !/^[a-z]/.test(next)) return [...before, ...after];
  return [...before.slice(0, -1), `${last} ${next}`, ...after.slice(1)];
}

export interface RefSubject {
  readonly ref: string;
  readonly item: string;
  readonly subject: string;
}

const REF_SUBJECT = /^(?<ref>\d{1,2}\s?\.\s?\d{1,2}\s?\.\s?\d{1,3})(?![\d.])\s*[-–:,]?\s*(?<rest>.*)$/s;
const ITEM = /^(?:agenda\s+)?item\s*(?:no\.?\s*)?(?<item>\d+(?:\.\d+)*(?:\s?\([a-z]\)|[a-z])?)\s*[-–:.,]?\s*(?<subject>.*)$/is;

/** "28.01.05 Item 3.2 Safeguarding Children" → 28.01.05, 3.2, Safeguarding Children. */
export function splitRefSubject(text: string): RefSubject {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = REF_SUBJECT.exec(t);
  const ref = m?.groups?.ref?.replace(/\s/g, '') ?? '';
  const rest = m ? (m.groups?.rest ?? '') : t;
  const item = ITEM.exec(rest);
  if (item) return { ref, item: (item.groups?.item ?? '').replace(/\s/g, ''), subject: tidy(item.groups?.subject ?? '') };
  return { ref, item: '', subject: tidy(rest) };
}

function tidy(s: string): string {
  return s
    .trim()
    .replace(/^[-–:.,]\s*/, '')
    .replace(/\.$/, '')
    .trim();
}

/** "Executive Board 25/06/09" → the board and the meeting date. */
export function splitBoardAndDate(cell: Cell): { board: string; date?: IsoDate; dateText: string } {
  const text = cellText(cell);
  const found = findDatesInText(text).find((f) => f.parsed.kind === 'day');
  if (!found || found.parsed.kind !== 'day') return { board: text, dateText: '' };
  const board = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.matchedText.length))
    .replace(/\s+/g, ' ')
    .replace(/^[\s,–-]+|[\s,–-]+$/g, '')
    .trim();
  return { board, date: found.parsed.date, dateText: found.matchedText };
}
