/**
 * End to end on the bundle: a forward plan table, minutes in both shapes with a forward plan
 * annex, and the same tables in a Google Doc read with DocumentApp.
 */
import { paperThroughMenu } from '../papers/menu-board';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_LOG_HEADINGS, headingMinutesHtml, itemTableMinutesHtml, wordForwardPlanHtml } from './fixtures';
import { ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS, commit, ok, preview, rows, shown, snapshot, westmoorBook } from './helpers';

describe('Import… a forward plan', () => {
  it('dates as written, a month kept as the board wrote it, free text kept with a message; once only', () => {
    const book = westmoorBook();
    expect(rows(book, FORWARD_PLAN)).toHaveLength(0);
    const p = ok(preview(book, { html: wordForwardPlanHtml }));
    expect(p.tables[0]).toMatchObject({ kind: 'forwardPlan', columns: ['source', 'dateRaised', 'item', 'responsible', 'completion'] });
    expect(p.warnings).toEqual([
      'Table 1, row 5, Completion Date: “when the review reports” is not a date; it is kept as the text written (shown so on the forward plan) — type a date in Due Meeting if it has one.',
    ]);
    const r = ok(commit(book, { html: wordForwardPlanHtml }));
    expect(r.added).toEqual({ actions: 0, forwardPlan: 4, meetings: 0, officers: 0, recommendations: 0 });
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(1);
    const plan = rows(book, FORWARD_PLAN);
    expect(plan.map((e) => [e.source, e.item, e.responsible, e.dueText])).toEqual([
      ['Board', 'Annual report of the Children’s Trust', 'Janine Brown', ''],
      ['Action log', 'Worklessness strategy: final proposals', 'Gary Bowman', 'Mar 2010'],
      ['Board', 'Local Area Agreement refresh', 'Gary Bowman', 'Review at quarterly intervals'],
      ['Board', 'Joint commissioning framework', 'Janine Brown', 'when the review reports'],
    ]);
    // "Mar 2010" no longer vanishes: it is due at the board's March meeting and shown as written.
    expect([2, 3, 4, 5].map((row) => shown(book, FORWARD_PLAN, row, 'dueDate'))).toEqual(['18/03/2010', '18/03/2010', '', '']);
    expect(shown(book, FORWARD_PLAN, 2, 'dateRaised')).toBe('28/01/2010');
    const again = ok(commit(book, { html: wordForwardPlanHtml }));
    expect([again.added.forwardPlan, again.duplicates]).toEqual([0, 4]);
    expect(rows(book, FORWARD_PLAN)).toHaveLength(4);
  });
});

describe('Import… minutes', () => {
  it('item-table minutes: the Meetings row, decisions and actions with owners and due meetings, and the annex as forward plan entries', () => {
    const book = westmoorBook();
    const meetingsBefore = rows(book, MEETINGS).length;
    const p = ok(preview(book, { html: itemTableMinutesHtml }));
    expect(p.meetings).toEqual([
      {
        date: '2011-05-12',
        board: 'Westmoor Partnership Executive Board',
        time: '10:00 to 12:00',
        venue: 'Council Chamber, Westmoor Civic Centre',
        attendees: ['Chris Ward', 'Chris Hale', 'Sam Okoro', 'Priya Nair'],
        apologies: ['Gary Bowman'],
      },
    ]);
    expect(p.warnings).toContain(
      'Minutes item 3, action 1, Responsible Officer: “Chris” could be Chris Ward or Chris Hale, so it was given to nobody; write the full name in the Actions tab.',
    );
    expect(p.newOfficers.map((o) => [o.name, o.ticked])).toEqual([
      ['Sam Okoro', false],
      ['Priya Nair', false],
    ]);

    const r = ok(commit(book, { html: itemTableMinutesHtml }));
    expect(r.added).toEqual({ actions: 4, forwardPlan: 4, meetings: 1, officers: 0, recommendations: 0 });
    expect(r.refs).toEqual(['12.05.01', '12.05.02', '12.05.03', '12.05.04']);
    // One batch per tab: Meetings, Actions, Forward Plan.
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(3);

    const meetings = rows(book, MEETINGS);
    expect(meetings).toHaveLength(meetingsBefore + 1);
    expect(meetings.at(-1)).toMatchObject({
      board: 'Westmoor Partnership Executive Board',
      time: '10:00 to 12:00',
      venue: 'Council Chamber, Westmoor Civic Centre',
      attendees: 'Chris Ward\nChris Hale\nSam Okoro\nPriya Nair',
      apologies: 'Gary Bowman',
    });
    expect(shown(book, MEETINGS, meetingsBefore + 2, 'date')).toBe('12/05/2011');

    const actions = rows(book, ACTIONS);
    expect(actions.map((a) => [a.ref, a.agendaItem, a.subject, a.text, a.responsible, a.isDecision])).toEqual([
      ['12.05.01', '2', 'Funding for the advice services', 'The board agreed to bid for transitional funding.', '', true],
      ['12.05.02', '2', 'Funding for the advice services', 'Chris Ward to write to the funding body by 27th May 2011.', 'Chris Ward', false],
      ['12.05.03', '2', 'Funding for the advice services', 'Priya Nair to report to the June meeting on the bid.', 'Priya Nair', false],
      ['12.05.04', '3', 'Terms of reference', 'Chris to circulate the revised terms of reference.', 'Chris', false],
    ]);
    expect(shown(book, ACTIONS, 3, 'dueDate')).toBe('27/05/2011');
    expect(shown(book, ACTIONS, 4, 'dueDate')).toBe('16/06/2011'); // "the June meeting"
    expect(actions[0]!.status).toBe('Decisions');

    // The annex: several items in one meeting's cell are several entries; the standing item is not one.
    const plan = rows(book, FORWARD_PLAN);
    expect(plan.map((e) => [e.item, e.responsible, e.dueText])).toEqual([
      ['Advice services bid', 'Priya Nair', ''],
      ['Youth offending plan', 'Priya Nair', ''],
      ['Annual performance report', 'Sam Okoro', 'July 2011'],
      ['Review of the compact', 'Chris Ward', ''],
    ]);
    expect([2, 3, 4, 5].map((row) => shown(book, FORWARD_PLAN, row, 'dueDate'))).toEqual(['16/06/2011', '16/06/2011', '31/07/2011', '']);

    const after = snapshot(book);
    const again = ok(commit(book, { html: itemTableMinutesHtml }));
    expect(again.added).toEqual({ actions: 0, forwardPlan: 0, meetings: 0, officers: 0, recommendations: 0 });
    expect(again.duplicates).toBe(9);
    expect(snapshot(book)).toBe(after);
  });

  it('heading-shape minutes: one action per sentence, owners matched, statements that are not actions left out and said so', () => {
    const book = westmoorBook();
    const r = ok(commit(book, { html: headingMinutesHtml, addOfficers: ['Sam Okoro'] }));
    expect(r.added).toEqual({ actions: 3, forwardPlan: 0, meetings: 1, officers: 1, recommendations: 0 });
    expect(r.warnings).toContain(
      'Item 2: “The June agenda will include a general item on the voluntary sector.” names nobody to do it, so it was not imported as an action.',
    );
    expect(rows(book, ACTIONS).map((a) => [a.ref, a.text, a.responsible, a.isDecision])).toEqual([
      ['12.05.01', 'The revised terms of reference were agreed.', '', true],
      ['12.05.02', 'Sam Okoro to circulate the revised terms of reference.', 'Sam Okoro', false],
      ['12.05.03', 'Chris Ward to write to the funding body.', 'Chris Ward', false],
    ]);
    expect(rows(book, OFFICERS).map((o) => o.name)).toContain('Sam Okoro');
  });
});

describe('Import… minutes pasted as plain text (a Word extraction with tabs and <p> leftovers)', () => {
  it('the Harrowfield minutes: the meeting, 6 decisions and 7 actions, owners from the sentences', () => {
    const book = westmoorBook();
    const text = readFileSync(join(__dirname, '..', 'core', 'fixtures', 'harrowfield-minutes.txt'), 'utf8');
    const r = ok(commit(book, { text }));
    expect(r.added).toMatchObject({ actions: 13, meetings: 1 });
    expect(r.warnings).toEqual([
      'Item 4: “See above” was not imported as an action.',
      'Item 5: one row held decisions and actions; the first paragraph was taken as the decision and the rest as actions.',
    ]);
    const actions = rows(book, ACTIONS);
    expect(actions.filter((a) => a.isDecision)).toHaveLength(6);
    expect(actions.filter((a) => !a.isDecision).map((a) => a.responsible)).toEqual([
      'Sunita Bhatt',
      'Each partner',
      '',
      'Dr Lindqvist',
      'Partners',
      'Gareth Owens',
      'Owen Lloyd',
    ]);
    expect(actions.every((a) => !String(a.text).includes('<'))).toBe(true);
    expect(String(rows(book, MEETINGS).at(-1)!.attendees).split('\n')).toEqual([
      'Cllr Margaret Okafor - Chair, Cabinet Member for Health, Harrowfield Borough Council',
      'Dr Peter Lindqvist - Vice Chair, Harrowfield Primary Care Trust',
      'Sunita Bhatt - Director of Public Health',
      'Gareth Owens - Harrowfield Voluntary Action',
    ]);
    expect(rows(book, MEETINGS).at(-1)).toMatchObject({
      time: '10.00am',
      venue: 'Committee Room 2, Harrowfield Town Hall',
      apologies: 'Karen Whitlock\nDr Imran Saeed\nTom Brierley\nLucy Dunmore',
    });
  });
});

describe('Import… from a Google Doc', () => {
  it('reads the same tables with DocumentApp and imports them', () => {
    const book = westmoorBook();
    const doc = book.env.globals.DocumentApp.create('Westmoor action log');
    const body = doc.getBody();
    body.appendParagraph('Westmoor Partnership Executive Board – Action Log');
    body.appendTable([
      ACTION_LOG_HEADINGS,
      [
        '25.06.04 Item 4.1 Worklessness Strategy',
        'Executive Board 25/06/09',
        'Proposals for a worklessness strategy to be brought to the Board.',
        'Brian Aldridge Kevin Griffiths',
        'Proposals to be received at November 5th Executive Board.\nNow deferred to March 18th 2010',
      ],
      ACTION_LOG_HEADINGS,
      ['', '', '', '', 'Agreed to defer again.'],
      [
        '28.01.06 Item 6 Partnership Compact',
        'Executive Board 28.1.10',
        'All partners to sign up to the refreshed compact.',
        'ALL Brian Mckinstrie',
        'To be reported March 2010',
      ],
    ]);
    doc.saveAndClose();
    const url = `https://docs.google.com/document/d/${doc.getId()}/edit`;
    book.env.calls.reset();
    const p = ok(preview(book, { docUrl: url }));
    expect(p.tables[0]).toMatchObject({ kind: 'actions', repeatedHeaders: [3], merged: [[4, 2]] });
    const r = ok(commit(book, { docUrl: url }));
    expect(r.refs).toEqual(['25.06.04', '28.01.06']);
    const actions = rows(book, ACTIONS);
    expect(actions.map((a) => [a.ref, a.responsible, a.commentary])).toEqual([
      [
        '25.06.04',
        'Brian Aldridge / Kevin Griffiths',
        'Proposals to be received at November 5th Executive Board.\nNow deferred to March 18th 2010\nAgreed to defer again.',
      ],
      ['28.01.06', 'ALL Partners / Brian Mckinstrie', 'To be reported March 2010'],
    ]);
    expect(shown(book, ACTIONS, 2, 'firstDueDate')).toBe('05/11/2009');
    expect(shown(book, ACTIONS, 2, 'dueDate')).toBe('18/03/2010');
    expect(ok(commit(book, { docUrl: url })).added.actions).toBe(0);
    expect(preview(book, { docUrl: 'https://docs.google.com/document/d/aaaaaaaaaaaaaaaaaaaaaaaaa/edit' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('could not be opened'),
    });
  });
});

describe('imported entries on the papers', () => {
  it('the action log paper shows a forward plan month as the board wrote it, beside the meeting it counts as', () => {
    const book = westmoorBook();
    ok(commit(book, { html: wordForwardPlanHtml }));
    const { docs } = book.env.handles;
    const before = new Set(docs.files().map((f) => f.id));
    paperThroughMenu(book, 'actionLog', '2010-01-28');
    const paper = docs.files().find((f) => !before.has(f.id) && f.mimeType === 'application/vnd.google-apps.document' && !/template/i.test(f.name));
    expect(paper).toBeDefined();
    const text = docs
      .toHtml(paper!.id)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Worklessness strategy: final proposals');
    expect(text).toMatch(/To be received 18th March 2010 Mar 2010/);
    expect(text).toContain('Review at quarterly intervals');
  });
});
