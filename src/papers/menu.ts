/**
 * Menu items for the papers: Generate action log…, Generate agenda…, Draft minutes…. Each asks
 * which meeting (default: the meeting row under the cursor on Meetings, else the next meeting),
 * builds the paper from the workbook and renders it from its Docs template, then shows links.
 */
import { escapeHtml } from '../core/alerts/html';
import { formatWithWeekday } from '../core/dates';
import { defaultMeetingDate, resolveMeetingInput } from '../core/papers/choose';
import { buildPaper, PAPER_NAMES } from '../core/papers/models';
import type { PaperKind } from '../core/papers/placeholders';
import { TEMPLATE_SETTING } from '../core/papers/templates';
import { ACTIONS, FORWARD_PLAN, MEETINGS } from '../core/layout';
import { describeProblem, type Problem } from '../core/problems';
import type { Located, Meeting } from '../core/model';
import { todayIn } from '../adapters/clock';
import { appsScriptDocs, renderPaper, type RenderResult } from '../adapters/docs/render';
import { readWorkbook, writeSetting } from '../adapters/sheets/workbook';
import { UserFacingError, withUserErrors } from '../adapters/ui';

export function menuGenerateActionLog(): void {
  withUserErrors(() => generatePaper('actionLog'));
}

export function menuGenerateAgenda(): void {
  withUserErrors(() => generatePaper('agenda'));
}

export function menuDraftMinutes(): void {
  withUserErrors(() => generatePaper('minutes'));
}

const MENU_TITLES: Record<PaperKind, string> = {
  actionLog: 'Generate action log',
  agenda: 'Generate agenda',
  minutes: 'Draft minutes',
};

function generatePaper(kind: PaperKind): void {
  const ss = SpreadsheetApp.getActive();
  const wb = readWorkbook(ss, ['actions', 'meetings', 'forwardPlan', 'settings']);
  const ui = SpreadsheetApp.getUi();
  const fallback = defaultMeetingDate(wb.meetings, todayIn(wb.timeZone), cursorMeetingDate(ss, wb.meetings));
  if (!fallback) throw new UserFacingError('There are no meetings in Meetings yet: add the meeting first (Action Log ▸ Add meeting…).');

  const response = ui.prompt(
    MENU_TITLES[kind],
    `Which meeting is the ${PAPER_NAMES[kind].toLowerCase()} for?\n\nPress OK for ${formatWithWeekday(fallback)}, or type another meeting's date (dd/mm/yyyy).`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return;
  const choice = resolveMeetingInput(response.getResponseText(), wb.meetings, fallback);
  if (!choice.ok) throw new UserFacingError(choice.message);

  const paper = buildPaper(kind, wb, choice.date);
  const settingKey = TEMPLATE_SETTING[kind];
  const result = renderPaper(appsScriptDocs(), {
    paper,
    templateId: wb.settings[settingKey],
    outputFolderId: wb.settings.outputFolderId,
    savePdf: wb.settings.savePdf,
    recordTemplateId: (id) => writeSetting(ss, settingKey, id),
  });
  showLinks(ui, kind, result, unreadable(wb.problems), paper.actionRows.length);
}

/** The meeting on the row under the cursor, when the user is on the Meetings tab. */
function cursorMeetingDate(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, meetings: readonly Located<Meeting>[]): string | undefined {
  const sheet = ss.getActiveSheet();
  if (!sheet || sheet.getName() !== MEETINGS.name) return undefined;
  const row = sheet.getActiveRange()?.getRow();
  return meetings.find((m) => m.origin.row === row)?.date;
}

/** How to turn the advanced Docs service on (shown when a paper was made without it). */
export const DOCS_API_HOW_TO = 'This paper was made without the Docs API, which is slower and leaves the above out. To turn it on: Extensions ▸ Apps Script, then Services (+) ▸ Google Docs API ▸ Add, and, if it is still refused, enable the Google Docs API for the script\'s Google Cloud project.';

/** The cells of the tabs a paper is made from that could not be read (a date that is not a date, …): each is named on the dialog. */
export function unreadable(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => PAPER_TABS.includes(p.sheet));
}
const PAPER_TABS: readonly string[] = [ACTIONS.name, MEETINGS.name, FORWARD_PLAN.name];

function showLinks(ui: GoogleAppsScript.Base.Ui, kind: PaperKind, result: RenderResult, problems: readonly Problem[], rows: number): void {
  const links = [
    `<p><a href="${escapeHtml(result.docUrl)}" target="_blank" rel="noopener">Open “${escapeHtml(result.name)}”</a></p>`,
    result.pdfUrl ? `<p><a href="${escapeHtml(result.pdfUrl)}" target="_blank" rel="noopener">Open the PDF</a></p>` : '',
  ];
  const notes = [
    kind === 'actionLog' ? `<p>${rows} action${rows === 1 ? '' : 's'} on the log.</p>` : '',
    result.createdTemplateId ? '<p>A default template was created and its ID recorded in Settings; edit that document to change the layout of future papers.</p>' : '',
    problems.length
      ? `<p>${problems.length === 1 ? 'This cell' : `These ${problems.length} cells`} could not be read, so ${problems.length === 1 ? 'it is' : 'they are'} blank in the paper; correct ${problems.length === 1 ? 'it' : 'them'} and make the paper again:</p><ul style="max-height:220px;overflow:auto">${problems.map((p) => `<li>${escapeHtml(describeProblem(p))}</li>`).join('')}</ul>`
      : '',
    result.leftOut.length ? `<p>Left out of this paper:</p><ul>${result.leftOut.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : '',
    result.docsApi ? '' : `<p>${escapeHtml(DOCS_API_HOW_TO)}</p>`,
  ];
  const html = `<div style="font-family:Arial,sans-serif;font-size:14px">${[...links, ...notes].join('')}</div>`;
  const output = HtmlService.createHtmlOutput(html).setWidth(460).setHeight(Math.min(560, 200 + (result.leftOut.length ? 140 : 0) + Math.min(problems.length, 12) * 22));
  ui.showModalDialog(output, `${PAPER_NAMES[kind]} ready`);
}

