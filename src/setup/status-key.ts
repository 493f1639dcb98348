/**
 * The status key in the sheet: a tab of its own that the script owns (protected with a
 * warning), and the key again in the Status header's note. It used to sit beside the table on
 * Actions, where it could overwrite what a user typed; set-up removes that old key only where
 * its cells still hold exactly what set-up wrote, and leaves and reports anything else.
 * The key's place is decided here alone, so it can move (to the first screen) without touching
 * the rest of set-up.
 */
import { a1, ACTIONS, KEY_TAB_NAME } from '../core/layout';
import type { Problem } from '../core/problems';
import { STATUS_KEY } from '../core/status';
import { RECOMMENDATION_EXTRA_KEY } from '../core/recommendations/status';
import { isBlank, normaliseHeader } from '../core/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface KeyReport {
  created: string[];
  repaired: string[];
  problems: Problem[];
}

const KEY_HEADER = 'Status key';
const OVERDUE_LINE = 'Overdue: date for report in red';
const HEADER_BACKGROUND = '#e8eaed';
const KEY_PROTECTION = 'Action Log: the status key is kept by the script';

/** The key's cells, top to bottom: what set-up writes (and what older set-ups wrote beside the table). */
export const KEY_CELLS: readonly string[] = [KEY_HEADER, ...STATUS_KEY.map((e) => e.label), OVERDUE_LINE];

const RECOMMENDATIONS_HEADER = 'Recommendations only';

/**
 * The Status Key tab's cells: the key, a blank row, then the two states only recommendations
 * have (Recommendations tab), each in its colour.
 */
export const KEY_TAB_CELLS: readonly string[] = [...KEY_CELLS, '', RECOMMENDATIONS_HEADER, ...RECOMMENDATION_EXTRA_KEY.map((e) => e.label)];

/** The key as the Status header's note, so it shows wherever the Status column is. */
export function statusKeyNote(help: string): string {
  return [help, '', 'Status key:', ...STATUS_KEY.map((e) => `• ${e.label}`), `• ${OVERDUE_LINE}`, `(In colour on the ${KEY_TAB_NAME} tab.)`].join('\n');
}

/**
 * Writes the key on its own tab (created when missing, at the end). Every cell it would write
 * must be empty or already hold the key's text: anything else was typed by a user, so nothing
 * is written and the cell is reported.
 */
export function ensureKeyTab(ss: Spreadsheet, report: KeyReport): void {
  let sheet = ss.getSheetByName(KEY_TAB_NAME);
  if (!sheet) {
    // Next to Actions in the tab bar, so the key is one click from the log.
    const actions = ss.getSheetByName(ACTIONS.name);
    sheet = ss.insertSheet(KEY_TAB_NAME, actions ? actions.getIndex() : ss.getSheets().length);
    report.created.push(`the ${KEY_TAB_NAME} tab`);
  }
  const range = sheet.getRange(1, 1, KEY_TAB_CELLS.length, 1);
  const now = range.getValues();
  const typed = KEY_TAB_CELLS.map((want, i) => ({ row: i + 1, value: now[i]?.[0] })).filter(
    (c) => !isBlank(c.value) && String(c.value) !== KEY_TAB_CELLS[c.row - 1],
  );
  if (typed.length) {
    for (const c of typed) {
      report.problems.push({
        sheet: KEY_TAB_NAME,
        cell: a1(c.row, 1),
        message: `"${String(c.value)}" was typed where the status key goes, so the key was not written. Move that text elsewhere and run Action Log ▸ Set up this sheet again.`,
      });
    }
  } else {
    const extra = RECOMMENDATION_EXTRA_KEY;
    range.setValues(KEY_TAB_CELLS.map((v) => [v]));
    range.setBackgrounds([
      [HEADER_BACKGROUND],
      ...STATUS_KEY.map((e) => [e.background]),
      ['#ea9999'],
      ['#ffffff'],
      [HEADER_BACKGROUND],
      ...extra.map((e) => [e.background]),
    ]);
    range.setFontColors([['#000000'], ...STATUS_KEY.map((e) => [e.fontColor]), ['#cc0000'], ['#000000'], ['#000000'], ...extra.map((e) => [e.fontColor])]);
    range.setFontWeights([['bold'], ...STATUS_KEY.map(() => ['normal' as const]), ['bold'], ['normal'], ['bold'], ...extra.map(() => ['normal' as const])]);
    if (sheet.getColumnWidth(1) !== 300) sheet.setColumnWidth(1, 300);
  }
  const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (!protection) sheet.protect().setDescription(KEY_PROTECTION).setWarningOnly(true);
}

/**
 * The key older set-ups wrote beside the Actions table (a "Status key" column, rows 1–7, with
 * at least half its labels still in place, else the column is a user's and is left): each cell still holding exactly what set-up wrote is cleared (value and colours); any other
 * value in those cells is a user's, so it is left and reported.
 */
export function removeOldKey(sheet: Sheet, report: KeyReport): void {
  const width = sheet.getLastColumn();
  if (width < 1) return;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const at = header.findIndex((h) => normaliseHeader(h) === normaliseHeader(KEY_HEADER));
  if (at < 0) return;
  const column = at + 1;
  const cells = sheet
    .getRange(1, column, KEY_CELLS.length, 1)
    .getValues()
    .map((r) => r[0]);
  const ours = cells.map((v, i) => String(v) === KEY_CELLS[i]);
  // It is the old key only if most of its labels are still there; else the column is a user's.
  if (ours.slice(1).filter(Boolean).length * 2 < KEY_CELLS.length - 1) return;
  let cleared = 0;
  for (let i = 0; i < ours.length;) {
    if (!ours[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ours.length && ours[j + 1]) j++;
    sheet.getRange(i + 1, column, j - i + 1, 1).clear();
    cleared += j - i + 1;
    i = j + 1;
  }
  cells.forEach((v, i) => {
    if (ours[i] || isBlank(v)) return;
    report.problems.push({
      sheet: sheet.getName(),
      cell: a1(i + 1, column),
      message: `"${String(v)}" is where the old status key was, and set-up did not write it, so it was left. The key is now on the ${KEY_TAB_NAME} tab; clear this cell if you do not need it.`,
    });
  });
  if (cleared)
    report.repaired.push(
      `${sheet.getName()}: the old status key beside the table removed (${cleared} cell${cleared === 1 ? '' : 's'}); it is now on the ${KEY_TAB_NAME} tab`,
    );
}
