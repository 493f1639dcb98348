/**
 * Update selected recommendation…: the menu item, and the dialog's google.script.run targets.
 * As safe as the action dialogs: the input is checked again with the page's schema, nothing
 * runs from the web app, the save is under the writers' lock, the row is found again by its
 * review and number when Save is pressed (so sorting or inserting rows meanwhile is safe), text
 * is stored as text, and a cell that would pass 50,000 characters refuses the save whole.
 */
import { describeCell, MAX_CELL_CHARS, tooLongMessage } from '../core/cell-limit';
import { RECOMMENDATIONS } from '../core/layout';
import { FormRejected } from '../core/capture/plan';
import { checkForm, type FieldErrors, type SaveResult } from '../core/capture/schemas';
import { type Recommendation } from '../core/recommendations/status';
import { readRecommendationRows } from '../adapters/sheets/recommendations-read';
import { planRecommendationUpdate, recommendationUpdateForm, type RecommendationDialogData, type SavedRecommendation } from '../core/recommendations/update';
import { mapHeaders, missingColumns, missingColumnsMessage, type CellValue, type HeaderMap } from '../core/table';
import { asLiteralText } from '../core/text-safety';
import { todayIn } from '../adapters/clock';
import { withDocumentLock } from '../adapters/lock';
import { dateWriter } from '../adapters/sheets/dates';
import { UserFacingError, withUserErrors } from '../adapters/ui';
import { answerInTheSheet } from '../adapters/dialog-answer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const UPDATE_RECOMMENDATION_DIALOG = { file: 'update-recommendation', title: 'Update selected recommendation', width: 560, height: 600 } as const;

const NEEDS = ['number', 'recommendation', 'status', 'overdue', 'accepted', 'response', 'deadline', 'progress', 'completedDate'];

interface TabRows {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly map: HeaderMap;
  readonly body: CellValue[][];
  readonly header: CellValue[];
  readonly recommendations: Recommendation[];
  readonly problems: string[];
}

export function readTabRows(ss: Spreadsheet): TabRows {
  const sheet = ss.getSheetByName(RECOMMENDATIONS.name);
  if (!sheet) throw new UserFacingError(`The "${RECOMMENDATIONS.name}" tab is missing. Run Action Log ▸ Set up this sheet to make it.`);
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const map = mapHeaders(RECOMMENDATIONS, values[0] ?? []);
  const stop = missingColumns(RECOMMENDATIONS, map, NEEDS);
  if (stop.length) throw new UserFacingError(missingColumnsMessage(RECOMMENDATIONS, stop, 'Nothing was changed'));
  const body = values.slice(1);
  const read = readRecommendationRows(ss, map, body, ss.getSpreadsheetTimeZone());
  return {
    sheet,
    map,
    body,
    header: values[0] ?? [],
    recommendations: read.recommendations,
    problems: read.problems.map((p) => `${p.sheet}!${p.cell}: ${p.message}`),
  };
}

const nameOf = (r: { number: string; review: string; row: number }) => `recommendation ${r.number || `in row ${r.row}`}${r.review ? ` of “${r.review}”` : ''}`;

/** The recommendation under the cursor, or a plain-words error saying where to put it. */
function selectedRecommendation(ss: Spreadsheet): { tab: TabRows; rec: Recommendation } {
  const sheet = ss.getActiveSheet();
  const row = ss.getActiveRange()?.getRow() ?? 0;
  const where = `Put the cursor on a recommendation's row in the ${RECOMMENDATIONS.name} tab, then choose Action Log ▸ Update selected recommendation… again.`;
  if (sheet.getName() !== RECOMMENDATIONS.name || row < 2) throw new UserFacingError(where);
  const tab = readTabRows(ss);
  const rec = tab.recommendations.find((r) => r.row === row);
  if (!rec) throw new UserFacingError(`Row ${row} of ${RECOMMENDATIONS.name} holds no recommendation (no No. and no Recommendation). ${where}`);
  return { tab, rec };
}

export function menuUpdateRecommendation(): void {
  withUserErrors(() => {
    selectedRecommendation(SpreadsheetApp.getActiveSpreadsheet());
    const d = UPDATE_RECOMMENDATION_DIALOG;
    SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutputFromFile(d.file).setWidth(d.width).setHeight(d.height), d.title);
  });
}

/** Runs the dialog's request (adapters/dialog-answer): only from the sheet, never a thrown error. */
function answer<T>(work: () => T): SaveResult<T> {
  return answerInTheSheet(work);
}

export function recommendationUpdateDialog(): SaveResult<RecommendationDialogData> {
  return answer(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { tab, rec } = selectedRecommendation(ss);
    const statusIndex = tab.map.index.get('status')!;
    return {
      today: todayIn(ss.getSpreadsheetTimeZone()),
      row: rec.row,
      review: rec.review,
      number: rec.number,
      recommendation: rec.recommendation,
      lead: [rec.leadOfficer, rec.leadMember].filter(Boolean).join(' / '),
      deadline: rec.deadline,
      completedDate: rec.completedDate,
      status: String(tab.body[rec.row - 2]?.[statusIndex] ?? ''),
      progress: rec.progress,
      problems: tab.problems.filter((p) => new RegExp(`^${RECOMMENDATIONS.name}![A-Z]+${rec.row}:`).test(p)),
    };
  });
}

export function recommendationSaveUpdate(input: unknown): SaveResult<SavedRecommendation> {
  return answer(() => {
    const checked = checkForm(recommendationUpdateForm, input);
    if (!checked.ok) throw new FormRejected(checked.message, checked.fields as FieldErrors);
    const form = checked.value;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return withDocumentLock(() => {
      const tab = readTabRows(ss);
      // Found again by review and number: the row may have moved since the dialog opened.
      const same = tab.recommendations.filter((r) => r.review === form.review && r.number === form.number);
      const name = nameOf({ ...form });
      if (same.length !== 1) {
        throw new FormRejected(
          same.length === 0
            ? `Nothing was saved: no row of ${RECOMMENDATIONS.name} holds ${name} now (renumbered or deleted?). Close this dialog and choose the recommendation again.`
            : `Nothing was saved: rows ${same.map((r) => r.row).join(' and ')} of ${RECOMMENDATIONS.name} both hold ${name}. Renumber one of them, then try again.`,
        );
      }
      const rec = same[0]!;
      const timeZone = ss.getSpreadsheetTimeZone();
      const today = todayIn(timeZone);
      const change = planRecommendationUpdate(rec, form, today);
      const at = (key: string) => tab.map.index.get(key)! + 1;
      if (change.progress !== undefined && change.progress.length > MAX_CELL_CHARS) {
        const where = describeCell(RECOMMENDATIONS, tab.map, at('progress') - 1, rec.row, name);
        throw new FormRejected(`Nothing was saved: ${tooLongMessage(where, change.progress.length)}`, { note: tooLongMessage(where, change.progress.length) });
      }
      const toDate = dateWriter(timeZone);
      const writes: [number, CellValue][] = [];
      if (change.progress !== undefined) writes.push([at('progress'), asLiteralText(change.progress)]);
      if (change.deadline !== undefined) writes.push([at('deadline'), asLiteralText(change.deadline)]);
      if (change.completedDate !== undefined) writes.push([at('completedDate'), toDate(change.completedDate)]);
      writes.push([at('status'), change.status], [at('overdue'), change.overdue]);
      // One write for the row's changed cells when they sit side by side, else one per run of them.
      writes.sort((a, b) => a[0] - b[0]);
      for (let i = 0; i < writes.length;) {
        let j = i;
        while (j + 1 < writes.length && writes[j + 1]![0] === writes[j]![0] + 1) j++;
        tab.sheet.getRange(rec.row, writes[i]![0], 1, j - i + 1).setValues([writes.slice(i, j + 1).map((w) => w[1])]);
        i = j + 1;
      }
      ss.toast(`${name}: ${change.status}${change.overdue ? ' (overdue)' : ''}.`, 'Recommendation updated', 5);
      return { row: rec.row, name, status: change.status, overdue: change.overdue !== '' };
    });
  });
}
