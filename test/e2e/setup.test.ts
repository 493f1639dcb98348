/**
 * Set up and status refresh, end to end: the built bundle in a fresh vm context with the
 * emulator as its globals, driven through the menu as a user would.
 */
import { ACTIONS, TABS } from '../../src/core/layout';
import { STATUS_KEY } from '../../src/core/status';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { loadSampleBoard } from '../fixtures/load-sample';
import { SAMPLE_TODAY } from '../fixtures/sample-board';
import type { WorkbookHandle } from '../emulator/spreadsheet/handle';

const NOW = `${SAMPLE_TODAY}T09:00:00Z`;
/** A column of Actions as set up (1-based), and its letter. */
const C = (key: string) => ACTIONS.columns.findIndex((c) => c.key === key) + 1;
const L = (key: string) => String.fromCharCode(64 + C(key));
const userPart = (r: unknown[]) => ACTIONS.columns.flatMap((c, i) => (c.owned && c.key !== 'ref' ? [] : [r[i]]));

function fresh(): { bundle: LoadedBundle; workbook: WorkbookHandle } {
  const bundle = loadBundle({ now: NOW });
  return { bundle, workbook: bundle.env.handles.workbook };
}

/** Everything Set up may touch, for comparing one run with two. */
function state(workbook: WorkbookHandle) {
  return workbook.sheetNames().map((name) => {
    const s = workbook.sheet(name);
    return {
      name,
      values: s.values,
      notes: s.notes,
      frozenRows: s.frozenRows,
      columnWidths: s.columnWidths,
      numberFormats: s.numberFormats,
      validations: s.validations,
      conditionalFormats: s.conditionalFormats,
      protections: s.protections,
      backgrounds: s.backgrounds,
      bold: s.bold,
    };
  });
}

function rowOf(workbook: WorkbookHandle, ref: string): number {
  const values = workbook.sheet('Actions').values;
  const i = values.findIndex((r) => r[0] === ref);
  if (i < 0) throw new Error(`no row ${ref}`);
  return i + 1;
}

function lastAlert(bundle: LoadedBundle): string {
  const alerts = bundle.env.handles.ui.alerts;
  return alerts[alerts.length - 1]?.prompt ?? '';
}

describe('Set up this sheet', () => {
  it('adds the Action Log menu, and every item names a function of the bundle', () => {
    const { bundle } = fresh();
    bundle.call('onOpen');
    const items = bundle.env.handles.ui.menuFunctions('Action Log');
    expect(items).toContain('menuSetUp');
    const functions = bundle.topLevelFunctions();
    for (const name of items) expect(functions).toContain(name);
  });

  it('greets a spreadsheet that is not set up yet with what to do, and says nothing once it is', () => {
    const { bundle, workbook } = fresh();
    bundle.call('onOpen');
    expect(workbook.toasts.map((t) => t.message)).toEqual(['Choose Action Log ▸ Set up this sheet to turn this spreadsheet into an action log.']);
    bundle.call('menuSetUp');
    const before = workbook.toasts.length;
    bundle.call('onOpen');
    expect(workbook.toasts.length).toBe(before);
  });

  it('says in the menu whether alerts are on, and who installed them', () => {
    const { bundle } = fresh();
    bundle.call('menuSetUp');
    const installCaption = () => {
      const menus = bundle.env.handles.ui.menus;
      const entries = menus[menus.length - 1]!.entries;
      const item = entries.find((e) => e.kind === 'item' && e.functionName === 'menuInstallAlerts');
      return item && item.kind === 'item' ? item.caption : '';
    };
    bundle.call('onOpen');
    expect(installCaption()).toBe('Install alerts… (Alerts are off)');
    bundle.call('menuInstallAlerts');
    bundle.call('onOpen');
    expect(installCaption()).toBe('Reinstall alerts… (Alerts are on: daily at 07:00, by clerk@example.org)');
    bundle.call('menuRemoveAlerts');
    bundle.call('onOpen');
    expect(installCaption()).toBe('Install alerts… (Alerts are off)');
  });

  it('creates the tabs with headers, validations and rules, and a second run changes nothing', () => {
    const { bundle, workbook } = fresh();
    bundle.call('onOpen');
    bundle.call('menuSetUp');
    const once = state(workbook);
    expect(workbook.sheetNames()).toEqual(expect.arrayContaining(TABS.map((t) => t.name)));
    const actions = workbook.sheet('Actions');
    expect(actions.values[0]!.slice(0, ACTIONS.columns.length)).toEqual(ACTIONS.columns.map((c) => c.header));
    expect(actions.frozenRows).toBe(1);
    expect(actions.conditionalFormats).toHaveLength(STATUS_KEY.length + 1);
    // The data region is the header row alone now that the key is on its own tab: read the cell.
    expect(workbook.cell('Actions', 2, C('meetingDate')).validation).toMatchObject({ criteria: 'DATE_IS_VALID_DATE', allowInvalid: true });
    expect(actions.protections.map((p) => p.range)).toEqual(['A2:A1000', 'D2:D1000', 'E2:E1000', 'F2:F1000']);
    expect(actions.frozenColumns).toBe(3); // Ref No, Item and Subject stay in view
    expect(actions.protections.every((p) => p.warningOnly)).toBe(true);
    expect(workbook.sheet('Settings').values.map((r) => r[0])).toContain('Alert hour');

    bundle.call('menuSetUp');
    expect(state(workbook)).toEqual(once);
  });

  it('colours each row by its status as Sheets would, and flags overdue dates', () => {
    const { bundle, workbook } = fresh();
    bundle.call('menuSetUp');
    loadSampleBoard(workbook);
    bundle.call('menuRefreshStatuses');
    const status = (ref: string) => workbook.cell('Actions', rowOf(workbook, ref), C('status')).value;
    expect(status('18.06.01')).toBe('Decisions');
    expect(status('18.06.02')).toBe('Actions outstanding – date for report agreed');
    expect(status('18.06.03')).toBe('Completed');
    expect(status('18.06.05')).toBe('Actions outstanding – no dates confirmed');
    expect(status('17.09.03')).toBe('Not yet due');
    expect(status('17.09.05')).toBe('Actions outstanding – no dates confirmed');
    expect(workbook.cell('Actions', rowOf(workbook, '17.09.05'), C('overdue')).value).toBe('Yes');
    for (const entry of STATUS_KEY) {
      const values = workbook.sheet('Actions').values;
      const row = values.findIndex((r) => r[C('status') - 1] === entry.label) + 1;
      expect(row).toBeGreaterThan(1);
      expect(workbook.effectiveFormat('Actions', row, 5).background).toBe(entry.background);
    }
    const overdueRow = rowOf(workbook, '17.09.05');
    expect(workbook.effectiveFormat('Actions', overdueRow, C('dueDate'))).toMatchObject({ fontColor: '#cc0000', bold: true });
    expect(workbook.effectiveFormat('Actions', rowOf(workbook, '17.09.03'), C('dueDate')).bold).toBe(false);
  });
});

describe('the Forward Plan follows the actions it is linked to', () => {
  it('a date for report changed by hand, or an action completed, shows on the Forward Plan at the next refresh', () => {
    const { bundle, workbook } = fresh();
    bundle.call('menuSetUp');
    loadSampleBoard(workbook);
    const plan = () => workbook.sheet('Forward Plan').values;
    const planRow = (ref: string) => plan().findIndex((r) => r[6] === ref) + 1;
    workbook.setCell('Actions', rowOf(workbook, '17.09.04'), C('dueDate'), '28/01/2027');
    workbook.setCell('Actions', rowOf(workbook, '18.06.02'), C('completedDate'), '20/11/2026');
    const untouched = plan()[planRow('17.09.03') - 1];
    bundle.call('menuRefreshStatuses');
    expect(workbook.cell('Forward Plan', planRow('17.09.04'), 5).display).toBe('28/01/2027');
    expect(workbook.cell('Forward Plan', planRow('18.06.02'), 8).value).toBe(true);
    expect(plan()[planRow('17.09.03') - 1]).toEqual(untouched);
    expect(workbook.toasts[workbook.toasts.length - 1]!.message).toContain('Forward Plan entries brought into line with their actions: 2');
    const before = [workbook.sheet('Actions').values, plan()].map((v) => JSON.stringify(v));
    bundle.env.calls.reset();
    bundle.call('menuRefreshStatuses');
    // nothing more to bring into line, and no status changed: nothing is written, nothing changes
    expect(bundle.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    expect(bundle.env.calls.count('SpreadsheetApp.Range.setNotes')).toBe(0);
    expect([workbook.sheet('Actions').values, plan()].map((v) => JSON.stringify(v))).toEqual(before);
  });
});

describe('bad input is reported with its cell, and nothing is lost', () => {
  function setUpWithSample() {
    const env = fresh();
    env.bundle.call('menuSetUp');
    loadSampleBoard(env.workbook);
    return env;
  }

  it('a text in a date cell', () => {
    const { bundle, workbook } = setUpWithSample();
    const row = rowOf(workbook, '17.09.04');
    workbook.setCell('Actions', row, C('dueDate'), 'next month');
    bundle.call('menuRefreshStatuses');
    expect(lastAlert(bundle)).toContain(`Actions!${L('dueDate')}${row}: Date for Report "next month" is not a date`);
    expect(workbook.cell('Actions', row, C('dueDate')).value).toBe('next month');
    expect(workbook.cell('Actions', row, C('status')).note).toContain('"next month" is not a date');
  });

  it('a pasted formula: its result is read like a typed value, an error is reported, the formula stays', () => {
    const { bundle, workbook } = setUpWithSample();
    const row = rowOf(workbook, '17.09.03');
    workbook.setCell('Actions', row, C('dueDate'), '=VLOOKUP(A2,Meetings!A:A,1,FALSE)');
    bundle.call('menuRefreshStatuses');
    const cell = workbook.cell('Actions', row, C('dueDate'));
    expect(cell.formula).toBe('=VLOOKUP(A2,Meetings!A:A,1,FALSE)');
    expect(lastAlert(bundle)).toContain(`Actions!${L('dueDate')}${row}: Date for Report "${String(cell.value)}" is not a date`);
    expect(workbook.cell('Actions', row, C('status')).value).toBe('Actions outstanding – no dates confirmed');
  });

  it('a deleted header: the statuses are not written, the user is told where, set-up restores it', () => {
    const { bundle, workbook } = setUpWithSample();
    workbook.setCell('Actions', 1, C('status'), '');
    const before = workbook.sheet('Actions').values;
    bundle.call('menuRefreshStatuses');
    expect(lastAlert(bundle)).toContain('No status was written: the Actions tab has no header for the column "Status"');
    expect(lastAlert(bundle)).toContain('Set up this sheet');
    expect(workbook.sheet('Actions').values).toEqual(before);
    bundle.call('menuSetUp');
    expect(workbook.cell('Actions', 1, C('status')).value).toBe('Status');
    expect(workbook.sheet('Actions').values.slice(1).map(userPart)).toEqual(before.slice(1).map(userPart));
  });

  it('a renamed header is found by name and restored in place', () => {
    const { bundle, workbook } = setUpWithSample();
    workbook.setCell('Actions', 1, C('text'), 'Actions text');
    bundle.call('menuRefreshStatuses');
    expect(lastAlert(bundle)).toContain(`Actions!${L('text')}1`);
    expect(lastAlert(bundle)).toContain('"Actions text"');
    bundle.call('menuSetUp');
    expect(workbook.cell('Actions', 1, C('text')).value).toBe('Matters Arising/Actions');
    expect(lastAlert(bundle)).toContain('restored to "Matters Arising/Actions"');
  });

  it('a row with no reference', () => {
    const { bundle, workbook } = setUpWithSample();
    const last = workbook.sheet('Actions').lastRow;
    workbook.setValues('Actions', last + 1, 2, [['Item 9', 'Late item']]);
    workbook.setValues('Actions', last + 1, C('meetingDate'), [['17/09/2026', 'Typed straight into the sheet']]);
    bundle.call('menuRefreshStatuses');
    expect(lastAlert(bundle)).toContain(`Actions!A${last + 1}: this row has no Ref No`);
    expect(workbook.cell('Actions', last + 1, C('text')).value).toBe('Typed straight into the sheet');
  });

  it('a hand-typed status is reported and kept in the note', () => {
    const { bundle, workbook } = setUpWithSample();
    const row = rowOf(workbook, '18.06.05');
    workbook.setCell('Actions', row, C('status'), 'Done - see email');
    bundle.call('menuRefreshStatuses');
    expect(lastAlert(bundle)).toContain(`Actions!${L('status')}${row}: the status "Done - see email" was typed by hand`);
    expect(workbook.cell('Actions', row, C('status')).note).toContain('Typed here before: Done - see email');
  });

  it('a deleted tab is reported and set-up recreates it without touching the others', () => {
    const { bundle, workbook } = setUpWithSample();
    bundle.call('menuSetUp');
    const actions = workbook.sheet('Actions').values;
    const ss = bundle.context.SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName('Actions'));
    bundle.call('menuRefreshStatuses');
    expect(lastAlert(bundle)).toContain('the "Actions" tab is missing');
    bundle.call('menuSetUp');
    const recreated = workbook.sheet('Actions').values;
    expect(recreated[0]!.slice(0, ACTIONS.columns.length)).toEqual(ACTIONS.columns.map((c) => c.header));
    expect(recreated.slice(1).every((r) => r.slice(0, ACTIONS.columns.length).every((v) => v === ''))).toBe(true);
    expect(workbook.sheet('Officers').lastRow).toBeGreaterThan(1);
    expect(actions.length).toBeGreaterThan(1);
  });
});

describe('Set up on a grown sheet', () => {
  it('re-protects the owned columns to the new last row and keeps one protection each', () => {
    const bundle = loadBundle({ now: NOW });
    bundle.call('menuSetUp');
    const sheet = bundle.context.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Actions');
    sheet.insertRowsAfter(sheet.getMaxRows(), 500);
    bundle.call('menuSetUp');
    expect(lastAlert(bundle)).not.toContain('went wrong');
    const ranges = bundle.env.handles.workbook.sheet('Actions').protections.map((p) => p.range);
    expect(ranges).toEqual(['A2:A1500', 'D2:D1500', 'E2:E1500', 'F2:F1500']);
    const actions = bundle.env.handles.workbook.sheet('Actions');
    expect(actions.conditionalFormats.every((r) => r.ranges.every((a) => a.endsWith('1500')))).toBe(true);
    expect(bundle.env.handles.workbook.cell('Actions', 1500, C('dueDate')).validation).toMatchObject({ criteria: 'DATE_IS_VALID_DATE' });
  });
});
