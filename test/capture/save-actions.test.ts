import type { SaveResult } from '../../src/core/capture/schemas';
import type { SavedActions } from '../../src/core/capture/dialog-data';
import { ACTIONS, FORWARD_PLAN, col, entry, recordInput, refs, rows, setUpBook } from './helpers';

describe('Record decisions and actions (server, through the bundle)', () => {
  it('appends the rows with the next references, status worked out, in one write', () => {
    const book = setUpBook();
    const result = book.call<SaveResult<SavedActions>>(
      'captureSaveActions',
      recordInput([entry(), entry({ kind: 'decision', text: 'Agreed the budget', responsible: '' }), entry({ dueDate: '18/03/2010', reportBack: true })]),
    );
    expect(result).toMatchObject({ ok: true, value: { refs: ['28.01.01', '28.01.02', '28.01.03'], forwardPlan: 1 } });
    const actions = rows(book, ACTIONS);
    expect(actions.map((a) => [a.ref, a.text, a.isDecision, a.status])).toEqual([
      ['28.01.01', 'Circulate the report', false, 'Actions outstanding – no dates confirmed'],
      ['28.01.02', 'Agreed the budget', true, 'Decisions'],
      ['28.01.03', 'Circulate the report', false, 'Not yet due'],
    ]);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(2); // Actions + Forward Plan
    const plan = rows(book, FORWARD_PLAN);
    expect(plan).toEqual([expect.objectContaining({ linkedRef: '28.01.03', done: false })]);
    expect(book.env.handles.workbook.cell(ACTIONS.name, 2, col(ACTIONS, 'agendaItem')).display).toBe('3');
  });

  it('refuses what the page should have caught, writing nothing', () => {
    const book = setUpBook();
    const result = book.call<SaveResult<SavedActions>>('captureSaveActions', recordInput([entry({ dueDate: '31/02/2010' })]));
    expect(result).toMatchObject({ ok: false, fields: { 'items.0.entries.0.dueDate': expect.stringContaining('"31/02/2010" is not a date') } });
    const unknownMeeting = book.call<SaveResult<SavedActions>>('captureSaveActions', recordInput([entry()], '01/02/2010'));
    expect(unknownMeeting).toMatchObject({ ok: false, fields: { meetingDate: expect.stringContaining('no meeting on 01/02/2010') } });
    expect(refs(book)).toEqual([]);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
  });

  it('costs the same service calls for 1 row as for 200: one read per tab, one write', () => {
    const totals = [1, 200].map((n) => {
      const book = setUpBook();
      book.call('captureSaveActions', recordInput([entry({ text: 'Earlier' })]));
      book.env.calls.reset();
      const r = book.call<SaveResult<SavedActions>>('captureSaveActions', recordInput(Array.from({ length: n }, (_, i) => entry({ text: `A${i}` }))));
      expect(r.ok && r.value.refs.length).toBe(n);
      expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(1);
      return book.env.calls.total('SpreadsheetApp');
    });
    expect(totals[1]).toBe(totals[0]);
  });
});
