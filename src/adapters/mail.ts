/** Sending mail through MailApp (needs only the script.send_mail scope, unlike GmailApp). */
import { headerSafe, headerSafeAddresses } from '../core/alerts/header-safety';

export type Mailer = Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Sender's display name, e.g. "Executive Board Action Log". */
  readonly name: string;
  readonly replyTo?: string;
}

/** The one place mail leaves the product: no line break or control character reaches a header. */
export function sendMail(mail: Mailer, m: OutgoingMail): void {
  const replyTo = m.replyTo ? headerSafeAddresses(m.replyTo) : '';
  mail.sendEmail(headerSafeAddresses(m.to), headerSafe(m.subject), m.text, {
    htmlBody: m.html,
    name: headerSafe(m.name),
    ...(replyTo ? { replyTo } : {}),
  });
}

/** Recipients left today; 0 when the service cannot say. */
export function remainingQuota(mail: Mailer): number {
  try {
    const n = mail.getRemainingDailyQuota();
    return typeof n === 'number' && Number.isFinite(n) ? Math.max(0, n) : 0;
  } catch {
    return 0;
  }
}

/** Apps Script's "Service invoked too many times for one day: email." */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /too many times for one day/i.test(text) || /quota/i.test(text);
}
