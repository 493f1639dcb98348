/**
 * End to end on the bundle: a board's Word action log pasted into Import… (both clipboard
 * flavours), previewed, committed once and then again.
 */
import { sheetsActionLogText, wordActionLogHtml, wordActionLogText } from './fixtures';
import { ACTIONS, OFFICERS, commit, ok, preview, rows, shown, snapshot, westmoorBook } from './helpers';
import { wordLogOf } from './bench-import';

const paste = { html: wordActionLogHtml, text: wordActionLogText };

describe('Import… an action log pasted from Word', () => {
  it('the preview writes nothing and shows every row, where each date came from, and every warning in words', () => {
    const book = westmoorBook();
    const before = snapshot(book);
    const p = ok(preview(book, paste));
    expect(snapshot(book)).toBe(before);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValue')).toBe(0);

    const [table] = p.tables;
    expect(table).toMatchObject({
      kind: 'actions',
      columns: ['refSubject', 'meeting', 'text', 'responsible', 'commentary'],
      repeatedHeaders: [5],
      merged: [[6, 4]],
    });
    expect(p.actions.map((a) => a.ref)).toEqual(['25.06.04', '25.06.05', '17.09.03', '28.01.06', '28.01.07', '28.01.08', '28.01.09']);
    const worklessness = p.actions[0]!;
    expect(worklessness.dates).toEqual([
      { gives: 'First Date for Report', date: '2009-11-05', phrase: 'November 5th', from: 'Commentary' },
      { gives: 'Date for Report', date: '2010-03-18', phrase: 'March 18th 2010', from: 'Commentary' },
    ]);
    expect(p.actions[1]!.dates[1]).toEqual({ gives: 'Date for Report', date: '2010-03-18', phrase: 'March 18 th 2010', from: 'Responsible Officer' });
    expect(p.actions[2]!.dates[1]).toMatchObject({ date: '2010-04-29', phrase: '29th April' });
    expect(p.newOfficers).toEqual([
      { name: 'Brian Aldridge', where: 'Table 1, row 2', ticked: false },
      { name: 'Kevin Griffiths', where: 'Table 1, row 2', ticked: false },
    ]);
    expect(p.warnings).toEqual([
      'Table 1, row 8, Responsible Officer: “Chris” could be Chris Ward or Chris Hale, so it was given to nobody; write the full name in the Actions tab.',
      'Table 1, row 10, Commentary: “the July meeting” names a meeting that is not in Meetings after 28/01/2010; it was left out — type the date in the Actions tab afterwards.',
    ]);
    expect(p.actions.find((a) => a.ref === '28.01.07')!.proposal).toMatchObject({ status: 'noted' });
    expect(p.actions.find((a) => a.ref === '28.01.08')!.proposal).toMatchObject({ status: 'recurring', label: 'Recurring: next review 29/04/2010' });
    expect(p.summary).toBe('Import adds 7 actions to Actions.');
  });

  it('commit writes the rows in one batch, split and dated, with people and groups told apart', () => {
    const book = westmoorBook();
    expect(rows(book, ACTIONS)).toHaveLength(0);
    const officersBefore = rows(book, OFFICERS).length;
    const r = ok(commit(book, paste));
    expect(r.added).toEqual({ actions: 7, forwardPlan: 0, meetings: 0, officers: 0, recommendations: 0 });
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(1); // one batch, one tab
    expect(book.env.calls.count('SpreadsheetApp.Range.setValue')).toBe(0);
    expect(rows(book, OFFICERS)).toHaveLength(officersBefore); // proposals are unticked

    const actions = rows(book, ACTIONS);
    expect(actions).toHaveLength(7);
    expect(actions.map((a) => [a.ref, a.agendaItem, a.subject, a.responsible])).toEqual([
      ['25.06.04', '4.1', 'Worklessness Strategy', 'Brian Aldridge / Kevin Griffiths'],
      ['25.06.05', '5', 'Housing Growth', 'Joy Massey'],
      ['17.09.03', '3', 'Safeguarding Children', 'Janine Brown'],
      ['28.01.06', '6', 'Partnership Compact', 'ALL Partners / Brian Mckinstrie'],
      ['28.01.07', '7', 'Performance Management', 'Chris'],
      ['28.01.08', '8', 'Local Area Agreement', 'Gary Bowman'],
      ['28.01.09', '9', 'Communications', 'Gary Bowman / Janine Brown'],
    ]);
    const dates = (row: number) => ['meetingDate', 'firstDueDate', 'dueDate'].map((k) => shown(book, ACTIONS, row, k));
    expect(dates(2)).toEqual(['25/06/2009', '05/11/2009', '18/03/2010']);
    expect(dates(3)).toEqual(['25/06/2009', '18/03/2010', '18/03/2010']);
    expect(dates(4)).toEqual(['17/09/2009', '05/11/2009', '29/04/2010']);
    // "March 2010" counts as the board's March meeting; the words stay in the commentary.
    expect(dates(5)).toEqual(['28/01/2010', '18/03/2010', '18/03/2010']);
    expect(actions[3]!.commentary).toBe('To be reported March 2010');
    // The row continued over the page break is one action; its bullets and italic line are lines.
    expect(actions[2]!.text).toBe(
      'Safeguarding audit to be reported back to the Board, with the results of the peer review.\nAudit of case files\nTraining records',
    );
    expect(actions[2]!.commentary).toBe('Update received 05/11/09.\nAgreed to defer to Executive Meeting on 29th April');
    // Nothing the officer cell said is lost.
    expect(actions[1]!.commentary).toBe('Responsible Officer as written: Joy Massey to report on trajectories at March 18 th 2010 meeting');
    // Status worked out as at today (29/01/2010): first date passed, deferred to a date ahead.
    expect(actions[0]!.status).toBe('Actions outstanding – date for report agreed');
    expect(actions[4]!.status).toBe('Actions outstanding – no dates confirmed');
  });

  it('importing the same input twice adds nothing the second time, and says so', () => {
    const book = westmoorBook();
    ok(commit(book, paste));
    const after = snapshot(book);
    book.env.calls.reset();
    const again = ok(commit(book, paste));
    expect(again.added).toEqual({ actions: 0, forwardPlan: 0, meetings: 0, officers: 0, recommendations: 0 });
    expect(again.duplicates).toBe(7);
    expect(again.message).toBe('Nothing new to add: all 7 already in the sheet (imported before?).');
    expect(snapshot(book)).toBe(after);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    // The preview says which rows are already there, and why.
    expect(ok(preview(book, paste)).actions[0]!.duplicate).toBe('25.06.04 is already in the Actions tab');
  });

  it('confirmed proposals: information noted as a decision, a recurring review dated, new people ticked go to Officers', () => {
    const book = westmoorBook();
    const officersBefore = rows(book, OFFICERS).length;
    const r = ok(commit(book, { ...paste, statuses: { t1r8: 'noted', t1r9: 'recurring' }, addOfficers: ['Brian Aldridge'] }));
    expect(r.added).toMatchObject({ actions: 7, officers: 1 });
    expect(
      rows(book, OFFICERS)
        .map((o) => o.name)
        .slice(officersBefore),
    ).toEqual(['Brian Aldridge']);
    const actions = rows(book, ACTIONS);
    const noted = actions.find((a) => a.ref === '28.01.07')!;
    expect([noted.isDecision, noted.status]).toEqual([true, 'Decisions']);
    expect(shown(book, ACTIONS, 7, 'dueDate')).toBe('29/04/2010'); // 28.01.08, quarterly: the April meeting
    expect(rows(book, ACTIONS)[5]!.ref).toBe('28.01.08');
    // Writes: one batch to Officers, one to Actions.
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(2);
  });

  it('text/plain as Sheets copies it (tabs, quoted multi-line cells) imports the same rows', () => {
    const book = westmoorBook();
    const r = ok(commit(book, { text: sheetsActionLogText }));
    expect(r.refs).toEqual(['25.06.04', '17.09.03']);
    const actions = rows(book, ACTIONS);
    expect(actions.map((a) => [a.ref, a.subject, a.commentary])).toEqual([
      ['25.06.04', 'Worklessness Strategy', 'Proposals to be received at November 5th Executive Board.\nNow deferred to March 18th 2010'],
      ['17.09.03', 'Safeguarding Children', 'Update received 05/11/09.\nAgreed to defer to Executive Meeting on 29th April'],
    ]);
    expect(actions[1]!.text).toBe('Safeguarding audit to be reported back to the Board, with the results of the "peer review".');
    expect(shown(book, ACTIONS, 3, 'dueDate')).toBe('29/04/2010');
    // The same rows pasted from Word afterwards: only the five new ones are added.
    const word = ok(commit(book, paste));
    expect([word.added.actions, word.duplicates]).toEqual([5, 2]);
    expect(rows(book, ACTIONS)).toHaveLength(7);
  });

  it('the user can correct a column: Commentary not imported gives no dates from it', () => {
    const book = westmoorBook();
    const p = ok(preview(book, { ...paste, tables: { 1: { columns: { 4: '' } } } }));
    expect(p.tables[0]!.columns).toEqual(['refSubject', 'meeting', 'text', 'responsible', '']);
    expect(p.actions[0]).toMatchObject({ commentary: '', dates: [] });
  });

  it('bad input is refused in words and nothing is written; the lock held elsewhere stops the write', () => {
    const book = westmoorBook();
    const before = snapshot(book);
    expect(commit(book, {})).toMatchObject({ ok: false, message: expect.stringContaining('paste a table or minutes') });
    expect(commit(book, { html: 42 })).toMatchObject({ ok: false, message: expect.stringMatching(/^Nothing was imported/) });
    expect(preview(book, { docUrl: 'not a url' })).toMatchObject({ ok: false, message: expect.stringContaining('not the address of a Google Doc') });
    book.env.handles.lock.holdElsewhere('script', 'the daily alert run');
    expect(commit(book, paste)).toMatchObject({ ok: false, message: expect.stringMatching(/Another editor .* Nothing was changed/) });
    expect(snapshot(book)).toBe(before);
  });
});

describe('Import… of a long log', () => {
  it('500 rows cost the same Spreadsheet calls as 40: one read and one write per tab, never per row', () => {
    const counts = [40, 500].map((n) => {
      const book = westmoorBook();
      const r = ok(commit(book, { html: wordLogOf(n) }));
      expect(r.added.actions).toBe(n);
      expect(rows(book, ACTIONS)).toHaveLength(n);
      return book.env.calls.total('SpreadsheetApp');
    });
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThan(30);
  });
});

describe('Import… when the sheet or the paste is not as expected', () => {
  it('a renamed Actions header stops the import before anything is written, naming the column', () => {
    const book = westmoorBook();
    const wb = book.env.handles.workbook;
    const column = ACTIONS.columns.findIndex((c) => c.key === 'commentary') + 1;
    wb.setValues(ACTIONS.name, 1, column, [['Notes']]);
    const before = snapshot(book);
    const r = commit(book, { ...paste, addOfficers: ['Brian Aldridge'] });
    expect(r).toMatchObject({
      ok: false,
      message: 'Nothing was imported: the Actions tab has no "Commentary" column. Run Action Log ▸ Set up this sheet to restore it.',
    });
    expect(snapshot(book)).toBe(before); // not even the ticked officer
  });

  it('minutes without a readable date import nothing, and say how to fix it', () => {
    const book = westmoorBook();
    const html = '<p>Date: to be confirmed</p><p>Item 1: Budget</p><p>Action:</p><p>Sam Okoro to circulate the budget.</p>';
    const p = ok(preview(book, { html }));
    expect(p.warnings).toContain(
      'The minutes have no meeting date that can be read (“to be confirmed”): write it as "Date: 12 May 2011" at the top, then preview again. Their actions were not imported.',
    );
    expect(p.summary).toBe('Nothing to add.');
    const before = snapshot(book);
    expect(ok(commit(book, { html })).added).toEqual({ actions: 0, forwardPlan: 0, meetings: 0, officers: 0, recommendations: 0 });
    expect(snapshot(book)).toBe(before);
  });

  it('a table it does not know is named, not guessed, until the user gives its kind and columns', () => {
    const book = westmoorBook();
    const text = 'What\tWho\tWhen\nCirculate the compact\tGary Bowman\t18/03/2010';
    const p = ok(preview(book, { text }));
    expect(p.warnings).toEqual([
      'Table 1 (What · Who · When) was not recognised, so it is not imported: choose its kind and columns in the preview if it should be.',
    ]);
    const fixed = { text, tables: { 1: { kind: 'actions', columns: { 0: 'text', 1: 'responsible', 2: 'dueDate' } } } };
    const q = ok(preview(book, fixed));
    expect(q.actions.map((a) => [a.text, a.responsible, a.dueDate])).toEqual([['Circulate the compact', 'Gary Bowman', '2010-03-18']]);
  });
});
