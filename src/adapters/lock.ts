/**
 * Serialising writers: two editors saving at once, or a trigger and an editor. The lock is
 * held only around read-decide-write, and flushed before release so the next holder reads what
 * this one wrote.
 */
import { UserFacingError } from './ui';

const WAIT_MS = 20_000;

export function withDocumentLock<T>(work: () => T, waitMs = WAIT_MS): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
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
