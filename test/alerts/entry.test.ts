/**
 * The alert entry points with the emulated services as globals (MailApp, ScriptApp,
 * PropertiesService, LockService, Session, HtmlService and the Ui), in menu mode and trigger
 * mode. The workbook reader is stubbed here until the SpreadsheetApp emulator is registered;
 * the rest is the real code.
 */
import { createAppsScript, type AppsScriptEnvironment, type Mode } from '../emulator/index';
import { action, officer, workbook } from './helpers';
import type { WorkbookRead } from '../../src/adapters/sheets/workbook';

jest.mock('../../src/adapters/sheets/workbook', () => ({ readWorkbook: jest.fn() }));
jest.mock('../../src/adapters/sheets/status-refresh', () => ({ refreshStatuses: jest.fn() }));
jest.mock('../../src/adapters/sheets/recommendations-refresh', () => ({
  refreshRecommendations: () => ({ recommendations: [], counts: {}, overdue: 0, problems: [] }),
}));
jest.mock('../../src/adapters/clock', () => ({ todayIn: jest.fn() }));

import { readWorkbook } from '../../src/adapters/sheets/workbook';
import { refreshStatuses } from '../../src/adapters/sheets/status-refresh';
import { todayIn } from '../../src/adapters/clock';
import { menuInstallAlerts, menuPreviewAlerts, menuRemoveAlerts, runDailyAlerts } from '../../src/alerts/entry';

const officers = [officer('Gary Bowman', 'gary@example.org', 2), officer('Janine Brown', 'janine@example.org', 3)];
const actions = [
  action({ ref: '01.01.01', responsible: 'Gary Bowman', dueDate: '2025-03-01', text: 'Write <the> report' }, 5),
  action({ ref: '01.01.02', responsible: 'Janine Brown', dueDate: '2025-03-12' }, 6),
];

let current: { env: AppsScriptEnvironment; getUiCalls: number; wb: WorkbookRead };

function install(mode: Mode, options: { user?: string; shareWith?: AppsScriptEnvironment; raw?: Record<string, string> } = {}) {
  const env = createAppsScript({ mode, now: '2025-03-10T09:00:00Z', user: options.user, ...(options.shareWith ? { shareWith: options.shareWith } : {}) });
  const state = { env, getUiCalls: 0, wb: workbook(actions, officers, options.raw) };
  const ss = {
    getSpreadsheetTimeZone: () => 'Europe/London',
    getUrl: () => 'https://docs.google.com/spreadsheets/d/abc/edit',
    getSheetByName: () => ({ getSheetId: () => 0 }),
  };
  const { console: _console, ...globals } = env.globals as unknown as Record<string, unknown>;
  Object.assign(globalThis, globals, {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ss,
      getUi: () => {
        state.getUiCalls++;
        return env.handles.ui.getUi();
      },
      flush: () => undefined,
    },
  });
  (readWorkbook as jest.Mock).mockImplementation(() => state.wb);
  (refreshStatuses as jest.Mock).mockImplementation(() => ({ counts: {}, overdue: 0, problems: [], rows: state.wb.actions.length, actions: state.wb.actions }));
  (todayIn as jest.Mock).mockImplementation(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(env.clock.now()));
  current = state;
  return state;
}

beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

function call<T>(fn: () => T): T {
  try {
    return fn();
  } finally {
    current.env.endExecution();
  }
}

describe('runDailyAlerts (trigger)', () => {
  it('runs in trigger mode without ever calling getUi', () => {
    const { env } = install('trigger');
    expect(() => env.handles.ui.getUi()).toThrow(); // the emulator forbids it, like Apps Script
    current.getUiCalls = 0;
    call(runDailyAlerts);
    expect(current.getUiCalls).toBe(0);
    expect(env.handles.mail.sent.map((m) => m.to).sort()).toEqual(['gary@example.org', 'janine@example.org', 'sec@example.org']);
    expect(refreshStatuses).toHaveBeenCalledWith(expect.anything(), '2025-03-10');
    expect(env.calls.count('LockService.Lock.tryLock')).toBe(1);
    expect(env.calls.count('LockService.Lock.releaseLock')).toBe(1);
  });

  it('a bad hour in Settings does not throw in the trigger; the summary says so', () => {
    const { env } = install('trigger', { raw: { alertHour: '25', secretariatEmails: 'sec@example.org' } });
    expect(() => call(runDailyAlerts)).not.toThrow();
    expect(env.handles.mail.to('sec@example.org')[0]!.body).toContain('Alert hour');
  });

  it('two executions at once: the second finds the lock busy and sends nothing', () => {
    const first = install('trigger');
    let secondSent = -1;
    first.env.handles.lock.onAcquire(() => {
      const second = install('trigger', { shareWith: first.env });
      call(runDailyAlerts);
      secondSent = second.env.handles.mail.sent.length;
      current = first;
    });
    call(runDailyAlerts);
    expect(secondSent).toBe(0);
    expect(first.env.handles.mail.sent).toHaveLength(3);
  });
});

describe('Install / Remove alerts (menu)', () => {
  it('installing twice leaves one trigger, and the alert says who installed it and when', () => {
    const { env } = install('ui', { user: 'clerk@example.org' });
    call(menuInstallAlerts);
    call(menuInstallAlerts);
    expect(env.handles.scriptApp.byHandler('runDailyAlerts')).toEqual([
      expect.objectContaining({ everyDays: 1, atHour: 7, timeZone: 'Europe/London', owner: 'clerk@example.org' }),
    ]);
    const alerts = env.handles.ui.alerts.map((a) => a.prompt);
    expect(alerts[0]).toContain('Alerts are on (daily at 07:00, installed by clerk@example.org on 10/03/2025).');
    expect(alerts[1]).toContain('already installed with this schedule; nothing changed');
  });

  it('a new hour in Settings replaces the trigger', () => {
    const { env } = install('ui');
    call(menuInstallAlerts);
    current.wb = workbook(actions, officers, { alertHour: '9' });
    call(menuInstallAlerts);
    expect(env.handles.scriptApp.byHandler('runDailyAlerts')).toEqual([expect.objectContaining({ atHour: 9 })]);
    expect(env.handles.ui.alerts[1]!.prompt).toContain('daily at 09:00');
  });

  it('a bad hour is reported in the alert and the default is used', () => {
    const { env } = install('ui', { raw: { alertHour: '25' } });
    call(menuInstallAlerts);
    expect(env.handles.scriptApp.byHandler('runDailyAlerts')).toEqual([expect.objectContaining({ atHour: 7 })]);
    expect(env.handles.ui.alerts[0]!.prompt).toContain('Setting "Alert hour" must be a whole number from 0 to 23');
  });

  it('remove takes away only our trigger', () => {
    const { env } = install('ui');
    env.globals.ScriptApp.newTrigger('somethingElse').timeBased().everyHours(1).create();
    call(menuInstallAlerts);
    call(menuRemoveAlerts);
    expect(env.handles.scriptApp.triggers.map((t) => t.handler)).toEqual(['somethingElse']);
    expect(env.handles.ui.alerts[1]!.prompt).toBe('Alerts are off: the daily trigger was removed.');
    expect(env.globals.PropertiesService.getDocumentProperties().getProperty('alerts.installed')).toBeNull();
  });

  it("another user sees who installed them and cannot remove someone else's trigger", () => {
    const a = install('ui', { user: 'a@example.org' });
    call(menuInstallAlerts);
    const b = install('ui', { user: 'b@example.org', shareWith: a.env });
    call(menuPreviewAlerts);
    expect(b.env.handles.ui.dialogs[0]!.html).toContain(
      'Alerts are on (daily at 07:00, installed by a@example.org on 10/03/2025). They run under a@example.org',
    );
    call(menuRemoveAlerts);
    expect(b.env.handles.ui.alerts[0]!.prompt).toContain('Alerts were installed by a@example.org: only they can remove them');
    expect(b.env.handles.scriptApp.byHandler('runDailyAlerts')).toHaveLength(1);
    // Installing as b asks first; answering No changes nothing.
    b.env.handles.ui.answerAlert('NO');
    call(menuInstallAlerts);
    expect(b.env.handles.scriptApp.byHandler('runDailyAlerts')).toHaveLength(1);
  });
});

describe('Preview alerts (menu)', () => {
  it('shows what would be sent today, to whom, escaped, and sends nothing', () => {
    const { env } = install('ui');
    call(menuPreviewAlerts);
    expect(env.handles.mail.sent).toHaveLength(0);
    const dialog = env.handles.ui.dialogs[0]!;
    expect(dialog.kind).toBe('modal');
    expect(dialog.title).toBe('Preview alerts for 10/03/2025');
    expect(dialog.html).toContain('Alerts are off.');
    expect(dialog.html).toContain('2 digests would be sent');
    expect(dialog.html).toContain('gary@example.org');
    expect(dialog.html).toContain('Write &lt;the&gt; report');
    expect(dialog.html).not.toContain('Write <the> report');
    expect(dialog.html).toContain('Summary</b> to sec@example.org');
    expect(env.calls.total('MailApp.MailApp.sendEmail')).toBe(0);
  });

  it('after the day’s run, the preview says they were already sent', () => {
    const { env } = install('ui');
    call(runDailyAlerts);
    call(menuPreviewAlerts);
    expect(env.handles.ui.dialogs[0]!.html).toContain('0 digests would be sent, 2 already sent today');
  });
});
