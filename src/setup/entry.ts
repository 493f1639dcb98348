/** onOpen, Set up this sheet and Refresh statuses. */
import { ACTIONS } from '../core/layout';
import { STATUS_KEY } from '../core/status';
import { summariseProblems } from '../core/problems';
import { todayIn } from '../adapters/clock';
import { withDocumentLock } from '../adapters/lock';
import { refreshStatuses } from '../adapters/sheets/status-refresh';
import { alertUser, toast, withUserErrors } from '../adapters/ui';
import { menuEntries, MENU_TITLE, type AlertsCaption } from '../menu';
import { decodeInstall, INSTALL_PROPERTY } from '../core/alerts/sent-log';
import { setUpWorkbook } from './setup';

/** Simple trigger: adds the menu. Needs no authorisation, so it stays small and fast. */
export function onOpen(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createMenu(MENU_TITLE);
  for (const entry of menuEntries(alertsCaption())) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.caption, entry.functionName);
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
    toast(ss, 'Setting up the tabs, columns, colours and checks…', 'Action Log', 30);
    const { report, refreshed } = withDocumentLock(() => {
      const report = setUpWorkbook(ss);
      SpreadsheetApp.flush();
      const refreshed = refreshStatuses(ss, todayIn(ss.getSpreadsheetTimeZone()), { officerNotes: true });
      return { report, refreshed };
    });
    const lines = [
      report.created.length ? `Created ${report.created.join(', ')}.` : 'All tabs were already there.',
      ...report.repaired.map((r) => `Repaired ${r}.`),
      `Statuses worked out for ${refreshed.rows} action(s).`,
    ];
    const problems = [...report.problems, ...refreshed.problems];
    if (problems.length) lines.push('', 'Please check:', summariseProblems(problems, 8));
    alertUser(lines.join('\n'), 'Set up this sheet');
  });
}

export function menuRefreshStatuses(): void {
  withUserErrors(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const result = withDocumentLock(() => refreshStatuses(ss, todayIn(ss.getSpreadsheetTimeZone()), { officerNotes: true }));
    if (result.rows === 0) {
      toast(ss, 'No actions yet. Use Action Log ▸ Record decisions and actions… to add the first.');
      return;
    }
    const counts = STATUS_KEY.filter((e) => result.counts[e.status] > 0).map((e) => `${e.label}: ${result.counts[e.status]}`);
    const plan = result.forwardPlanUpdated ? ` · Forward Plan entries brought into line with their actions: ${result.forwardPlanUpdated}` : '';
    toast(ss, `${counts.join(' · ')}${result.overdue ? ` · Overdue: ${result.overdue}` : ''}${plan}`, 'Statuses refreshed', 8);
    if (result.problems.length) alertUser(`Statuses were refreshed, but please check:\n${summariseProblems(result.problems, 8)}`);
  });
}
