import { appendCommentary, dateChangeText, mentionsReportBack, stampLine } from '../../src/core/capture/commentary';
import { FormRejected, defaultMeeting, futureMeetings, planActions, planForwardPlan, planMeeting, planUpdate } from '../../src/core/capture/plan';
import { checkForm, forwardPlanForm, meetingForm, recordForm, updateForm, type RecordFormInput } from '../../src/core/capture/schemas';
import type { Action, Meeting } from '../../src/core/model';

const meeting: Meeting = { date: '2010-01-28', board: 'LSP Executive Board', title: '', time: '2.00pm', venue: 'County Hall', attendees: [], apologies: [] };

function entry(over: Partial<RecordFormInput['items'][number]['entries'][number]> = {}) {
  return { kind: 'action' as const, text: 'Circulate the report', responsible: 'Gary Bowman', dueDate: '', commentary: '', reportBack: false, ...over };
}

function form(entries = [entry()], meetingDate = '28/01/2010'): RecordFormInput {
  return { meetingDate, items: [{ agendaItem: '3', subject: 'Budget', entries }] };
}

describe('dialog schemas', () => {
  it('reads British dates to ISO and trims text', () => {
    const r = checkForm(recordForm, form([entry({ dueDate: ' 18/03/2010 ', text: '  Do it \r\n now ' })]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.meetingDate).toBe('2010-01-28');
    expect(r.value.items[0]!.entries[0]).toMatchObject({ dueDate: '2010-03-18', text: 'Do it \n now' });
  });

  it('puts a plain message on the field that is wrong', () => {
    const r = checkForm(recordForm, form([entry(), entry({ dueDate: 'next month' })]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fields['items.0.entries.1.dueDate']).toBe('Date for report: "next month" is not a date. Write it as dd/mm/yyyy, e.g. 18/03/2010.');
    expect(r.message).toMatch(/^Nothing was saved: Date for report/);
  });

  it('rejects impossible dates and empty text, and an empty form', () => {
    const r = checkForm(recordForm, form([entry({ dueDate: '31/02/2010', text: '   ' })]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fields).sort()).toEqual(['items.0.entries.0.dueDate', 'items.0.entries.0.text']);
    const empty = checkForm(recordForm, { meetingDate: '28/01/2010', items: [{ agendaItem: '1', subject: '', entries: [] }] });
    expect(empty.ok || empty.fields.items).toBe('Add at least one decision or action.');
  });

  it('never trusts the shape the page sent', () => {
    for (const bad of [null, 'x', { meetingDate: new Date(), items: [] }, { meetingDate: '28/01/2010', items: [{ entries: [{ kind: 'task' }] }] }]) {
      const r = checkForm(recordForm, bad);
      expect(r.ok).toBe(false);
      if (!r.ok) for (const m of Object.values(r.fields)) expect(m).not.toMatch(/Invalid|expected/);
    }
  });

  it('needs a date to put a report on the forward plan', () => {
    const r = checkForm(recordForm, form([entry({ reportBack: true })]));
    expect(!r.ok && r.fields['items.0.entries.0.dueDate']).toMatch(/forward plan/);
  });

  it('meeting: date and board needed, names de-duplicated', () => {
    const r = checkForm(meetingForm, { date: '', board: '', title: '', time: '', venue: '', attendees: [], apologies: [], addOfficers: [] });
    expect(!r.ok && Object.keys(r.fields).sort()).toEqual(['board', 'date']);
    const ok = checkForm(meetingForm, {
      date: '30th April 2009',
      board: 'LSP',
      title: '',
      time: '2.00pm',
      venue: '',
      attendees: ['Mike Jones', ' mike jones ', ''],
      apologies: [],
      addOfficers: [],
    });
    expect(ok.ok && ok.value).toMatchObject({ date: '2009-04-30', attendees: ['Mike Jones'] });
  });

  it('update: something must change; forward plan: a due meeting or a completion text', () => {
    const u = checkForm(updateForm, { row: 5, ref: '28.01.01', note: '', dueDate: '', complete: false, completedDate: '' });
    expect(!u.ok && u.fields.note).toMatch(/Nothing to save/);
    const f = checkForm(forwardPlanForm, { source: 'Board', item: 'Annual report', responsible: '', dueDate: '', dueText: '', linkedRef: 'abc' });
    expect(!f.ok && Object.keys(f.fields).sort()).toEqual(['dueDate', 'linkedRef']);
  });
});

describe('commentary', () => {
  it('stamps and appends, never overwriting', () => {
    const line = stampLine('2010-03-18', 'Deferred to 29th April');
    expect(line).toBe('18/03/2010: Deferred to 29th April');
    expect(appendCommentary('Report received.', line)).toBe('Report received.\n18/03/2010: Deferred to 29th April');
    expect(appendCommentary('', line)).toBe(line);
    expect(dateChangeText('2010-03-18', '2010-04-29')).toBe('Deferred to 29th April 2010');
    expect(dateChangeText(undefined, '2010-04-29')).toBe('Date for report set to 29th April 2010');
    expect(mentionsReportBack('Report back to the meeting of 29th April')).toBe(true);
    expect(mentionsReportBack('Reportedly backed')).toBe(false);
  });
});

describe('planning rows', () => {
  it('gives references in form order after the highest for that day and month', () => {
    const r = checkForm(recordForm, form([entry(), entry({ kind: 'decision', text: 'Agreed' }), entry({ dueDate: '18/03/2010', reportBack: true })]));
    if (!r.ok) throw new Error(r.message);
    const plan = planActions(r.value, meeting, ['28.01.01', '28.1.7', '27.01.09', 'junk'], '2010-01-29');
    expect(plan.refs).toEqual(['28.01.08', '28.01.09', '28.01.10']);
    expect(plan.actions.map((a) => [a.ref, a.isDecision, a.status])).toEqual([
      ['28.01.08', false, 'Actions outstanding – no dates confirmed'],
      ['28.01.09', true, 'Decisions'],
      ['28.01.10', false, 'Not yet due'],
    ]);
    expect(plan.actions[2]).toMatchObject({ firstDueDate: '2010-03-18', dueDate: '2010-03-18', meetingDate: '2010-01-28' });
    expect(plan.forwardPlan).toEqual([expect.objectContaining({ linkedRef: '28.01.10', dueDate: '2010-03-18', done: false })]);
  });

  it('an update appends a dated line, keeps the first date for report and works out the status', () => {
    const action: Action = {
      ref: '28.01.05',
      agendaItem: '3',
      subject: '',
      meetingDate: '2010-01-28',
      text: 'x',
      responsible: '',
      isDecision: false,
      firstDueDate: undefined,
      dueDate: '2010-03-18',
      commentary: 'Report received.',
      completedDate: undefined,
    };
    const r = checkForm(updateForm, { row: 4, ref: '28.01.05', note: '', dueDate: '29/04/2010', complete: false, completedDate: '' });
    if (!r.ok) throw new Error(r.message);
    const change = planUpdate(action, r.value, '2010-03-18');
    expect(change).toMatchObject({
      commentary: 'Report received.\n18/03/2010: Deferred to 29th April 2010',
      dueDate: '2010-04-29',
      firstDueDate: '2010-03-18',
      overdue: '',
    });
    // After the original date has passed, a deferred action is "date agreed", not overdue.
    expect(planUpdate(action, r.value, '2010-03-19').status).toBe('Actions outstanding – date for report agreed');
    const done = checkForm(updateForm, { row: 4, ref: '28.01.05', note: 'Report presented', dueDate: '', complete: true, completedDate: '' });
    if (!done.ok) throw new Error(done.message);
    expect(planUpdate(action, done.value, '2010-03-20')).toMatchObject({
      completedDate: '2010-03-20',
      status: 'Completed',
      commentary: 'Report received.\n20/03/2010: Report presented',
    });
    expect(planUpdate(action, done.value, '2010-03-20')).not.toHaveProperty('dueDate');
  });

  it('refuses a meeting that already exists and adds only new officers that were typed', () => {
    const f = checkForm(meetingForm, {
      date: '28/01/2010',
      board: 'lsp executive board',
      title: '',
      time: '',
      venue: '',
      attendees: [],
      apologies: [],
      addOfficers: [],
    });
    if (!f.ok) throw new Error(f.message);
    expect(() => planMeeting(f.value, [meeting], [])).toThrow(FormRejected);
    const g = checkForm(meetingForm, {
      date: '29/01/2010',
      board: 'LSP',
      title: '',
      time: '',
      venue: '',
      attendees: ['Ann New', 'Old Hand'],
      apologies: [],
      addOfficers: ['Ann New', 'Old Hand', 'Stranger'],
    });
    if (!g.ok) throw new Error(g.message);
    expect(planMeeting(g.value, [meeting], [{ name: 'Old Hand', email: '', organisation: '' }]).officers).toEqual([{ name: 'Ann New' }]);
  });

  it('forward plan: a linked reference must exist', () => {
    const f = checkForm(forwardPlanForm, { source: 'Board', item: 'Annual report', responsible: '', dueDate: '', dueText: 'Quarterly', linkedRef: '28.1.5' });
    if (!f.ok) throw new Error(f.message);
    expect(() => planForwardPlan(f.value, '2010-01-29', ['28.01.04'])).toThrow(/no action 28.1.5/);
    expect(planForwardPlan(f.value, '2010-01-29', ['28.01.05'])).toMatchObject({ linkedRef: '28.01.05', dateRaised: '2010-01-29' });
  });

  it('meeting choices', () => {
    const ms = [meeting, { ...meeting, date: '2010-03-18' }, { ...meeting, date: '2009-11-05' }];
    expect(defaultMeeting(ms, '2010-02-01')).toBe('2010-01-28');
    expect(futureMeetings(ms, '2010-02-01').map((m) => m.label)).toEqual(['18/03/2010 — LSP Executive Board']);
  });
});
