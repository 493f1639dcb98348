/**
 * The daily alert trigger: installed idempotently (installing twice leaves one; a new hour or
 * zone replaces it) and removed by handler name, so other triggers are never touched.
 * `ScriptApp.getProjectTriggers()` lists only the current user's triggers.
 */
export type Triggers = Pick<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'getProjectTriggers' | 'deleteTrigger'>;

export const DAILY_HANDLER = 'runDailyAlerts';

export function ourTriggers(scriptApp: Triggers, handler = DAILY_HANDLER): GoogleAppsScript.Script.Trigger[] {
  return scriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

export interface InstallResult {
  /** 'kept': one already there with the same schedule; 'created' or 'replaced'. */
  readonly action: 'kept' | 'created' | 'replaced';
  readonly removed: number;
}

/**
 * `sameSchedule` says whether the recorded schedule (hour and zone) is the one wanted: a
 * trigger cannot be asked its hour, so the caller keeps that record.
 */
export function installDaily(scriptApp: Triggers, hour: number, timeZone: string, sameSchedule: boolean, handler = DAILY_HANDLER): InstallResult {
  const existing = ourTriggers(scriptApp, handler);
  if (existing.length === 1 && sameSchedule) return { action: 'kept', removed: 0 };
  for (const t of existing) scriptApp.deleteTrigger(t);
  scriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create();
  return { action: existing.length ? 'replaced' : 'created', removed: existing.length };
}

export function removeDaily(scriptApp: Triggers, handler = DAILY_HANDLER): number {
  const existing = ourTriggers(scriptApp, handler);
  for (const t of existing) scriptApp.deleteTrigger(t);
  return existing.length;
}

/**
 * The one-off retry after a busy lock: a handler of its own, so installing or removing the daily
 * trigger never counts or removes it by mistake, and never more than one pending.
 */
export const RETRY_HANDLER = 'retryDailyAlerts';

/** Creates the retry unless one is already pending; true when one was created. */
export function scheduleRetry(scriptApp: Triggers, afterMs: number): boolean {
  if (ourTriggers(scriptApp, RETRY_HANDLER).length > 0) return false;
  scriptApp.newTrigger(RETRY_HANDLER).timeBased().after(afterMs).create();
  return true;
}

/** Deletes this user's pending retries (the retry deletes its own trigger when it runs). */
export function removeRetries(scriptApp: Triggers): number {
  return removeDaily(scriptApp, RETRY_HANDLER);
}
