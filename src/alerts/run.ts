/**
 * The daily alert run, with its services passed in (the entry points pass the real globals,
 * tests pass the emulator). Never a duplicate: what is about to be sent is recorded before the
 * sends and what went after them, so a repeated run sends nothing new, a run that died half way
 * never resends what it may have sent (the summary names those officers) and sends the rest,
 * and a spent quota stops the run cleanly with the rest left for the next. Mail goes only to
 * the allowed email domains. Nothing here may touch the UI: this runs in a trigger.
 */
import type { IsoDate } from '../core/dates';
import type { TabKey } from '../core/layout';
import { ACTIONS, ACTIONS_NEEDS, RECOMMENDATIONS } from '../core/layout';
import type { Recommendation } from '../core/recommendations/status';
import { missingColumnsMessage } from '../core/table';
import { planAlerts, type AlertPlan, type Digest } from '../core/alerts/digest';
import { isAllowedAddress } from '../core/alerts/domains';
import { digestPeriod } from '../core/alerts/period';
import { SentDay, SUMMARY_KEY } from '../core/alerts/sent-log';
import { buildSummary, type SendOutcome, type Summary } from '../core/alerts/summary';
import type { Action, Located } from '../core/model';
import type { Problem } from '../core/problems';
import { isQuotaError, remainingQuota, sendMail, type Mailer } from '../adapters/mail';
import { LayoutError, type WorkbookRead } from '../adapters/sheets/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = Pick<GoogleAppsScript.Properties.Properties, 'getProperties' | 'setProperties' | 'deleteProperty'>;

export interface AlertServices {
  readonly mail: Mailer;
  /** Document properties: the sent log lives there. */
  readonly properties: Properties;
  /** Execution log (console in Apps Script). */
  readonly log: (message: string) => void;
  /**
   * The installer's allowed email domains (from their user properties): any other recipient is
   * held back and listed in the summary. Empty: nobody is mailed.
   */
  readonly allowedDomains: readonly string[];
  /** Lines the summary must carry about the run itself (retries after a busy sheet), for the plan's day. */
  readonly notices?: (today: IsoDate) => readonly string[];
}

export interface DailyRunServices extends AlertServices {
  /** The writers' lock (adapters/lock: the script lock, which the dialogs and the update page take too). */
  readonly lock: Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'> | null;
  /** SpreadsheetApp.flush, before the lock is released. */
  readonly flush?: () => void;
}

/** The workbook side, injected so the run can be driven with any reader. */
export interface WorkbookAccess {
  /** Also hands back the actions it read, so the run does not read the Actions tab twice. */
  refreshStatuses(
    ss: Spreadsheet,
    asAt: IsoDate,
  ): { problems: Problem[]; actions: Located<Action>[]; missing?: readonly string[]; recommendations?: readonly Recommendation[] };
  readWorkbook(ss: Spreadsheet, tabs?: TabKey[]): WorkbookRead;
  today(timeZone: string): IsoDate;
}

export const LOCK_WAIT_MS = 5_000;
const TABS_READ: TabKey[] = ['actions', 'officers', 'settings'];
const OTHER_TABS_READ: TabKey[] = ['officers', 'settings'];

/** Plan today's alerts from one read of the workbook (statuses are not written). */
export function planFromWorkbook(
  ss: Spreadsheet,
  wb: WorkbookRead,
  today: IsoDate,
  extraProblems: readonly Problem[] = [],
  recommendations: readonly Recommendation[] = [],
): AlertPlan {
  const sheet = ss.getSheetByName(ACTIONS.name);
  // The Recommendations tab's id (for the digests' links) is asked only when it holds some.
  const recSheet = recommendations.length ? ss.getSheetByName(RECOMMENDATIONS.name) : null;
  return planAlerts({
    today,
    actions: wb.actions,
    officers: wb.officers,
    settings: wb.settings,
    settingIssues: wb.settingIssues,
    problems: [...extraProblems, ...wb.problems],
    spreadsheetUrl: ss.getUrl(),
    actionsSheetId: sheet ? sheet.getSheetId() : 0,
    recommendations,
    recommendationsSheetId: recSheet ? recSheet.getSheetId() : 0,
  });
}

export interface SendResult extends SendOutcome {
  readonly summary: Summary;
  /** 'sent', 'already sent' (nothing new today), 'no recipients', 'failed: …', or 'would send' in a preview. */
  readonly summaryStatus: string;
}

/**
 * Sends (or, with `dryRun`, only works out) today's digests and the summary, at most once each
 * (see core/alerts/sent-log). Calls, whatever the number of officers: one `getProperties`, one
 * `getRemainingDailyQuota`, one `setProperties` marking what is about to go as "sending", one
 * `sendEmail` per digest and one for the summary, one `setProperties` recording what went (and
 * a `deleteProperty` per earlier day's record, pruned once).
 */
export function sendPlan(plan: AlertPlan, services: AlertServices, options: { dryRun?: boolean } = {}): SendResult {
  const { mail, properties, log } = services;
  const dry = options.dryRun === true;
  const domains = services.allowedDomains;
  // Kept per day, or per week from the Digest day (each officer then gets one digest a week).
  const period = digestPeriod(plan.today, plan.digestDay);
  const day = SentDay.read(properties.getProperties(), period);
  if (!dry) for (const stale of day.stale) properties.deleteProperty(stale);

  const quotaAtStart = remainingQuota(mail);
  const secretariat = plan.secretariat.filter((a) => isAllowedAddress(a, domains));
  const heldBackSecretariat = plan.secretariat.filter((a) => !isAllowedAddress(a, domains));
  const sentEarlier: string[] = [];
  const uncertain: string[] = [];
  const heldBack: string[] = [];
  const candidates: Digest[] = [];
  for (const d of plan.digests) {
    const state = day.state(d.key);
    if (state === 'sent') sentEarlier.push(d.key);
    else if (state === 'sending') uncertain.push(d.key);
    else if (!isAllowedAddress(d.email, domains)) heldBack.push(d.key);
    else candidates.push(d);
  }
  const summaryDue = secretariat.length > 0 && (day.state(SUMMARY_KEY) !== 'sent' || candidates.length > 0);
  // Keep room for the summary so the secretariat hears about what could not be sent.
  const reserve = summaryDue ? secretariat.length : 0;
  let left = quotaAtStart;
  const toSend: Digest[] = [];
  const deferred: string[] = [];
  for (const d of candidates) {
    if (left - reserve < 1) deferred.push(d.key);
    else {
      toSend.push(d);
      left--;
    }
  }
  const summaryFits = summaryDue && left >= secretariat.length;

  const sentNow: string[] = [];
  const failed: { key: string; message: string }[] = [];
  let quotaThrown = false;
  const base = {
    sentEarlier,
    deferred,
    failed,
    quotaAtStart,
    period,
    uncertain,
    heldBack,
    heldBackSecretariat,
    allowedDomains: domains,
    notices: services.notices?.(plan.today) ?? [],
  };

  if (dry) {
    const outcome: SendOutcome = { ...base, sentNow: toSend.map((d) => d.key) };
    const summary = buildSummary(plan, outcome, 'preview');
    const summaryStatus =
      secretariat.length === 0
        ? plan.secretariat.length
          ? 'no recipients: outside the allowed email domains'
          : 'no recipients'
        : !summaryDue
          ? 'already sent'
          : summaryFits
            ? 'would send'
            : 'would not send: mail quota spent';
    return { ...outcome, summary, summaryStatus };
  }

  // Before any send: what is about to go is "sending" (one write).
  const marked = [...toSend.map((d) => d.key), ...(summaryFits ? [SUMMARY_KEY] : [])];
  if (marked.length) {
    day.mark(marked, 'sending');
    properties.setProperties(day.writes());
  }
  const record = () => {
    if (marked.length) properties.setProperties(day.writes());
  };

  for (let i = 0; i < toSend.length; i++) {
    const d = toSend[i] as Digest;
    if (quotaThrown) {
      deferred.push(d.key);
      day.forget([d.key]);
      continue;
    }
    try {
      sendMail(mail, { to: d.email, subject: d.subject, text: d.text, html: d.html, name: `${plan.boardName} Action Log`, ...replyTo(secretariat) });
    } catch (error) {
      if (isQuotaError(error)) {
        quotaThrown = true;
        deferred.push(d.key);
        day.forget([d.key]);
        log(`Alerts: mail quota spent after ${sentNow.length} digests; the rest go with the next run.`);
        continue;
      }
      if (isRecipientError(error)) {
        failed.push({ key: d.key, message: messageOf(error) });
        day.forget([d.key]);
        log(`Alerts: could not send to ${d.email}: ${messageOf(error)}`);
        continue;
      }
      // Anything else (the service is down, the run is being stopped): this digest may or may
      // not have gone, so it stays "sending"; the ones not tried are forgotten, so the next run
      // sends them. Record that much if we still can, then stop.
      day.forget([...toSend.slice(i + 1).map((x) => x.key), SUMMARY_KEY]);
      day.mark(sentNow, 'sent');
      try {
        record();
      } catch {
        // Left "sending": never resent today, reported as "may not have been sent".
      }
      throw error;
    }
    sentNow.push(d.key);
  }
  day.mark(sentNow, 'sent');

  const outcome: SendOutcome = { ...base, sentNow };
  const summary = buildSummary(plan, outcome, 'run');
  let summaryStatus: string;
  if (secretariat.length === 0) {
    summaryStatus = plan.secretariat.length ? 'no recipients: outside the allowed email domains' : 'no recipients';
    log(
      (plan.secretariat.length
        ? `Alerts: no "Secretariat emails" address is in the allowed email domains (${domains.join(', ') || 'none set'}), so the summary was not mailed.`
        : 'Alerts: no "Secretariat emails" setting, so the summary was not mailed.') + `\n${summary.text}`,
    );
  } else if (!summaryDue) {
    summaryStatus = 'already sent';
  } else if (!summaryFits || quotaThrown) {
    summaryStatus = 'failed: mail quota spent';
    day.forget([SUMMARY_KEY]);
    log(`Alerts: mail quota spent; summary not sent.\n${summary.text}`);
  } else {
    try {
      sendMail(mail, { to: secretariat.join(','), subject: summary.subject, text: summary.text, html: summary.html, name: `${plan.boardName} Action Log` });
      day.mark([SUMMARY_KEY], 'sent');
      summaryStatus = 'sent';
    } catch (error) {
      day.forget([SUMMARY_KEY]);
      summaryStatus = `failed: ${messageOf(error)}`;
      log(`Alerts: summary not sent (${messageOf(error)}).\n${summary.text}`);
    }
  }
  // After the sends: what went is "sent", what did not is forgotten (one write).
  record();
  return { ...outcome, summary, summaryStatus };
}

function replyTo(secretariat: readonly string[]): { replyTo?: string } {
  return secretariat[0] ? { replyTo: secretariat[0] } : {};
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
 * plan, send. Serialised by the writers' lock; a busy lock means another run is doing it.
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
    let recommendations: readonly Recommendation[] = [];
    try {
      const result = workbook.refreshStatuses(ss, today);
      refreshProblems.push(...result.problems);
      refreshed = result.actions;
      missing = result.missing;
      recommendations = result.recommendations ?? [];
    } catch (error) {
      if (error instanceof LayoutError) missing = error.missing;
      refreshProblems.push({
        sheet: ACTIONS.name,
        cell: 'A1',
        message: error instanceof LayoutError ? messageOf(error) : `statuses were not refreshed: ${messageOf(error)}`,
      });
    }
    const lacks = (keys: readonly string[] | undefined) => ACTIONS_NEEDS.digest.filter((k) => (keys ?? []).includes(k));
    // The refresh read Actions (and reported its problems); read it again only if the refresh
    // failed and the digests may still be built (a missing Status column does not stop them).
    const read = workbook.readWorkbook(ss, refreshed || lacks(missing).length ? OTHER_TABS_READ : TABS_READ);
    const lacking = lacks(missing ?? read.missing?.actions);
    // A column the digests are built on is missing: no digest at all, and the summary says why.
    const stopped = lacking.length
      ? missingColumnsMessage(
          ACTIONS,
          ACTIONS.columns.filter((c) => lacking.includes(c.key as (typeof lacking)[number])),
          'No digest was sent today',
        )
      : undefined;
    if (stopped) log(`Alerts: ${stopped}`);
    const wb = stopped ? { ...read, actions: [] } : refreshed ? { ...read, actions: refreshed } : read;
    const planned = planFromWorkbook(ss, wb, today, refreshProblems, recommendations);
    const plan = stopped ? { ...planned, digests: [], stopped } : planned;
    const result = sendPlan(plan, services);
    log(
      `Alerts ${today}: ${result.sentNow.length} sent, ${result.sentEarlier.length} sent earlier, ` +
        `${result.deferred.length} waiting for quota, ${result.failed.length} failed, ${result.uncertain?.length ?? 0} may not have been sent, ` +
        `${result.heldBack?.length ?? 0} held back (domain); summary ${result.summaryStatus}.`,
    );
    return { ran: true, today, plan, result };
  } finally {
    if (lock) {
      services.flush?.();
      lock.releaseLock();
    }
  }
}
