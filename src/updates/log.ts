/**
 * The Updates tab in the sheet (see core/updates/log): written under the writers' lock, one
 * read and one write of the tab per request run, one read and one write of a row per answer.
 */
import { isIsoDate, type IsoDate } from '../core/dates';
import { mapHeaders, isDate, type CellValue } from '../core/table';
import { UPDATES, logRows, sameName, type UpdateLogRow } from '../core/updates/log';
import { dateReader, dateWriter } from '../adapters/sheets/dates';
import { writeColumns } from '../adapters/sheets/column-runs';
import { UserFacingError } from '../adapters/ui';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LogEntry {
  readonly officer: string;
  readonly email: string;
  readonly items: number;
  readonly deadline: IsoDate;
}

function meetingReader(timeZone: string): (v: CellValue) => IsoDate | undefined {
  const read = dateReader(timeZone);
  return (v) => (isDate(v) ? read(v) : typeof v === 'string' && isIsoDate(v.trim()) ? v.trim() : undefined);
}

function readLog(sheet: Sheet, timeZone: string): { values: CellValue[][]; index: ReadonlyMap<string, number>; rows: UpdateLogRow[] } {
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const map = mapHeaders(UPDATES, values[0] ?? []);
  if (map.missing.length) {
    throw new UserFacingError(
      `The ${UPDATES.name} tab has no "${map.missing.map((c) => c.header).join('", "')}" column. Restore the header (or delete the tab: the next request makes it again).`,
    );
  }
  return { values, index: map.index, rows: logRows(values, map.index, meetingReader(timeZone)) };
}

/** The log rows (none when the tab does not exist yet). */
export function readUpdateLog(ss: Spreadsheet): UpdateLogRow[] {
  const sheet = ss.getSheetByName(UPDATES.name);
  return sheet ? readLog(sheet, ss.getSpreadsheetTimeZone()).rows : [];
}

/** Records who was asked (or chased) for a meeting: existing rows updated, new ones added, in one write. */
export function recordRequests(ss: Spreadsheet, meeting: IsoDate, entries: readonly LogEntry[], kind: 'asked' | 'chased'): void {
  if (!entries.length) return;
  const timeZone = ss.getSpreadsheetTimeZone();
  let sheet = ss.getSheetByName(UPDATES.name);
  if (!sheet) {
    sheet = ss.insertSheet(UPDATES.name);
    sheet
      .getRange(1, 1, 1, UPDATES.columns.length)
      .setValues([UPDATES.columns.map((c) => c.header)])
      .setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  const { values, index, rows } = readLog(sheet, timeZone);
  const width = Math.max(values[0]?.length ?? 0, ...[...index.values()].map((i) => i + 1));
  const block = values.map((r) => [...r, ...new Array(Math.max(0, width - r.length)).fill('')] as CellValue[]);
  const toDate = dateWriter(timeZone);
  const now = new Date();
  const set = (r: CellValue[], key: string, v: CellValue) => {
    const i = index.get(key);
    if (i !== undefined) r[i] = v;
  };
  for (const e of entries) {
    const found = rows.find((r) => r.meeting === meeting && sameName(r.officer, e.officer));
    let r: CellValue[];
    if (found) r = block[found.row - 1]!;
    else {
      r = new Array(width).fill('');
      block.push(r);
      set(r, 'meeting', toDate(meeting));
      set(r, 'officer', e.officer);
    }
    set(r, 'email', e.email);
    set(r, 'items', e.items);
    set(r, 'deadline', toDate(e.deadline));
    set(r, kind, now);
  }
  sheet.getRange(1, 1, block.length, width).setValues(block);
}

/** Records an officer's answer: Answered now, Updates one more (one read, one write). */
export function recordAnswer(ss: Spreadsheet, meeting: IsoDate, officer: string): void {
  const sheet = ss.getSheetByName(UPDATES.name);
  if (!sheet) return;
  const { index, rows } = readLog(sheet, ss.getSpreadsheetTimeZone());
  const found = rows.find((r) => r.meeting === meeting && sameName(r.officer, officer));
  if (!found) return;
  const answered = index.get('answered')!;
  const updates = index.get('updates')!;
  writeColumns(
    sheet,
    found.row,
    new Map<number, CellValue[]>([
      [answered, [new Date()]],
      [updates, [found.updates + 1]],
    ]),
  );
}
