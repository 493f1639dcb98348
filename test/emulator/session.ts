import { createHash } from 'node:crypto';
import { CallLog, counted } from './calls';

type S = GoogleAppsScript.Base.Session;

export type EmulatedSession = Pick<S, 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey' | 'getActiveUserLocale'>;
export type EmulatedUser = Pick<GoogleAppsScript.Base.User, 'getEmail'>;

export interface SessionOptions {
  calls: CallLog;
  /** The user running the script (the effective user). */
  user: string;
  /**
   * What `getActiveUser().getEmail()` returns. Apps Script returns '' when the active user's
   * address is hidden (consumer accounts in someone else's trigger, some add-on contexts).
   * Defaults to `user`.
   */
  activeUser?: string;
  timeZone: string;
  locale?: string;
}

export function createSession(options: SessionOptions): { service: EmulatedSession } {
  const { calls, user, timeZone } = options;
  const active = options.activeUser ?? user;
  const userObject = (email: string) => counted<EmulatedUser>({ getEmail: () => email }, calls, 'Session', 'User');
  const service: EmulatedSession = {
    getActiveUser: () => userObject(active) as GoogleAppsScript.Base.User,
    getEffectiveUser: () => userObject(user) as GoogleAppsScript.Base.User,
    getScriptTimeZone: () => timeZone,
    getActiveUserLocale: () => options.locale ?? 'en_GB',
    // Stable per user and script, opaque, as Apps Script's is.
    getTemporaryActiveUserKey: () => createHash('sha256').update(`action-log:${active}`).digest('base64url').slice(0, 43),
  };
  return { service: counted(service, calls, 'Session', 'Session') };
}
