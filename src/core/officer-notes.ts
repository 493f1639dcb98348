/**
 * Responsible Officer cells whose names match nobody on the Officers tab: said in the cell's
 * note (one line of ours, the user's own note lines kept below it) and listed by Refresh,
 * instead of a validation's red triangle (a dropdown rule marks every "A / B" cell invalid).
 * Names are matched with the alerts' matcher, so "G Bowman" and "David Ashworth / Helen Okafor"
 * are fine, and a near miss says "did you mean". Groups ("ALL Partners") are not flagged.
 */
import { fitNote } from './cell-limit';
import { describeUnmatched, proposePeople, type People } from './capture/people';
import { a1, ACTIONS } from './layout';
import type { Action, Located } from './model';
import type { Problem } from './problems';
import { clip } from './capture/schemas';

export const OFFICER_NOTE_PREFIX = 'Action Log:';
const OUR_LINE = /^Action Log: Not in Officers: /;
const FIX = 'Correct the name, or add the person to the Officers tab.';

export interface OfficerNotesInput {
  readonly actions: readonly Located<Action>[];
  /** The Responsible Officer cells' notes now, for rows firstRow, firstRow + 1, … */
  readonly currentNotes: readonly string[];
  readonly people: People;
  readonly firstRow: number;
  /** 1-based column of Responsible Officer. */
  readonly column: number;
}

export interface OfficerNotes {
  /** Every row's note, ours updated and the user's lines kept. */
  readonly notes: string[];
  /** Some note differs from what the cell holds now. */
  readonly changed: boolean;
  readonly problems: Problem[];
}

export function officerNotes(input: OfficerNotesInput): OfficerNotes {
  const notes = [...input.currentNotes];
  const problems: Problem[] = [];
  const withAction = new Map(input.actions.map((a) => [a.origin.row, a]));
  for (let i = 0; i < notes.length; i++) {
    const row = input.firstRow + i;
    const current = notes[i] ?? '';
    const theirs = current === '' ? [] : current.split('\n').filter((line) => !OUR_LINE.test(line));
    const action = withAction.get(row);
    const said = action ? describeUnmatched(proposePeople(input.people, action.responsible)) : '';
    if (said && action) {
      problems.push({
        sheet: ACTIONS.name,
        cell: a1(row, input.column),
        message: `Responsible Officer "${clip(action.responsible)}": ${said.charAt(0).toLowerCase()}${said.slice(1)} ${FIX}`,
      });
    }
    // Only our line changes: the user's own note lines stay as they are, below it.
    notes[i] = fitNote(said ? [`${OFFICER_NOTE_PREFIX} ${said} ${FIX}`, ...theirs] : theirs);
  }
  return { notes, changed: notes.some((n, i) => n !== (input.currentNotes[i] ?? '')), problems };
}
