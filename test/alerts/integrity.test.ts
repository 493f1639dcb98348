/**
 * Alerts sent to the right people, once, and never silently skipped — end to end on the bundle:
 * one installer (a second is told and must confirm taking over; the old trigger removes itself),
 * allowed email domains that only the installer can change, and the busy-lock retry.
 */
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { fillBoard } from './board';
import { action, officer } from './helpers';

const DAILY = 'runDailyAlerts';
const RETRY = 'retryDailyAlerts';

const officers = [
  officer('Gary Bowman', 'gary@example.org', 2),
  officer('Janine Brown', 'janine@example.org', 3),
  officer('Joy Massey', 'joy@evil.example', 4),
];
const actions = [
  action({ ref: '10.02.01', responsible: 'Gary Bowman', dueDate: '2025-03-01' }),
  action({ ref: '10.02.02', responsible: 'Janine Brown', dueDate: '2025-03-12' }),
  action({ ref: '10.02.03', responsible: 'Joy Massey', dueDate: '2025-03-03' }),
];

function setUp(settings: Record<string, string> = {}): LoadedBundle {
  const clerk = loadBundle({ now: '2025-03-10T06:00:00Z', user: 'clerk@example.org' });
  clerk.call('menuSetUp');
  fillBoard(clerk.env.handles.workbook, { actions, officers, settings: { 'Secretariat emails': 'sec@example.org', 'Board name': 'Test Board', ...settings } });
  return clerk;
}

const as = (first: LoadedBundle, user: string, mode: 'ui' | 'trigger' = 'ui') => loadBundle({ mode, user, shareWith: first });
const fire = (first: LoadedBundle, user: string, handler = DAILY) => {
  const run = as(first, user, 'trigger');
  run.call(handler);
  return run;
};
const installCaption = (b: LoadedBundle) => {
  b.call('onOpen');
  const entries = b.env.handles.ui.menus.at(-1)!.entries;
  const item = entries.find((e) => e.kind === 'item' && e.functionName === 'menuInstallAlerts');
  return item && item.kind === 'item' ? item.caption : '';
};
const owners = (b: LoadedBundle, handler = DAILY) => b.env.handles.scriptApp.byHandler(handler).map((t) => t.owner);

describe('one daily trigger, whoever installs it', () => {
  it('a second installer is told who installed them, must confirm, and the first trigger removes itself and sends nothing', () => {
    const clerk = setUp({ 'Secretariat emails': 'sec@example.org' });
    clerk.call('menuInstallAlerts');
    const editor = as(clerk, 'editor@example.org');
    // Every editor sees in the menu that alerts are on and who installed them.
    expect(installCaption(editor)).toBe('Reinstall alerts… (Alerts are on: daily at 07:00, by clerk@example.org)');

    // Saying No changes nothing.
    editor.env.handles.ui.answerAlert('NO');
    editor.call('menuInstallAlerts');
    expect(editor.env.handles.ui.alerts[0]!.prompt).toContain('installed by clerk@example.org on 10/03/2025');
    expect(editor.env.handles.ui.alerts[0]!.prompt).toContain('Take over the alerts?');
    expect(editor.env.handles.ui.alerts[1]!.prompt).toBe('Nothing was changed: the alerts stay with clerk@example.org.');
    expect(editor.env.handles.ui.prompts).toHaveLength(0);
    expect(owners(clerk)).toEqual(['clerk@example.org']);

    // Saying Yes takes them over.
    const taker = as(clerk, 'editor@example.org');
    taker.env.handles.ui.answerAlert('YES');
    taker.env.handles.ui.answerPrompt('');
    taker.call('menuInstallAlerts');
    expect(taker.env.handles.ui.alerts.at(-1)!.prompt).toContain('You have taken over the alerts from clerk@example.org');
    expect(installCaption(clerk)).toBe('Reinstall alerts… (Alerts are on: daily at 07:00, by editor@example.org)');
    // The old trigger cannot be deleted by the new installer (Apps Script), so both exist until 07:00…
    expect(owners(clerk).sort()).toEqual(['clerk@example.org', 'editor@example.org']);

    clerk.env.clock.set('2025-03-10T07:00:00Z');
    const old = fire(clerk, 'clerk@example.org');
    expect(old.env.handles.mail.sent).toHaveLength(0);
    // …when the old one removes itself.
    expect(owners(clerk)).toEqual(['editor@example.org']);
    const now = fire(clerk, 'editor@example.org');
    expect(now.env.handles.mail.sent.map((m) => m.to).sort()).toEqual(['gary@example.org', 'janine@example.org', 'sec@example.org']);
    // The first installer choosing Install again is asked in turn.
    const back = as(clerk, 'clerk@example.org');
    back.env.handles.ui.answerAlert('NO');
    back.call('menuInstallAlerts');
    expect(back.env.handles.ui.alerts[0]!.prompt).toContain('installed by editor@example.org');
    expect(owners(clerk)).toEqual(['editor@example.org']);
  });

  it('reinstalling as the installer keeps one trigger; removing takes away the daily trigger and any pending retry', () => {
    const clerk = setUp();
    clerk.call('menuInstallAlerts');
    clerk.call('menuInstallAlerts');
    expect(owners(clerk)).toEqual(['clerk@example.org']);
    clerk.env.handles.lock.holdElsewhere('script', 'an editor');
    clerk.env.clock.set('2025-03-10T07:00:00Z');
    fire(clerk, 'clerk@example.org');
    clerk.env.handles.lock.forceRelease('script');
    expect(owners(clerk, RETRY)).toEqual(['clerk@example.org']);
    clerk.env.globals.ScriptApp.newTrigger('somethingElse').timeBased().everyHours(1).create();
    clerk.call('menuRemoveAlerts');
    expect(clerk.env.handles.scriptApp.triggers.map((t) => t.handler)).toEqual(['somethingElse']);
    expect(installCaption(clerk)).toBe('Install alerts… (Alerts are off)');
  });
});

describe('allowed email domains', () => {
  it('asks in the install dialog (blank keeps the installer’s own domain); other addresses are held back and listed', () => {
    const clerk = setUp({ 'Secretariat emails': 'sec@example.org, boss@gmail.com' });
    clerk.call('menuInstallAlerts');
    const prompt = clerk.env.handles.ui.prompts[0]!;
    expect(prompt.prompt).toContain('Now: example.org.');
    expect(clerk.env.handles.ui.alerts.at(-1)!.prompt).toContain('Mail goes only to addresses in: example.org.');

    clerk.env.clock.set('2025-03-10T07:00:00Z');
    const run = fire(clerk, 'clerk@example.org');
    const mail = run.env.handles.mail;
    expect(mail.sent.map((m) => m.to).sort()).toEqual(['gary@example.org', 'janine@example.org', 'sec@example.org']);
    expect(mail.to('joy@evil.example')).toHaveLength(0);
    expect(mail.to('boss@gmail.com')).toHaveLength(0);
    const summary = mail.to('sec@example.org')[0]!;
    expect(summary.body).toContain('1 digest held back, the address being outside the allowed email domains (example.org): Joy Massey <joy@evil.example>.');
    expect(summary.body).toContain('Summary not sent to boss@gmail.com: outside the allowed email domains (example.org).');
    expect(summary.body).toContain('Joy Massey: 1 overdue, 0 due soon – held back: domain not allowed');
  });

  it('an editor changing the Settings tab or the document properties cannot widen the list', () => {
    const clerk = setUp({ 'Secretariat emails': 'sec@example.org' });
    clerk.env.handles.ui.answerPrompt('example.org, council.gov.uk');
    clerk.call('menuInstallAlerts');
    const editor = as(clerk, 'editor@example.org');
    // The editor writes everything they can: the display copy in document properties, their own
    // user properties, and a made-up row on the Settings tab.
    const docProps = editor.env.globals.PropertiesService.getDocumentProperties();
    const record = JSON.parse(docProps.getProperty('alerts.installed')!);
    expect(record.domains).toEqual(['example.org', 'council.gov.uk']);
    docProps.setProperty('alerts.installed', JSON.stringify({ ...record, domains: ['example.org', 'evil.example'] }));
    docProps.setProperty('alerts.allowedDomains', 'evil.example');
    editor.env.globals.PropertiesService.getUserProperties().setProperty('alerts.allowedDomains', 'evil.example');
    const settings = editor.env.handles.workbook.sheet('Settings').values;
    editor.env.handles.workbook.setValues('Settings', settings.length + 1, 1, [['Allowed email domains', 'evil.example']]);
    editor.env.endExecution();

    clerk.env.clock.set('2025-03-10T07:00:00Z');
    const run = fire(clerk, 'clerk@example.org');
    expect(run.env.handles.mail.to('joy@evil.example')).toHaveLength(0);
    expect(run.env.handles.mail.sent).toHaveLength(3);
    expect(run.env.handles.mail.to('sec@example.org')[0]!.body).toContain(
      'outside the allowed email domains (example.org, council.gov.uk): Joy Massey <joy@evil.example>',
    );
  });

  it('only the installer changes them, through the install dialog; a bad domain changes nothing', () => {
    const clerk = setUp();
    clerk.call('menuInstallAlerts');
    clerk.env.handles.ui.answerPrompt('example.org, bad_domain!');
    clerk.call('menuInstallAlerts');
    expect(clerk.env.handles.ui.alerts.at(-1)!.prompt).toContain('"bad_domain!" is not a domain. Type domains such as council.gov.uk');
    clerk.env.handles.ui.answerPrompt('evil.example', 'CANCEL');
    clerk.call('menuInstallAlerts');
    expect(clerk.env.handles.ui.alerts.at(-1)!.prompt).toBe('Nothing was changed: alerts were not installed.');
    clerk.env.clock.set('2025-03-10T07:00:00Z');
    expect(fire(clerk, 'clerk@example.org').env.handles.mail.to('joy@evil.example')).toHaveLength(0);

    // The installer widening the list on purpose does reach Joy (next day).
    clerk.env.handles.ui.answerPrompt('example.org; @Evil.Example');
    clerk.call('menuInstallAlerts');
    clerk.env.clock.set('2025-03-11T07:00:00Z');
    expect(fire(clerk, 'clerk@example.org').env.handles.mail.to('joy@evil.example')).toHaveLength(1);
  });

  it('the preview shows the domains and who would be held back', () => {
    const clerk = setUp();
    clerk.call('menuInstallAlerts');
    const editor = as(clerk, 'editor@example.org');
    editor.call('menuPreviewAlerts');
    const html = editor.env.handles.ui.dialogs[0]!.html;
    expect(html).toContain("Mail goes only to addresses in the installer's allowed email domains: example.org; held back: joy@evil.example.");
    expect(html).toContain('held back: domain not allowed');
  });
});

describe('a busy sheet at the alert hour', () => {
  it('retries within the hour (one pending one-off trigger) instead of skipping the day', () => {
    const clerk = setUp();
    clerk.call('menuInstallAlerts');
    clerk.env.clock.set('2025-03-10T07:00:00Z');
    // An editor is saving: their execution holds the writers' lock (the script lock).
    const editor = as(clerk, 'editor@example.org');
    expect(editor.env.globals.LockService.getScriptLock().tryLock(1000)).toBe(true);

    const busy = fire(clerk, 'clerk@example.org');
    expect(busy.env.handles.mail.sent).toHaveLength(0);
    expect(clerk.env.handles.scriptApp.byHandler(RETRY)).toEqual([expect.objectContaining({ owner: 'clerk@example.org', afterMs: 600_000 })]);
    // A second firing while busy does not add a second retry; installing again neither counts nor removes it.
    clerk.env.clock.set('2025-03-10T07:05:00Z');
    fire(clerk, 'clerk@example.org');
    expect(owners(clerk, RETRY)).toEqual(['clerk@example.org']);
    clerk.call('menuInstallAlerts');
    expect(owners(clerk, RETRY)).toEqual(['clerk@example.org']);
    expect(owners(clerk)).toEqual(['clerk@example.org']);

    // The editor finishes; ten minutes later the retry runs, deletes its own trigger and sends.
    editor.env.endExecution();
    clerk.env.clock.set('2025-03-10T07:10:00Z');
    const retry = fire(clerk, 'clerk@example.org', RETRY);
    expect(clerk.env.handles.scriptApp.byHandler(RETRY)).toHaveLength(0);
    const mail = retry.env.handles.mail;
    expect(mail.sent.map((m) => m.to).sort()).toEqual(['gary@example.org', 'janine@example.org', 'sec@example.org']);
    expect(mail.to('sec@example.org')[0]!.body).toContain(
      'The daily run found the sheet busy (an editor saving) at 07:00 and 07:05; it retried and went ahead at 07:10.',
    );
    // The next day's summary says nothing about it.
    clerk.env.clock.set('2025-03-11T07:00:00Z');
    fire(clerk, 'clerk@example.org');
    expect(mail.to('sec@example.org')[1]!.body).not.toContain('busy');
  });

  it('after six busy tries it stops retrying, and the next run’s summary says the day was missed', () => {
    const clerk = setUp();
    clerk.call('menuInstallAlerts');
    clerk.env.handles.lock.holdElsewhere('script', 'an editor');
    for (let i = 0; i < 6; i++) {
      clerk.env.clock.set(`2025-03-10T07:${String(i * 10).padStart(2, '0')}:00Z`);
      fire(clerk, 'clerk@example.org', i === 0 ? DAILY : RETRY);
      expect(clerk.env.handles.scriptApp.byHandler(RETRY)).toHaveLength(i < 5 ? 1 : 0);
    }
    expect(clerk.env.handles.mail.sent).toHaveLength(0);
    clerk.env.handles.lock.forceRelease('script');
    expect(owners(clerk)).toEqual(['clerk@example.org']);

    clerk.env.clock.set('2025-03-11T07:00:00Z');
    const next = fire(clerk, 'clerk@example.org');
    const summary = next.env.handles.mail.to('sec@example.org')[0]!;
    expect(summary.body).toContain(
      'On 10/03/2025 the daily run found the sheet busy (an editor saving) at 07:00, 07:10, 07:20, 07:30, 07:40 and 07:50 and gave up: no alerts were sent that day.',
    );
    expect(next.env.handles.mail.sent).toHaveLength(3);
  });
});
