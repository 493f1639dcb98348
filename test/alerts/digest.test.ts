import fc from 'fast-check';
import { latestCommentary, planAlerts, rowLink } from '../../src/core/alerts/digest';
import { escapeHtml } from '../../src/core/alerts/html';
import { MAX_VALUE_CHARS, recipientKey, SentDay, SUMMARY_KEY, decodeInstall, encodeInstall } from '../../src/core/alerts/sent-log';
import { describeAlertsState, previewHtml } from '../../src/core/alerts/state';
import { buildSummary, type SendOutcome } from '../../src/core/alerts/summary';
import { parseSettings } from '../../src/core/settings';
import { action, officer, settings } from './helpers';

const TODAY = '2025-03-10';
const URL = 'https://docs.google.com/spreadsheets/d/abc/edit';
const officers = [
  officer('Gary Bowman', 'gary@example.org', 2),
  officer('Janine Brown', 'janine@example.org', 3),
  officer('Joy Massey', '', 4),
  officer('Henry Seaton', 'henry@example.org', 5),
];

function plan(actions: ReturnType<typeof action>[], raw = {}) {
  return planAlerts({ today: TODAY, actions, officers, settings: settings(raw), spreadsheetUrl: URL, actionsSheetId: 42 });
}

describe('planAlerts: one digest per officer', () => {
  const actions = [
    action({ ref: '01.01.01', responsible: 'Gary Bowman / Janine Brown', dueDate: '2025-03-01', commentary: 'First update\nDeferred to 1 March' }, 10),
    action({ ref: '01.01.02', responsible: 'G Bowman', dueDate: '2025-02-01' }, 11),
    action({ ref: '01.01.03', responsible: 'Gary Bowman', dueDate: '2025-03-14' }, 12), // due within 7 days
    action({ ref: '01.01.04', responsible: 'Gary Bowman', dueDate: '2025-03-18' }, 13), // too far ahead
    action({ ref: '01.01.05', responsible: 'Gary Bowman', dueDate: '2025-02-01', completedDate: '2025-02-02' }, 14), // done
    action({ ref: '01.01.06', responsible: 'Gary Bowman', dueDate: '2025-02-01', isDecision: true }, 15), // decision
    action({ ref: '01.01.07', responsible: 'Gary Bowman' }, 16), // no date
    action({ ref: '01.01.08', responsible: 'Joy Massey', dueDate: '2025-03-05' }, 17), // no email
    action({ ref: '01.01.09', responsible: 'ALL Partners', dueDate: '2025-03-05' }, 18), // group: nobody
    action({ ref: '01.01.10', responsible: 'Alan Dean / Janine Browne', dueDate: '2025-03-05' }, 19), // unmatched
    action({ ref: '01.01.11', responsible: 'Janine Brown', dueDate: '2025-03-10' }, 20), // due today: due soon, not overdue
  ];
  const p = plan(actions);
  const gary = p.digests.find((d) => d.name === 'Gary Bowman')!;
  const janine = p.digests.find((d) => d.name === 'Janine Brown')!;

  it('sends to exactly the officers with something overdue or due soon and an address', () => {
    expect(p.digests.map((d) => d.email).sort()).toEqual(['gary@example.org', 'janine@example.org']);
  });

  it("lists each officer's overdue and due-soon actions, oldest first", () => {
    expect(gary.items.map((i) => i.ref)).toEqual(['01.01.02', '01.01.01', '01.01.03']);
    expect(gary.items.map((i) => i.overdue)).toEqual([true, true, false]);
    expect(gary.overdue).toBe(2);
    expect(gary.dueSoon).toBe(1);
    expect(janine.items.map((i) => i.ref)).toEqual(['01.01.01', '01.01.11']);
    expect(janine.items[1]).toMatchObject({ overdue: false, daysOverdue: 0 });
  });

  it('each item carries the date, latest commentary and a link to its row', () => {
    const item = gary.items[1]!;
    expect(item).toMatchObject({ dueDate: '2025-03-01', daysOverdue: 9, commentary: 'Deferred to 1 March', row: 10 });
    expect(item.link).toBe(`${URL}#gid=42&range=A10`);
    expect(gary.text).toContain('01/03/2025 (9 days overdue)');
    expect(gary.text).toContain('Latest commentary: Deferred to 1 March');
    expect(gary.text).not.toContain('First update');
    expect(gary.html).toContain(`href="${URL}#gid=42&amp;range=A10"`);
    expect(gary.subject).toBe('Test Board: 2 actions overdue, 1 action due by 17/03/2025');
  });

  it('reports officers with no email, groups, unmatched names and actions reaching nobody', () => {
    expect(p.noEmail.map((o) => o.name)).toEqual(['Joy Massey']);
    expect(p.groups).toEqual([{ text: 'ALL Partners', refs: ['01.01.09'], officers: [] }]);
    expect(p.unmatched).toEqual([
      { text: 'Alan Dean', refs: ['01.01.10'], officers: [] },
      { text: 'Janine Browne', refs: ['01.01.10'], officers: ['Janine Brown'] },
    ]);
    expect(p.unassigned.map((u) => u.ref)).toEqual(['01.01.09', '01.01.10']);
    expect(janine.items.map((i) => i.ref)).not.toContain('01.01.10');
  });

  it('counts every action by status', () => {
    expect(p.counts).toEqual({ completed: 1, notYetDue: 3, dateAgreed: 0, noDate: 6, decision: 1 });
    expect(p.overdue).toBe(5);
  });

  it('alertDaysAhead widens the window', () => {
    const wide = plan(actions, { alertDaysAhead: '8' });
    expect(wide.digests.find((d) => d.name === 'Gary Bowman')!.items.map((i) => i.ref)).toContain('01.01.04');
  });

  it('two officers sharing one address get one mail with both lists', () => {
    const shared = planAlerts({
      today: TODAY,
      actions: [
        action({ ref: 'A', responsible: 'Gary Bowman', dueDate: '2025-03-01' }, 5),
        action({ ref: 'B', responsible: 'Janine Brown', dueDate: '2025-03-02' }, 6),
      ],
      officers: [officer('Gary Bowman', 'team@example.org', 2), officer('Janine Brown', ' TEAM@example.org', 3)],
      settings: settings(),
      spreadsheetUrl: URL,
      actionsSheetId: 0,
    });
    expect(shared.digests).toHaveLength(1);
    expect(shared.digests[0]!.items.map((i) => i.ref)).toEqual(['A', 'B']);
  });
});

describe('escaping', () => {
  it('all user text in the HTML digest is escaped', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const p = planAlerts({
      today: TODAY,
      actions: [action({ ref: `<b>1</b>`, subject: evil, text: `"${evil}"`, responsible: 'Gary Bowman', dueDate: '2025-03-01', commentary: `x & ${evil}` }, 7)],
      officers: [officer('Gary <Bowman>', 'gary@example.org', 2)],
      settings: settings({ boardName: '<script>alert(1)</script>' }),
      spreadsheetUrl: 'javascript:alert(1)',
      actionsSheetId: 0,
    });
    // "Gary <Bowman>" is matched by its words.
    const d = p.digests[0]!;
    expect(d.html).not.toContain('<img');
    expect(d.html).not.toContain('<script');
    expect(d.html).not.toContain('<b>1');
    expect(d.html).toContain(escapeHtml(evil));
    expect(d.html).not.toContain('javascript:');
    const summary = buildSummary(p, { sentNow: [d.key], sentEarlier: [], deferred: [], failed: [], quotaAtStart: 100 });
    expect(summary.html).not.toContain('<script');
    const html = previewHtml({
      plan: p,
      outcome: { sentNow: [d.key], sentEarlier: [], deferred: [], failed: [], quotaAtStart: 1 },
      summary,
      state: { on: false, line: '<i>x</i>' },
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<i>x</i>');
  });

  it('escapeHtml leaves no markup characters', () => {
    fc.assert(fc.property(fc.string(), (s) => expect(escapeHtml(s)).not.toMatch(/[<>"']/)));
  });
});

describe('summary', () => {
  const p = plan([
    action({ ref: 'A', responsible: 'Gary Bowman', dueDate: '2025-03-01' }, 5),
    action({ ref: 'B', responsible: 'Janine Brown', dueDate: '2025-03-02' }, 6),
    action({ ref: 'C', responsible: 'Henry Seaton', dueDate: '2025-03-03' }, 7),
    action({ ref: 'D', responsible: 'Joy Massey / TP Leads', dueDate: '2025-03-03' }, 8),
  ]);
  const key = (n: string) => recipientKey(p.digests.find((d) => d.name === n)!.email);
  const outcome: SendOutcome = {
    sentNow: [key('Gary Bowman')],
    sentEarlier: [key('Janine Brown')],
    deferred: [key('Henry Seaton')],
    failed: [],
    quotaAtStart: 2,
  };
  const s = buildSummary(p, outcome);

  it('says what was sent, what was sent before, and what waits for quota', () => {
    expect(s.text).toContain('1 digest sent by this run.');
    expect(s.text).toContain('1 digest already sent earlier today');
    expect(s.text).toContain('1 digest not sent because the daily mail quota is spent (2 left at the start): Henry Seaton. They will go with the next run.');
    expect(s.subject).toContain('(mail quota spent)');
  });

  it('gives counts by status, overdue by officer, officers with no email and groups', () => {
    expect(s.text).toContain('Actions outstanding – no dates confirmed: 4');
    expect(s.text).toContain('Overdue: 4');
    expect(s.text).toMatch(/Gary Bowman: 1 overdue, 0 due soon – sent\n/);
    expect(s.text).toMatch(/Henry Seaton: 1 overdue, 0 due soon – waiting for quota/);
    expect(s.text).toMatch(/OFFICERS WITH NO EMAIL ADDRESS[^\n]*\nJoy Massey/);
    expect(s.text).toContain('"TP Leads" in D');
  });

  it('reports bad settings', () => {
    const parsed = parseSettings({ alertHour: '25', secretariatEmails: 'chair.example.org' });
    const bad = planAlerts({
      today: TODAY,
      actions: [],
      officers,
      settings: parsed.settings,
      settingIssues: parsed.issues,
      spreadsheetUrl: URL,
      actionsSheetId: 0,
    });
    const text = buildSummary(bad, { sentNow: [], sentEarlier: [], deferred: [], failed: [], quotaAtStart: 100 }).text;
    expect(text).toContain('Setting "Alert hour" must be a whole number from 0 to 23');
    expect(text).toContain('Setting "Secretariat emails" not an email address: chair.example.org');
  });
});

describe('sent log', () => {
  it('reads today only and marks other days stale', () => {
    const day = SentDay.read({ 'alerts.sent.2025-03-09.0': 'a,b', 'alerts.sent.2025-03-10.0': 'c', 'alerts.sent.2025-03-10.1': 'd', other: 'x' }, '2025-03-10');
    expect(day.has('c')).toBe(true);
    expect(day.has('d')).toBe(true);
    expect(day.has('a')).toBe(false);
    expect(day.stale).toEqual(['alerts.sent.2025-03-09.0']);
    expect(day.size).toBe(2);
  });

  it('one write holds the whole day; values stay under 9 KB and roll over', () => {
    const day = SentDay.read({}, TODAY);
    day.mark(
      Array.from({ length: 2000 }, (_, i) => recipientKey(`officer${i}@example.org`)),
      'sent',
    );
    const written = day.writes();
    for (const v of Object.values(written)) expect(v.length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
    expect(Object.keys(written).length).toBeGreaterThan(1);
    const again = SentDay.read(written, TODAY);
    expect(again.size).toBe(2000);
    expect(again.has(recipientKey('OFFICER1999@example.org '))).toBe(true);
  });

  it('200 officers and the summary fit in one value', () => {
    const day = SentDay.read({}, TODAY);
    day.mark([...Array.from({ length: 200 }, (_, i) => recipientKey(`officer${i}@example.org`)), SUMMARY_KEY], 'sending');
    const written = day.writes();
    expect(Object.keys(written)).toEqual([`alerts.sent.${TODAY}.0`]);
    expect(written[`alerts.sent.${TODAY}.0`]!.length).toBeLessThan(3000);
  });

  it('"sending" and "sent" round-trip; forgetting empties a chunk rather than leaving it behind', () => {
    const day = SentDay.read({}, TODAY);
    const keys = Array.from({ length: 1500 }, (_, i) => recipientKey(`p${i}@example.org`));
    day.mark(keys, 'sending');
    const first = day.writes();
    const chunks = Object.keys(first).length;
    expect(chunks).toBeGreaterThan(1);
    const back = SentDay.read(first, TODAY);
    expect(back.state(keys[0]!)).toBe('sending');
    back.mark([keys[0]!], 'sent');
    back.forget(keys.slice(1));
    const second = back.writes();
    expect(second).toEqual(Object.fromEntries(Array.from({ length: chunks }, (_, i) => [`alerts.sent.${TODAY}.${i}`, i === 0 ? keys[0] : ''])));
    const last = SentDay.read(second, TODAY);
    expect(last.size).toBe(1);
    expect(last.state(keys[0]!)).toBe('sent');
    expect(last.state(keys[1]!)).toBeUndefined();
  });

  it('"sent" wins when a key is found both ways', () => {
    const day = SentDay.read({ [`alerts.sent.${TODAY}.0`]: 'a?,b', [`alerts.sent.${TODAY}.1`]: 'a,b?' }, TODAY);
    expect(day.state('a')).toBe('sent');
    expect(day.state('b')).toBe('sent');
  });

  it('recipient keys are distinct for distinct addresses', () => {
    const keys = new Set(Array.from({ length: 5000 }, (_, i) => recipientKey(`p${i}@x.org`)));
    expect(keys.size).toBe(5000);
  });

  it('install record round-trips and rejects junk', () => {
    const r = { by: 'a@b.org', on: TODAY, hour: 7, timeZone: 'Europe/London' };
    expect(decodeInstall(encodeInstall(r))).toEqual(r);
    expect(decodeInstall('{"by":1}')).toBeUndefined();
    expect(decodeInstall('not json')).toBeUndefined();
    expect(decodeInstall(null)).toBeUndefined();
  });
});

describe('alerts state line', () => {
  const record = { by: 'x@y.org', on: '2025-03-03', hour: 7, timeZone: 'Europe/London' };
  it.each([
    [{ record, myTriggers: 1, me: 'x@y.org' }, true, 'Alerts are on (daily at 07:00, installed by x@y.org on 03/03/2025).'],
    [{ record, myTriggers: 0, me: 'other@y.org' }, true, 'Alerts are on (daily at 07:00, installed by x@y.org on 03/03/2025). They run under x@y.org'],
    [{ record, myTriggers: 0, me: 'x@y.org' }, false, 'Alerts are off: you installed them on 03/03/2025 but the trigger is gone'],
    [{ record: undefined, myTriggers: 0, me: 'x@y.org' }, false, 'Alerts are off.'],
  ])('%o', (input, on, line) => {
    const s = describeAlertsState(input);
    expect(s.on).toBe(on);
    expect(s.line.startsWith(line)).toBe(true);
  });
});

describe('small helpers', () => {
  it('latest commentary is the last non-empty line', () => {
    expect(latestCommentary('a\n\nb\n  ')).toBe('b');
    expect(latestCommentary('')).toBe('');
  });
  it('row links drop any fragment of the URL', () => {
    expect(rowLink('https://x/edit#gid=0', 5, 9)).toBe('https://x/edit#gid=5&range=A9');
  });
});
