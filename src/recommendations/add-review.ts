/**
 * Add review…: the menu item and the dialog's google.script.run targets. The input is checked
 * again with the page's schema, nothing runs from the web app, the save is under the writers'
 * lock, a review already on the tab is refused, lead officers are matched against Officers with
 * the alerts' matcher, and the rows go in below the last one in one write, text stored as text.
 */
import { createNameMatcher } from '../core/alerts/names';
import { FormRejected } from '../core/capture/plan';
import { checkForm, type FieldErrors, type SaveResult } from '../core/capture/schemas';
import { RECOMMENDATIONS } from '../core/layout';
import { addReviewForm, planAddReview, type AddReviewDialogData, type SavedReview } from '../core/recommendations/add-review';
import { todayIn } from '../adapters/clock';
import { answerInTheSheet } from '../adapters/dialog-answer';
import { withDocumentLock } from '../adapters/lock';
import { appendRecords, readWorkbook } from '../adapters/sheets/workbook';
import { withUserErrors } from '../adapters/ui';
import { readTabRows } from './server';

export const ADD_REVIEW_DIALOG = { file: 'add-review', title: 'Add review', width: 640, height: 640 } as const;

export function menuAddReview(): void {
  withUserErrors(() => {
    const d = ADD_REVIEW_DIALOG;
    SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutputFromFile(d.file).setWidth(d.width).setHeight(d.height), d.title);
  });
}

/** For the dialog: the officers to suggest as lead officers. */
export function recommendationAddReviewDialog(): SaveResult<AddReviewDialogData> {
  return answerInTheSheet(() => {
    const wb = readWorkbook(SpreadsheetApp.getActiveSpreadsheet(), ['officers']);
    return { officers: wb.officers.map((o) => o.name).filter(Boolean) };
  });
}

export function recommendationSaveReview(input: unknown): SaveResult<SavedReview> {
  return answerInTheSheet(() => {
    const checked = checkForm(addReviewForm, input);
    if (!checked.ok) throw new FormRejected(checked.message, checked.fields as FieldErrors);
    const form = checked.value;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return withDocumentLock(() => {
      const tab = readTabRows(ss);
      const wb = readWorkbook(ss, ['officers', 'meetings']);
      const officers = wb.officers.map((o) => o.name);
      const plan = planAddReview(
        form,
        tab.recommendations,
        officers,
        createNameMatcher(officers.map((name) => ({ name }))),
        todayIn(wb.timeZone),
        wb.meetings.map((m) => m.date),
      );
      if ('refused' in plan) throw new FormRejected(plan.refused, plan.field ? { [plan.field]: plan.refused } : {});
      const { firstRow } = appendRecords(ss, RECOMMENDATIONS, plan.rows, { sheet: tab.sheet, header: tab.header, lastRow: tab.body.length + 1 });
      const rows = plan.rows.length;
      ss.toast(`“${form.review}”: ${rows} recommendation${rows === 1 ? '' : 's'} added (rows ${firstRow} to ${firstRow + rows - 1}).`, 'Review added', 5);
      return { review: form.review, rows, firstRow, notes: plan.notes };
    });
  });
}
