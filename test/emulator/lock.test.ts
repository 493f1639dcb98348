import { createAppsScript } from './index';
import { LOCK_TIMEOUT } from './lock';

describe('LockService', () => {
  it('acquires, reports and releases a lock', () => {
    const { globals, handles } = createAppsScript();
    const lock = globals.LockService.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(handles.lock.holder('script')).toBe(handles.lock.execution);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(handles.lock.holder('script')).toBeUndefined();
  });

  it('makes a second execution wait: tryLock false, waitLock throws, each after its timeout on the clock', () => {
    const a = createAppsScript({ user: 'chair@example.org' });
    const b = createAppsScript({ user: 'clerk@example.org', shareWith: a });
    expect(b.clock).toBe(a.clock);
    const lockA = a.globals.LockService.getScriptLock();
    lockA.waitLock(10000);

    const lockB = b.globals.LockService.getScriptLock();
    const t0 = a.clock.now();
    expect(lockB.tryLock(5000)).toBe(false);
    expect(a.clock.now() - t0).toBe(5000);
    expect(lockB.hasLock()).toBe(false);

    let error: Error | undefined;
    try {
      lockB.waitLock(30000);
    } catch (e) {
      error = e as Error;
    }
    expect(String(error)).toBe(`Exception: ${LOCK_TIMEOUT}`);
    expect(a.clock.now() - t0).toBe(35000);
    expect(b.handles.lock.timedOut.map((t) => t.method)).toEqual(['tryLock', 'waitLock']);

    lockA.releaseLock();
    expect(lockB.tryLock(0)).toBe(true);
    expect(lockA.hasLock()).toBe(false);
    expect(lockB.hasLock()).toBe(true);
  });

  it('lets a test run a second execution inside the first one’s critical section', () => {
    const a = createAppsScript();
    const b = createAppsScript({ shareWith: a });
    const seen: boolean[] = [];
    a.handles.lock.onAcquire(({ kind }) => {
      expect(kind).toBe('document');
      seen.push(b.globals.LockService.getDocumentLock().tryLock(100));
    });
    const lock = a.globals.LockService.getDocumentLock();
    expect(lock.tryLock(100)).toBe(true);
    expect(seen).toEqual([false]);
    lock.releaseLock();
    expect(b.globals.LockService.getDocumentLock().tryLock(100)).toBe(true);
  });

  it('releases an execution’s locks when it ends, as Apps Script does', () => {
    const a = createAppsScript();
    const b = createAppsScript({ shareWith: a });
    a.globals.LockService.getScriptLock().waitLock(100);
    expect(b.globals.LockService.getScriptLock().tryLock(0)).toBe(false);
    a.endExecution();
    expect(b.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  it('keeps document, script and per-user locks independent', () => {
    const a = createAppsScript({ user: 'one@example.org' });
    const b = createAppsScript({ user: 'two@example.org', shareWith: a });
    const c = createAppsScript({ user: 'one@example.org', shareWith: a });
    expect(a.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(b.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(a.globals.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(b.globals.LockService.getUserLock().tryLock(0)).toBe(true); // another user's lock
    expect(c.globals.LockService.getUserLock().tryLock(0)).toBe(false); // same user, other execution
  });

  it('can pretend another process holds a lock', () => {
    const { globals, handles } = createAppsScript();
    handles.lock.holdElsewhere('script');
    expect(globals.LockService.getScriptLock().tryLock(10)).toBe(false);
    handles.lock.forceRelease('script');
    expect(globals.LockService.getScriptLock().tryLock(10)).toBe(true);
  });

  it('has no document lock in a standalone script', () => {
    const { globals } = createAppsScript({ container: false });
    expect(globals.LockService.getDocumentLock()).toBeNull();
    expect(globals.LockService.getScriptLock()).not.toBeNull();
  });

  it('counts every call', () => {
    const { globals, calls } = createAppsScript();
    const lock = globals.LockService.getScriptLock();
    lock.tryLock(1);
    lock.releaseLock();
    expect(calls.byMethod('LockService')).toEqual({
      'LockService.Lock.releaseLock': 1,
      'LockService.Lock.tryLock': 1,
      'LockService.LockService.getScriptLock': 1,
    });
  });
});
