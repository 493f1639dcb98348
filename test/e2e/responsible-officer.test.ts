/**
 * The Responsible Officer column accepts several names: no validation marks "A / B" invalid.
 * Names that match nobody in Officers are said in the cell's note (the user's own note kept)
 * and listed by Refresh statuses, end to end on the bundle with the sample board.
 */
import { ACTIONS } from '../../src/core/layout';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { loadSampleBoard } from '../fixtures/load-sample';
import { SAMPLE_TODAY } from '../fixtures/sample-board';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;
const RESPONSIBLE = ACTIONS.columns.findIndex((c) => c.key === 'responsible') + 1;
const ssOf = (b: LoadedBundle): SS =>
  (b.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp.getActiveSpreadsheet();

function sampleBook(): LoadedBundle {
  const clerk = loadBundle({ now: `${SAMPLE_TODAY}T09:00:00Z`, user: 'clerk@example.org' });
  clerk.call('menuSetUp');
  loadSampleBoard(clerk.env.handles.workbook);
  clerk.call('menuRefreshStatuses');
  return clerk;
}

function responsibleCells(b: LoadedBundle) {
  const snap = b.env.handles.workbook.sheet(ACTIONS.name);
  return snap.values
    .slice(1)
    .map((r, i) => ({ row: i + 2, value: String(r[RESPONSIBLE - 1] ?? ''), note: snap.notes[i + 1]?.[RESPONSIBLE - 1] ?? '' }))
    .filter((c) => c.value !== '');
}

describe('Responsible Officer: several names, no invalid marks', () => {
  it('no cell of the sample board is marked invalid, multi-officer cells included, and none gets a note', () => {
    const clerk = sampleBook();
    const cells = responsibleCells(clerk);
    expect(cells.filter((c) => c.value.includes(' / ')).length).toBeGreaterThanOrEqual(6);
    const invalid = clerk.env.handles.workbook.validationProblems(ACTIONS.name).map((p) => p.a1);
    expect(invalid).toEqual([]);
    expect(clerk.env.handles.workbook.cell(ACTIONS.name, 2, RESPONSIBLE).validation).toBeNull();
    expect(cells.filter((c) => c.note !== '')).toEqual([]);
  });

  it('a name matching nobody is noted on its cell and listed by Refresh; the note goes once it is corrected, the user’s own note stays', () => {
    const clerk = sampleBook();
    const wb = clerk.env.handles.workbook;
    const [first, second] = responsibleCells(clerk);
    wb.setCell(ACTIONS.name, first!.row, RESPONSIBLE, 'Helen Okafer / Zoe Quinn');
    ssOf(clerk).getSheetByName(ACTIONS.name)!.getRange(first!.row, RESPONSIBLE).setNote('Chased by phone 2 Dec');
    clerk.call('menuRefreshStatuses');
    const cell = `${String.fromCharCode(64 + RESPONSIBLE)}${first!.row}`;
    expect(wb.cell(ACTIONS.name, first!.row, RESPONSIBLE).note).toBe(
      'Action Log: Not in Officers: "Helen Okafer" (did you mean Helen Okafor?), "Zoe Quinn". Correct the name, or add the person to the Officers tab.\nChased by phone 2 Dec',
    );
    expect(wb.cell(ACTIONS.name, second!.row, RESPONSIBLE).note).toBe('');
    const alert = clerk.env.handles.ui.alerts.at(-1)?.prompt ?? '';
    expect(alert).toContain(
      `Actions!${cell}: Responsible Officer "Helen Okafer / Zoe Quinn": not in Officers: "Helen Okafer" (did you mean Helen Okafor?), "Zoe Quinn".`,
    );
    expect(wb.validationProblems(ACTIONS.name)).toEqual([]);

    wb.setCell(ACTIONS.name, first!.row, RESPONSIBLE, 'Helen Okafor');
    clerk.env.calls.reset();
    clerk.call('menuRefreshStatuses');
    expect(wb.cell(ACTIONS.name, first!.row, RESPONSIBLE).note).toBe('Chased by phone 2 Dec');
    expect(clerk.env.calls.count('SpreadsheetApp.Range.setNotes')).toBe(1); // this column once (the status notes did not change, so they are not written)
    const notesReadWithNoteLeft = clerk.env.calls.count('SpreadsheetApp.Range.getNotes');
    clerk.env.calls.reset();
    clerk.call('menuRefreshStatuses');
    expect(clerk.env.calls.count('SpreadsheetApp.Range.setNotes')).toBe(0); // nothing changed: nothing written
    // Every name matches and no note of ours is left: the column's notes are no longer read.
    clerk.env.calls.reset();
    clerk.call('menuRefreshStatuses');
    expect(clerk.env.calls.count('SpreadsheetApp.Range.getNotes')).toBe(notesReadWithNoteLeft - 1);
    // A person taken off Officers is noticed without the notes read, and noted again.
    const officers = ssOf(clerk).getSheetByName('Officers')!;
    const names = officers
      .getRange(2, 1, officers.getLastRow() - 1, 1)
      .getValues()
      .map((r) => String(r[0]));
    const okaforRow = names.indexOf('Helen Okafor') + 2;
    expect(okaforRow).toBeGreaterThan(1);
    officers.deleteRow(okaforRow);
    clerk.call('menuRefreshStatuses');
    expect(wb.cell(ACTIONS.name, first!.row, RESPONSIBLE).note).toBe(
      'Action Log: Not in Officers: "Helen Okafor". Correct the name, or add the person to the Officers tab.\nChased by phone 2 Dec',
    );
  });

  it('Set up removes the Officers dropdown older set-ups put on the column, and keeps a rule of the user’s own', () => {
    const clerk = sampleBook();
    const ss = ssOf(clerk);
    const app = (clerk.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;
    const actions = ss.getSheetByName(ACTIONS.name)!;
    const old = app
      .newDataValidation()
      .requireValueInRange(ss.getSheetByName('Officers')!.getRange('A2:A'), true)
      .setAllowInvalid(true)
      .setHelpText('Pick an officer, or type several names separated by "/".')
      .build();
    actions.getRange(2, RESPONSIBLE, actions.getMaxRows() - 1, 1).setDataValidation(old);
    expect(clerk.env.handles.workbook.validationProblems(ACTIONS.name).length).toBeGreaterThanOrEqual(8); // the old red marks
    clerk.call('menuSetUp');
    expect(clerk.env.handles.workbook.validationProblems(ACTIONS.name)).toEqual([]);
    expect(clerk.env.handles.workbook.cell(ACTIONS.name, 2, RESPONSIBLE).validation).toBeNull();

    const theirs = app.newDataValidation().requireTextContains('a').setAllowInvalid(true).setHelpText('Our own rule').build();
    actions.getRange(2, RESPONSIBLE, 5, 1).setDataValidation(theirs);
    clerk.call('menuSetUp');
    expect(clerk.env.handles.workbook.cell(ACTIONS.name, 2, RESPONSIBLE).validation).toMatchObject({ helpText: 'Our own rule' });
  });
});
