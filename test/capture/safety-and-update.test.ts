import type { SaveResult } from '../../src/core/capture/schemas';
import type { SavedActions, SavedMeeting, SavedUpdate, UpdateDialogData, SavedForwardPlan } from '../../src/core/capture/dialog-data';
import { ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS, col, entry, recordInput, rows, setUpBook } from './helpers';

describe('user text stays text', () => {
  it('a formula-looking value from a dialog is stored as text, never a formula', () => {
    const book = setUpBook();
    const wb = book.env.handles.workbook;
    const r = book.call<SaveResult<SavedActions>>('captureSaveActions', {
      meetingDate: '28/01/2010',
      items: [
        {
          agendaItem: '=1+1',
          subject: '@Budget',
          entries: [entry({ text: '=HYPERLINK("http://evil.example","click")', responsible: '+44 1244 000000', commentary: '-5' })],
        },
      ],
    });
    expect(r.ok).toBe(true);
    const at = (key: string) => wb.cell(ACTIONS.name, 2, col(ACTIONS, key));
    for (const [key, typed] of [
      ['agendaItem', '=1+1'],
      ['subject', '@Budget'],
      ['text', '=HYPERLINK("http://evil.example","click")'],
      ['responsible', '+44 1244 000000'],
      ['commentary', '-5'],
    ]) {
      expect({ key, formula: at(key!).formula, value: at(key!).value }).toEqual({ key, formula: '', value: typed });
    }
  });

  it('<script> in an action is kept as plain text in the sheet and in the update dialog data', () => {
    const book = setUpBook();
    const nasty = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    expect(book.call<SaveResult<SavedActions>>('captureSaveActions', recordInput([entry({ text: nasty })])).ok).toBe(true);
    const wb = book.env.handles.workbook;
    expect(wb.cell(ACTIONS.name, 2, col(ACTIONS, 'text')).value).toBe(nasty);
    wb.setActiveCell(ACTIONS.name, 2, 3);
    const data = book.call<SaveResult<UpdateDialogData>>('captureUpdateDialog');
    expect(data).toMatchObject({ ok: true, value: { text: nasty, ref: '28.01.01', row: 2 } });
  });
});

describe('Update selected action', () => {
  function withAction(over: Record<string, unknown> = {}) {
    const book = setUpBook();
    book.call('captureSaveActions', recordInput([entry({ dueDate: '18/03/2010', reportBack: true, commentary: 'Report received.', ...over })]));
    book.env.handles.workbook.setActiveCell(ACTIONS.name, 2, 5);
    book.env.calls.reset();
    return book;
  }

  it('appends a dated line, defers the date (keeping the first), and the status and the linked forward plan entry follow', () => {
    const book = withAction();
    const r = book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', {
      row: 2,
      ref: '28.01.01',
      note: '',
      dueDate: '29/04/2010',
      complete: false,
      completedDate: '',
    });
    expect(r).toMatchObject({
      ok: true,
      value: { ref: '28.01.01', status: 'Not yet due', overdue: false, linkedUpdated: 1, added: ['29/01/2010: Deferred to 29th April 2010'] },
    });
    const [action] = rows(book, ACTIONS);
    expect(action!.commentary).toBe('Report received.\n29/01/2010: Deferred to 29th April 2010');
    const wb = book.env.handles.workbook;
    expect(wb.cell(ACTIONS.name, 2, col(ACTIONS, 'dueDate')).display).toBe('29/04/2010');
    expect(wb.cell(ACTIONS.name, 2, col(ACTIONS, 'firstDueDate')).display).toBe('18/03/2010');
    expect(wb.cell(FORWARD_PLAN.name, 2, col(FORWARD_PLAN, 'dueDate')).display).toBe('29/04/2010');
    // a constant handful of calls: no per-cell writes
    expect(book.env.calls.count('SpreadsheetApp.Range.setValue')).toBe(0);
    expect(book.env.calls.total('SpreadsheetApp')).toBeLessThan(25);
  });

  it('a formula-looking commentary line is stored as text; completing marks the linked report done', () => {
    const book = withAction();
    const r = book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', {
      row: 2,
      ref: '28.01.01',
      note: '=IMPORTXML("http://x")',
      dueDate: '',
      complete: true,
      completedDate: '',
    });
    expect(r).toMatchObject({ ok: true, value: { status: 'Completed' } });
    const cell = book.env.handles.workbook.cell(ACTIONS.name, 2, col(ACTIONS, 'commentary'));
    expect(cell.formula).toBe('');
    expect(cell.value).toBe('Report received.\n29/01/2010: =IMPORTXML("http://x")');
    expect(rows(book, FORWARD_PLAN)[0]!.done).toBe(true);
  });

  it('finds the action again when its row moved, and refuses when it is gone', () => {
    const book = withAction();
    const moved = book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', {
      row: 9,
      ref: '28.01.01',
      note: 'Chased',
      dueDate: '',
      complete: false,
      completedDate: '',
    });
    expect(moved).toMatchObject({ ok: true, value: { row: 2 } });
    const gone = book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', {
      row: 2,
      ref: '28.01.99',
      note: 'Chased',
      dueDate: '',
      complete: false,
      completedDate: '',
    });
    expect(gone).toMatchObject({ ok: false, message: expect.stringContaining('28.01.99 is no longer') });
  });

  it('says where to put the cursor when it is not on an action', () => {
    const book = withAction();
    book.env.handles.workbook.setActiveCell(MEETINGS.name, 2, 1);
    const r = book.call<SaveResult<UpdateDialogData>>('captureUpdateDialog');
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('Put the cursor on an action') });
    book.call('menuUpdateAction');
    expect(book.env.handles.ui.alerts.at(-1)?.prompt).toContain('Put the cursor on an action');
    expect(book.env.handles.ui.dialogs).toHaveLength(0);
  });
});

describe('Add meeting and Add to forward plan', () => {
  it('adds one meeting row, and new names to Officers when asked', () => {
    const book = setUpBook();
    const r = book.call<SaveResult<SavedMeeting>>('captureSaveMeeting', {
      date: '29/04/2010',
      board: 'LSP Executive Board',
      title: 'Executive Board',
      time: '2.00pm',
      venue: 'County Hall',
      attendees: ['Gary Bowman', 'Ann New'],
      apologies: ['Zed Absent'],
      addOfficers: ['Ann New'],
    });
    expect(r).toMatchObject({ ok: true, value: { addedOfficers: ['Ann New'] } });
    expect(rows(book, MEETINGS).map((m) => m.title)).toHaveLength(3);
    expect(rows(book, MEETINGS)[2]).toMatchObject({ attendees: 'Gary Bowman\nAnn New', apologies: 'Zed Absent' });
    expect(rows(book, OFFICERS).map((o) => o.name)).toEqual(['Gary Bowman', 'Janine Brown', 'Ann New']);
    const again = book.call<SaveResult<SavedMeeting>>('captureSaveMeeting', {
      date: '29/04/2010',
      board: 'LSP Executive Board',
      title: '',
      time: '',
      venue: '',
      attendees: [],
      apologies: [],
      addOfficers: [],
    });
    expect(again).toMatchObject({ ok: false, fields: { date: expect.stringContaining('already has a meeting') } });
  });

  it('a time or date typed in a text field stays the text typed (not a Sheets time or date)', () => {
    const book = setUpBook();
    const r = book.call<SaveResult<SavedMeeting>>('captureSaveMeeting', {
      date: '29/04/2010',
      board: 'LSP Executive Board',
      title: '29 April 2010',
      time: '2:00pm',
      venue: 'County Hall',
      attendees: [],
      apologies: [],
      addOfficers: [],
    });
    expect(r).toMatchObject({ ok: true });
    const wb = book.env.handles.workbook;
    const row = r.ok ? r.value.row : 0;
    expect(wb.cell(MEETINGS.name, row, col(MEETINGS, 'time')).value).toBe('2:00pm');
    expect(wb.cell(MEETINGS.name, row, col(MEETINGS, 'title')).value).toBe('29 April 2010');
  });

  it('adds a forward plan row; a link to an unknown action is refused', () => {
    const book = setUpBook();
    book.call('captureSaveActions', recordInput([entry()]));
    const bad = book.call<SaveResult<SavedForwardPlan>>('captureSaveForwardPlan', {
      source: 'Board',
      item: 'Annual report',
      responsible: 'Gary Bowman',
      dueDate: '2010-03-18',
      dueText: '',
      linkedRef: '28.01.09',
    });
    expect(bad).toMatchObject({ ok: false, fields: { linkedRef: expect.any(String) } });
    const ok = book.call<SaveResult<SavedForwardPlan>>('captureSaveForwardPlan', {
      source: 'Board',
      item: 'Annual report',
      responsible: 'Gary Bowman',
      dueDate: '2010-03-18',
      dueText: '',
      linkedRef: '28.1.1',
    });
    expect(ok).toMatchObject({ ok: true });
    expect(rows(book, FORWARD_PLAN)).toEqual([expect.objectContaining({ item: 'Annual report', linkedRef: '28.01.01' })]);
  });

  it('the menu items open the built dialogs', () => {
    const book = setUpBook();
    for (const [fn, title] of [
      ['menuAddMeeting', 'Add meeting'],
      ['menuRecordActions', 'Record decisions and actions'],
      ['menuAddForwardPlan', 'Add to forward plan'],
    ]) {
      book.call(fn!);
      expect(book.env.handles.ui.dialogs.at(-1)).toMatchObject({ title });
    }
  });
});
