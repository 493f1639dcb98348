import { createAppsScript } from './index';

describe('Session', () => {
  it('reports the users, time zone and a stable per-user key', () => {
    const { globals, calls } = createAppsScript({ user: 'clerk@example.org', timeZone: 'Europe/London' });
    expect(globals.Session.getActiveUser().getEmail()).toBe('clerk@example.org');
    expect(globals.Session.getEffectiveUser().getEmail()).toBe('clerk@example.org');
    expect(globals.Session.getScriptTimeZone()).toBe('Europe/London');
    const key = globals.Session.getTemporaryActiveUserKey();
    expect(key).toBe(createAppsScript({ user: 'clerk@example.org' }).globals.Session.getTemporaryActiveUserKey());
    expect(key).not.toBe(createAppsScript({ user: 'chair@example.org' }).globals.Session.getTemporaryActiveUserKey());
    expect(key).not.toContain('clerk');
    expect(calls.count('Session.User.getEmail')).toBe(2);
  });

  it('can hide the active user’s address, as Apps Script does across accounts', () => {
    const { globals } = createAppsScript({ user: 'owner@example.org', activeUser: '' });
    expect(globals.Session.getActiveUser().getEmail()).toBe('');
    expect(globals.Session.getEffectiveUser().getEmail()).toBe('owner@example.org');
  });
});
