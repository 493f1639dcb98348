/**
 * Menu items for the papers: Generate action log…, Generate agenda…, Draft minutes…. Each opens
 * a dialog listing the meetings in Meetings (the one under the cursor on Meetings, else the next
 * one, first); the dialog calls `papersGenerate`, which builds the paper from the workbook,
 * renders it from its Docs template — updating the Doc made before for that meeting, or replacing
 * it — with a toast while it works, and answers with what was made for the dialog to show.
 */
import { formatWithWeekday } from '../core/dates';
import { meetingOptions } from '../core/papers/choose';
import { buildPaper, PAPER_NAMES } from '../core/papers/models';
import type { PaperKind } from '../core/papers/placeholders';
import type { Settings } from '../core/settings';
import { TEMPLATE_SETTING } from '../core/papers/templates';
import { ACTIONS, FORWARD_PLAN, MEETINGS } from '../core/layout';
import type { Located, Meeting } from '../core/model';
import { describeProblem, type Problem } from '../core/problems';
import type { SaveResult } from '../core/capture/schemas';
import type { PaperDialogData, PaperView } from '../core/papers/dialog-data';
export type { PaperDialogData, PaperView } from '../core/papers/dialog-data';
import { todayIn } from '../adapters/clock';
import { appsScriptDocs, renderPaper, type PreviousPaper } from '../adapters/docs/render';
import type { PaperOutcome } from '../core/papers/dialog-data';
import { answerInTheSheet } from '../adapters/dialog-answer';
import { withDocumentLock } from '../adapters/lock';
import { readWorkbook, writeSetting } from '../adapters/sheets/workbook';
import { withoutDetachedLinks } from '../adapters/sheets/forward-plan-sync';
import { UserFacingError, withUserErrors } from '../adapters/ui';
import { formatShort } from '../core/dates';
import { RECOMMENDATIONS } from '../core/layout';
import {
  buildMonitoringReport,
  MONITORING_SHAPES,
  outstandingRecommendationsTable,
  reviewRecommendations,
  reviewTitles,
  SHAPE_LABELS,
} from '../core/recommendations/monitoring';
import { readTabRows } from '../recommendations/server';

export function menuGenerateActionLog(): void {
  withUserErrors(() => openPaperDialog('actionLog'));
}

export function menuGenerateAgenda(): void {
  withUserErrors(() => openPaperDialog('agenda'));
}

export function menuDraftMinutes(): void {
  withUserErrors(() => openPaperDialog('minutes'));
}

export function menuGenerateMonitoringReport(): void {
  withUserErrors(() => openPaperDialog('monitoring'));
}

const MENU_TITLES: Record<PaperKind, string> = {
  actionLog: 'Generate action log',
  agenda: 'Generate agenda',
  minutes: 'Draft minutes',
  monitoring: 'Generate monitoring report',
};

const KINDS: readonly PaperKind[] = ['actionLog', 'agenda', 'minutes', 'monitoring'];

/** The paper dialog (dist/paper.html), told which paper it is for. */
function openPaperDialog(kind: PaperKind): void {
  const html = HtmlService.createHtmlOutputFromFile('paper').append(`<div id="paper-kind" data-kind="${kind}" hidden></div>`).setWidth(520).setHeight(460);
  SpreadsheetApp.getUi().showModalDialog(html, MENU_TITLES[kind]);
}

/** For the dialog: the meetings to choose from, the default first. */
export function papersDialog(kind: unknown): SaveResult<PaperDialogData> {
  return answer(() => {
    const k = paperKind(kind);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (k === 'monitoring') return monitoringDialog(ss);
    const wb = readWorkbook(ss, ['meetings']);
    const meetings = meetingOptions(wb.meetings, todayIn(wb.timeZone), cursorMeetingDate(ss, wb.meetings));
    if (!meetings.length) throw new UserFacingError('There are no meetings in Meetings yet: add the meeting first (Action Log ▸ Add meeting…).');
    return { kind: k, paper: PAPER_NAMES[k].toLowerCase(), meetings };
  });
}

/** How to turn the advanced Docs service on (shown when a paper was made without it). */
export const DOCS_API_HOW_TO =
  "This paper was made without the Docs API, which is slower and leaves the above out. To turn it on: Extensions ▸ Apps Script, then Services (+) ▸ Google Docs API ▸ Add, and, if it is still refused, enable the Google Docs API for the script's Google Cloud project.";

/** The dialog's Make button: the paper for the meeting chosen. */
export function papersGenerate(kind: unknown, date: unknown, shape?: unknown): SaveResult<PaperView> {
  return answer(() => {
    const k = paperKind(kind);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (k === 'monitoring') return generateMonitoring(ss, date, shape);
    const wb = readWorkbook(ss, ['actions', 'meetings', 'forwardPlan', 'settings']);
    const meeting = wb.meetings.find((m) => m.date === date);
    if (!meeting) throw new UserFacingError('That meeting is no longer in Meetings: close this dialog and open it again.');
    // An entry whose linked action is gone stays as written (never re-attached to a new action).
    // The Recommendations tab is read only when the action log is to list them (a setting).
    const recommendationsTable =
      k === 'actionLog' && wb.settings.recommendationsInActionLog ? outstandingRecommendationsTable(readTabRows(ss).recommendations, meeting.date) : undefined;
    const paper = buildPaper(
      k,
      { ...wb, forwardPlan: withoutDetachedLinks(ss, wb.forwardPlan), ...(recommendationsTable ? { recommendationsTable } : {}) },
      meeting.date,
    );
    const word = PAPER_NAMES[k].toLowerCase();
    ss.toast(`Making the ${word} for ${formatWithWeekday(meeting.date)}…`, 'Action Log', -1);
    const settingKey = TEMPLATE_SETTING[k];
    // One paper per meeting: the lock stops two people making it at once (and two copies).
    const result = withFailureToast(ss, word, () => renderRecorded(ss, wb.settings, settingKey, paper, recordKey(k, meeting.date)));
    ss.toast(`${PAPER_NAMES[k]} ready: ${result.name}.`, 'Action Log', 5);
    const rows = paper.actionRows.length;
    return {
      name: result.name,
      docUrl: result.docUrl,
      ...(result.pdfUrl ? { pdfUrl: result.pdfUrl } : {}),
      outcome: result.outcome,
      outcomeText: OUTCOME_TEXT[result.outcome](word),
      leftOut: result.leftOut,
      ...(result.docsApi ? {} : { docsApiHowTo: DOCS_API_HOW_TO }),
      unreadable: unreadable(wb.problems).map(describeProblem),
      notes: [
        k === 'actionLog' ? `${rows} action${rows === 1 ? '' : 's'} on the log.` : '',
        result.createdTemplateId
          ? 'A default template was created and its ID recorded in Settings; edit that document to change the layout of future papers.'
          : '',
        result.pdfUrl ? 'The PDF was made from the finished paper.' : '',
      ].filter(Boolean),
    };
  });
}

/**
 * Renders the paper under the writers' lock (two people never make two copies) and records the
 * Doc (and PDF) made under `key` in document properties, so making it again updates or replaces
 * that Doc rather than adding one.
 */
function renderRecorded(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  settingKey: (typeof TEMPLATE_SETTING)[PaperKind],
  paper: Parameters<typeof renderPaper>[1]['paper'],
  key: string,
): ReturnType<typeof renderPaper> {
  return withDocumentLock(() => {
    const props = PropertiesService.getDocumentProperties();
    const made = renderPaper(appsScriptDocs(), {
      paper,
      templateId: settings[settingKey],
      outputFolderId: settings.outputFolderId,
      savePdf: settings.savePdf,
      recordTemplateId: (id) => writeSetting(ss, settingKey, id),
      previous: decodeRecord(props.getProperty(key)),
    });
    props.setProperty(key, JSON.stringify({ doc: made.docId, ...(made.pdfId ? { pdf: made.pdfId } : {}) }));
    return made;
  });
}

/** The "Making…" toast stays up until the next one: a failure replaces it too. */
function withFailureToast<T>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, word: string, work: () => T): T {
  try {
    return work();
  } catch (e) {
    ss.toast(`The ${word} could not be made: the dialog says why.`, 'Action Log', 5);
    throw e;
  }
}

const OUTCOME_TEXT: Record<PaperOutcome, (paper: string) => string> = {
  new: (p) => `A new ${p} was made.`,
  updated: (p) =>
    `The ${p} made before for this meeting was updated in place: the same Doc and link (links already sent keep working), its version history kept.`,
  replaced: (p) => `The ${p} made before for this meeting was replaced by a new Doc (the old one is in the Bin): its link has changed.`,
};

/** Document property holding the paper made for a meeting: `papers.actionLog.2012-03-15`. */
export function recordKey(kind: PaperKind, date: string): string {
  return `papers.${kind}.${date}`;
}

function decodeRecord(raw: string | null): PreviousPaper | undefined {
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as { doc?: unknown; pdf?: unknown };
    return typeof v.doc === 'string' ? { docId: v.doc, ...(typeof v.pdf === 'string' ? { pdfId: v.pdf } : {}) } : undefined;
  } catch {
    return undefined;
  }
}

function paperKind(kind: unknown): PaperKind {
  if (!KINDS.includes(kind as PaperKind))
    throw new UserFacingError('The dialog asked for a paper the script does not know: close it and choose the paper from the menu again.');
  return kind as PaperKind;
}

/** Runs the dialog's request (adapters/dialog-answer): only from the sheet, never a thrown error. */
function answer<T>(work: () => T): SaveResult<T> {
  return answerInTheSheet(work, 'first line');
}

/** The meeting on the row under the cursor, when the user is on the Meetings tab. */
function cursorMeetingDate(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, meetings: readonly Located<Meeting>[]): string | undefined {
  const range = ss.getActiveRange();
  if (!range || range.getSheet().getName() !== MEETINGS.name) return undefined;
  const row = range.getRow();
  return meetings.find((m) => m.origin.row === row)?.date;
}

/** The cells of the tabs a paper is made from that could not be read (a date that is not a date, …): each is named on the dialog. */
export function unreadable(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => PAPER_TABS.includes(p.sheet));
}
const PAPER_TABS: readonly string[] = [ACTIONS.name, MEETINGS.name, FORWARD_PLAN.name];

// ---------------------------------------------------------------------------------------------
// Generate monitoring report… (issue 10, point 4): the same dialog, template, renderer and record.

/** The reviews on the Recommendations tab (the one under the cursor first) and the two shapes. */
function monitoringDialog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): PaperDialogData {
  const tab = readTabRows(ss);
  const titles = reviewTitles(tab.recommendations);
  if (!titles.length)
    throw new UserFacingError(`There are no recommendations on the ${RECOMMENDATIONS.name} tab yet: add the review and its recommendations first.`);
  const range = ss.getActiveRange();
  const cursor =
    range && range.getSheet().getName() === RECOMMENDATIONS.name ? tab.recommendations.find((r) => r.row === range.getRow())?.review.trim() : undefined;
  const ordered = cursor ? [cursor, ...titles.filter((t) => t !== cursor)] : titles;
  const reviews = ordered.map((title) => {
    const first = tab.recommendations.find((r) => r.review.trim() === title);
    const body = first?.reviewBody ? ` – ${first.reviewBody}` : '';
    const reported = first?.dateReported ? ` (reported ${formatShort(first.dateReported)})` : '';
    return { date: title, label: `${title}${body}${reported}` };
  });
  return { kind: 'monitoring', paper: 'monitoring report', meetings: reviews, shapes: MONITORING_SHAPES.map((s) => ({ value: s, label: SHAPE_LABELS[s] })) };
}

function generateMonitoring(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, review: unknown, shapeInput: unknown): PaperView {
  const shape = MONITORING_SHAPES.find((s) => s === shapeInput);
  if (!shape) throw new UserFacingError('The dialog asked for a report shape the script does not know: close it and open Generate monitoring report… again.');
  const tab = readTabRows(ss);
  const title = typeof review === 'string' ? review.trim() : '';
  const recs = reviewRecommendations(tab.recommendations, title);
  if (!title || !recs.length) throw new UserFacingError(`That review is no longer on the ${RECOMMENDATIONS.name} tab: close this dialog and open it again.`);
  const wb = readWorkbook(ss, ['settings']);
  const asAt = todayIn(wb.timeZone);
  const paper = buildMonitoringReport(tab.recommendations, title, shape, asAt, wb.settings.boardName);
  const word = shape === 'response' ? 'monitoring report' : 'action plan';
  ss.toast(`Making the ${word} for “${title}”…`, 'Action Log', -1);
  const settingKey = TEMPLATE_SETTING.monitoring;
  const result = withFailureToast(ss, word, () =>
    renderRecorded(ss, wb.settings, settingKey, paper, recordKey('monitoring', `${shape}.${title.toLowerCase()}`)),
  );
  ss.toast(`Monitoring report ready: ${result.name}.`, 'Action Log', 5);
  return {
    name: result.name,
    docUrl: result.docUrl,
    ...(result.pdfUrl ? { pdfUrl: result.pdfUrl } : {}),
    outcome: result.outcome,
    outcomeText: OUTCOME_TEXT[result.outcome](word).replace('for this meeting', 'for this review'),
    leftOut: result.leftOut,
    ...(result.docsApi ? {} : { docsApiHowTo: DOCS_API_HOW_TO }),
    unreadable: tab.problems,
    notes: [
      `${recs.length} recommendation${recs.length === 1 ? '' : 's'} in the ${word}; ${String(paper.text.summary)}`,
      result.createdTemplateId
        ? 'A default template was created and its ID recorded in Settings; edit that document to change the layout of future reports.'
        : '',
      result.pdfUrl ? 'The PDF was made from the finished paper.' : '',
    ].filter(Boolean),
  };
}
