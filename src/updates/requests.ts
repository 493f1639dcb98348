/**
 * Sending update requests: Request updates… and Chase updates in the menu, and the daily
 * schedule (its own trigger, runUpdateRequests, installed by Request updates… when Settings
 * asks for one). Each officer with something to report gets one email with their own signed
 * link, through the one mail adapter, only within the sender's allowed email domains (the same
 * user-property list as the alerts). The links are signed with the sender's secret, so the
 * requests must come from the account that deployed the web app.
 */
import { ALLOWED_DOMAINS_PROPERTY, defaultDomains, isAllowedAddress, parseDomains } from '../core/alerts/domains';
import { formatShort, formatWithWeekday, type IsoDate } from '../core/dates';
import type { Settings } from '../core/settings';
import { addressees, deadline, meetingToRequest, nextMeeting, requestMail, type Addressee, type Deadline } from '../core/updates/request';
import { sameName, toChase } from '../core/updates/log';
import { plural } from '../core/alerts/html';
import { todayIn } from '../adapters/clock';
import { withDocumentLock } from '../adapters/lock';
import { isQuotaError, sendMail } from '../adapters/mail';
import { readWorkbook } from '../adapters/sheets/workbook';
import { installDaily, ourTriggers } from '../adapters/triggers';
import { UserFacingError, withUserErrors } from '../adapters/ui';
import { linkSecret, officerLink, signerFor, webAppUrl } from './links';
import { readUpdateLog, recordRequests } from './log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const REQUESTS_HANDLER = 'runUpdateRequests';
const TITLE = 'Update requests';

export function deadlineFor(meeting: IsoDate, settings: Pick<Settings, 'updateDueDays'>, today?: IsoDate): Deadline {
  return deadline(meeting, settings.updateDueDays, today);
}

export interface RequestOutcome {
  readonly meeting: IsoDate;
  readonly deadline: Deadline;
  readonly sent: string[];
  readonly heldBack: string[];
  readonly noEmail: string[];
  readonly failed: string[];
  /** Chase: asked, not answered, already reminded once. */
  readonly alreadyChased: string[];
}

function currentUser(): string {
  try {
    return Session.getEffectiveUser().getEmail() || Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

function senderDomains(): string[] {
  const stored = PropertiesService.getUserProperties().getProperty(ALLOWED_DOMAINS_PROPERTY);
  return stored !== null ? parseDomains(stored).domains : defaultDomains(currentUser());
}

/**
 * Sends the requests (or, with `chase`, one reminder to each officer asked who has not answered)
 * for a meeting, and records them on the Updates tab.
 */
export function sendRequests(ss: Spreadsheet, meeting: IsoDate, options: { chase?: boolean; skipAsked?: boolean } = {}): RequestOutcome {
  const url = webAppUrl();
  if (!url) {
    throw new UserFacingError(
      'The update page is not deployed yet, so there is no link to send. Deploy the script as a web app (Deploy ▸ New deployment ▸ Web app, execute as me), as the README says, then try again.',
    );
  }
  // Under the writers' lock from reading who to ask to recording who was asked: two requests at
  // once (two clerks, or the schedule and a clerk) never ask anyone twice.
  return withDocumentLock(() => {
    const sign = signerFor(linkSecret(true)!);
    const wb = readWorkbook(ss, ['actions', 'meetings', 'forwardPlan', 'officers', 'settings']);
    const today = todayIn(wb.timeZone);
    const due = deadlineFor(meeting, wb.settings, today);
    const board = wb.meetings.find((m) => m.date === meeting)?.board || wb.settings.boardName;
    // Read first: a damaged Updates tab stops the run before anything is sent.
    const logged = readUpdateLog(ss);
    let { asked, noEmail } = addressees(wb, meeting, today);
    let alreadyChased: string[] = [];
    if (options.chase) {
      const { chase, alreadyChased: reminded } = toChase(logged, meeting);
      asked = asked.filter((a) => chase.some((w) => sameName(w.officer, a.officer.name)));
      alreadyChased = reminded.map((r) => r.officer);
      noEmail = [];
    } else if (options.skipAsked) {
      // The schedule asks each officer once per meeting, however often its trigger runs that day.
      const log = logged.filter((r) => r.meeting === meeting && r.asked);
      asked = asked.filter((a) => !log.some((r) => sameName(r.officer, a.officer.name)));
    }
    const domains = senderDomains();
    const replyTo = wb.settings.secretariatEmails.find((e) => isAllowedAddress(e, domains));
    const sent: Addressee[] = [];
    const heldBack: string[] = [];
    const failed: string[] = [];
    for (const a of asked) {
      if (!isAllowedAddress(a.officer.email, domains)) {
        heldBack.push(`${a.officer.name} <${a.officer.email}>`);
        continue;
      }
      const mail = requestMail(a, { board, meeting, deadline: due, link: officerLink(url, a.officer.name, meeting, sign), reminder: options.chase });
      try {
        sendMail(MailApp, {
          to: a.officer.email,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          name: `${board} Action Log`,
          ...(replyTo ? { replyTo } : {}),
        });
        sent.push(a);
      } catch (error) {
        failed.push(`${a.officer.name}: ${error instanceof Error ? error.message : String(error)}`);
        if (isQuotaError(error)) break;
      }
    }
    recordRequests(
      ss,
      meeting,
      sent.map((a) => ({
        officer: a.officer.name,
        email: a.officer.email,
        items: a.items.actions.length + a.items.reports.length,
        deadline: due.date,
      })),
      options.chase ? 'chased' : 'asked',
    );
    return { meeting, deadline: due, sent: sent.map((a) => a.officer.name), heldBack, noEmail, failed, alreadyChased };
  });
}

export function outcomeText(o: RequestOutcome, chase = false): string {
  const lines = [
    o.sent.length
      ? `${chase ? 'Reminders' : 'Update requests'} for the meeting of ${formatShort(o.meeting)} sent to ${plural(o.sent.length, 'officer')}: ${o.sent.join(', ')}. Deadline: ${o.deadline.label}. The Updates tab shows who was asked and who has answered.`
      : `No ${chase ? 'reminder' : 'update request'} was sent for the meeting of ${formatShort(o.meeting)}${chase ? (o.alreadyChased.length ? '.' : ': everyone asked has answered (or nobody was asked yet).') : ': no officer with an email address has outstanding actions or reports due.'}`,
  ];
  if (o.alreadyChased.length)
    lines.push(
      `Already reminded once, so not again: ${o.alreadyChased.join(', ')}. They are listed for the chair in the daily summary once the deadline has passed.`,
    );
  if (o.noEmail.length) lines.push(`No email address on the Officers tab for: ${o.noEmail.join(', ')}. Add it there and send again.`);
  if (o.heldBack.length) lines.push(`Held back, outside your allowed email domains (set in Install alerts…): ${o.heldBack.join(', ')}.`);
  if (o.failed.length) lines.push(`Not sent: ${o.failed.join('; ')}.`);
  return lines.join('\n\n');
}

function chooseMeeting(ss: Spreadsheet): { meeting: IsoDate; label: string } {
  const wb = readWorkbook(ss, ['meetings']);
  const m = nextMeeting(wb.meetings, todayIn(wb.timeZone));
  if (!m) throw new UserFacingError('There is no meeting after today on the Meetings tab. Add the next meeting (Action Log ▸ Add meeting…), then try again.');
  return { meeting: m.date, label: `${m.board ? `${m.board} ` : ''}meeting on ${formatWithWeekday(m.date)}` };
}

export function menuRequestUpdates(): void {
  withUserErrors(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { meeting, label } = chooseMeeting(ss);
    const ui = SpreadsheetApp.getUi();
    const settings = readWorkbook(ss, ['settings']).settings;
    const due = deadlineFor(meeting, settings, todayIn(ss.getSpreadsheetTimeZone()));
    const answer = ui.alert(
      TITLE,
      `Ask each officer with outstanding actions or reports due for their updates for the ${label}, ${due.short === 'as soon as possible' ? '' : 'by '}${due.label}? Each gets one email with a personal link.`,
      ui.ButtonSet.OK_CANCEL,
    );
    if (answer !== ui.Button.OK) return;
    const outcome = sendRequests(ss, meeting);
    let schedule = '';
    if (settings.updateRequestDays > 0) {
      const had = ourTriggers(ScriptApp, REQUESTS_HANDLER).length === 1;
      if (!had) installDaily(ScriptApp, settings.alertHour, ss.getSpreadsheetTimeZone(), false, REQUESTS_HANDLER);
      schedule = `\n\nFrom now on requests also go out ${plural(settings.updateRequestDays, 'working day')} before each meeting (Settings), sent from your account.`;
    }
    ui.alert(TITLE, outcomeText(outcome) + schedule, ui.ButtonSet.OK);
  });
}

export function menuChaseUpdates(): void {
  withUserErrors(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { meeting } = chooseMeeting(ss);
    const outcome = sendRequests(ss, meeting, { chase: true });
    const ui = SpreadsheetApp.getUi();
    ui.alert(TITLE, outcomeText(outcome, true), ui.ButtonSet.OK);
  });
}

/** The schedule's trigger: sends the requests on the set working day before each meeting. No UI. */
export function runUpdateRequests(): RequestOutcome | undefined {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const wb = readWorkbook(ss, ['meetings', 'settings']);
  const m = meetingToRequest(wb.meetings, todayIn(wb.timeZone), wb.settings.updateRequestDays);
  if (!m) return undefined;
  const outcome = sendRequests(ss, m.date, { skipAsked: true });
  console.log(outcomeText(outcome));
  return outcome;
}
