/** onOpen, Set up this sheet and Refresh statuses. */
import { ACTIONS } from '../core/layout';
import { STATUS_KEY } from '../core/status';
import { summariseProblems } from '../core/problems';
import { todayIn } from '../adapters/clock';
import { withDocumentLock } from '../adapters/lock';
import { refreshStatuses } from '../adapters/sheets/status-refresh';
import { refreshRecommendations, type RecommendationsRefresh } from '../adapters/sheets/recommendations-refresh';
import { alertUser, toast, withUserErrors } from '../adapters/ui';
import { menuEntries, MENU_TITLE, type AlertsCaption } from '../menu';
import { decodeInstall, INSTALL_PROPERTY } from '../core/alerts/sent-log';
import { localeQuestion, timeZoneNote, BRITISH_LOCALE } from '../core/locale';
import { setUpWorkbook } from './setup';

/** Simple trigger: adds the menu. Needs no authorisation, so it stays small and fast. */
export function onOpen(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createMenu(MENU_TITLE);
  for (const entry of menuEntries(alertsCaption())) {
    if (entry === 'separator') menu.addSeparator();
    else if ('items' in entry) {
      const sub = ui.createMenu(entry.caption);
      for (const item of entry.items) sub.addItem(item.caption, item.functionName);
      menu.addSubMenu(sub);
    } else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (ss && !ss.getSheetByName(ACTIONS.name)) {
    toast(ss, 'Choose Action Log ▸ Set up this sheet to turn this spreadsheet into an action log.', 'Welcome to Action Log', 15);
  }
}

/** The install record the alerts keep in document properties (readable from a simple trigger). */
function alertsCaption(): AlertsCaption | undefined {
  try {
    const record = decodeInstall(PropertiesService.getDocumentProperties().getProperty(INSTALL_PROPERTY));
    return record ? { hour: record.hour, by: record.by } : undefined;
  } catch {
    return undefined; // the menu must open whatever happens
  }
}

export function menuSetUp(): void {
  withUserErrors(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const locale = checkLocale(ss);
    toast(ss, 'Setting up the tabs, columns, colours and checks…', 'Action Log', 30);
    const { report, refreshed, recommendations } = withDocumentLock(() => {
      const report = setUpWorkbook(ss);
      SpreadsheetApp.flush();
      const timeZone = ss.getSpreadsheetTimeZone();
      const today = todayIn(timeZone);
      const refreshed = refreshStatuses(ss, today, { officerNotes: true });
      const recommendations = refreshRecommendations(ss, today, { timeZone });
      return { report, refreshed, recommendations };
    });
    const lines = [
      report.created.length ? `Created ${report.created.join(', ')}.` : 'All tabs were already there.',
      ...report.repaired.map((r) => `Repaired ${r}.`),
      `Statuses worked out for ${refreshed.rows} action(s)${recommendations.recommendations.length ? ` and ${recommendations.recommendations.length} recommendation(s)` : ''}.`,
      ...(locale ? ['', locale] : []),
      ...zoneLines(ss),
    ];
    const problems = [...report.problems, ...refreshed.problems, ...recommendations.problems];
    if (problems.length) lines.push('', 'Please check:', summariseProblems(problems, 8));
    alertUser(lines.join('\n'), 'Set up this sheet');
  });
}

/**
 * A locale that reads dates month-first (en_US) would turn a typed 03/04/2010 into 4 March: Set up
 * asks (YES/NO) to switch the spreadsheet to en_GB. Returns a line for the report, if any.
 */
function checkLocale(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | undefined {
  const locale = ss.getSpreadsheetLocale();
  const question = localeQuestion(locale);
  if (!question) return undefined;
  const ui = SpreadsheetApp.getUi();
  if (ui.alert('Dates in this spreadsheet', question, ui.ButtonSet.YES_NO) === ui.Button.YES) {
    ss.setSpreadsheetLocale(BRITISH_LOCALE);
    return `The spreadsheet's locale is now ${BRITISH_LOCALE}: dates typed as dd/mm/yyyy read day-first.`;
  }
  return `The spreadsheet's locale stays ${locale}: dates typed as 03/04/2010 will read as 4 March. Change it in File ▸ Settings ▸ Locale, or run Set up again.`;
}

function zoneLines(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const note = timeZoneNote(ss.getSpreadsheetTimeZone(), Session.getScriptTimeZone());
  return note ? ['', note] : [];
}

export function menuRefreshStatuses(): void {
  withUserErrors(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { result, recommendations } = withDocumentLock(() => {
      const timeZone = ss.getSpreadsheetTimeZone();
      const today = todayIn(timeZone);
      return { result: refreshStatuses(ss, today, { officerNotes: true }), recommendations: refreshRecommendations(ss, today, { timeZone }) };
    });
    const recLine = recommendationsLine(recommendations);
    if (result.rows === 0 && recLine) {
      toast(ss, recLine, 'Statuses refreshed', 8);
      if (recommendations.problems.length) alertUser(`Statuses were refreshed, but please check:\n${summariseProblems(recommendations.problems, 8)}`);
      return;
    }
    if (result.rows === 0) {
      toast(ss, 'No actions yet. Use Action Log ▸ Record decisions and actions… to add the first.');
      return;
    }
    const counts = STATUS_KEY.filter((e) => result.counts[e.status] > 0).map((e) => `${e.label}: ${result.counts[e.status]}`);
    const plan = result.forwardPlanUpdated ? ` · Forward Plan entries brought into line with their actions: ${result.forwardPlanUpdated}` : '';
    toast(ss, `${counts.join(' · ')}${result.overdue ? ` · Overdue: ${result.overdue}` : ''}${plan}${recLine ? ` · ${recLine}` : ''}`, 'Statuses refreshed', 8);
    const problems = [...result.problems, ...recommendations.problems];
    if (problems.length) alertUser(`Statuses were refreshed, but please check:\n${summariseProblems(problems, 8)}`);
  });
}

/** "Recommendations: 12 (overdue 3)", or '' when the tab holds none. */
function recommendationsLine(r: RecommendationsRefresh): string {
  const n = r.recommendations.length;
  return n ? `Recommendations: ${n}${r.overdue ? ` (overdue ${r.overdue})` : ''}` : '';
}
