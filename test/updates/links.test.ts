/**
 * The officers' update page on the bundle: a genuine link shows only that officer's items and
 * an update lands dated and signed; every refused link (missing, forged, altered, expired,
 * replayed after expiry, another officer's item, a page left open over someone else's change)
 * changes nothing in the sheet.
 */
import {
  action,
  actionsCells,
  allCells,
  craftedToken,
  DEPLOYER,
  mailsTo,
  requestUpdates,
  setUpBoard,
  tokenFor,
  updatesRows,
  WEB_APP_URL,
  type Board,
} from './helpers';
import { doGetEvent } from '../emulator/webapp';

type Result<T> = { ok: true; value: T } | { ok: false; message: string };
interface PageData {
  officer: string;
  deadline: string;
  actions: { ref: string; row: number; version: string; latest: string; dueDate?: string }[];
  reports: { item: string }[];
}

const JANINE = 'janine.brown@example.org';

/** A sheet date (midnight in the sheet's zone, Europe/London as the harness sets TZ) as ISO. */
const day = (d: unknown) =>
  d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : String(d);

function pageOf(board: Board, token: string): string {
  const web = board.web();
  const out = web.call<GoogleAppsScript.HTML.HtmlOutput>('doGet', doGetEvent(`${WEB_APP_URL}?t=${token}`));
  return out.getContent();
}

function data(board: Board, token: string): Result<PageData> {
  return board.web().call<Result<PageData>>('updatesPageData', token);
}

function save(board: Board, token: string, ref: string, version: string, over: Record<string, unknown> = {}) {
  return board.web().call<Result<{ kind: string; added?: string[]; status?: string; item?: { latest: string; version: string } }>>('updatesSave', token, {
    update: { row: 2, ref, note: '', dueDate: '', complete: false, completedDate: '', ...over },
    version,
  });
}

function versionOf(board: Board, token: string, ref: string): string {
  const d = data(board, token);
  if (!d.ok) throw new Error(d.message);
  return d.value.actions.find((a) => a.ref === ref)!.version;
}

describe('the update page, through a signed link', () => {
  let board: Board;
  let token: string;
  beforeEach(() => {
    board = setUpBoard();
    requestUpdates(board);
    token = tokenFor(board, JANINE);
  });

  it("shows only the officer's outstanding items; an update lands in the commentary, dated and signed, and is logged", () => {
    expect(pageOf(board, token)).toContain(`data-token="${token}"`);
    const d = data(board, token);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.value.officer).toBe('Janine Brown');
    expect(d.value.actions.map((a) => a.ref)).toEqual(['28.01.01', '28.01.03']); // not Gary's 28.01.02, not the decision
    expect(d.value.reports.map((r) => r.item)).toEqual(['Annual report of the partnership']);
    expect(d.value.deadline).toBe('Thursday 11 March, 5 working days before the meeting');

    const before = actionsCells(board).length;
    const r = save(board, token, '28.01.01', d.value.actions[0]!.version, { note: 'Report drafted; to EB in April' });
    expect(r).toMatchObject({ ok: true, value: { kind: 'saved', added: ['29/01/2010 J. Brown: Report drafted; to EB in April'] } });
    expect(action(board, '28.01.01').commentary).toBe('29/01/2010 J. Brown: Report drafted; to EB in April');
    expect(actionsCells(board).length).toBe(before);
    const logged = updatesRows(board).find((u) => u.officer === 'Janine Brown')!;
    expect(logged.answered).toBeInstanceOf(Date);
    expect(logged.updates).toBe(1);
    expect(updatesRows(board).find((u) => u.officer === 'Gary Bowman')!.answered).toBe('');
  });

  it('marking complete sets Completed and the status, and the linked forward-plan entry follows', () => {
    const r = save(board, token, '28.01.03', versionOf(board, token, '28.01.03'), { complete: true, completedDate: '29/01/2010' });
    expect(r).toMatchObject({ ok: true, value: { kind: 'saved', status: 'Completed' } });
    const a = action(board, '28.01.03');
    expect(a.completedDate).toBeInstanceOf(Date);
    expect(a.status).toBe('Completed');
    expect(a.commentary).toBe('29/01/2010 J. Brown: Completed');
    const fp = board.clerk.env.handles.workbook.sheet('Forward Plan').values.find((row) => row.includes('28.01.03'))!;
    expect(fp[7]).toBe(true); // Done
  });

  it.each([
    ['a missing link', () => '', /needs the personal link/],
    [
      'a forged link (signed with another key)',
      () => craftedToken({ o: 'Janine Brown', m: '2010-03-18', l: '2010-03-18' }, 'not-the-secret'),
      /not one the Action Log issued/,
    ],
    [
      'an altered link (another officer named, signature kept)',
      (t: string) => `${craftedToken({ o: 'Gary Bowman', m: '2010-03-18', l: '2010-03-18' }, 'x').split('.')[0]}.${t.split('.')[1]}`,
      /not one the Action Log issued/,
    ],
    [
      'an altered link (expiry pushed back, signature kept)',
      (t: string) => `${craftedToken({ o: 'Janine Brown', m: '2010-03-18', l: '2010-12-31' }, 'x').split('.')[0]}.${t.split('.')[1]}`,
      /not one the Action Log issued/,
    ],
    ['a truncated link', (t: string) => t.slice(0, -3), /not one the Action Log issued/],
  ])('%s gets the refusal page, and a save with it changes nothing', (_, make, words) => {
    const bad = make(token);
    const page = pageOf(board, bad);
    expect(page).toMatch(words);
    expect(page).not.toContain('data-token');
    expect(page).not.toContain('Circulate the report');
    const before = allCells(board);
    const r = save(board, bad, '28.01.01', 'whatever', { note: 'Forged update', complete: true, completedDate: '29/01/2010' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(words);
    expect(data(board, bad).ok).toBe(false);
    expect(allCells(board)).toBe(before);
  });

  it('a link expires after its meeting: refused the next day, and a save replayed then changes nothing', () => {
    const version = versionOf(board, token, '28.01.01');
    board.clerk.env.clock.set('2010-03-18T16:00:00Z');
    expect(data(board, token).ok).toBe(true); // still good on the meeting day
    board.clerk.env.clock.set('2010-03-19T09:00:00Z');
    expect(pageOf(board, token)).toMatch(/was for the meeting of 18\/03\/2010 and expired after it/);
    const before = allCells(board);
    const r = save(board, token, '28.01.01', version, { note: 'Late update' });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/expired/) });
    expect(allCells(board)).toBe(before);
  });

  it("an item that is not the officer's is refused and nothing is written", () => {
    const garyVersion = data(board, tokenFor(board, 'gary.bowman@example.org'));
    if (!garyVersion.ok) throw new Error(garyVersion.message);
    const before = allCells(board);
    const r = save(board, token, '28.01.02', garyVersion.value.actions[0]!.version, { note: 'Done by Janine', complete: true, completedDate: '29/01/2010' });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/28\.01\.02 is not one of your actions/) });
    expect(allCells(board)).toBe(before);
    // nor a decision she is named on
    const r2 = save(board, token, '28.01.04', 'x', { note: 'A line on a decision' });
    expect(r2.ok).toBe(false);
    // Nor the import's, the papers' or the paper dialog's (added beside the update page: the same guard).
    const files = board.clerk.env.handles.docs.files().length;
    const text =
      'Ref No and subject\tDate of Meeting\tMatters Arising/Actions\tResponsible Officer\tCommentary\n28.01.20 Item 9 X\t28/01/2010\tInjected by import\tGary Bowman\t';
    for (const [fn, args] of [
      ['importCommit', [{ text }]],
      ['importPreview', [{ text }]],
      ['papersGenerate', ['actionLog', '2010-01-28']],
      ['papersDialog', ['actionLog']],
      ['recommendationUpdateDialog', []],
      ['recommendationSaveUpdate', [{ review: 'X', number: '1', note: 'Injected', deadline: '', complete: false }]],
      ['recommendationAddReviewDialog', []],
      ['recommendationSaveReview', [{ review: 'Injected', reviewBody: '', dateReported: '01/01/2010', recommendations: [] }]],
    ] as const) {
      expect({ fn, answer: board.web().call<Result<unknown>>(fn, ...args) }).toMatchObject({
        fn,
        answer: { ok: false, message: expect.stringMatching(/only from the sheet/) },
      });
    }
    expect(board.clerk.env.handles.docs.files().length).toBe(files);
    // Menu items do nothing either: no reminders sent, no set-up, no triggers removed.
    const mails = board.clerk.env.handles.mail.sent.length;
    const triggers = board.clerk.env.handles.scriptApp.triggers.length;
    for (const fn of ['menuChaseUpdates', 'menuRequestUpdates', 'menuSetUp', 'menuRefreshStatuses', 'menuRemoveAlerts', 'menuGenerateActionLog'])
      board.web().call(fn);
    expect(board.clerk.env.handles.mail.sent.length).toBe(mails);
    expect(board.clerk.env.handles.scriptApp.triggers.length).toBe(triggers);
    expect(triggers).toBe(1); // the schedule Request updates… installed
    expect(allCells(board)).toBe(before);
  });

  it('a page left open while someone else changed the row does not overwrite: it shows the new text, and saves on confirmation', () => {
    const seen = versionOf(board, token, '28.01.01');
    // The clerk defers the action from the sheet meanwhile (Update selected action…).
    const clerkSave = board.clerk.call<{ ok: boolean }>('captureSaveUpdate', {
      row: 2,
      ref: '28.01.01',
      note: 'Deferred to April',
      dueDate: '29/04/2010',
      complete: false,
      completedDate: '',
    });
    expect(clerkSave.ok).toBe(true);
    const afterClerk = allCells(board);
    const r = save(board, token, '28.01.01', seen, { note: 'Report drafted', complete: true, completedDate: '29/01/2010' });
    expect(r).toMatchObject({ ok: true, value: { kind: 'changed', item: { latest: '29/01/2010: Deferred to April' } } });
    expect(allCells(board)).toBe(afterClerk); // nothing written
    expect(action(board, '28.01.01').completedDate).toBe('');
    // The officer confirms: the save carries the version shown.
    const confirmed = save(board, token, '28.01.01', (r as { value: { item: { version: string } } }).value.item.version, { note: 'Report drafted' });
    expect(confirmed).toMatchObject({ ok: true, value: { kind: 'saved' } });
    expect(action(board, '28.01.01').commentary).toBe('29/01/2010: Deferred to April\n29/01/2010 J. Brown: Report drafted');
  });

  it('a completion is dated today whatever the page sends, and a new date for report cannot be in the past', () => {
    const before = allCells(board);
    const past = save(board, token, '28.01.01', versionOf(board, token, '28.01.01'), { dueDate: '01/01/2010' });
    expect(past).toMatchObject({ ok: false, message: 'Nothing was saved: A new date for report must be today (29/01/2010) or later.' });
    expect(allCells(board)).toBe(before);
    save(board, token, '28.01.01', versionOf(board, token, '28.01.01'), { complete: true, completedDate: '01/01/1999' });
    expect(day(action(board, '28.01.01').completedDate)).toBe('2010-01-29');
  });

  it('a new date for report moves the action and its forward-plan entry, signed', () => {
    save(board, token, '28.01.03', versionOf(board, token, '28.01.03'), { dueDate: '29/04/2010' });
    const a = action(board, '28.01.03');
    expect(a.commentary).toBe('29/01/2010 J. Brown: Deferred to 29th April 2010');
    expect(day(a.dueDate)).toBe('2010-04-29');
    expect(day(a.firstDueDate)).toBe('2010-03-18');
    const fp = board.clerk.env.handles.workbook.sheet('Forward Plan').values.find((row) => row.includes('28.01.03'))!;
    expect(day(fp[4])).toBe('2010-04-29');
  });

  it('text is stored as text, never a formula', () => {
    save(board, token, '28.01.01', versionOf(board, token, '28.01.01'), { note: '=IMPORTXML("http://evil.example", "//a")' });
    const cell = action(board, '28.01.01').commentary;
    expect(cell).toBe('29/01/2010 J. Brown: =IMPORTXML("http://evil.example", "//a")');
    const sheet = board.clerk.env.handles.workbook.sheet('Actions');
    const row = sheet.values.findIndex((r) => r[0] === '28.01.01') + 1;
    expect(board.clerk.env.handles.workbook.cell('Actions', row, 10).formula).toBe('');
    expect(sheet.formulas.flat().filter(Boolean)).toEqual([]);
  });

  it('a web app deployed by another account than the one that signed refuses every link', () => {
    const other = board.web('someone.else@example.org');
    const r = other.call<Result<PageData>>('updatesPageData', token);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/not one the Action Log issued/) });
  });

  it("the sheet's own dialog functions do nothing when called from the web app page", () => {
    const before = allCells(board);
    const r = board
      .web()
      .call<Result<unknown>>('captureSaveUpdate', { row: 2, ref: '28.01.01', note: 'Through the back door', dueDate: '', complete: true, completedDate: '' });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/only from the sheet/) });
    const r2 = board.web().call<Result<unknown>>('captureSaveActions', {
      meetingDate: '28/01/2010',
      items: [
        { agendaItem: '9', subject: 'X', entries: [{ kind: 'action', text: 'Injected', responsible: '', dueDate: '', commentary: '', reportBack: false }] },
      ],
    });
    expect(r2.ok).toBe(false);
    // Nor the import's, the papers' or the paper dialog's (added beside the update page: the same guard).
    const files = board.clerk.env.handles.docs.files().length;
    const text =
      'Ref No and subject\tDate of Meeting\tMatters Arising/Actions\tResponsible Officer\tCommentary\n28.01.20 Item 9 X\t28/01/2010\tInjected by import\tGary Bowman\t';
    for (const [fn, args] of [
      ['importCommit', [{ text }]],
      ['importPreview', [{ text }]],
      ['papersGenerate', ['actionLog', '2010-01-28']],
      ['papersDialog', ['actionLog']],
    ] as const) {
      expect({ fn, answer: board.web().call<Result<unknown>>(fn, ...args) }).toMatchObject({
        fn,
        answer: { ok: false, message: expect.stringMatching(/only from the sheet/) },
      });
    }
    expect(board.clerk.env.handles.docs.files().length).toBe(files);
    // Menu items do nothing either: no reminders sent, no set-up, no triggers removed.
    const mails = board.clerk.env.handles.mail.sent.length;
    const triggers = board.clerk.env.handles.scriptApp.triggers.length;
    for (const fn of ['menuChaseUpdates', 'menuRequestUpdates', 'menuSetUp', 'menuRefreshStatuses', 'menuRemoveAlerts', 'menuGenerateActionLog'])
      board.web().call(fn);
    expect(board.clerk.env.handles.mail.sent.length).toBe(mails);
    expect(board.clerk.env.handles.scriptApp.triggers.length).toBe(triggers);
    expect(triggers).toBe(1); // the schedule Request updates… installed
    expect(allCells(board)).toBe(before);
  });

  it('a save while an editor holds the lock is refused with nothing written; dialogs take the lock the web app takes', () => {
    const web = board.web();
    const version = versionOf(board, token, '28.01.01');
    web.env.handles.lock.holdElsewhere('script', 'an editor saving');
    const before = allCells(board);
    const r = web.call<Result<unknown>>('updatesSave', token, {
      update: { row: 2, ref: '28.01.01', note: 'Busy', dueDate: '', complete: false, completedDate: '' },
      version,
    });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/try again/) });
    expect(allCells(board)).toBe(before);
    // and the other way round: a dialog save waits for the script lock the web app holds
    const dialog = board.clerk.call<Result<unknown>>('captureSaveUpdate', {
      row: 2,
      ref: '28.01.01',
      note: 'Clerk',
      dueDate: '',
      complete: false,
      completedDate: '',
    });
    expect(dialog.ok).toBe(false);
    expect(allCells(board)).toBe(before);
    web.env.handles.lock.forceRelease('script');
    expect(mailsTo(board, JANINE)).toHaveLength(1);
    expect(DEPLOYER).toBe('clerk@example.org');
  });
});
