/**
 * MailApp, in memory. Faithful to what the code relies on: the four `sendEmail` forms, a daily
 * recipient quota (`getRemainingDailyQuota` falls by one per recipient, to + cc + bcc) that
 * resets each day of the fake clock, and Apps Script's exception once it is spent. Test-only
 * controls live on the handle, never on the service.
 */
import { CallLog, counted } from './calls';
import { appsScriptException } from './exception';
import type { Realm } from './realm';

type MailApp = Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;
type Params = GoogleAppsScript.Mail.MailAdvancedParameters;

export interface SentMail {
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
  /** Epoch ms on the fake clock. */
  readonly at: number;
}

/** Quota use and sent mail, shareable between executions (`shareWith`). */
export class MailState {
  dailyQuota = 100;
  readonly usedByDay = new Map<string, number>();
  readonly sent: SentMail[] = [];
  failAt: { remaining: number; message: string } | undefined;
}

export interface MailHandle {
  readonly state: MailState;
  /** Every mail sent, oldest first. */
  readonly sent: SentMail[];
  /** Recipients the quota allows per day (100 for a consumer account, 1,500 for Workspace). */
  setDailyQuota(n: number): void;
  /** What is left today, as if some were already used. */
  setRemaining(n: number): void;
  /**
   * Makes the n-th sendEmail from now (1 = the next) throw, as if the execution were killed
   * there: nothing is sent by that call.
   */
  failOnSend(n: number, message?: string): void;
  /** Mails to one address. */
  to(address: string): SentMail[];
  clear(): void;
}

export const QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

export interface MailEmulatorOptions {
  readonly calls: CallLog;
  readonly clock: { now(): number };
  readonly realm?: Realm;
  readonly dailyQuota?: number;
  /** Another execution's state, to share quota and sent mail. */
  readonly state?: MailState;
  /** Day boundary for the quota; Apps Script uses a rolling 24 h, a calendar day is close enough. */
  readonly timeZoneOffsetMinutes?: number;
}

export function createMailEmulator(options: MailEmulatorOptions): { MailApp: MailApp; handle: MailHandle } {
  const { calls, clock, realm } = options;
  const state = options.state ?? new MailState();
  if (options.dailyQuota !== undefined) state.dailyQuota = options.dailyQuota;
  const { usedByDay, sent } = state;

  const dayKey = () => new Date(clock.now() + (options.timeZoneOffsetMinutes ?? 0) * 60_000).toISOString().slice(0, 10);
  const remaining = () => Math.max(0, state.dailyQuota - (usedByDay.get(dayKey()) ?? 0));

  const recipients = (list: string | undefined) =>
    (list ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);

  function deliver(to: string, subject: string, body: string, options: Params = {}): void {
    const failAt = state.failAt;
    if (failAt) {
      failAt.remaining--;
      if (failAt.remaining <= 0) {
        const message = failAt.message;
        state.failAt = undefined;
        throw appsScriptException(message, realm);
      }
    }
    const all = [...recipients(to), ...recipients(options.cc), ...recipients(options.bcc)];
    if (all.length === 0) throw appsScriptException('Failed to send email: no recipient', realm);
    for (const r of all) {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(r)) throw appsScriptException(`Invalid email: ${r}`, realm);
    }
    if (subject === undefined || subject === null) throw appsScriptException('Invalid argument: subject', realm);
    if (remaining() < all.length) throw appsScriptException(QUOTA_MESSAGE, realm);
    usedByDay.set(dayKey(), (usedByDay.get(dayKey()) ?? 0) + all.length);
    sent.push({
      to,
      cc: options.cc ?? '',
      bcc: options.bcc ?? '',
      subject: String(subject),
      body: String(body ?? ''),
      ...(options.htmlBody !== undefined ? { htmlBody: options.htmlBody } : {}),
      ...(options.name !== undefined ? { name: options.name } : {}),
      ...(options.replyTo !== undefined ? { replyTo: options.replyTo } : {}),
      at: clock.now(),
    });
  }

  class MailAppEmulator implements MailApp {
    sendEmail(message: Params): void;
    sendEmail(recipient: string, subject: string, body: string): void;
    sendEmail(recipient: string, subject: string, body: string, options: Params): void;
    sendEmail(to: string, replyTo: string, subject: string, body: string): void;
    sendEmail(a: string | Params, b?: string, c?: string, d?: string | Params): void {
      if (typeof a === 'object' && a !== null) {
        if (!a.to && !a.cc && !a.bcc) throw appsScriptException('Invalid argument: to', realm);
        if (a.subject === undefined) throw appsScriptException('Invalid argument: subject', realm);
        deliver(a.to ?? '', a.subject, a.body ?? '', a);
        return;
      }
      if (typeof d === 'string') {
        // sendEmail(to, replyTo, subject, body)
        deliver(a, c as string, d, { replyTo: b as string });
        return;
      }
      if (b === undefined || c === undefined)
        throw appsScriptException("The parameters (String) don't match the method signature for MailApp.sendEmail.", realm);
      deliver(a, b, c, d ?? {});
    }

    getRemainingDailyQuota(): number {
      return remaining();
    }
  }

  const handle: MailHandle = {
    state,
    sent,
    setDailyQuota(n) {
      state.dailyQuota = n;
    },
    setRemaining(n) {
      usedByDay.set(dayKey(), Math.max(0, state.dailyQuota - n));
    },
    failOnSend(n, message = 'Exceeded maximum execution time') {
      state.failAt = { remaining: n, message };
    },
    to(address) {
      return sent.filter((m) =>
        recipients(m.to)
          .map((r) => r.toLowerCase())
          .includes(address.toLowerCase()),
      );
    },
    clear() {
      sent.length = 0;
    },
  };

  return { MailApp: counted(new MailAppEmulator(), calls, 'MailApp', 'MailApp'), handle };
}
