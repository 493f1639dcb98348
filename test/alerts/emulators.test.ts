import { CallLog } from '../emulator/calls';
import { FakeClock } from '../emulator/clock';
import { createMailEmulator, QUOTA_MESSAGE } from '../emulator/mail';
import { createScriptAppEmulator, TRIGGER_LIMIT, TOO_MANY_TRIGGERS } from '../emulator/triggers';
import { installDaily, ourTriggers, removeDaily } from '../../src/adapters/triggers';

describe('MailApp emulator', () => {
  const setup = (quota = 3) => {
    const calls = new CallLog();
    const clock = new FakeClock('2025-03-03T07:00:00Z');
    return { calls, clock, ...createMailEmulator({ calls, clock, dailyQuota: quota }) };
  };

  it('sends in all four forms and records what was sent', () => {
    const { MailApp, handle, calls } = setup(10);
    MailApp.sendEmail('a@x.org', 'S1', 'body1');
    MailApp.sendEmail('b@x.org', 'S2', 'body2', { htmlBody: '<p>hi</p>', name: 'Board', replyTo: 'sec@x.org' });
    MailApp.sendEmail({ to: 'c@x.org', subject: 'S3', body: 'b3', cc: 'd@x.org' });
    MailApp.sendEmail('e@x.org', 'reply@x.org', 'S4', 'b4');
    expect(handle.sent.map((m) => [m.to, m.subject])).toEqual([
      ['a@x.org', 'S1'],
      ['b@x.org', 'S2'],
      ['c@x.org', 'S3'],
      ['e@x.org', 'S4'],
    ]);
    expect(handle.sent[1]).toMatchObject({ htmlBody: '<p>hi</p>', name: 'Board', replyTo: 'sec@x.org' });
    expect(handle.sent[3]).toMatchObject({ replyTo: 'reply@x.org', body: 'b4' });
    expect(MailApp.getRemainingDailyQuota()).toBe(5); // 5 recipients (cc counts)
    expect(calls.count('MailApp.MailApp.sendEmail')).toBe(4);
    expect(calls.count('MailApp.MailApp.getRemainingDailyQuota')).toBe(1);
  });

  it('throws like Apps Script when the quota is spent, and resets the next day', () => {
    const { MailApp, handle, clock } = setup(2);
    MailApp.sendEmail('a@x.org', 's', 'b');
    expect(() => MailApp.sendEmail('b@x.org,c@x.org', 's', 'b')).toThrow(QUOTA_MESSAGE);
    MailApp.sendEmail('b@x.org', 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('c@x.org', 's', 'b')).toThrow(QUOTA_MESSAGE);
    expect(handle.sent).toHaveLength(2);
    clock.advance(24 * 3600_000);
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
  });

  it('rejects a bad address', () => {
    const { MailApp } = setup();
    expect(() => MailApp.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
  });

  it('can make the n-th send throw, sending nothing in that call', () => {
    const { MailApp, handle } = setup(10);
    handle.failOnSend(2);
    MailApp.sendEmail('a@x.org', 's', 'b');
    expect(() => MailApp.sendEmail('b@x.org', 's', 'b')).toThrow('Exceeded maximum execution time');
    MailApp.sendEmail('c@x.org', 's', 'b');
    expect(handle.sent.map((m) => m.to)).toEqual(['a@x.org', 'c@x.org']);
  });

  it('setRemaining simulates mail already used today', () => {
    const { MailApp, handle } = setup(100);
    handle.setRemaining(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
  });
});

describe('ScriptApp emulator', () => {
  const setup = () => {
    const calls = new CallLog();
    return { calls, ...createScriptAppEmulator({ calls, user: 'a@x.org' }) };
  };

  it('builds a daily clock trigger and a spreadsheet onEdit trigger', () => {
    const { ScriptApp, handle, calls } = setup();
    const t = ScriptApp.newTrigger('runDailyAlerts').timeBased().everyDays(1).atHour(7).nearMinute(15).inTimezone('Europe/London').create();
    ScriptApp.newTrigger('onEditInstalled').forSpreadsheet('sheet-id').onEdit().create();
    expect(t.getHandlerFunction()).toBe('runDailyAlerts');
    expect(t.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(t.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(handle.triggers[0]).toMatchObject({
      handler: 'runDailyAlerts',
      everyDays: 1,
      atHour: 7,
      nearMinute: 15,
      timeZone: 'Europe/London',
      owner: 'a@x.org',
    });
    expect(handle.triggers[1]).toMatchObject({ handler: 'onEditInstalled', eventType: 'ON_EDIT', source: 'SPREADSHEETS', sourceId: 'sheet-id' });
    const listed = ScriptApp.getProjectTriggers();
    expect(listed.map((x) => x.getUniqueId())).toEqual(handle.triggers.map((x) => x.id));
    expect(listed[1]!.getEventType()).toBe(ScriptApp.EventType.ON_EDIT);
    expect(calls.count('ScriptApp.ClockTriggerBuilder.create')).toBe(1);
    expect(calls.count('ScriptApp.ScriptApp.newTrigger')).toBe(2);
  });

  it('checks its arguments like Apps Script', () => {
    const { ScriptApp } = setup();
    expect(() => ScriptApp.newTrigger('f').timeBased().everyDays(1).atHour(25)).toThrow(/hour/);
    expect(() => ScriptApp.newTrigger('f').timeBased().atHour(7).create()).toThrow();
    expect(() => ScriptApp.newTrigger('f').timeBased().everyDays(1).inTimezone('Mars/Olympus')).toThrow(/timezone/);
    expect(() => ScriptApp.newTrigger('f').forSpreadsheet('x').create()).toThrow();
  });

  it('shows and deletes only the current user’s triggers', () => {
    const { ScriptApp, handle } = setup();
    ScriptApp.newTrigger('runDailyAlerts').timeBased().everyDays(1).atHour(7).create();
    handle.setUser('b@x.org');
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    ScriptApp.newTrigger('runDailyAlerts').timeBased().everyDays(1).atHour(8).create();
    const mine = ScriptApp.getProjectTriggers();
    expect(mine).toHaveLength(1);
    ScriptApp.deleteTrigger(mine[0]!);
    expect(handle.triggers.map((t) => t.owner)).toEqual(['a@x.org']);
  });

  it('allows 20 triggers per user', () => {
    const { ScriptApp } = setup();
    for (let i = 0; i < TRIGGER_LIMIT; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('one-more').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS);
  });
});

describe('installing the daily trigger', () => {
  const setup = () => createScriptAppEmulator({ calls: new CallLog(), user: 'a@x.org' });

  it('installing twice leaves one; a new hour replaces it; other triggers are untouched', () => {
    const { ScriptApp, handle } = setup();
    ScriptApp.newTrigger('someoneElsesHandler').timeBased().everyHours(1).create();
    expect(installDaily(ScriptApp, 7, 'Europe/London', false)).toEqual({ action: 'created', removed: 0 });
    expect(installDaily(ScriptApp, 7, 'Europe/London', true)).toEqual({ action: 'kept', removed: 0 });
    expect(handle.byHandler('runDailyAlerts')).toHaveLength(1);
    expect(installDaily(ScriptApp, 9, 'Europe/London', false)).toEqual({ action: 'replaced', removed: 1 });
    expect(handle.byHandler('runDailyAlerts')).toEqual([expect.objectContaining({ atHour: 9, everyDays: 1, timeZone: 'Europe/London' })]);
    expect(removeDaily(ScriptApp)).toBe(1);
    expect(ourTriggers(ScriptApp)).toHaveLength(0);
    expect(handle.triggers.map((t) => t.handler)).toEqual(['someoneElsesHandler']);
  });

  it('duplicates left by an old version are collapsed to one', () => {
    const { ScriptApp, handle } = setup();
    ScriptApp.newTrigger('runDailyAlerts').timeBased().everyDays(1).atHour(7).create();
    ScriptApp.newTrigger('runDailyAlerts').timeBased().everyDays(1).atHour(7).create();
    expect(installDaily(ScriptApp, 7, 'Europe/London', true)).toEqual({ action: 'replaced', removed: 2 });
    expect(handle.byHandler('runDailyAlerts')).toHaveLength(1);
  });
});
