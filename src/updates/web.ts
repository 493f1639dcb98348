/**
 * The officers' update page, served by the script as a web app: doGet checks the link and
 * serves the page (or a refusal), and the page calls back through google.script.run. Every
 * call checks the link again (never trusting the page), finds the officer's items afresh, and
 * an update goes through the same validated path as Update selected action… (applyUpdate:
 * found by reference under the lock, one batch, Forward Plan in step), signed with the
 * officer's name. Nothing here touches the UI: a web app has none.
 */
import { formatShort } from '../core/dates';
import { checkForm, type SaveResult } from '../core/capture/schemas';
import { FormRejected } from '../core/capture/plan';
import { TOKEN_PARAMETER, type LinkClaims } from '../core/updates/link';
import { actionVersion, findOfficer, isOpenAction, isResponsible, latestLine, officerItems, signature, type OfficerAction } from '../core/updates/items';
import { meetingTitle, officerUpdateForm, refusalPage, refusalText, type OfficerSaveResult, type UpdatePageData } from '../core/updates/page';
import { escapeHtml } from '../core/alerts/html';
import { isOutstanding, statusAsAt, statusEntry } from '../core/status';
import type { Action } from '../core/model';
import { todayIn } from '../adapters/clock';
import { withDocumentLock } from '../adapters/lock';
import { readWorkbook } from '../adapters/sheets/workbook';
import { userMessage } from '../adapters/ui';
import { applyUpdate } from '../capture/server';
import { checkLink } from './links';
import { recordAnswer } from './log';
import { deadlineFor } from './requests';

export const PAGE_FILE = 'update-page';
const TOKEN_MARKER = 'data-token=""';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

class LinkRefused extends Error {}

/** The claims of a genuine, current link, or LinkRefused with the words to show. */
function claimsOf(ss: Spreadsheet, token: unknown): LinkClaims {
  const check = checkLink(token, todayIn(ss.getSpreadsheetTimeZone()));
  if (!check.ok) throw new LinkRefused(refusalText(check));
  return check.claims;
}

export function doGet(e?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const token = e?.parameter?.[TOKEN_PARAMETER];
  try {
    claimsOf(ss, token);
  } catch (error) {
    const message = error instanceof LinkRefused ? error.message : userMessage(error);
    return HtmlService.createHtmlOutput(refusalPage(message)).setTitle('Action Log: link not accepted');
  }
  // Only a genuine token (letters, digits, "-", "_" and ".") reaches the page; escaped all the same.
  const page = HtmlService.createHtmlOutputFromFile(PAGE_FILE);
  page.setContent(page.getContent().replace(TOKEN_MARKER, () => `data-token="${escapeHtml(String(token))}"`));
  return page.setTitle('Action Log: your updates').addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

function answer<T>(work: () => T): SaveResult<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof LinkRefused) return { ok: false, message: error.message, fields: {} };
    if (error instanceof FormRejected) return { ok: false, message: error.message, fields: { ...error.fields } };
    console.error(error);
    return { ok: false, message: userMessage(error), fields: {} };
  }
}

/** The officer's outstanding items now. */
export function updatesPageData(token: unknown): SaveResult<UpdatePageData> {
  return answer(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const claims = claimsOf(ss, token);
    const wb = readWorkbook(ss, ['actions', 'meetings', 'forwardPlan', 'officers', 'settings']);
    const officer = findOfficer(wb.officers, claims.officer);
    if (!officer)
      throw new LinkRefused(`${claims.officer} is no longer on the Officers tab, so this link shows nothing. Nothing has been changed. Ask the secretariat.`);
    const today = todayIn(wb.timeZone);
    const items = officerItems(wb, officer.name, claims.meeting, today);
    const meeting = wb.meetings.find((m) => m.date === claims.meeting);
    const deadline = deadlineFor(claims.meeting, wb.settings, today);
    return {
      officer: officer.name,
      meeting: claims.meeting,
      meetingLabel: meetingTitle(claims.meeting, meeting?.board ?? wb.settings.boardName),
      today,
      deadline: deadline.label,
      actions: items.actions,
      reports: items.reports,
    };
  });
}

class RowChanged extends Error {
  constructor(readonly item: OfficerAction) {
    super('changed');
  }
}

function itemOf(a: Action, row: number, today: string): OfficerAction {
  const s = statusAsAt(a, today);
  return {
    ref: a.ref,
    row,
    subject: a.subject,
    text: a.text,
    dueDate: a.dueDate,
    status: statusEntry(s.status).label,
    overdue: s.overdue && isOutstanding(s),
    latest: latestLine(a.commentary),
    version: actionVersion(a),
  };
}

/** One update from the page: the officer's own open action, as they saw it, or nothing is written. */
export function updatesSave(token: unknown, input: unknown): SaveResult<OfficerSaveResult> {
  return answer(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const claims = claimsOf(ss, token);
    const checked = checkForm(officerUpdateForm, input);
    if (!checked.ok) throw new FormRejected(checked.message, checked.fields);
    // An officer completes as of today (the sheet's date), whatever the page sent; a new date for
    // report is a date from today on.
    const form = { ...checked.value, update: { ...checked.value.update, completedDate: undefined } };
    const today0 = todayIn(ss.getSpreadsheetTimeZone());
    if (form.update.dueDate !== undefined && form.update.dueDate < today0) {
      const message = `A new date for report must be today (${formatShort(today0)}) or later.`;
      throw new FormRejected(`Nothing was saved: ${message}`, { dueDate: message });
    }
    try {
      return withDocumentLock(() => {
        const wb = readWorkbook(ss, ['officers']);
        const officer = findOfficer(wb.officers, claims.officer);
        if (!officer) throw new LinkRefused(`${claims.officer} is no longer on the Officers tab. Nothing was saved. Ask the secretariat.`);
        const today = todayIn(wb.timeZone);
        const saved = applyUpdate(ss, form.update, {
          signedBy: signature(officer.name),
          check(action, row) {
            if (!isResponsible(action.responsible, wb.officers, officer.name)) {
              throw new FormRejected(
                `Nothing was saved: ${action.ref} is not one of your actions (its responsible officer is "${action.responsible}"). If it should be, ask the secretariat.`,
                { '': 'Not your action.' },
              );
            }
            if (action.isDecision)
              throw new FormRejected(`Nothing was saved: ${action.ref} records a decision, which has no progress to report.`, { '': 'A decision.' });
            if (actionVersion(action) !== form.version) throw new RowChanged(itemOf(action, row, today));
            if (!isOpenAction(action, today) && action.completedDate) {
              throw new FormRejected(`Nothing was saved: ${action.ref} was marked completed on ${formatShort(action.completedDate)}.`, {
                '': 'Already completed.',
              });
            }
          },
        });
        recordAnswer(ss, claims.meeting, officer.name);
        return { kind: 'saved', ref: saved.ref, status: saved.status, overdue: saved.overdue, added: saved.added } as OfficerSaveResult;
      });
    } catch (error) {
      if (error instanceof RowChanged) return { kind: 'changed', ref: error.item.ref, item: error.item };
      throw error;
    }
  });
}
