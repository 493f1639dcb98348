/**
 * Serialising writers: two editors saving at once, or a trigger and an editor. The lock is
 * held only around read-decide-write, and flushed before release so the next holder reads what
 * this one wrote.
 */
import { UserFacingError } from './ui';

const WAIT_MS = 20_000;

type Lock = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;

/**
 * The lock every writer takes: the script lock. A web app has no document lock (Apps Script
 * gives null there), so the officers' update page can take only the script lock; for a script
 * bound to one sheet the script lock serialises exactly the executions the document lock did,
 * and with it every dialog save, the daily run and the update page wait for each other.
 */
export function writersLock(): Lock {
  return LockService.getScriptLock();
}

export function withDocumentLock<T>(work: () => T, waitMs = WAIT_MS): T {
  const lock = writersLock();
  if (!lock.tryLock(waitMs)) {
    throw new UserFacingError('Another editor (or the daily alert run) is saving to the log right now. Nothing was changed; please try again in a moment.');
  }
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
