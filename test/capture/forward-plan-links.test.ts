/**
 * Forward Plan entries linked to actions, on the built bundle: an entry whose action is gone
 * says so and is never re-attached to a new action with the same reference; the sync (Refresh
 * and the update dialog) writes only the cells that change, so formulas and literal text in
 * any other cell survive.
 */
import { paperThroughMenu } from '../papers/menu-board';
import type { SaveResult } from '../../src/core/capture/schemas';
import type { SavedActions, SavedUpdate } from '../../src/core/capture/dialog-data';
import type { LoadedBundle } from '../harness/bundle';
import { ACTIONS, FORWARD_PLAN, actionRow, col, entry, recordInput, refs, rows, setUpBook } from './helpers';

const FP = FORWARD_PLAN.name;
const G = col(FORWARD_PLAN, 'linkedRef');
const DUE = col(FORWARD_PLAN, 'dueDate');
const DONE = col(FORWARD_PLAN, 'done');

/** Three actions reported back on 18/03/2010: Forward Plan rows 2–4 linked to 28.01.01–03. */
function linkedBook(): LoadedBundle {
  const book = setUpBook();
  const r = book.call<SaveResult<SavedActions>>(
    'captureSaveActions',
    recordInput([1, 2, 3].map((n) => entry({ text: `Report ${n}`, dueDate: '18/03/2010', reportBack: true }))),
  );
  expect(r).toMatchObject({ ok: true, value: { refs: ['28.01.01', '28.01.02', '28.01.03'], forwardPlan: 3 } });
  book.env.calls.reset();
  return book;
}

function sheet(book: LoadedBundle, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  return (book.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName(name)!;
}

function lastAlert(book: LoadedBundle): string {
  return book.env.handles.ui.alerts.at(-1)?.prompt ?? '';
}

const values = (book: LoadedBundle) => book.env.handles.workbook.sheet(FP).values;

describe('a Forward Plan entry whose action is gone', () => {
  it('says so in its note and in Refresh, and is never re-attached to a new action with that reference', () => {
    const book = linkedBook();
    const wb = book.env.handles.workbook;
    sheet(book, ACTIONS.name).deleteRow(4); // 28.01.03
    const before = values(book);
    book.call('menuRefreshStatuses');
    expect(lastAlert(book)).toContain(`Forward Plan!G4: linked action 28.01.03 no longer exists`);
    expect(wb.cell(FP, 4, G).note).toContain('linked action 28.01.03 no longer exists');
    expect(values(book)).toEqual(before); // the entry itself is kept as it was
    expect(wb.cell(FP, 2, G).note).toBe('');

    // Someone types an action with the same reference by hand, completed and deferred.
    wb.setValues(ACTIONS.name, 4, 1, [
      actionRow(['28.01.03', '4', 'Other', '28/01/2010', 'A different action', '', false, '18/03/2010', '29/04/2010', '', '20/01/2010']),
    ]);
    book.call('menuRefreshStatuses');
    expect(values(book)[3]).toEqual(before[3]);
    expect(wb.cell(FP, 4, DUE).display).toBe('18/03/2010');
    expect(wb.cell(FP, 4, DONE).value).toBe(false);
    expect(lastAlert(book)).toContain('Forward Plan!G4: linked action 28.01.03 no longer exists');

    // The update dialog on that new action leaves the detached entry alone too.
    const r = book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', {
      row: 4,
      ref: '28.01.03',
      note: '',
      dueDate: '27/05/2010',
      complete: false,
      completedDate: '',
    });
    expect(r).toMatchObject({ ok: true, value: { linkedUpdated: 0 } });
    expect(values(book)[3]).toEqual(before[3]);
  });

  it('the action log paper keeps it as written, not following a new action typed with that reference', () => {
    const book = linkedBook();
    const wb = book.env.handles.workbook;
    sheet(book, ACTIONS.name).deleteRow(4); // 28.01.03
    book.call('menuRefreshStatuses');
    wb.setValues(ACTIONS.name, 4, 1, [actionRow(['28.01.03', '4', 'Other', '28/01/2010', 'A different action', '', false, '29/04/2010', '29/04/2010'])]);
    const planText = () => {
      const { docId } = paperThroughMenu(book, 'actionLog', '2010-01-28');
      const doc = (book.env.handles.docs as import('../emulator/docs').DocsHandle).document(docId);
      const table = doc.body.children.find((c) => c.type === 'TABLE' && c.rows[0]?.cells[0]?.paragraphs[0]?.text === 'Source');
      if (!table || table.type !== 'TABLE') throw new Error('no forward plan table');
      return table.rows.slice(1).map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text).join(' ')).join(' | '));
    };
    const lines = planText();
    expect(lines.filter((l) => l.includes('Report 3'))).toEqual([expect.stringContaining('To be received 18th March 2010')]);
    expect(lines.filter((l) => l.includes('Report 1'))).toEqual([expect.stringContaining('To be received 18th March 2010')]);
    // An entry still linked follows its action in the paper as before.
    wb.setCell(ACTIONS.name, 2, col(ACTIONS, 'dueDate'), '29/04/2010');
    expect(planText().filter((l) => l.includes('Report 1'))).toEqual([expect.stringContaining('To be received 29th April 2010')]);
  });

  it('a save never gives the deleted action’s reference again, so nothing new links to the old entry', () => {
    const book = linkedBook();
    sheet(book, ACTIONS.name).deleteRow(4);
    book.call('menuRefreshStatuses');
    const r = book.call<SaveResult<SavedActions>>('captureSaveActions', recordInput([entry({ text: 'New', dueDate: '29/04/2010' })]));
    expect(r).toMatchObject({ ok: true, value: { refs: ['28.01.04'] } });
    expect(refs(book)).toEqual(['28.01.01', '28.01.02', '28.01.04']);
    book.call('menuRefreshStatuses');
    expect(book.env.handles.workbook.cell(FP, 4, DUE).display).toBe('18/03/2010');
  });

  it('linked again by typing another action’s Ref No: our note comes off (the user’s own note stays) and it follows that action', () => {
    const book = linkedBook();
    const wb = book.env.handles.workbook;
    sheet(book, FP).getRange(4, G).setNote('Asked for by the chair');
    sheet(book, ACTIONS.name).deleteRow(4);
    book.call('menuRefreshStatuses');
    expect(wb.cell(FP, 4, G).note).toMatch(/^Action Log: linked action 28\.01\.03 no longer exists[^]*\n\nAsked for by the chair$/);
    wb.setCell(FP, 4, G, '28.01.02');
    wb.setCell(ACTIONS.name, 3, col(ACTIONS, 'dueDate'), '29/04/2010');
    const alerts = book.env.handles.ui.alerts.length;
    book.call('menuRefreshStatuses');
    expect(wb.cell(FP, 4, G).value).toBe('28.01.02'); // typed by hand, kept a reference (not read as a date)
    expect(wb.cell(FP, 4, G).note).toBe('Asked for by the chair');
    expect(wb.cell(FP, 4, DUE).display).toBe('29/04/2010');
    expect(
      book.env.handles.ui.alerts
        .slice(alerts)
        .map((a) => a.prompt)
        .join('\n'),
    ).not.toContain('no longer exists');
  });

  it('a second refresh writes nothing more (the note is written once)', () => {
    const book = linkedBook();
    sheet(book, ACTIONS.name).deleteRow(4);
    book.call('menuRefreshStatuses');
    book.env.calls.reset();
    book.call('menuRefreshStatuses');
    // the detached note is not written again, and no status or note changed: nothing is written
    expect(book.env.calls.count('SpreadsheetApp.Range.setNotes')).toBe(0);
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
  });
});

describe('the Forward Plan sync writes only the cells that change', () => {
  function withFormulaAndText() {
    const book = linkedBook();
    const wb = book.env.handles.workbook;
    // An unlinked entry below, its due date a formula; a literal text in a linked entry's Item.
    wb.setValues(FP, 5, 1, [['Board', '28/01/2010', 'Annual review', 'Janine Brown', '=B5+91', '', '', false]]);
    wb.setValues(FP, 6, 1, [['Board', '28/01/2010', 'Web page', 'Janine Brown', `'=HYPERLINK("http://evil.example","click")`, 'When ready', '', false]]);
    wb.setCell(FP, 3, col(FORWARD_PLAN, 'item'), `'=HYPERLINK("http://evil.example","click")`);
    wb.setCell(FP, 2, col(FORWARD_PLAN, 'source'), '=UPPER("board")');
    return book;
  }

  function expectSurvivors(book: LoadedBundle) {
    const wb = book.env.handles.workbook;
    expect(wb.cell(FP, 5, DUE).formula).toBe('=B5+91');
    const literal = wb.cell(FP, 6, DUE);
    expect({ formula: literal.formula, value: literal.value }).toEqual({ formula: '', value: '=HYPERLINK("http://evil.example","click")' });
    expect(wb.cell(FP, 2, col(FORWARD_PLAN, 'source')).formula).toBe('=UPPER("board")');
    const text = wb.cell(FP, 3, col(FORWARD_PLAN, 'item'));
    expect({ formula: text.formula, value: text.value }).toEqual({ formula: '', value: '=HYPERLINK("http://evil.example","click")' });
  }

  it('Refresh: a formula or a literal text in any other cell survives', () => {
    const book = withFormulaAndText();
    const wb = book.env.handles.workbook;
    wb.setCell(ACTIONS.name, 2, col(ACTIONS, 'dueDate'), '29/04/2010');
    wb.setCell(ACTIONS.name, 3, col(ACTIONS, 'completedDate'), '28/01/2010');
    const before = values(book);
    book.env.calls.reset();
    book.call('menuRefreshStatuses');
    expect(wb.cell(FP, 2, DUE).display).toBe('29/04/2010');
    expect(wb.cell(FP, 3, DONE).value).toBe(true);
    expectSurvivors(book);
    const after = values(book);
    const changed = after.flatMap((r, i) => r.flatMap((v, j) => (String(v) !== String(before[i]![j]) ? [`${i + 1}:${j + 1}`] : [])));
    expect(changed).toEqual([`2:${DUE}`, `3:${DONE}`]);
    // The Status block, then one call per changed Forward Plan cell (they are not neighbours).
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(3);
  });

  it('neighbouring changed cells go in one call, however many', () => {
    const book = setUpBook();
    book.call('captureSaveActions', recordInput(Array.from({ length: 40 }, (_, i) => entry({ text: `R${i}`, dueDate: '18/03/2010', reportBack: true }))));
    const wb = book.env.handles.workbook;
    wb.setValues(
      ACTIONS.name,
      2,
      col(ACTIONS, 'dueDate'),
      Array.from({ length: 40 }, () => ['29/04/2010']),
    );
    book.env.calls.reset();
    book.call('menuRefreshStatuses');
    expect(rows(book, FORWARD_PLAN).every((r) => (r.dueDate as Date).getDate() === 29)).toBe(true);
    // one Due Meeting run (the statuses stay "Not yet due": the Status cells are not rewritten)
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(1);
  });

  it('the update dialog: the same, for its one action', () => {
    const book = withFormulaAndText();
    const wb = book.env.handles.workbook;
    const r = book.call<SaveResult<SavedUpdate>>('captureSaveUpdate', {
      row: 3,
      ref: '28.01.02',
      note: '',
      dueDate: '29/04/2010',
      complete: true,
      completedDate: '',
    });
    expect(r).toMatchObject({ ok: true, value: { linkedUpdated: 1 } });
    expect(wb.cell(FP, 3, DUE).display).toBe('29/04/2010');
    expect(wb.cell(FP, 3, DONE).value).toBe(true);
    expect(wb.cell(FP, 2, DUE).display).toBe('18/03/2010');
    expectSurvivors(book);
  });
});
