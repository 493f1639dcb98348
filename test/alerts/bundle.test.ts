/**
 * Alerts end to end through the built bundle (dist/Code.js) and the emulator: a clerk sets up
 * the sheet and installs alerts from the menu; the daily trigger then runs as a separate
 * execution in trigger mode (no UI) over several days of the fake clock.
 */
import { ACTIONS } from '../../src/core/layout';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { benchAlerts } from './bench-alerts';
import { fillBoard } from './board';
import { action, officer } from './helpers';

const officers = [
  officer('Gary Bowman', 'gary@example.org', 2),
  officer('Janine Brown', 'janine@example.org', 3),
  officer('Joy Massey', 'joy@example.org', 4),
  officer('Alan Dean', '', 5),
];
const actions = [
  action({ ref: '10.02.01', responsible: 'Gary Bowman / Janine Brown', dueDate: '2025-03-01', commentary: 'Started\nDeferred to 1 March' }),
  action({ ref: '10.02.02', responsible: 'G Bowman', dueDate: '2025-03-12' }),
  action({ ref: '10.02.03', responsible: 'Joy Massey', dueDate: '2025-03-14', text: '<script>alert(1)</script>' }),
  action({ ref: '10.02.04', responsible: 'Alan Dean', dueDate: '2025-02-20' }),
  action({ ref: '10.02.05', responsible: 'ALL Partners', dueDate: '2025-02-20' }),
  action({ ref: '10.02.06', responsible: 'Joy Massey', dueDate: '2025-03-25' }),
];
const settings = { 'Secretariat emails': 'sec@example.org, chair@example.org', 'Alert hour': '7', 'Alert days ahead': '7', 'Board name': 'Test Board' };

function setUp(): LoadedBundle {
  const clerk = loadBundle({ now: '2025-03-10T06:00:00Z', user: 'clerk@example.org' });
  clerk.call('menuSetUp');
  fillBoard(clerk.env.handles.workbook, { actions, officers, settings });
  return clerk;
}

const trigger = (clerk: LoadedBundle) => loadBundle({ mode: 'trigger', user: 'clerk@example.org', shareWith: clerk });

describe('alerts through the bundle', () => {
  it('install from the menu, then the daily trigger sends the right digests once a day', () => {
    const clerk = setUp();
    clerk.call('menuInstallAlerts');
    clerk.call('menuInstallAlerts');
    const triggers = clerk.env.handles.scriptApp.byHandler('runDailyAlerts');
    expect(triggers).toEqual([expect.objectContaining({ everyDays: 1, atHour: 7, timeZone: 'Europe/London', owner: 'clerk@example.org' })]);
    expect(clerk.env.handles.ui.alerts.at(-1)!.prompt).toContain('Alerts are on (daily at 07:00, installed by clerk@example.org on 10/03/2025)');

    // 07:00 on Monday 10 March: the trigger fires.
    clerk.env.clock.set('2025-03-10T07:00:00Z');
    const run1 = trigger(clerk);
    run1.call('runDailyAlerts');
    const mail = run1.env.handles.mail;
    expect(mail.sent.map((m) => m.to)).toEqual(
      expect.arrayContaining(['gary@example.org', 'janine@example.org', 'joy@example.org', 'sec@example.org,chair@example.org']),
    );
    expect(mail.sent).toHaveLength(4);
    const gary = mail.to('gary@example.org')[0]!;
    expect(gary.body).toMatch(/10\.02\.01[\s\S]*10\.02\.02/); // oldest first
    expect(gary.body).toContain('Latest commentary: Deferred to 1 March');
    const sheetId = clerk.env.handles.workbook.sheet('Actions').sheetId;
    expect(gary.htmlBody).toContain(`#gid=${sheetId}&amp;range=A2`);
    expect(mail.to('joy@example.org')[0]!.htmlBody).not.toContain('<script>');
    expect(mail.to('joy@example.org')[0]!.body).not.toContain('10.02.06'); // due 25/03: beyond 7 days
    const summary = mail.sent.find((m) => m.to.startsWith('sec@'))!;
    expect(summary.body).toContain('Alan Dean');
    expect(summary.body).toContain('"ALL Partners" in 10.02.05');
    // Statuses were refreshed by the run.
    const status = clerk.env.handles.workbook.cell('Actions', 2, ACTIONS.columns.findIndex((c) => c.key === 'status') + 1).value;
    expect(String(status)).toMatch(/no dates confirmed/);
    expect(clerk.env.handles.workbook.cell('Actions', 2, ACTIONS.columns.findIndex((c) => c.key === 'overdue') + 1).value).toBe('Yes');
    // No UI in the trigger.
    expect(run1.env.calls.count('SpreadsheetApp.SpreadsheetApp.getUi')).toBe(0);

    // Later the same day a second firing sends nothing.
    clerk.env.clock.set('2025-03-10T15:00:00Z');
    trigger(clerk).call('runDailyAlerts');
    expect(mail.sent).toHaveLength(4);

    // Next morning: a new day, a new round.
    clerk.env.clock.set('2025-03-11T07:00:00Z');
    trigger(clerk).call('runDailyAlerts');
    expect(mail.sent).toHaveLength(8);
  });

  it('a run killed after two mails never resends the third (the summary says to check), sends the rest; quota exhaustion is reported and resumed next day', () => {
    // At most once (README "Alerts"): the old test expected the third digest to be resent.
    const clerk = setUp();
    clerk.call('menuInstallAlerts');
    clerk.env.clock.set('2025-03-10T07:00:00Z');
    const killed = trigger(clerk);
    const mail = killed.env.handles.mail;
    mail.failOnSend(3);
    expect(() => killed.call('runDailyAlerts')).toThrow();
    expect(mail.sent).toHaveLength(2);
    const first = mail.sent.map((m) => m.to);
    expect(first).toEqual(['gary@example.org', 'janine@example.org']);
    trigger(clerk).call('runDailyAlerts');
    const all = mail.sent.map((m) => m.to);
    expect(all).toEqual([...first, 'sec@example.org,chair@example.org']);
    expect(mail.to('joy@example.org')).toHaveLength(0);
    const summary = mail.sent[2]!;
    expect(summary.subject).toContain('please check: some digests may not have been sent');
    expect(summary.body).toContain('1 digest may not have been sent — please check with Joy Massey <joy@example.org>.');
    expect(summary.body).toContain('Joy Massey: 0 overdue, 1 due soon – may not have been sent — please check');
    // A third run that day sends nothing at all.
    trigger(clerk).call('runDailyAlerts');
    expect(mail.sent).toHaveLength(3);

    // Day 2 with only 3 recipients of quota: the summary (2 recipients) is kept room for.
    clerk.env.clock.set('2025-03-11T07:00:00Z');
    const day2 = trigger(clerk);
    day2.env.handles.mail.setRemaining(3);
    day2.call('runDailyAlerts');
    const sentDay2 = mail.sent.slice(3);
    expect(sentDay2).toHaveLength(2);
    expect(sentDay2[1]!.subject).toContain('mail quota spent');
    expect(sentDay2[1]!.body).toContain('2 digests not sent because the daily mail quota is spent');

    clerk.env.clock.set('2025-03-12T07:00:00Z');
    trigger(clerk).call('runDailyAlerts');
    expect(
      mail.sent
        .slice(5)
        .map((m) => m.to)
        .sort(),
    ).toEqual(['gary@example.org', 'janine@example.org', 'joy@example.org', 'sec@example.org,chair@example.org']);
  });

  it('preview shows exactly what would be sent, and a bad setting is reported in the menu', () => {
    const clerk = setUp();
    fillBoard(clerk.env.handles.workbook, { actions: [], officers: [], settings: { 'Alert hour': '25', 'Secretariat emails': 'chair.example.org' } });
    clerk.call('menuPreviewAlerts');
    const dialog = clerk.env.handles.ui.dialogs.at(-1)!;
    expect(dialog.html).toContain('3 digests would be sent');
    expect(dialog.html).toContain('Setting &quot;Alert hour&quot; must be a whole number from 0 to 23');
    expect(dialog.html).not.toContain('<script>alert(1)</script>');
    expect(clerk.env.handles.mail.sent).toHaveLength(0);
    clerk.call('menuInstallAlerts');
    expect(clerk.env.handles.ui.alerts.at(-1)!.prompt).toContain('Setting "Alert hour" must be a whole number from 0 to 23');
    expect(clerk.env.handles.scriptApp.byHandler('runDailyAlerts')).toEqual([expect.objectContaining({ atHour: 7 })]);
    clerk.call('menuRemoveAlerts');
    expect(clerk.env.handles.scriptApp.byHandler('runDailyAlerts')).toHaveLength(0);
  });
});

describe('cost of the daily run', () => {
  it('Spreadsheet calls do not grow with the log; one mail per officer with something to say', () => {
    const small = benchAlerts(200, 20);
    const large = benchAlerts(3000, 60);
    expect(large.spreadsheetCalls).toBe(small.spreadsheetCalls);
    expect(large.spreadsheetByMethod).toEqual(small.spreadsheetByMethod);
    expect(large.spreadsheetByMethod['SpreadsheetApp.Range.setValues']).toBe(1);
    for (const r of [small, large]) {
      expect(r.digestsSent).toBeGreaterThan(0);
      // one quota check, one mail per digest, one summary
      expect(r.mailByMethod).toEqual({ 'MailApp.MailApp.getRemainingDailyQuota': 1, 'MailApp.MailApp.sendEmail': r.digestsSent + 1 });
      // The sent log: one write before the sends and one after, whatever the number of officers.
      expect(r.otherCalls['PropertiesService.Properties.setProperties']).toBe(2);
      // The register of references, raised once to the references of this hand-filled board
      // (the refresh inside the run).
      expect(r.otherCalls['PropertiesService.Properties.setProperty']).toBe(1);
      expect(r.otherCalls['PropertiesService.Properties.getProperties']).toBe(1);
    }
    expect(large.digestsSent).toBeGreaterThan(small.digestsSent);
  });
});
