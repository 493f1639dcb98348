import { peopleOf } from '../../src/core/capture/people';
import { officerNotes } from '../../src/core/officer-notes';
import type { Action, Located } from '../../src/core/model';

const people = peopleOf(['Gary Bowman', 'Janine Brown']);
const action = (row: number, responsible: string): Located<Action> =>
  ({
    ref: `28.01.0${row}`,
    agendaItem: '',
    subject: '',
    meetingDate: '2010-01-28',
    text: 'x',
    responsible,
    isDecision: false,
    firstDueDate: undefined,
    dueDate: undefined,
    commentary: '',
    completedDate: undefined,
    origin: { sheet: 'Actions', row },
  }) as unknown as Located<Action>;

describe('officerNotes', () => {
  it('notes only names that match nobody; several names, initials and groups are fine', () => {
    const out = officerNotes({
      actions: [action(2, 'Gary Bowman / Janine Brown'), action(3, 'G Bowman'), action(4, 'ALL Partners'), action(5, 'Garry Bowman')],
      currentNotes: ['', '', '', ''],
      people,
      firstRow: 2,
      column: 6,
    });
    expect(out.notes.slice(0, 3)).toEqual(['', '', '']);
    expect(out.notes[3]).toBe(
      'Action Log: Not in Officers: "Garry Bowman" (did you mean Gary Bowman?). Correct the name, or add the person to the Officers tab.',
    );
    expect(out.problems.map((p) => p.cell)).toEqual(['F5']);
    expect(out.changed).toBe(true);
  });

  it('keeps the user’s note lines, replaces only its own line, and reports no change when there is none', () => {
    const ours = 'Action Log: Not in Officers: "Zoe" . Correct the name, or add the person to the Officers tab.';
    const out = officerNotes({
      actions: [action(2, 'Gary Bowman'), action(3, 'Gary Bowman')],
      currentNotes: [`${ours}\nMine`, 'Only mine'],
      people,
      firstRow: 2,
      column: 6,
    });
    expect(out.notes).toEqual(['Mine', 'Only mine']);
    const again = officerNotes({ actions: [action(2, 'Gary Bowman')], currentNotes: ['Mine', ''], people, firstRow: 2, column: 6 });
    expect(again.changed).toBe(false);
  });

  it('takes its own line off a row that no longer holds an action', () => {
    const out = officerNotes({ actions: [], currentNotes: ['Action Log: Not in Officers: "Zoe". x'], people, firstRow: 2, column: 6 });
    expect(out.notes).toEqual(['']);
  });
});
