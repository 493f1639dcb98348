/**
 * Serialising writers: two editors saving at once, or a trigger and an editor. The lock is
 * held only around read-decide-write, and flushed before release so the next holder reads what
 * this one wrote.
 */
import { UserFacingError } from './ui';

const WAIT_MS = 20_000;

type Lock = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;

/**
 * The lock every writer takes: the document lock and then the script lock. A web app has no
 * document lock (Apps Script gives null there), so the officers' update page takes the script
 * lock alone; holding both here is what serialises a dialog save or the daily run with it.
 */
export function writersLock(): Lock {
  const document = LockService.getDocumentLock();
  const script = LockService.getScriptLock();
  return {
    tryLock(timeoutInMillis: number): boolean {
      const started = Date.now();
      if (document && !document.tryLock(timeoutInMillis)) return false;
      if (script.tryLock(Math.max(0, timeoutInMillis - (Date.now() - started)))) return true;
      document?.releaseLock();
      return false;
    },
    releaseLock(): void {
      script.releaseLock();
      document?.releaseLock();
    },
  };
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
