/**
 * A damaged layout stops the work, it never guesses — end to end on the bundle: a renamed or
 * deleted column, a renamed or emptied tab, and Set up over cells a user typed. Each test does
 * the damage as a user would and compares the workbook (cells, notes, mail) before and after.
 */
import { ACTIONS, KEY_TAB_NAME, TABS } from '../../src/core/layout';
import { STATUS_KEY } from '../../src/core/status';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { fillBoard } from '../alerts/board';
import { action, officer } from '../alerts/helpers';
import type { WorkbookHandle } from '../emulator/spreadsheet/handle';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

const officers = [officer('Gary Bowman', 'gary@example.org', 2), officer('Janine Brown', 'janine@example.org', 3)];
// Monday 10 March 2025. 10.02.01 was finished on 1 March; the others are overdue.
const actions = [
  action({ ref: '10.02.01', responsible: 'Gary Bowman', dueDate: '2025-02-20', completedDate: '2025-03-01' }, 2),
  action({ ref: '10.02.02', responsible: 'Gary Bowman', dueDate: '2025-03-01' }, 3),
  action({ ref: '10.02.03', responsible: 'Janine Brown', dueDate: '2025-02-25' }, 4),
];
const settings = { 'Secretariat emails': 'sec@example.org', 'Alert hour': '7', 'Alert days ahead': '7', 'Board name': 'Test Board' };
const col = (key: string) => ACTIONS.columns.findIndex((c) => c.key === key) + 1;

function setUp(): LoadedBundle {
  const clerk = loadBundle({ now: '2025-03-10T06:00:00Z', user: 'clerk@example.org' });
  clerk.call('menuSetUp');
  fillBoard(clerk.env.handles.workbook, { actions, officers, settings });
  clerk.call('menuRefreshStatuses');
  return clerk;
}

const trigger = (clerk: LoadedBundle) => loadBundle({ mode: 'trigger', user: 'clerk@example.org', shareWith: clerk });
const ssOf = (b: LoadedBundle): SS =>
  (b.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp.getActiveSpreadsheet();
const lastAlert = (b: LoadedBundle) => b.env.handles.ui.alerts.at(-1)?.prompt ?? '';
const lastToast = (wb: WorkbookHandle) => wb.toasts.at(-1)?.message ?? '';

function editEvent(b: LoadedBundle, sheet: string, row: number, column: number) {
  const ss = ssOf(b);
  return { range: ss.getSheetByName(sheet)!.getRange(row, column), source: ss, authMode: 'LIMITED', user: { getEmail: () => '' }, triggerUid: '' };
}

/** Every tab's values and notes, to compare a whole workbook before and after. */
function everything(wb: WorkbookHandle) {
  return wb.sheetNames().map((name) => ({ name, values: wb.sheet(name).values, notes: wb.sheet(name).notes }));
}

/** The cells whose value changed between two snapshots of one tab, as "A1: before → after". */
function changedCells(before: unknown[][], after: unknown[][]): string[] {
  const out: string[] = [];
  const rows = Math.max(before.length, after.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(before[r]?.length ?? 0, after[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const b = before[r]?.[c] ?? '';
      const a = after[r]?.[c] ?? '';
      if (String(b) !== String(a)) out.push(`${String.fromCharCode(65 + c)}${r + 1}: ${String(b)} → ${String(a)}`);
    }
  }
  return out;
}

describe('a column an operation reads is renamed: nothing is rewritten, no digest, the header is named', () => {
  function renamedCompleted() {
    const clerk = setUp();
    const wb = clerk.env.handles.workbook;
    expect(wb.cell('Actions', 2, col('status')).value).toBe('Completed');
    wb.setCell('Actions', 1, col('completedDate'), 'Done on');
    return { clerk, wb };
  }

  it('Refresh statuses writes nothing and says which header is missing and how to restore it', () => {
    const { clerk, wb } = renamedCompleted();
    const before = everything(wb);
    clerk.env.calls.reset();
    clerk.call('menuRefreshStatuses');
    expect(lastAlert(clerk)).toContain('No status was written: the Actions tab has no header for the column "Completed"');
    expect(lastAlert(clerk)).toContain('Action Log ▸ Set up this sheet');
    expect(everything(wb)).toEqual(before);
    expect(clerk.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    expect(clerk.env.calls.count('SpreadsheetApp.Range.setNotes')).toBe(0);
  });

  it('a hand edit writes nothing, and the toast (never an error bar) names the header', () => {
    const { clerk, wb } = renamedCompleted();
    wb.setCell('Actions', 3, col('dueDate'), '01/04/2025');
    const before = everything(wb);
    clerk.env.calls.reset();
    clerk.call('onEdit', editEvent(clerk, 'Actions', 3, col('dueDate')));
    expect(everything(wb)).toEqual(before);
    expect(clerk.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    expect(clerk.env.calls.count('SpreadsheetApp.Range.setValue')).toBe(0);
    expect(lastToast(wb)).toContain('Status not worked out for this edit: the Actions tab has no header for the column "Completed"');
    expect(lastToast(wb)).toContain('Set up this sheet');
  });

  it('the daily run mails no officer (the finished action is not called overdue), and the summary and log say why', () => {
    const { clerk, wb } = renamedCompleted();
    const before = everything(wb);
    clerk.env.clock.set('2025-03-10T07:00:00Z');
    const run = trigger(clerk);
    run.call('runDailyAlerts');
    const mail = run.env.handles.mail.sent;
    expect(mail.map((m) => m.to)).toEqual(['sec@example.org']);
    const summary = mail[0]!;
    expect(summary.body).toContain('No digest was sent today: the Actions tab has no header for the column "Completed"');
    expect(summary.body).not.toContain('Nobody has an action overdue');
    expect(summary.subject).toContain('no digests');
    expect(run.env.handles.logger.console.map((c) => c.message).join('\n')).toContain('No digest was sent today');
    expect(everything(wb)).toEqual(before);
  });

  it('a renamed Responsible Officer or Ref No also stops the digests (statuses are still refreshed)', () => {
    for (const key of ['responsible', 'ref']) {
      const clerk = setUp();
      const wb = clerk.env.handles.workbook;
      wb.setCell('Actions', 1, col(key), 'Who');
      wb.setCell('Actions', 4, col('completedDate'), '05/03/2025');
      clerk.env.clock.set('2025-03-10T07:00:00Z');
      const run = trigger(clerk);
      run.call('runDailyAlerts');
      expect(run.env.handles.mail.sent.map((m) => m.to)).toEqual(['sec@example.org']);
      const header = ACTIONS.columns.find((c) => c.key === key)!.header;
      expect(run.env.handles.mail.sent[0]!.body).toContain(`the Actions tab has no header for the column "${header}"`);
      expect(wb.cell('Actions', 4, col('status')).value).toBe('Completed');
    }
  });

  it('after Set up restores the header, the run sends the digests again, without the finished action', () => {
    const { clerk, wb } = renamedCompleted();
    clerk.call('menuSetUp');
    expect(wb.cell('Actions', 1, col('completedDate')).value).toBe('Completed');
    clerk.env.clock.set('2025-03-10T07:00:00Z');
    const run = trigger(clerk);
    run.call('runDailyAlerts');
    const gary = run.env.handles.mail.to('gary@example.org');
    expect(gary).toHaveLength(1);
    expect(gary[0]!.body).toContain('10.02.02');
    expect(gary[0]!.body).not.toContain('10.02.01');
  });
});

describe('a renamed tab is found by its header row, reported, and renamed back by Set up', () => {
  function renamedActions() {
    const clerk = setUp();
    const wb = clerk.env.handles.workbook;
    ssOf(clerk).getSheetByName('Actions')!.setName('Actions 2010');
    return { clerk, wb };
  }

  it('Refresh statuses reads and writes the renamed tab and says it was renamed', () => {
    const { clerk, wb } = renamedActions();
    wb.setCell('Actions 2010', 3, col('completedDate'), '05/03/2025');
    clerk.call('menuRefreshStatuses');
    expect(wb.cell('Actions 2010', 3, col('status')).value).toBe('Completed');
    expect(lastAlert(clerk)).toContain('Actions 2010!A1: this tab has the Actions headers, so it was read as the "Actions" tab');
    expect(wb.sheetNames()).not.toContain('Actions');
  });

  it('a hand edit on the renamed tab works out its row', () => {
    const { clerk, wb } = renamedActions();
    wb.setCell('Actions 2010', 3, col('completedDate'), '05/03/2025');
    clerk.call('onEdit', editEvent(clerk, 'Actions 2010', 3, col('completedDate')));
    expect(wb.cell('Actions 2010', 3, col('status')).value).toBe('Completed');
    expect(wb.cell('Actions 2010', 3, col('overdue')).value).toBe('');
  });

  it("a hand edit on a tab of the user's own writes nothing there", () => {
    const { clerk, wb } = renamedActions();
    ssOf(clerk).insertSheet('Notes');
    wb.setValues('Notes', 1, 1, [
      ['Ref No', 'Thoughts'],
      ['10.02.01', 'Ask Gary'],
    ]);
    const before = everything(wb);
    clerk.call('onEdit', editEvent(clerk, 'Notes', 2, 2));
    expect(everything(wb)).toEqual(before);
  });

  it('the daily run sends the digests from it and the summary reports the renaming', () => {
    const { clerk } = renamedActions();
    clerk.env.clock.set('2025-03-10T07:00:00Z');
    const run = trigger(clerk);
    run.call('runDailyAlerts');
    const mail = run.env.handles.mail;
    expect(mail.sent.map((m) => m.to).sort()).toEqual(['gary@example.org', 'janine@example.org', 'sec@example.org']);
    expect(mail.to('sec@example.org')[0]!.body).toContain('Actions 2010!A1: this tab has the Actions headers');
  });

  it('Set up renames it back (no empty twin), reports it, and every cell is as it was', () => {
    const { clerk, wb } = renamedActions();
    const before = wb.sheet('Actions 2010').values;
    const tabs = wb.sheetNames().length;
    clerk.call('menuSetUp');
    expect(wb.sheetNames()).toContain('Actions');
    expect(wb.sheetNames()).not.toContain('Actions 2010');
    expect(wb.sheetNames()).toHaveLength(tabs);
    expect(wb.sheet('Actions').values).toEqual(before);
    expect(lastAlert(clerk)).toContain('Repaired the tab "Actions 2010" renamed back to "Actions"');
  });

  it('two tabs with the Actions headers: Set up changes nothing and asks which one is meant', () => {
    const { clerk, wb } = renamedActions();
    ssOf(clerk).insertSheet('Copy of Actions');
    wb.setValues('Copy of Actions', 1, 1, [ACTIONS.columns.map((c) => c.header)]);
    const before = everything(wb);
    clerk.call('menuSetUp');
    expect(everything(wb)).toEqual(before);
    expect(lastAlert(clerk)).toContain('Nothing was changed');
    expect(lastAlert(clerk)).toContain('"Actions 2010" and "Copy of Actions" all have its headers');
  });
});

describe('an Actions tab with no actions is never "nobody has an action overdue"', () => {
  it('emptied: no digest, and the summary asks whether it was emptied or renamed', () => {
    const clerk = setUp();
    const sheet = ssOf(clerk).getSheetByName('Actions')!;
    sheet.getRange(2, 1, 3, ACTIONS.columns.length).clearContent();
    clerk.env.clock.set('2025-03-10T07:00:00Z');
    const run = trigger(clerk);
    run.call('runDailyAlerts');
    const mail = run.env.handles.mail.sent;
    expect(mail.map((m) => m.to)).toEqual(['sec@example.org']);
    expect(mail[0]!.body).toContain('the Actions tab has no actions. Was it emptied or renamed?');
    expect(mail[0]!.body).not.toContain('Nobody has an action overdue');
  });

  it('renamed and its headers changed too (not recognisable): no digest, the same question, and the tab is reported missing', () => {
    const clerk = setUp();
    const wb = clerk.env.handles.workbook;
    const sheet = ssOf(clerk).getSheetByName('Actions')!;
    sheet.setName('Old log');
    sheet.getRange(1, 1, 1, ACTIONS.columns.length).setValues([ACTIONS.columns.map((_, i) => `Column ${i + 1}`)]);
    clerk.env.clock.set('2025-03-10T07:00:00Z');
    const run = trigger(clerk);
    run.call('runDailyAlerts');
    const mail = run.env.handles.mail.sent;
    expect(mail.map((m) => m.to)).toEqual(['sec@example.org']);
    expect(mail[0]!.body).toContain('Was it emptied or renamed?');
    expect(mail[0]!.body).toContain('the "Actions" tab is missing');
    expect(wb.sheetNames()).not.toContain('Actions');
  });
});

describe('Set up never writes into a cell a user typed', () => {
  it("user text where Set up writes (beside the table, the old key's place, the key tab, below the settings): every cell is kept", () => {
    const clerk = setUp();
    const wb = clerk.env.handles.workbook;
    const ss = ssOf(clerk);
    // Beside the table: a column of notes with no header, the old key's place (two after the
    // last column), and a header of the user's own with its note.
    wb.setValues('Actions', 3, 15, [['see email']]);
    wb.setValues('Actions', 1, 16, [['Status key'], ['my first'], ['my second'], ['Not yet due'], [''], [''], ['']]);
    wb.setValues('Actions', 1, 17, [['Notes']]);
    ss.getSheetByName('Actions')!.getRange(1, 17).setNote('Our own column');
    // The key's tab holds a user's text where a label goes.
    wb.setCell(KEY_TAB_NAME, 3, 1, 'Budget figures');
    // Settings: a row deleted (Set up adds it again) and a user's note far below.
    const settingsSheet = ss.getSheetByName('Settings')!;
    const labels = wb.sheet('Settings').values.map((r) => r[0]);
    settingsSheet.deleteRow(labels.indexOf('Alert hour') + 1);
    wb.setCell('Settings', 30, 1, 'Checked by the chair 01/03/2025');
    wb.setCell('Settings', 2, 4, 'Ask IT about the folder');
    // A deleted column: Item goes, so the columns after it move left.
    ss.getSheetByName('Actions')!.deleteColumn(col('agendaItem'));
    const before = everything(wb);

    clerk.call('menuSetUp');
    const after = everything(wb);
    expect(after.map((t) => t.name)).toEqual(before.map((t) => t.name));
    const changes = Object.fromEntries(after.map((t, i) => [t.name, changedCells(before[i]!.values, t.values)]));
    // Item is added after every used column (Q, the user's Notes, is the last), not over the
    // user's unheaded column N or the old key's place O.
    expect(changes.Actions).toEqual(['Q1:  → Item']);
    expect(changes.Settings).toEqual(['A31:  → Alert hour', 'B31:  → 7', expect.stringMatching(/^C31: {2}→ /)]);
    expect(changes[KEY_TAB_NAME]).toEqual([]);
    for (const name of ['Meetings', 'Forward Plan', 'Officers']) expect(changes[name]).toEqual([]);
    const actionsNotes = wb.sheet('Actions').notes;
    expect(actionsNotes[0]![15]).toBe('Our own column');
    const prompt = lastAlert(clerk);
    expect(prompt).toContain(`${KEY_TAB_NAME}!A3: "Budget figures" was typed where the status key goes`);
    // Only a "Status key" header with none of the labels under it: not the old key, so left alone.
    expect(prompt).not.toContain('old status key');
    expect(prompt).toContain('missing column "Item" added');
  });

  it('an old sheet: the key beside the table goes where its cells are as Set up wrote them; an edited cell stays and is reported', () => {
    const clerk = setUp();
    const wb = clerk.env.handles.workbook;
    const ss = ssOf(clerk);
    ss.deleteSheet(ss.getSheetByName(KEY_TAB_NAME)!);
    const old = ['Status key', ...STATUS_KEY.map((e) => e.label), 'Overdue: date for report in red'];
    const keyCol = ACTIONS.columns.length + 2;
    const range = ss.getSheetByName('Actions')!.getRange(1, keyCol, old.length, 1);
    range.setValues(old.map((v) => [v]));
    range.setBackgrounds([['#e8eaed'], ...STATUS_KEY.map((e) => [e.background]), ['#ea9999']]);
    wb.setCell('Actions', 4, keyCol, 'Chased by phone');
    const data = wb
      .sheet('Actions')
      .values.slice(0, actions.length + 1)
      .map((r) => r.slice(0, ACTIONS.columns.length));

    clerk.call('menuSetUp');
    const column = old.map((_, i) => wb.cell('Actions', i + 1, keyCol).value);
    expect(column).toEqual(['', '', '', 'Chased by phone', '', '', '']);
    expect(wb.cell('Actions', 2, keyCol).background).not.toBe(STATUS_KEY[0]!.background);
    expect(
      wb
        .sheet('Actions')
        .values.slice(0, actions.length + 1)
        .map((r) => r.slice(0, ACTIONS.columns.length)),
    ).toEqual(data);
    expect(lastAlert(clerk)).toContain('Actions!P4: "Chased by phone" is where the old status key was');
    expect(lastAlert(clerk)).toContain('the old status key beside the table removed (6 cells)');
    // The key is on its own tab, protected with a warning, and in the Status header's note.
    expect(wb.sheet(KEY_TAB_NAME).values.map((r) => r[0])).toEqual([...old, '', 'Recommendations only', 'Not accepted – closed', 'Response overdue']);
    expect(wb.cell(KEY_TAB_NAME, old.length + 3, 1).background).toBe('#d9d9d9');
    expect(wb.sheet(KEY_TAB_NAME).protections).toEqual([expect.objectContaining({ type: 'SHEET', warningOnly: true })]);
    for (const e of STATUS_KEY) expect(wb.cell('Actions', 1, col('status')).note).toContain(e.label);
    expect(wb.sheetNames()).toEqual(expect.arrayContaining(TABS.map((t) => t.name)));
  });
});
