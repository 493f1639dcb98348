/**
 * The daily run against the emulated MailApp, PropertiesService and LockService, with a fake
 * clock across several days. The workbook side is a stand-in reader here (the run takes it as a
 * parameter); test/alerts/entry.test.ts drives the real entry points.
 */
import { dailyRun, type WorkbookAccess } from '../../src/alerts/run';
import { recipientKey } from '../../src/core/alerts/sent-log';
import { MAX_VALUE_BYTES } from '../emulator/properties';
import { createAppsScript, type AppsScriptEnvironment } from '../emulator/index';
import { QUOTA_MESSAGE } from '../emulator/mail';
import { action, officer, workbook } from './helpers';

const URL = 'https://docs.google.com/spreadsheets/d/abc/edit';
const ss = {
  getSpreadsheetTimeZone: () => 'Europe/London',
  getUrl: () => URL,
  getSheetByName: (name: string) => (name === 'Actions' ? { getSheetId: () => 7 } : null),
} as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

const officers = [
  officer('Gary Bowman', 'gary@example.org', 2),
  officer('Janine Brown', 'janine@example.org', 3),
  officer('Joy Massey', 'joy@example.org', 4),
  officer('Henry Seaton', 'henry@example.org', 5),
  officer('Alan Dean', '', 6),
];
// Monday 10 March 2025; alerts look 7 days ahead.
const actions = [
  action({ ref: '01.01.01', responsible: 'Gary Bowman / Janine Brown', dueDate: '2025-03-01' }, 10),
  action({ ref: '01.01.02', responsible: 'Joy Massey', dueDate: '2025-02-01', commentary: 'Chased' }, 11),
  action({ ref: '01.01.03', responsible: 'Henry Seaton', dueDate: '2025-03-12' }, 12),
  action({ ref: '01.01.04', responsible: 'Henry Seaton', dueDate: '2025-04-30' }, 13),
  action({ ref: '01.01.05', responsible: 'Alan Dean', dueDate: '2025-03-01' }, 14),
  action({ ref: '01.01.06', responsible: 'TP Leads', dueDate: '2025-03-01' }, 15),
];

function ymd(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

function setup(opts: { now?: string; raw?: Record<string, string> } = {}) {
  const env = createAppsScript({ now: opts.now ?? '2025-03-10T07:00:00Z', mode: 'trigger' });
  const logs: string[] = [];
  const refreshed: string[] = [];
  const access: WorkbookAccess = {
    refreshStatuses: (_ss, asAt) => {
      refreshed.push(asAt);
      return { problems: [], actions };
    },
    readWorkbook: () => workbook(actions, officers, opts.raw),
    today: (tz) => ymd(env.clock.now(), tz),
  };
  const run = (e: AppsScriptEnvironment = env) => {
    try {
      return dailyRun(
        ss,
        {
          mail: e.globals.MailApp,
          properties: e.globals.PropertiesService.getDocumentProperties(),
          lock: e.globals.LockService.getDocumentLock(),
          log: (m) => logs.push(m),
          allowedDomains: ['example.org'],
        },
        access,
      );
    } finally {
      e.endExecution();
    }
  };
  return { env, run, logs, refreshed, mail: env.handles.mail };
}

const recipients = (sent: { to: string }[]) => sent.map((m) => m.to);

describe('daily run', () => {
  it('sends the right digests to the right officers, and the summary to the secretariat', () => {
    const { run, mail, refreshed } = setup();
    const report = run();
    expect(refreshed).toEqual(['2025-03-10']);
    expect(recipients(mail.sent).sort()).toEqual(['gary@example.org', 'henry@example.org', 'janine@example.org', 'joy@example.org', 'sec@example.org']);
    expect(mail.to('henry@example.org')[0]!.body).toContain('01.01.03');
    expect(mail.to('henry@example.org')[0]!.body).not.toContain('01.01.04');
    expect(mail.to('joy@example.org')[0]!.htmlBody).toContain('Chased');
    const summary = mail.to('sec@example.org')[0]!;
    expect(summary.body).toContain('4 digests sent by this run.');
    expect(summary.body).toContain('Alan Dean');
    expect(summary.body).toContain('"TP Leads" in 01.01.06');
    expect(report.result?.summaryStatus).toBe('sent');
    // The summary goes last, after every digest.
    expect(mail.sent[mail.sent.length - 1]!.to).toBe('sec@example.org');
  });

  it('reads the Actions tab once: the refresh hands its actions to the plan; only a failed refresh means a second read', () => {
    const asked: string[][] = [];
    const reader = (refresh: WorkbookAccess['refreshStatuses']): WorkbookAccess => ({
      refreshStatuses: refresh,
      readWorkbook: (_ss, tabs) => {
        asked.push([...(tabs ?? [])]);
        const wb = workbook(tabs?.includes('actions') ? actions : [], officers, { secretariatEmails: 'sec@example.org' });
        return wb;
      },
      today: () => '2025-03-10',
    });
    const services = (e: AppsScriptEnvironment) => ({
      mail: e.globals.MailApp,
      properties: e.globals.PropertiesService.getDocumentProperties(),
      lock: e.globals.LockService.getDocumentLock(),
      log: () => undefined,
      allowedDomains: ['example.org'],
    });

    const env = createAppsScript({ now: '2025-03-10T07:00:00Z', mode: 'trigger' });
    dailyRun(
      ss,
      services(env),
      reader(() => ({ problems: [], actions })),
    );
    env.endExecution();
    expect(asked).toEqual([['officers', 'settings']]);
    expect(recipients(env.handles.mail.sent)).toContain('joy@example.org');

    asked.length = 0;
    const failing = createAppsScript({ now: '2025-03-10T07:00:00Z', mode: 'trigger' });
    dailyRun(
      ss,
      services(failing),
      reader(() => {
        throw new Error('Actions tab is missing');
      }),
    );
    failing.endExecution();
    expect(asked).toEqual([['actions', 'officers', 'settings']]);
    expect(recipients(failing.handles.mail.sent)).toContain('joy@example.org');
    expect(failing.handles.mail.to('sec@example.org')[0]!.body).toContain('statuses were not refreshed: Actions tab is missing');
  });

  it('a second run the same day sends nothing', () => {
    const { run, mail, env } = setup();
    run();
    const before = mail.sent.length;
    env.clock.advance(3 * 3600_000);
    const second = run();
    expect(mail.sent.length).toBe(before);
    expect(second.result?.sentEarlier).toHaveLength(4);
    expect(second.result?.summaryStatus).toBe('already sent');
  });

  // At most once (README "Alerts"): these replace a test that expected the third digest resent.
  it('a run killed after two mails never resends the third, sends the fourth, and the summary names who to check', () => {
    const { run, mail, env } = setup();
    mail.failOnSend(3);
    expect(() => run()).toThrow('Exceeded maximum execution time');
    expect(mail.sent).toHaveLength(2);
    const firstTwo = recipients(mail.sent);
    // The lock was released when the execution ended.
    expect(env.handles.lock.holder('document')).toBeUndefined();
    const again = run();
    expect(again.result?.sentEarlier).toHaveLength(2);
    expect(again.result?.uncertain).toHaveLength(1);
    expect(again.result?.sentNow).toHaveLength(1);
    const all = recipients(mail.sent);
    expect(all.slice(0, 2)).toEqual(firstTwo);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(4); // 2 + the fourth + the summary; the third is not resent
    const third = again.result!.uncertain![0]!;
    const thirdDigest = again.plan!.digests.find((d) => d.key === third)!;
    expect(mail.to(thirdDigest.email)).toHaveLength(0);
    const summary = mail.to('sec@example.org')[0]!;
    expect(summary.body).toContain(`1 digest may not have been sent — please check with ${thirdDigest.name} <${thirdDigest.email}>.`);
    expect(summary.body).toContain('2 digests already sent earlier today');
    // Later the same day: nothing more.
    run();
    expect(mail.sent).toHaveLength(4);
  });

  it('a hard kill (the record after the sends never written): nothing sent by that run is ever resent that day', () => {
    const { env, mail, logs } = setup();
    const props = env.globals.PropertiesService.getDocumentProperties();
    let writes = 0;
    const dying = {
      getProperties: () => props.getProperties(),
      deleteProperty: (k: string) => props.deleteProperty(k),
      setProperties: (p: Record<string, string>) => {
        // The first write ("sending") lands; the execution is killed before the second.
        if (++writes > 1) throw new Error('Exceeded maximum execution time');
        return props.setProperties(p);
      },
    } as unknown as GoogleAppsScript.Properties.Properties;
    const access: WorkbookAccess = {
      refreshStatuses: () => ({ problems: [], actions }),
      readWorkbook: () => workbook(actions, officers),
      today: () => '2025-03-10',
    };
    expect(() =>
      dailyRun(
        ss,
        {
          mail: env.globals.MailApp,
          properties: dying,
          lock: env.globals.LockService.getDocumentLock(),
          log: (m) => logs.push(m),
          allowedDomains: ['example.org'],
        },
        access,
      ),
    ).toThrow('Exceeded maximum execution time');
    env.endExecution();
    const killedRun = mail.sent.length;
    expect(killedRun).toBe(5); // four digests and the summary went out
    const next = dailyRun(
      ss,
      { mail: env.globals.MailApp, properties: props, lock: env.globals.LockService.getDocumentLock(), log: () => undefined, allowedDomains: ['example.org'] },
      access,
    );
    env.endExecution();
    expect(next.result?.sentNow).toHaveLength(0);
    expect(next.result?.uncertain).toHaveLength(4);
    // Only the secretariat hears again (the summary itself may repeat; digests never do).
    expect(recipients(mail.sent.slice(killedRun))).toEqual(['sec@example.org']);
    expect(mail.sent.at(-1)!.body).toContain('4 digests may not have been sent — please check with');
  });

  it('a spent quota stops cleanly, says so in the summary, and the rest go with the next run', () => {
    const { run, mail, env } = setup();
    mail.setRemaining(3); // room for two digests and the summary
    const day1 = run();
    expect(day1.result?.sentNow).toHaveLength(2);
    expect(day1.result?.deferred).toHaveLength(2);
    const summary = mail.to('sec@example.org')[0]!;
    expect(summary.subject).toContain('mail quota spent');
    expect(summary.body).toMatch(/2 digests not sent because the daily mail quota is spent \(3 left at the start\): .+\. They will go with the next run\./);
    const deferred = day1.result!.deferred;
    expect(env.globals.MailApp.getRemainingDailyQuota()).toBe(0);

    // Same day, nothing left: nothing sent, nothing thrown.
    const again = run();
    expect(again.result?.sentNow).toHaveLength(0);
    expect(again.result?.summaryStatus).toBe('failed: mail quota spent');

    // Next day: the quota is back and those held back get their digest.
    env.clock.advance(24 * 3600_000);
    const day2 = run();
    for (const key of deferred) expect(day2.result?.sentNow).toContain(key);
    expect(day2.result?.deferred).toHaveLength(0);
  });

  it('a quota that cannot cover the digests: the summary says how many days they take and offers a weekly digest', () => {
    const { run, mail } = setup();
    mail.setRemaining(3); // two digests a day (one kept for the summary), four due
    run();
    const summary = mail.to('sec@example.org')[0]!;
    expect(summary.body).toContain('At 2 digests a day (the quota at the start of this run, less one for this summary), the 4 due take 2 days to send.');
    expect(summary.body).toContain('To send fewer, set Digest day on the Settings tab to a weekday (e.g. Monday): each officer then gets one digest a week.');
  });

  it('weekly digests (Digest day: Monday): sent on Monday, never again that week, and those the quota held back go on Tuesday', () => {
    const { run, mail, env } = setup({ raw: { digestDay: 'Monday' } }); // Monday 10 March 2025
    mail.setRemaining(3);
    const monday = run();
    expect(monday.result?.sentNow).toHaveLength(2);
    const first = recipients(mail.sent).filter((r) => r !== 'sec@example.org');
    expect(first).toHaveLength(2);
    expect(mail.to('sec@example.org')[0]!.body).toContain('Digests are weekly: each officer gets at most one a week, from Monday (Settings: Digest day).');
    expect(mail.to('sec@example.org')[0]!.body).not.toContain('To send fewer');
    // Tuesday: only the two held back, once.
    env.clock.advance(24 * 3600_000);
    mail.setRemaining(100);
    const before = mail.sent.length;
    const tuesday = run();
    const tuesdayTo = recipients(mail.sent.slice(before)).filter((r) => r !== 'sec@example.org');
    expect(tuesdayTo).toHaveLength(2);
    expect(tuesdayTo.some((r) => first.includes(r))).toBe(false);
    expect(tuesday.result?.sentEarlier).toHaveLength(2);
    expect(mail.to('sec@example.org').at(-1)!.body).toContain('2 digests already sent since 10/03/2025 (not sent again).');
    // Wednesday to Sunday: nobody again.
    for (let d = 0; d < 5; d++) {
      env.clock.advance(24 * 3600_000);
      const n = mail.sent.filter((m) => m.to !== 'sec@example.org').length;
      run();
      expect(mail.sent.filter((m) => m.to !== 'sec@example.org').length).toBe(n);
    }
    // The next Monday: everyone again.
    env.clock.advance(24 * 3600_000);
    const nextMonday = run();
    expect(nextMonday.result?.sentNow).toHaveLength(4);
  });

  it('when the quota runs out mid-run (Apps Script throws), the run stops sending and reports it', () => {
    const { run, mail } = setup();
    // getRemainingDailyQuota says plenty, but sending throws the quota error after two.
    mail.state.dailyQuota = 100;
    mail.failOnSend(3, QUOTA_MESSAGE);
    const r = run();
    expect(r.result?.sentNow).toHaveLength(2);
    expect(r.result?.deferred).toHaveLength(2);
  });

  it('a busy lock means another run is at work: log and return', () => {
    const { run, mail, env, logs } = setup();
    env.handles.lock.holdElsewhere('document');
    const r = run();
    expect(r).toEqual({ ran: false, skipped: 'lock busy' });
    expect(mail.sent).toHaveLength(0);
    expect(logs.join('\n')).toContain('another run is in progress');
  });

  it('the sent log stays small and forgets old days', () => {
    const { run, env } = setup();
    run();
    env.clock.advance(24 * 3600_000);
    run();
    const props = env.globals.PropertiesService.getDocumentProperties().getProperties();
    const keys = Object.keys(props).filter((k) => k.startsWith('alerts.sent.'));
    expect(keys).toEqual(['alerts.sent.2025-03-11.0']);
    expect(Buffer.byteLength(props[keys[0]!]!)).toBeLessThan(MAX_VALUE_BYTES);
    expect(props[keys[0]!]!.split(',')).toContain(recipientKey('gary@example.org'));
  });

  it('bad settings are reported in the summary, not thrown', () => {
    const { run, mail } = setup({ raw: { alertHour: '25' } });
    const r = run();
    expect(r.ran).toBe(true);
    expect(mail.to('sec@example.org')[0]!.body).toContain('Setting "Alert hour" must be a whole number from 0 to 23');
  });

  it('with no secretariat address the summary goes to the execution log', () => {
    const { run, mail, logs } = setup({ raw: { secretariatEmails: '' } });
    run();
    expect(mail.to('sec@example.org')).toHaveLength(0);
    expect(logs.join('\n')).toContain('no "Secretariat emails" setting');
  });

  it('across a week: each officer hears once a day while they have something due', () => {
    const { run, mail, env } = setup();
    for (let day = 0; day < 7; day++) {
      run();
      run(); // a duplicate trigger firing the same day
      env.clock.advance(24 * 3600_000);
    }
    const perDay = new Map<string, number>();
    for (const m of mail.sent) {
      const k = `${m.to} ${ymd(m.at, 'Europe/London')}`;
      perDay.set(k, (perDay.get(k) ?? 0) + 1);
    }
    expect([...perDay.values()].every((n) => n === 1)).toBe(true);
    expect(mail.to('gary@example.org')).toHaveLength(7);
    // 01.01.03 is due 12/03; 01.01.04 (30/04) never enters the 7-day window this week.
    expect(mail.to('henry@example.org').every((m) => !m.body.includes('01.01.04'))).toBe(true);
  });
});
