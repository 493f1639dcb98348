/**
 * Import…: the menu item that opens the dialog, and its two google.script.run targets.
 *
 * - `importPreview(input)` reads the paste (or the Doc) and the workbook and says what would be
 *   added, where every date came from and every warning in words. It writes nothing.
 * - `importCommit(input)` does the same under the document lock and then appends, one batch per
 *   tab (Meetings, Officers, Actions, Forward Plan); what is already in the sheet (by reference,
 *   else by meeting date and text) is left out, so importing the same input twice adds nothing.
 *
 * Both return `{ ok: true, value }` or `{ ok: false, message, fields }` and never throw.
 */
import { ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS, RECOMMENDATIONS, type TabSpec } from '../core/layout';
import { createNameMatcher } from '../core/alerts/names';
import { planAddReview } from '../core/recommendations/add-review';
import { readTabRows } from '../recommendations/server';
import { checkForm, type FieldErrors, type SaveResult } from '../core/capture/schemas';
import { FormRejected } from '../core/capture/plan';
import { blocksFromHtml, blocksFromText, type Block } from '../core/import/blocks';
import { planImport, type ImportPreview, type WorkbookState } from '../core/import/plan';
import { docIdOf, importInput, type ImportInput } from '../core/import/schema';
import { todayIn } from '../adapters/clock';
import type { ImportResult } from '../core/import/result';
import { answerInTheSheet } from '../adapters/dialog-answer';
import { withDocumentLock } from '../adapters/lock';
import { readRefRegister, writeRefRegister } from '../adapters/ref-register';
import { raiseRegister } from '../core/ref-register';
import { appendRecords, readWorkbook, type WorkbookRead } from '../adapters/sheets/workbook';
import { UserFacingError, withUserErrors } from '../adapters/ui';
import { readDocBlocks } from './doc';

export const IMPORT_DIALOG = { file: 'import', title: 'Import an action log, forward plan, minutes or recommendations', width: 980, height: 720 } as const;

export function menuImport(): void {
  withUserErrors(() => {
    const html = HtmlService.createHtmlOutputFromFile(IMPORT_DIALOG.file).setWidth(IMPORT_DIALOG.width).setHeight(IMPORT_DIALOG.height);
    SpreadsheetApp.getUi().showModalDialog(html, IMPORT_DIALOG.title);
  });
}

export type { ImportResult } from '../core/import/result';

/** Runs the dialog's request (adapters/dialog-answer): only from the sheet, never a thrown error. */
function answer<T>(work: () => T): SaveResult<T> {
  return answerInTheSheet(work, 'first line');
}

function checked(input: unknown): ImportInput {
  const result = checkForm(importInput, input ?? {});
  if (!result.ok) throw new FormRejected(result.message.replace(/^Nothing was saved/, 'Nothing was imported'), result.fields as FieldErrors);
  return result.value;
}

/** The paste's HTML flavour when it holds anything, else its plain text; else the Doc. */
function readInput(input: ImportInput): Block[] {
  const fromHtml = input.html && input.html.trim() ? blocksFromHtml(input.html) : [];
  if (fromHtml.length) return fromHtml;
  if (input.text && input.text.trim()) return blocksFromText(input.text);
  if (input.docUrl && input.docUrl.trim()) {
    const id = docIdOf(input.docUrl);
    if (!id)
      throw new FormRejected('Nothing was imported: that is not the address of a Google Doc (it looks like https://docs.google.com/document/d/…/edit).', {
        docUrl: 'Paste the address of a Google Doc.',
      });
    return readDocBlocks(id);
  }
  throw new FormRejected('Nothing was imported: paste a table or minutes into the box, or give the address of a Google Doc.', {
    paste: 'Paste here, or give a Doc address below.',
  });
}

function stateOf(wb: WorkbookRead, register: ReadonlyMap<string, number>, reviews?: readonly string[]): WorkbookState {
  return {
    ...(reviews ? { reviews } : {}),
    register,
    today: todayIn(wb.timeZone),
    actions: wb.actions.map((a) => ({ ref: a.ref, meetingDate: a.meetingDate, agendaItem: a.agendaItem, text: a.text })),
    meetings: wb.meetings.map((m) => ({ date: m.date, board: m.board, attendees: m.attendees, apologies: m.apologies })),
    forwardPlan: wb.forwardPlan.map((p) => ({ item: p.item, dueDate: p.dueDate, dueText: p.dueText })),
    officers: wb.officers.map((o) => o.name),
  };
}

const TABS_READ = ['actions', 'meetings', 'forwardPlan', 'officers'] as const;

/**
 * The plan; when the paste holds a recommendations table, planned again with the reviews on the
 * Recommendations tab (read only then, so other imports cost no more calls).
 */
function planWith(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, blocks: Block[], wb: WorkbookRead, register: ReadonlyMap<string, number>, form: ImportInput) {
  const first = planImport(blocks, stateOf(wb, register), form);
  if (first.preview.recommendations.length === 0) return { ...first, tab: undefined };
  const tab = readTabRows(ss);
  const reviews = [...new Set(tab.recommendations.map((r) => r.review).filter(Boolean))];
  return { ...planImport(blocks, stateOf(wb, register, reviews), form), tab };
}

export function importPreview(input: unknown): SaveResult<ImportPreview> {
  return answer(() => {
    const form = checked(input);
    const blocks = readInput(form);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const wb = readWorkbook(ss, TABS_READ);
    return planWith(ss, blocks, wb, readRefRegister(), form).preview;
  });
}

/** The columns each tab's write needs, checked on every tab before anything is written. */
const NEEDS: readonly [TabSpec, 'actions' | 'forwardPlan' | 'meetings' | 'officers', readonly string[]][] = [
  [MEETINGS, 'meetings', ['date']],
  [OFFICERS, 'officers', ['name']],
  [ACTIONS, 'actions', ['ref', 'meetingDate', 'text', 'responsible', 'firstDueDate', 'dueDate', 'commentary']],
  [FORWARD_PLAN, 'forwardPlan', ['item', 'dueDate', 'dueText']],
];

export function importCommit(input: unknown): SaveResult<ImportResult> {
  return answer(() => {
    const form = checked(input);
    const blocks = readInput(form);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return withDocumentLock(() => {
      const wb = readWorkbook(ss, TABS_READ);
      const register = readRefRegister();
      const { preview, writes, tab } = planWith(ss, blocks, wb, register, form);
      // A recommendations table lands under the review named in the dialog: both fields are needed.
      if (preview.recommendations.length && (!form.review?.title || !form.review.dateReported)) {
        const fields: FieldErrors = {};
        if (!form.review?.title) fields['review.title'] = 'Give the review’s title.';
        if (!form.review?.dateReported) fields['review.dateReported'] = 'Give the date the review was reported (dd/mm/yyyy).';
        throw new FormRejected('Nothing was imported: give the review’s title and the date it was reported, for its recommendations.', fields);
      }
      const officers = wb.officers.map((o) => o.name);
      const review =
        tab && writes.recommendations.length && form.review?.dateReported
          ? planAddReview(
              { review: form.review.title, reviewBody: form.review.body, dateReported: form.review.dateReported, recommendations: writes.recommendations },
              tab.recommendations,
              officers,
              createNameMatcher(officers.map((name) => ({ name }))),
              todayIn(wb.timeZone),
              wb.meetings.map((m) => m.date),
            )
          : undefined;
      if (review && 'refused' in review) throw new UserFacingError(review.refused.replace(/^Nothing was saved/, 'Nothing was imported'));
      for (const [tab, key, needed] of NEEDS) {
        if (writes[key].length === 0) continue;
        const found = wb.problems.some((p) => p.sheet === tab.name && /tab is missing/.test(p.message));
        if (found) throw new UserFacingError(`Nothing was imported: the "${tab.name}" tab is missing. Run Action Log ▸ Set up this sheet to recreate it.`);
        const missing = (wb.missing?.[key] ?? []).filter((k) => needed.includes(k));
        if (missing.length) {
          const headers = missing.map((k) => tab.columns.find((c) => c.key === k)?.header ?? k);
          throw new UserFacingError(
            `Nothing was imported: the ${tab.name} tab has no "${headers.join('", "')}" column. Run Action Log ▸ Set up this sheet to restore it.`,
          );
        }
      }
      // The register first (as a save does): a failure after it leaves a gap, never a reuse.
      writeRefRegister(
        raiseRegister(
          register,
          writes.actions.map((a) => String(a.ref ?? '')),
        ),
        register,
      );
      const rows: Record<string, number> = {};
      for (const [tab, key] of NEEDS) {
        if (writes[key].length) rows[tab.name] = appendRecords(ss, tab, writes[key]).firstRow;
      }
      // The review's rows in one append, as Add review… writes them.
      if (tab && review && review.rows.length) {
        rows[RECOMMENDATIONS.name] = appendRecords(ss, RECOMMENDATIONS, review.rows, {
          sheet: tab.sheet,
          header: tab.header,
          lastRow: tab.body.length + 1,
        }).firstRow;
      }
      const c = preview.counts;
      const added = { actions: c.actions, forwardPlan: c.forwardPlan, meetings: c.meetings, officers: c.officers, recommendations: c.recommendations };
      const message = preview.summary.startsWith('Nothing') ? preview.summary : preview.summary.replace(/^Import adds/, 'Imported');
      ss.toast(message, 'Action Log', 8);
      const refs = writes.actions.map((a) => String(a.ref ?? '')).filter(Boolean);
      const notes = review && !('refused' in review) ? review.notes : [];
      return { added, duplicates: c.duplicates, refs, rows, message, warnings: [...preview.warnings, ...notes] };
    });
  });
}
