/**
 * Issue #8 (integrity), writes and values: text stays text, a cell never passes Sheets' limit,
 * cells the script owns are written only for rows that hold an action, dates are plausible.
 */
import type { SaveResult } from '../../src/core/capture/schemas';
import type { SavedActions, SavedMeeting } from '../../src/core/capture/dialog-data';
import { ACTIONS, MEETINGS, col, entry, setUpBook } from './helpers';

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
