import { CallLog, counted } from './calls';
import type { FakeClock } from './clock';
import { appsScriptException } from './exception';
import type { Realm } from './realm';

type L = GoogleAppsScript.Lock.Lock;

export type EmulatedLock = Pick<L, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>;
/** `getDocumentLock()` returns null outside a bound document, as Apps Script does. */
export type EmulatedLockService = Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>;

export type LockKind = 'document' | 'script' | 'user';

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/**
 * Who holds which lock, shared by every execution (environment) of one script. The lock belongs
 * to the execution that took it. JavaScript here is synchronous, so a waiter cannot block: when
 * another execution holds the lock, tryLock advances the clock by its timeout and returns false,
 * and waitLock advances it and throws.
 */
export class LockTable {
  private readonly holders = new Map<string, string>();

  holder(key: string): string | undefined {
    return this.holders.get(key);
  }

  take(key: string, execution: string): void {
    this.holders.set(key, execution);
  }

  release(key: string, execution: string): void {
    if (this.holders.get(key) === execution) this.holders.delete(key);
  }

  releaseAll(execution: string): void {
    for (const [key, holder] of [...this.holders]) if (holder === execution) this.holders.delete(key);
  }
}

export interface LockOptions {
  realm: Realm;
  calls: CallLog;
  clock: FakeClock;
  user: string;
  /** Names this execution in the shared table. */
  execution: string;
  /** False for a standalone script: getDocumentLock() returns null. */
  container: boolean;
  table?: LockTable;
}

export interface LockEvent {
  kind: LockKind;
  /** Fake-clock time of the event. */
  at: number;
}

export interface LockHandle {
  readonly table: LockTable;
  readonly execution: string;
  /** Locks this execution acquired, in order. */
  readonly acquired: LockEvent[];
  /** tryLock/waitLock calls that gave up because another execution held the lock. */
  readonly timedOut: (LockEvent & { method: 'tryLock' | 'waitLock' })[];
  /**
   * Runs `callback` each time this execution acquires a lock, while it holds it: the way to
   * interleave a second execution inside the first's critical section. Returns an unsubscribe.
   */
  onAcquire(callback: (event: LockEvent) => void): () => void;
  /** Who holds the lock (`undefined` when free). */
  holder(kind: LockKind): string | undefined;
  /** Simulate another execution holding the lock (`by` names it). */
  holdElsewhere(kind: LockKind, by?: string): void;
  /** Release a lock whoever holds it. */
  forceRelease(kind: LockKind): void;
  /** What Apps Script does when an execution ends: release every lock it still holds. */
  endExecution(): void;
}

export function createLockService(options: LockOptions): { service: EmulatedLockService; handle: LockHandle } {
  const { realm, calls, clock, user, execution, container } = options;
  const table = options.table ?? new LockTable();
  const listeners = new Set<(event: LockEvent) => void>();
  const keyOf = (kind: LockKind) => (kind === 'user' ? `user:${user}` : kind);

  const handle: LockHandle = {
    table,
    execution,
    acquired: [],
    timedOut: [],
    onAcquire(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    holder: (kind) => table.holder(keyOf(kind)),
    holdElsewhere: (kind, by = 'another execution') => table.take(keyOf(kind), by),
    forceRelease(kind) {
      const key = keyOf(kind);
      const holder = table.holder(key);
      if (holder !== undefined) table.release(key, holder);
    },
    endExecution: () => table.releaseAll(execution),
  };

  function makeLock(kind: LockKind): EmulatedLock {
    const key = keyOf(kind);
    let mine = false;
    const acquire = (timeout: number, method: 'tryLock' | 'waitLock'): boolean => {
      if (!(Number(timeout) >= 0)) throw appsScriptException(`Invalid argument: timeoutInMillis`, realm);
      const holder = table.holder(key);
      if (holder !== undefined && holder !== execution) {
        clock.advance(Number(timeout));
        handle.timedOut.push({ kind, at: clock.now(), method });
        return false;
      }
      table.take(key, execution);
      mine = true;
      const event = { kind, at: clock.now() };
      handle.acquired.push(event);
      for (const listener of [...listeners]) listener(event);
      return true;
    };
    const lock: EmulatedLock = {
      tryLock: (timeoutInMillis: number) => acquire(timeoutInMillis, 'tryLock'),
      waitLock(timeoutInMillis: number) {
        if (!acquire(timeoutInMillis, 'waitLock')) throw appsScriptException(LOCK_TIMEOUT, realm);
      },
      releaseLock() {
        if (mine) table.release(key, execution);
        mine = false;
      },
      hasLock: () => mine && table.holder(key) === execution,
    };
    return counted(lock, calls, 'LockService', 'Lock');
  }

  const service: EmulatedLockService = {
    getDocumentLock: () => (container ? makeLock('document') : null) as L,
    getScriptLock: () => makeLock('script') as L,
    getUserLock: () => makeLock('user') as L,
  };
  return { service: counted(service, calls, 'LockService', 'LockService'), handle };
}
