/**
 * Issue #8 (integrity), writes and values: text stays text, a cell never passes Sheets' limit,
 * cells the script owns are written only for rows that hold an action, dates are plausible.
 */
import type { SaveResult } from '../../src/core/capture/schemas';
import type { SavedActions, SavedMeeting, SavedUpdate } from '../../src/core/capture/dialog-data';
import { ACTIONS, FORWARD_PLAN, MEETINGS, col, entry, recordInput, setUpBook } from './helpers';

describe('numbers in exponent form typed into text fields of the dialogs stay text', () => {
  it('Record decisions and actions, and Add meeting', () => {
    const book = setUpBook();
    const wb = book.env.handles.workbook;
    const r = book.call<SaveResult<SavedActions>>('captureSaveActions', {
      meetingDate: '28/01/2010',
      items: [{ agendaItem: '1e5', subject: '2E3', entries: [entry({ text: '1.5e-3', responsible: 'Gary Bowman', commentary: '4E+2' })] }],
    });
    expect(r.ok).toBe(true);
    for (const [key, typed] of [['agendaItem', '1e5'], ['subject', '2E3'], ['text', '1.5e-3'], ['commentary', '4E+2']] as const) {
      const cell = wb.cell(ACTIONS.name, 2, col(ACTIONS, key));
      expect({ key, value: cell.value, display: cell.display }).toEqual({ key, value: typed, display: typed });
    }
    const m = book.call<SaveResult<SavedMeeting>>('captureSaveMeeting', {
      date: '29/04/2010', board: 'LSP Executive Board', title: '3e4', time: '1e1', venue: '2E2', attendees: [], apologies: [], addOfficers: [],
    });
    expect(m.ok).toBe(true);
    const row = m.ok ? m.value.row : 0;
    expect([col(MEETINGS, 'title'), col(MEETINGS, 'time'), col(MEETINGS, 'venue')].map((c) => wb.cell(MEETINGS.name, row, c).value)).toEqual(['3e4', '1e1', '2E2']);
  });
});

describe('a cell never exceeds 50,000 characters', () => {
  it('an update whose commentary would pass the limit is refused whole, naming the action and the cell', () => {
    const book = setUpBook();
    book.call('captureSaveActions', recordInput([entry({ dueDate: '18/03/2010', reportBack: true })]));
    const wb = book.env.handles.workbook;
    const commentary = col(ACTIONS, 'commentary');
    wb.setCell(ACTIONS.name, 2, commentary, 'Chased again.'.padEnd(49_980, '.')); // 49,980 characters typed over the years
    const before = { actions: wb.sheet(ACTIONS.name).values, plan: wb.sheet(FORWARD_PLAN.name).values };
    book.env.calls.reset();
    const r = book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', { row: 2, ref: '28.01.01', note: 'Report received from the partnership', dueDate: '29/04/2010', complete: false, completedDate: '' });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^Nothing was saved: the Commentary of 28\.01\.01 \(Actions!J2\) would be 50,029 characters; a cell holds at most 50,000\. Shorten it/) });
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    expect(wb.sheet(ACTIONS.name).values).toEqual(before.actions);
    expect(wb.sheet(FORWARD_PLAN.name).values).toEqual(before.plan);
    // a shorter line still fits, and is saved
    const ok = book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', { row: 2, ref: '28.01.01', note: 'Done', dueDate: '', complete: false, completedDate: '' });
    expect(ok.ok).toBe(true);
    expect(String(wb.cell(ACTIONS.name, 2, commentary).value)).toHaveLength(49_980 + '\n29/01/2010: Done'.length);
  });
});
