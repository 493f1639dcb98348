/**
 * Entry points for alerts: the daily trigger handler and the three menu items. The trigger path
 * (runDailyAlerts) never touches the UI; menu items report through alerts and dialogs.
 */
import { planAlerts } from '../core/alerts/digest';
import { decodeInstall, encodeInstall, INSTALL_PROPERTY, type InstallRecord } from '../core/alerts/sent-log';
import { describeAlertsState, hourLabel, previewHtml, type AlertsState } from '../core/alerts/state';
import { buildSummary } from '../core/alerts/summary';
import { formatShort } from '../core/dates';
import { ACTIONS } from '../core/layout';
import type { SettingIssue } from '../core/settings';
import { todayIn } from '../adapters/clock';
import { refreshStatuses } from '../adapters/sheets/status-refresh';
import { readWorkbook } from '../adapters/sheets/workbook';
import { installDaily, ourTriggers, removeDaily } from '../adapters/triggers';
import { alertUser, withUserErrors } from '../adapters/ui';
import { dailyRun, sendPlan, type AlertServices, type DailyRunReport } from './run';

const TITLE = 'Alerts';

function services(): AlertServices {
  return { mail: MailApp, properties: PropertiesService.getDocumentProperties(), log: (m) => console.log(m) };
}

/** The time-driven trigger's handler. Never throws for a bad setting and never calls getUi(). */
export function runDailyAlerts(): DailyRunReport {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  return dailyRun(ss, { ...services(), lock, flush: () => SpreadsheetApp.flush() }, { refreshStatuses, readWorkbook, today: todayIn });
}

function currentUser(): string {
  try {
    return Session.getEffectiveUser().getEmail() || Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

function readState(props: GoogleAppsScript.Properties.Properties, me: string): { record: InstallRecord | undefined; mine: number; state: AlertsState } {
  const record = decodeInstall(props.getProperty(INSTALL_PROPERTY));
  const mine = ourTriggers(ScriptApp).length;
  return { record, mine, state: describeAlertsState({ record, myTriggers: mine, me }) };
}

function settingLines(issues: readonly SettingIssue[]): string[] {
  return issues.map((i) => `Setting "${i.label}" ${i.message}; the default is used until it is corrected on the Settings tab.`);
}

export function menuInstallAlerts(): void {
  withUserErrors(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const wb = readWorkbook(ss, ['settings']);
    const props = PropertiesService.getDocumentProperties();
    const me = currentUser();
    const { record, mine } = readState(props, me);
    const hour = wb.settings.alertHour;
    const tz = wb.timeZone;
    if (record && mine === 0 && record.by && me && record.by.toLowerCase() !== me.toLowerCase()) {
      const ui = SpreadsheetApp.getUi();
      const answer = ui.alert(
        TITLE,
        `Alerts are already on (daily at ${hourLabel(record.hour)}, installed by ${record.by}). Their trigger runs under ${record.by}'s account; ` +
          `Apps Script does not let you see or change it.\n\nInstall a trigger under your account as well? No mail is sent twice: the runs share a record of what was sent.`,
        ui.ButtonSet.YES_NO,
      );
      if (answer !== ui.Button.YES) return;
    }
    const sameSchedule = !!record && record.hour === hour && record.timeZone === tz && record.by.toLowerCase() === me.toLowerCase();
    const result = installDaily(ScriptApp, hour, tz, sameSchedule);
    const next: InstallRecord = result.action === 'kept' && record ? record : { by: me, on: todayIn(tz), hour, timeZone: tz };
    props.setProperty(INSTALL_PROPERTY, encodeInstall(next));
    const state = describeAlertsState({ record: next, myTriggers: 1, me });
    const what =
      result.action === 'kept'
        ? 'They were already installed with this schedule; nothing changed.'
        : result.action === 'replaced'
          ? `The previous alert trigger was replaced (${result.removed} removed, one created).`
          : 'One daily trigger was created.';
    alertUser([state.line, what, ...settingLines(wb.settingIssues)].join('\n\n'), TITLE);
  });
}

export function menuRemoveAlerts(): void {
  withUserErrors(() => {
    const props = PropertiesService.getDocumentProperties();
    const me = currentUser();
    const record = decodeInstall(props.getProperty(INSTALL_PROPERTY));
    const removed = removeDaily(ScriptApp);
    const byOther = record && record.by && me && record.by.toLowerCase() !== me.toLowerCase();
    if (record && !byOther) props.deleteProperty(INSTALL_PROPERTY);
    let message: string;
    if (removed > 0 && !byOther) message = 'Alerts are off: the daily trigger was removed.';
    else if (removed > 0 && record) message = `Your alert trigger was removed. Alerts installed by ${record.by} on their account stay on; only they can remove them.`;
    else if (record && byOther) message = `You have no alert trigger to remove. Alerts were installed by ${record.by}: only they can remove them (Action Log ▸ Remove alerts, signed in as them).`;
    else message = 'Alerts were already off.';
    alertUser(message, TITLE);
  });
}

export function menuPreviewAlerts(): void {
  withUserErrors(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const wb = readWorkbook(ss, ['actions', 'officers', 'settings']);
    const today = todayIn(wb.timeZone);
    const sheet = ss.getSheetByName(ACTIONS.name);
    const plan = planAlerts({
      today, actions: wb.actions, officers: wb.officers, settings: wb.settings,
      settingIssues: wb.settingIssues, problems: wb.problems,
      spreadsheetUrl: ss.getUrl(), actionsSheetId: sheet ? sheet.getSheetId() : 0,
    });
    const props = PropertiesService.getDocumentProperties();
    const outcome = sendPlan(plan, { mail: MailApp, properties: props, log: () => undefined }, { dryRun: true });
    const summary = buildSummary(plan, outcome, 'preview');
    const { state } = readState(props, currentUser());
    const html = previewHtml({ plan, outcome, summary, state });
    const output = HtmlService.createHtmlOutput(html).setWidth(860).setHeight(620);
    SpreadsheetApp.getUi().showModalDialog(output, `Preview alerts for ${formatShort(plan.today)}`);
  });
}
