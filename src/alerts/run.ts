/**
 * The daily alert run, with its services passed in (the entry points pass the real globals,
 * tests pass the emulator). Never a duplicate, never a loss: each send is recorded in document
 * properties as soon as it succeeds, so a repeated run sends nothing new, a run that died half
 * way sends only the rest, and a spent quota stops the run cleanly with the rest left for the
 * next. Nothing here may touch the UI: this runs in a trigger.
 */
import type { IsoDate } from '../core/dates';
import type { TabKey } from '../core/layout';
import { ACTIONS, ACTIONS_NEEDS } from '../core/layout';
import { missingColumnsMessage } from '../core/table';
import { planAlerts, type AlertPlan } from '../core/alerts/digest';
import { SentDay, SUMMARY_KEY } from '../core/alerts/sent-log';
import { buildSummary, type SendOutcome, type Summary } from '../core/alerts/summary';
import type { Action, Located } from '../core/model';
import type { Problem } from '../core/problems';
import { isQuotaError, remainingQuota, sendMail, type Mailer } from '../adapters/mail';
import { LayoutError, type WorkbookRead } from '../adapters/sheets/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = Pick<GoogleAppsScript.Properties.Properties, 'getProperties' | 'setProperty' | 'deleteProperty'>;

export interface AlertServices {
  readonly mail: Mailer;
  /** Document properties: the sent log lives there. */
  readonly properties: Properties;
  /** Execution log (console in Apps Script). */
  readonly log: (message: string) => void;
}

export interface DailyRunServices extends AlertServices {
  /** LockService.getDocumentLock() (or the script lock outside a bound document). */
  readonly lock: Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'> | null;
  /** SpreadsheetApp.flush, before the lock is released. */
  readonly flush?: () => void;
}

/** The workbook side, injected so the run can be driven with any reader. */
export interface WorkbookAccess {
  /** Also hands back the actions it read, so the run does not read the Actions tab twice. */
  refreshStatuses(ss: Spreadsheet, asAt: IsoDate): { problems: Problem[]; actions: Located<Action>[]; missing?: readonly string[] };
  readWorkbook(ss: Spreadsheet, tabs?: TabKey[]): WorkbookRead;
  today(timeZone: string): IsoDate;
}

export const LOCK_WAIT_MS = 5_000;
const TABS_READ: TabKey[] = ['actions', 'officers', 'settings'];
const OTHER_TABS_READ: TabKey[] = ['officers', 'settings'];

/** Plan today's alerts from one read of the workbook (statuses are not written). */
export function planFromWorkbook(ss: Spreadsheet, wb: WorkbookRead, today: IsoDate, extraProblems: readonly Problem[] = []): AlertPlan {
  const sheet = ss.getSheetByName(ACTIONS.name);
  return planAlerts({
    today,
    actions: wb.actions,
    officers: wb.officers,
    settings: wb.settings,
    settingIssues: wb.settingIssues,
    problems: [...extraProblems, ...wb.problems],
    spreadsheetUrl: ss.getUrl(),
    actionsSheetId: sheet ? sheet.getSheetId() : 0,
  });
}

export interface SendResult extends SendOutcome {
  readonly summary: Summary;
  /** 'sent', 'already sent' (nothing new today), 'no recipients', 'failed: …', or 'would send' in a preview. */
  readonly summaryStatus: string;
}

/**
 * Sends (or, with `dryRun`, only works out) today's digests and the summary. One
 * `getProperties`, one `getRemainingDailyQuota`, then per digest one `sendEmail` and one
 * `setProperty`.
 */
export function sendPlan(plan: AlertPlan, services: AlertServices, options: { dryRun?: boolean } = {}): SendResult {
  const { mail, properties, log } = services;
  const dry = options.dryRun === true;
  const day = SentDay.read(properties.getProperties(), plan.today);
  if (!dry) for (const stale of day.stale) properties.deleteProperty(stale);

  const quotaAtStart = remainingQuota(mail);
  const pending = plan.digests.filter((d) => !day.has(d.key));
  const summaryDue = plan.secretariat.length > 0 && (!day.has(SUMMARY_KEY) || pending.length > 0);
  // Keep room for the summary so the secretariat hears about what could not be sent.
  let left = quotaAtStart;
  const reserve = summaryDue ? plan.secretariat.length : 0;

  const sentNow: string[] = [];
  const sentEarlier: string[] = [];
  const deferred: string[] = [];
  const failed: { key: string; message: string }[] = [];
  let quotaSpent = false;

  for (const d of plan.digests) {
    if (day.has(d.key)) {
      sentEarlier.push(d.key);
      continue;
    }
    if (quotaSpent || left - reserve < 1) {
      deferred.push(d.key);
      continue;
    }
    if (dry) {
      sentNow.push(d.key);
      left--;
      continue;
    }
    try {
      sendMail(mail, { to: d.email, subject: d.subject, text: d.text, html: d.html, name: `${plan.boardName} Action Log`, ...replyTo(plan) });
    } catch (error) {
      if (isQuotaError(error)) {
        quotaSpent = true;
        deferred.push(d.key);
        log(`Alerts: mail quota spent after ${sentNow.length} digests; the rest go with the next run.`);
        continue;
      }
      if (isRecipientError(error)) {
        failed.push({ key: d.key, message: messageOf(error) });
        log(`Alerts: could not send to ${d.email}: ${messageOf(error)}`);
        continue;
      }
      // Anything else (the service is down, the run is being stopped): stop here. What was
      // sent is recorded; the next run sends the rest.
      throw error;
    }
    const write = day.add(d.key);
    properties.setProperty(write.property, write.value);
    sentNow.push(d.key);
    left--;
  }

  const outcome: SendOutcome = { sentNow, sentEarlier, deferred, failed, quotaAtStart };
  const summary = buildSummary(plan, outcome, dry ? 'preview' : 'run');
  let summaryStatus: string;
  if (plan.secretariat.length === 0) {
    summaryStatus = 'no recipients';
    if (!dry) log(`Alerts: no "Secretariat emails" setting, so the summary was not mailed.\n${summary.text}`);
  } else if (!summaryDue) {
    summaryStatus = 'already sent';
  } else if (dry) {
    summaryStatus = left >= plan.secretariat.length ? 'would send' : 'would not send: mail quota spent';
  } else if (quotaSpent || left < plan.secretariat.length) {
    summaryStatus = 'failed: mail quota spent';
    log(`Alerts: mail quota spent; summary not sent.\n${summary.text}`);
  } else {
    try {
      sendMail(mail, { to: plan.secretariat.join(','), subject: summary.subject, text: summary.text, html: summary.html, name: `${plan.boardName} Action Log` });
      const write = day.add(SUMMARY_KEY);
      properties.setProperty(write.property, write.value);
      summaryStatus = 'sent';
    } catch (error) {
      summaryStatus = `failed: ${messageOf(error)}`;
      log(`Alerts: summary not sent (${messageOf(error)}).\n${summary.text}`);
    }
  }
  return { ...outcome, summary, summaryStatus };
}

function replyTo(plan: AlertPlan): { replyTo?: string } {
  return plan.secretariat[0] ? { replyTo: plan.secretariat[0] } : {};
}

function isRecipientError(error: unknown): boolean {
  return /invalid (email|argument)|recipient/i.test(messageOf(error));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface DailyRunReport {
  readonly ran: boolean;
  /** Why the run did not go ahead (lock busy). */
  readonly skipped?: string;
  readonly today?: IsoDate;
  readonly plan?: AlertPlan;
  readonly result?: SendResult;
}

/**
 * The daily trigger's work: refresh statuses (one read, one write), read the workbook once,
 * plan, send. Serialised by the document lock; a busy lock means another run is doing it.
 */
export function dailyRun(ss: Spreadsheet, services: DailyRunServices, workbook: WorkbookAccess): DailyRunReport {
  const { lock, log } = services;
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
    log('Alerts: another run is in progress; this one did nothing.');
    return { ran: false, skipped: 'lock busy' };
  }
  try {
    const timeZone = ss.getSpreadsheetTimeZone();
    const today = workbook.today(timeZone);
    const refreshProblems: Problem[] = [];
    let refreshed: Located<Action>[] | undefined;
    let missing: readonly string[] | undefined;
    try {
      const result = workbook.refreshStatuses(ss, today);
      refreshProblems.push(...result.problems);
      refreshed = result.actions;
      missing = result.missing;
    } catch (error) {
      if (error instanceof LayoutError) missing = error.missing;
      refreshProblems.push({ sheet: ACTIONS.name, cell: 'A1', message: error instanceof LayoutError ? messageOf(error) : `statuses were not refreshed: ${messageOf(error)}` });
    }
    const lacks = (keys: readonly string[] | undefined) => ACTIONS_NEEDS.digest.filter((k) => (keys ?? []).includes(k));
    // The refresh read Actions (and reported its problems); read it again only if the refresh
    // failed and the digests may still be built (a missing Status column does not stop them).
    const read = workbook.readWorkbook(ss, refreshed || lacks(missing).length ? OTHER_TABS_READ : TABS_READ);
    const lacking = lacks(missing ?? read.missing?.actions);
    // A column the digests are built on is missing: no digest at all, and the summary says why.
    const stopped = lacking.length
      ? missingColumnsMessage(ACTIONS, ACTIONS.columns.filter((c) => lacking.includes(c.key as (typeof lacking)[number])), 'No digest was sent today')
      : undefined;
    if (stopped) log(`Alerts: ${stopped}`);
    const wb = stopped ? { ...read, actions: [] } : refreshed ? { ...read, actions: refreshed } : read;
    const planned = planFromWorkbook(ss, wb, today, refreshProblems);
    const plan = stopped ? { ...planned, digests: [], stopped } : planned;
    const result = sendPlan(plan, services);
    log(
      `Alerts ${today}: ${result.sentNow.length} sent, ${result.sentEarlier.length} sent earlier, ` +
        `${result.deferred.length} waiting for quota, ${result.failed.length} failed; summary ${result.summaryStatus}.`,
    );
    return { ran: true, today, plan, result };
  } finally {
    if (lock) {
      services.flush?.();
      lock.releaseLock();
    }
  }
}

