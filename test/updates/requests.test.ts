/**
 * Update requests on the bundle: Request updates… mails each officer with something to report
 * once, with their items, their own link and the deadline; the Updates tab records who was asked
 * and who answered; Chase updates reminds only those who have not answered; the schedule sends
 * on the set working day before the meeting (bank holidays skipped), once; mail goes only to
 * the allowed domains, through the one mail adapter with its header safety.
 */
import { mailsTo, requestUpdates, setUpBoard, tokenFor, updatesRows, WEB_APP_URL, type Board } from './helpers';
import { loadBundle } from '../harness/bundle';
import { bundleCode } from '../capture/helpers';

const JANINE = 'janine.brown@example.org';
const GARY = 'gary.bowman@example.org';

function answer(board: Board, token: string, ref: string) {
  const data = board.web().call<{ ok: true; value: { actions: { ref: string; version: string }[] } }>('updatesPageData', token);
  const version = data.value.actions.find((a) => a.ref === ref)!.version;
  return board
    .web()
    .call<{ ok: boolean }>('updatesSave', token, { update: { row: 2, ref, note: 'On track', dueDate: '', complete: false, completedDate: '' }, version });
}

describe('Request updates…', () => {
  it('sends one email to each officer with outstanding items: their items only, a personal link and the deadline', () => {
    const board = setUpBoard();
    requestUpdates(board);
    const sent = board.clerk.env.handles.mail.sent;
    expect(sent.map((m) => m.to).sort()).toEqual([GARY, JANINE]); // Joy Massey has no actions; nobody twice
    const janine = mailsTo(board, JANINE)[0]!;
    expect(janine.subject).toBe('LSP Executive Board: your updates for 18/03/2010, by Thursday 11 March');
    expect(janine.body).toContain('by Thursday 11 March, 5 working days before the meeting');
    expect(janine.body).toContain('28.01.01');
    expect(janine.body).toContain('28.01.03');
    expect(janine.body).not.toContain('28.01.02');
    expect(janine.body).toContain('Annual report of the partnership');
    expect(janine.body).toContain(`${WEB_APP_URL}?t=`);
    expect(janine.htmlBody).toContain('Give your updates');
    expect(janine.replyTo).toBe('sec@example.org');
    expect(tokenFor(board, JANINE)).not.toBe(tokenFor(board, GARY));
    const [confirm, done] = board.clerk.env.handles.ui.alerts.filter((a) => a.title === 'Update requests');
    expect(confirm!.prompt).toContain('Thursday 18th March 2010');
    expect(done!.prompt).toMatch(/sent to 2 officers: Gary Bowman, Janine Brown/);
    // The Updates tab: who was asked, when, by when.
    const log = updatesRows(board);
    expect(log.map((r) => [r.officer, r.email, r.items])).toEqual([
      ['Gary Bowman', GARY, 1],
      ['Janine Brown', JANINE, 3],
    ]);
    expect(log.every((r) => r.asked instanceof Date && r.deadline instanceof Date && r.answered === '')).toBe(true);
  });

  it('cancelled, nothing is sent and nothing written', () => {
    const board = setUpBoard();
    board.clerk.env.handles.ui.answerAlert('CANCEL');
    board.clerk.call('menuRequestUpdates');
    expect(board.clerk.env.handles.mail.sent).toEqual([]);
    expect(() => board.clerk.env.handles.workbook.sheet('Updates')).toThrow();
  });

  it('without a deployed web app, says how to deploy and sends nothing', () => {
    const board = setUpBoard();
    const undeployed = loadBundle({ code: bundleCode(), shareWith: board.clerk, user: 'clerk@example.org' });
    undeployed.env.handles.ui.answerAlert('OK');
    undeployed.call('menuRequestUpdates');
    expect(undeployed.env.handles.ui.alerts.at(-1)!.prompt).toMatch(/not deployed yet.*Deploy ▸ New deployment ▸ Web app/);
    expect(undeployed.env.handles.mail.sent).toEqual([]);
  });

  it('mail outside the allowed email domains is held back and named', () => {
    const board = setUpBoard();
    board.clerk.env.handles.workbook.setValues('Officers', 2, 2, [['gary@elsewhere.example']]);
    requestUpdates(board);
    expect(board.clerk.env.handles.mail.sent.map((m) => m.to)).toEqual([JANINE]);
    expect(board.clerk.env.handles.ui.alerts.at(-1)!.prompt).toContain(
      'Held back, outside your allowed email domains (set in Install alerts…): Gary Bowman <gary@elsewhere.example>',
    );
  });

  it('a damaged Updates tab stops the request before anything is sent, and says which header to restore', () => {
    const board = setUpBoard();
    requestUpdates(board);
    board.clerk.env.handles.workbook.setValues('Updates', 1, 5, [['When']]); // "Asked" renamed
    const before = board.clerk.env.handles.mail.sent.length;
    board.clerk.env.handles.ui.answerAlert('OK');
    board.clerk.call('menuChaseUpdates');
    board.clerk.env.handles.ui.answerAlert('OK');
    board.clerk.call('menuRequestUpdates');
    expect(board.clerk.env.handles.mail.sent.length).toBe(before);
    expect(board.clerk.env.handles.ui.alerts.at(-1)!.prompt).toMatch(/The Updates tab has no "Asked" column/);
  });

  it('a board name with a line break cannot add a mail header', () => {
    const board = setUpBoard();
    board.clerk.env.handles.workbook.setValues('Meetings', 3, 2, [['Board\nBcc: x@evil.example']]);
    requestUpdates(board);
    for (const m of board.clerk.env.handles.mail.sent) {
      expect(m.subject).not.toMatch(/[\r\n]/);
      expect(m.name).not.toMatch(/[\r\n]/);
      expect(m.bcc).toBe('');
    }
  });
});

describe("the secretariat's view and Chase updates", () => {
  it('an answer is recorded; Chase sends one reminder, only to those who have not answered', () => {
    const board = setUpBoard();
    requestUpdates(board);
    expect(answer(board, tokenFor(board, JANINE), '28.01.01').ok).toBe(true);
    const janine = updatesRows(board).find((r) => r.officer === 'Janine Brown')!;
    expect(janine.answered).toBeInstanceOf(Date);
    expect(janine.updates).toBe(1);
    const before = board.clerk.env.handles.mail.sent.length;
    board.clerk.call('menuChaseUpdates');
    const reminders = board.clerk.env.handles.mail.sent.slice(before);
    expect(reminders.map((m) => m.to)).toEqual([GARY]);
    expect(reminders[0]!.subject).toMatch(/^Reminder: /);
    expect(updatesRows(board).find((r) => r.officer === 'Gary Bowman')!.chased).toBeInstanceOf(Date);
    expect(updatesRows(board).find((r) => r.officer === 'Janine Brown')!.chased).toBe('');
    expect(updatesRows(board)).toHaveLength(2);
    // Chase again: nobody gets a second reminder, and the clerk is told why.
    const again = board.clerk.env.handles.mail.sent.length;
    board.clerk.call('menuChaseUpdates');
    expect(board.clerk.env.handles.mail.sent.length).toBe(again);
    expect(board.clerk.env.handles.ui.alerts.at(-1)!.prompt).toContain('Already reminded once, so not again: Gary Bowman.');
  });
});

describe('the schedule', () => {
  it('Request updates… installs its daily trigger; it sends on the set working day before the meeting, once', () => {
    // Requests 10 working days before 18/03/2010: Thursday 4 March (no bank holiday between).
    const board = setUpBoard({ now: '2010-01-29T10:00:00Z' });
    board.clerk.env.handles.ui.answerAlert('CANCEL');
    board.clerk.call('menuRequestUpdates'); // cancelled: no trigger
    expect(board.clerk.env.handles.scriptApp.byHandler('runUpdateRequests')).toEqual([]);
    requestUpdates(board);
    expect(board.clerk.env.handles.scriptApp.byHandler('runUpdateRequests')).toEqual([
      expect.objectContaining({ owner: 'clerk@example.org', everyDays: 1, atHour: 7 }),
    ]);
    board.clerk.env.handles.workbook.setValues('Updates', 2, 1, [
      ['', '', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', '', ''],
    ]); // forget the menu's run
    const run = (iso: string) => {
      board.clerk.env.clock.set(iso);
      const trigger = loadBundle({ code: bundleCode(), shareWith: board.clerk, mode: 'trigger', user: 'clerk@example.org', webAppUrl: WEB_APP_URL });
      const before = trigger.env.handles.mail.sent.length;
      trigger.call('runUpdateRequests');
      return trigger.env.handles.mail.sent
        .slice(before)
        .map((m) => m.to)
        .sort();
    };
    expect(run('2010-03-03T07:00:00Z')).toEqual([]);
    expect(run('2010-03-04T07:00:00Z')).toEqual([GARY, JANINE]);
    expect(run('2010-03-04T15:00:00Z')).toEqual([]); // the same day again: nobody twice
    expect(run('2010-03-05T07:00:00Z')).toEqual([]);
  });

  it('bank holidays are skipped: requests 10 working days before Thursday 6 May 2010 go on Wednesday 21 April (the early May bank holiday, Monday 3 May, is not counted)', () => {
    const board = setUpBoard({ now: '2010-01-29T10:00:00Z' });
    board.clerk.env.handles.workbook.setValues('Meetings', 3, 1, [['06/05/2010']]);
    board.clerk.env.handles.workbook.setValues('Actions', 2, 9, [['06/05/2010']]);
    const run = (iso: string) => {
      board.clerk.env.clock.set(iso);
      const trigger = loadBundle({ code: bundleCode(), shareWith: board.clerk, mode: 'trigger', user: 'clerk@example.org', webAppUrl: WEB_APP_URL });
      trigger.call('runUpdateRequests');
      return trigger.env.handles.mail.sent.map((m) => m.to);
    };
    expect(run('2010-04-22T07:00:00Z')).toEqual([]);
    expect(run('2010-04-21T07:00:00Z')).toEqual(expect.arrayContaining([JANINE]));
    const mail = board.clerk.env.handles.mail.sent.find((m) => m.to === JANINE)!;
    // 5 working days before 6 May, skipping Monday 3 May: Wednesday 28 April.
    expect(mail.body).toContain('by Wednesday 28 April, 5 working days before the meeting');
  });
});

describe('the daily summary', () => {
  it('says who was asked and who answered; past the deadline, who did not is listed for the chair', () => {
    const board = setUpBoard();
    requestUpdates(board);
    answer(board, tokenFor(board, JANINE), '28.01.01');
    board.clerk.env.handles.ui.answerPrompt('example.org', 'OK');
    board.clerk.call('menuInstallAlerts');
    const summaryOn = (iso: string) => {
      board.clerk.env.clock.set(iso);
      const trigger = loadBundle({ code: bundleCode(), shareWith: board.clerk, mode: 'trigger', user: 'clerk@example.org' });
      const before = trigger.env.handles.mail.sent.length;
      trigger.call('runDailyAlerts');
      return trigger.env.handles.mail.sent.slice(before).find((m) => m.to === 'sec@example.org')?.body ?? '';
    };
    const early = summaryOn('2010-03-01T07:00:00Z');
    expect(early).toContain(
      'Update requests for the meeting of 18/03/2010: 2 asked, 1 answered (Janine Brown on 29/01/2010); not yet answered: Gary Bowman (deadline 11/03/2010).',
    );
    expect(early).not.toContain('For the chair');
    const late = summaryOn('2010-03-12T07:00:00Z');
    expect(late).toContain('For the chair: no update by the deadline (11/03/2010) from Gary Bowman.');
  });
});
