/**
 * Entry points for alerts: the daily trigger handler, its one-off retry and the three menu items. The trigger path
 * (runDailyAlerts) never touches the UI; menu items report through alerts and dialogs.
 */
import { planAlerts } from '../core/alerts/digest';
import { ALLOWED_DOMAINS_PROPERTY, defaultDomains, formatDomains, parseDomains } from '../core/alerts/domains';
import { afterBusy, decodeRetry, encodeRetry, RETRY_AFTER_MS, RETRY_PROPERTY, retryNotices } from '../core/alerts/retry';
import { decodeInstall, encodeInstall, INSTALL_PROPERTY, type InstallRecord } from '../core/alerts/sent-log';
import { describeAlertsState, hourLabel, previewHtml, type AlertsState } from '../core/alerts/state';
import { buildSummary } from '../core/alerts/summary';
import { formatShort } from '../core/dates';
import { ACTIONS, RECOMMENDATIONS } from '../core/layout';
import type { SettingIssue } from '../core/settings';
import { todayIn } from '../adapters/clock';
import { writersLock } from '../adapters/lock';
import { updatesSummaryLines } from '../core/updates/log';
import { readUpdateLog } from '../updates/log';
import { refreshStatuses } from '../adapters/sheets/status-refresh';
import { refreshRecommendations } from '../adapters/sheets/recommendations-refresh';
import { readWorkbook } from '../adapters/sheets/workbook';
import { installDaily, ourTriggers, removeDaily, removeRetries, scheduleRetry } from '../adapters/triggers';
import { alertUser, UserFacingError, withUserErrors } from '../adapters/ui';
import { dailyRun, sendPlan, type DailyRunReport } from './run';

const TITLE = 'Alerts';

type Properties = GoogleAppsScript.Properties.Properties;

const sameUser = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The time-driven trigger's handler. Never throws for a bad setting and never calls getUi(). */
export function runDailyAlerts(): DailyRunReport {
  return triggeredRun();
}

/** The one-off retry after a busy lock: deletes its own trigger, then runs as the daily run would. */
export function retryDailyAlerts(): DailyRunReport {
  removeRetries(ScriptApp);
  return triggeredRun();
}

function triggeredRun(): DailyRunReport {
  const log = (m: string) => console.log(m);
  const props = PropertiesService.getDocumentProperties();
  const me = currentUser();
  const record = decodeInstall(props.getProperty(INSTALL_PROPERTY));
  if (record && record.by && me && !sameUser(record.by, me)) {
    // Someone took the alerts over: this trigger is the old installer's. It removes itself.
    const removed = removeDaily(ScriptApp) + removeRetries(ScriptApp);
    log(`Alerts: ${record.by} now runs the alerts, so this trigger (installed by ${me}) sent nothing and removed itself (${removed} removed).`);
    return { ran: false, skipped: 'not the installer' };
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lock = writersLock();
  const retry = decodeRetry(props.getProperty(RETRY_PROPERTY));
  const report = dailyRun(
    ss,
    {
      mail: MailApp,
      properties: props,
      log,
      lock,
      flush: () => SpreadsheetApp.flush(),
      allowedDomains: installerDomains(me),
      notices: (today) => [...(retry ? retryNotices(retry, today, timeNow(ss.getSpreadsheetTimeZone())) : []), ...updateNotices(ss, today)],
    },
    { refreshStatuses: refreshAll, readWorkbook, today: todayIn },
  );
  if (report.skipped === 'lock busy') {
    const tz = ss.getSpreadsheetTimeZone();
    const next = afterBusy(retry, todayIn(tz), timeNow(tz));
    props.setProperty(RETRY_PROPERTY, encodeRetry(next.record));
    if (next.retry) {
      const created = scheduleRetry(ScriptApp, RETRY_AFTER_MS);
      log(
        `Alerts: the sheet is busy (an editor saving); ${created ? 'a retry is set' : 'a retry was already set'} for ${RETRY_AFTER_MS / 60_000} minutes' time.`,
      );
    } else {
      log(`Alerts: the sheet was busy at each of ${next.record.busyAt.length} tries today; no more retries. The next run's summary says so.`);
    }
  } else if (report.ran && retry) {
    props.deleteProperty(RETRY_PROPERTY);
  }
  return report;
}

/**
 * The daily run's refresh: the actions (it throws when a column it needs is missing), then the
 * recommendations, whose overdue ones go to their lead officers in a section of their own.
 */
function refreshAll(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, asAt: string) {
  const result = refreshStatuses(ss, asAt);
  const recommendations = refreshRecommendations(ss, asAt);
  return { ...result, problems: [...result.problems, ...recommendations.problems], recommendations: recommendations.recommendations };
}

/** The update requests' lines for the summary (nothing when no request was sent; never stops the run). */
function updateNotices(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, today: string): string[] {
  try {
    return updatesSummaryLines(readUpdateLog(ss), today);
  } catch (error) {
    return [`The Updates tab could not be read: ${error instanceof Error ? error.message : String(error)}`];
  }
}

function timeNow(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'HH:mm');
}

/** The trigger's own allowed domains: the installer's user properties, else their own domain. */
function installerDomains(me: string): string[] {
  const stored = PropertiesService.getUserProperties().getProperty(ALLOWED_DOMAINS_PROPERTY);
  return stored !== null ? parseDomains(stored).domains : defaultDomains(me);
}

function currentUser(): string {
  try {
    return Session.getEffectiveUser().getEmail() || Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

function readState(props: Properties, me: string): { record: InstallRecord | undefined; mine: number; state: AlertsState } {
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
    const userProps = PropertiesService.getUserProperties();
    const me = currentUser();
    const { record } = readState(props, me);
    const hour = wb.settings.alertHour;
    const tz = wb.timeZone;
    const ui = SpreadsheetApp.getUi();
    const otherInstaller = record && record.by && me && !sameUser(record.by, me) ? record : undefined;
    if (otherInstaller) {
      const answer = ui.alert(
        TITLE,
        `Alerts are already on: daily at ${hourLabel(otherInstaller.hour)}, installed by ${otherInstaller.by} on ${formatShort(otherInstaller.on)}. ` +
          `They run under ${otherInstaller.by}'s account, and only one daily alert run may exist.\n\n` +
          `Take over the alerts? They will then run under your account, with the allowed email domains you choose next; ` +
          `${otherInstaller.by}'s trigger removes itself the next time it runs, and sends nothing. Choose No to leave them as they are.`,
        ui.ButtonSet.YES_NO,
      );
      if (answer !== ui.Button.YES) {
        alertUser(`Nothing was changed: the alerts stay with ${otherInstaller.by}.`, TITLE);
        return;
      }
    }
    const storedDomains = userProps.getProperty(ALLOWED_DOMAINS_PROPERTY);
    const current = storedDomains !== null ? parseDomains(storedDomains).domains : defaultDomains(me);
    const reply = ui.prompt(
      TITLE,
      `Allowed email domains: alerts are mailed only to addresses in these domains (each exactly; list a sub-domain on its own). ` +
        `Any other address is held back and listed in the secretariat's summary. Only you can change this list: it is kept in your own ` +
        `user properties, which the alert trigger reads, not on the Settings tab.\n\n` +
        `Now: ${formatDomains(current) || 'none'}.\n` +
        `Type the domains separated by commas (for example council.gov.uk, nhs.net)${current.length ? `, or leave this blank to keep ${formatDomains(current)}` : ''}.`,
      ui.ButtonSet.OK_CANCEL,
    );
    if (reply.getSelectedButton() !== ui.Button.OK) {
      alertUser('Nothing was changed: alerts were not installed.', TITLE);
      return;
    }
    const typed = reply.getResponseText().trim();
    const parsed = typed ? parseDomains(typed) : { domains: current, bad: [] };
    if (parsed.bad.length) {
      throw new UserFacingError(
        `${parsed.bad.map((b) => `"${b}"`).join(', ')} ${parsed.bad.length === 1 ? 'is not a domain' : 'are not domains'}. ` +
          `Type domains such as council.gov.uk, separated by commas, in Action Log ▸ Install alerts…. Nothing was changed.`,
      );
    }
    if (parsed.domains.length === 0) {
      throw new UserFacingError(
        'No allowed email domain was given, so no alert could be sent. Type at least one (such as council.gov.uk) in Action Log ▸ Install alerts…. Nothing was changed.',
      );
    }
    const domains = parsed.domains;
    userProps.setProperty(ALLOWED_DOMAINS_PROPERTY, formatDomains(domains));
    const sameSchedule = !!record && !otherInstaller && record.hour === hour && record.timeZone === tz && sameUser(record.by, me);
    const result = installDaily(ScriptApp, hour, tz, sameSchedule);
    const base: InstallRecord = result.action === 'kept' && record ? record : { by: me, on: todayIn(tz), hour, timeZone: tz };
    const next: InstallRecord = { by: base.by, on: base.on, hour: base.hour, timeZone: base.timeZone, domains };
    props.setProperty(INSTALL_PROPERTY, encodeInstall(next));
    const state = describeAlertsState({ record: next, myTriggers: 1, me });
    const what =
      result.action === 'kept'
        ? 'They were already installed with this schedule; nothing changed but the allowed email domains, if you changed them.'
        : result.action === 'replaced'
          ? `The previous alert trigger was replaced (${result.removed} removed, one created).`
          : 'One daily trigger was created.';
    const lines = [state.line, what, `Mail goes only to addresses in: ${formatDomains(domains)}.`];
    if (otherInstaller) lines.push(`You have taken over the alerts from ${otherInstaller.by}; their trigger removes itself the next time it runs.`);
    alertUser([...lines, ...settingLines(wb.settingIssues)].join('\n\n'), TITLE);
  });
}

export function menuRemoveAlerts(): void {
  withUserErrors(() => {
    const props = PropertiesService.getDocumentProperties();
    const me = currentUser();
    const record = decodeInstall(props.getProperty(INSTALL_PROPERTY));
    const removed = removeDaily(ScriptApp);
    removeRetries(ScriptApp);
    const byOther = record && record.by && me && !sameUser(record.by, me);
    if (record && !byOther) props.deleteProperty(INSTALL_PROPERTY);
    let message: string;
    if (removed > 0 && !byOther) message = 'Alerts are off: the daily trigger was removed.';
    else if (removed > 0 && record)
      message = `Your old alert trigger was removed. Alerts installed by ${record.by} on their account stay on; only they can remove them.`;
    else if (record && byOther)
      message = `You have no alert trigger to remove. Alerts were installed by ${record.by}: only they can remove them (Action Log ▸ Remove alerts, signed in as them), or you can take them over with Action Log ▸ Install alerts….`;
    else message = 'Alerts were already off.';
    alertUser(message, TITLE);
  });
}

/** What the preview shows as the allowed domains: the installer's copy, or what would apply if you installed. */
function previewDomains(record: InstallRecord | undefined, me: string): string[] {
  if (record && record.by && me && !sameUser(record.by, me)) return [...(record.domains ?? defaultDomains(record.by))];
  return installerDomains(me);
}

export function menuPreviewAlerts(): void {
  withUserErrors(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const wb = readWorkbook(ss, ['actions', 'officers', 'settings']);
    const today = todayIn(wb.timeZone);
    const sheet = ss.getSheetByName(ACTIONS.name);
    // The recommendations as they stand today, read and not written (a preview changes nothing).
    const recs = refreshRecommendations(ss, today, { write: false, timeZone: wb.timeZone });
    const recSheet = recs.recommendations.length ? ss.getSheetByName(RECOMMENDATIONS.name) : null;
    const plan = planAlerts({
      today,
      actions: wb.actions,
      officers: wb.officers,
      settings: wb.settings,
      settingIssues: wb.settingIssues,
      problems: [...wb.problems, ...recs.problems],
      spreadsheetUrl: ss.getUrl(),
      actionsSheetId: sheet ? sheet.getSheetId() : 0,
      recommendations: recs.recommendations,
      recommendationsSheetId: recSheet ? recSheet.getSheetId() : 0,
    });
    const props = PropertiesService.getDocumentProperties();
    const me = currentUser();
    const { record, state } = readState(props, me);
    const allowedDomains = previewDomains(record, me);
    const outcome = sendPlan(plan, { mail: MailApp, properties: props, log: () => undefined, allowedDomains }, { dryRun: true });
    const summary = buildSummary(plan, outcome, 'preview');
    const html = previewHtml({ plan, outcome, summary, state });
    const output = HtmlService.createHtmlOutput(html).setWidth(860).setHeight(620);
    SpreadsheetApp.getUi().showModalDialog(output, `Preview alerts for ${formatShort(plan.today)}`);
  });
}
