/**
 * The Recommendations tab end to end on the built bundle: Set up makes and repairs it, a review
 * of a dozen recommendations typed in gets its statuses over a fake clock, with the actions' key
 * and colours, "Not accepted – closed" and "Response overdue".
 */
import { MEETINGS, RECOMMENDATIONS } from '../../src/core/layout';
import { STATUS_KEY } from '../../src/core/status';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { grid, RC, ROWS } from './board';

function setUp(now: string): LoadedBundle {
  const bundle = loadBundle({ now });
  bundle.call('menuSetUp');
  return bundle;
}

function statuses(bundle: LoadedBundle): [string, string, string][] {
  const values = bundle.env.handles.workbook.sheet(RECOMMENDATIONS.name).values;
  return values.slice(1, ROWS.length + 1).map((r) => [String(r[RC('number') - 1]), String(r[RC('status') - 1]), String(r[RC('overdue') - 1])]);
}

describe('the Recommendations tab', () => {
  it('is made by Set up with its headers, text columns, the Accepted list, the status colours and warnings', () => {
    const bundle = setUp('2010-09-01T09:00:00Z');
    const wb = bundle.env.handles.workbook;
    expect(wb.sheetNames()).toContain(RECOMMENDATIONS.name);
    const sheet = wb.sheet(RECOMMENDATIONS.name);
    expect(sheet.values[0]).toEqual(RECOMMENDATIONS.columns.map((c) => c.header));
    const rules = sheet.conditionalFormats.map((r) => String(r.values[0]));
    expect(rules).toEqual(
      expect.arrayContaining([...STATUS_KEY.map((e) => `=$F2="${e.label}"`), '=$F2="Not accepted – closed"', '=$F2="Response overdue"', '=$G2="Yes"']),
    );
    expect(sheet.protections.map((p) => p.description)).toEqual(
      expect.arrayContaining([
        'Action Log: Recommendations Status is filled in by the script',
        'Action Log: Recommendations Overdue is filled in by the script',
      ]),
    );
    const accepted = wb.cell(RECOMMENDATIONS.name, 50, RC('accepted')).validation;
    expect(accepted).toMatchObject({ criteria: 'VALUE_IN_LIST', values: [['Yes', 'No', 'In part'], true], allowInvalid: true });
    for (const key of ['number', 'deadline']) expect(wb.cell(RECOMMENDATIONS.name, 50, RC(key)).numberFormat).toBe('@');
    expect(wb.cell(RECOMMENDATIONS.name, 50, RC('dateReported')).numberFormat).toBe('dd/mm/yyyy');
    expect(sheet.notes[0]![RC('status') - 1]).toContain('Response overdue');
  });

  it('a dozen recommendations: statuses as at two dates, closed when not accepted, response overdue, spans and months as deadlines', () => {
    const bundle = setUp('2010-09-01T09:00:00Z');
    const wb = bundle.env.handles.workbook;
    wb.setValues(RECOMMENDATIONS.name, 2, 1, grid());
    const typed = wb.sheet(RECOMMENDATIONS.name).values.map((r) => r.filter((_, i) => i !== RC('status') - 1 && i !== RC('overdue') - 1));
    bundle.call('menuRefreshStatuses');
    // The deadlines stay as written, the numbers as the review numbers them.
    const after = wb.sheet(RECOMMENDATIONS.name).values;
    expect(after[1]![RC('number') - 1]).toBe('01');
    expect(after[4]![RC('deadline') - 1]).toBe('April to June 2011');
    expect(after[2]![RC('deadline') - 1]).toBe('March 2011');
    const sept = statuses(bundle);
    expect(sept).toEqual([
      ['01', 'Not yet due', ''],
      ['02', 'Not yet due', ''],
      ['03', 'Not accepted – closed', ''],
      ['04', 'Not yet due', ''],
      ['05', 'Not yet due', ''],
      ['06', 'Not yet due', ''],
      ['07', 'Not yet due', ''],
      ['08', 'Not yet due', ''],
      ['09', 'Not yet due', ''],
      ['10', 'Not yet due', ''],
      ['11', 'Actions outstanding – no dates confirmed', ''],
      ['12', 'Not yet due', ''],
      // Reported 01/07/2010, no response by 01/09/2010 (two months on the day: not yet overdue).
      ['1', 'Not yet due', ''],
      ['2', 'Not yet due', ''],
    ]);
    // Four months later: December 2010 (its last day) passed, October completed, no response.
    bundle.env.clock.set('2011-02-01T09:00:00Z');
    bundle.call('menuRefreshStatuses');
    expect(statuses(bundle)).toEqual([
      ['01', 'Actions outstanding – no dates confirmed', 'Yes'],
      ['02', 'Not yet due', ''],
      ['03', 'Not accepted – closed', ''],
      ['04', 'Not yet due', ''],
      ['05', 'Actions outstanding – no dates confirmed', 'Yes'],
      ['06', 'Completed', ''],
      ['07', 'Not yet due', ''],
      ['08', 'Actions outstanding – no dates confirmed', 'Yes'],
      ['09', 'Not yet due', ''],
      ['10', 'Completed', ''],
      ['11', 'Actions outstanding – no dates confirmed', ''],
      ['12', 'Not yet due', ''],
      ['1', 'Response overdue', 'Yes'],
      ['2', 'Response overdue', 'Yes'],
    ]);
    // A span counts as its last day: April to June 2011 is not overdue on 30/06, is on 01/07.
    bundle.env.clock.set('2011-06-30T09:00:00Z');
    bundle.call('menuRefreshStatuses');
    expect(statuses(bundle)[3]).toEqual(['04', 'Not yet due', '']);
    bundle.env.clock.set('2011-07-01T09:00:00Z');
    bundle.call('menuRefreshStatuses');
    expect(statuses(bundle)[3]).toEqual(['04', 'Actions outstanding – no dates confirmed', 'Yes']);
    expect(statuses(bundle)[2]).toEqual(['03', 'Not accepted – closed', '']);
    // Nothing typed was changed: only Status and Overdue were written.
    expect(wb.sheet(RECOMMENDATIONS.name).values.map((r) => r.filter((_, i) => i !== RC('status') - 1 && i !== RC('overdue') - 1))).toEqual(typed);
    // Coloured by the same key as actions; the overdue deadline in red.
    const notAccepted = wb.effectiveFormat(RECOMMENDATIONS.name, 4, RC('recommendation'));
    expect(notAccepted.background).toBe('#d9d9d9');
    const late = wb.effectiveFormat(RECOMMENDATIONS.name, 2, RC('deadline'));
    expect(late.fontColor).toBe('#cc0000');
    const done = wb.effectiveFormat(RECOMMENDATIONS.name, 7, RC('recommendation'));
    expect(done.background).toBe(STATUS_KEY.find((e) => e.status === 'completed')!.background);
  });

  it('a month or span deadline counts as the board’s meeting in it when Meetings has one, else its last day', () => {
    const bundle = setUp('2011-03-20T09:00:00Z');
    const wb = bundle.env.handles.workbook;
    wb.setValues(RECOMMENDATIONS.name, 2, 1, grid());
    bundle.call('menuRefreshStatuses');
    // No meeting in March 2011: "March 2011" counts as 31/03/2011, not yet due on 20/03.
    expect(statuses(bundle)[1]).toEqual(['02', 'Not yet due', '']);
    // The board meets on 10/03/2011: "March 2011" is that meeting, so overdue on 20/03; a
    // span with no meeting in it (April to June 2011) still counts as its last day.
    const meeting = MEETINGS.columns.map((c) => (c.key === 'date' ? '10/03/2011' : c.key === 'board' ? 'Economy Board' : ''));
    wb.setValues(MEETINGS.name, 2, 1, [meeting]);
    bundle.call('menuRefreshStatuses');
    expect(statuses(bundle)[1]).toEqual(['02', 'Actions outstanding – no dates confirmed', 'Yes']);
    expect(statuses(bundle)[3]).toEqual(['04', 'Not yet due', '']);
  });

  it('a hand edit (onEdit) works out the statuses at once, writes only Status and Overdue, and names an unreadable cell', () => {
    const bundle = setUp('2011-02-01T09:00:00Z');
    const wb = bundle.env.handles.workbook;
    const ss = (bundle.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp.getActiveSpreadsheet();
    const edit = (row: number, column: number, rows: number, columns: number) =>
      bundle.call('onEdit', { range: ss.getSheetByName(RECOMMENDATIONS.name)!.getRange(row, column, rows, columns), source: ss, authMode: 'LIMITED' });
    wb.setValues(RECOMMENDATIONS.name, 2, 1, grid());
    const typed = () => wb.sheet(RECOMMENDATIONS.name).values.map((r) => r.filter((_, i) => i !== RC('status') - 1 && i !== RC('overdue') - 1));
    const before = JSON.stringify(typed());
    edit(2, 1, ROWS.length, RECOMMENDATIONS.columns.length);
    expect(statuses(bundle)[0]).toEqual(['01', 'Actions outstanding – no dates confirmed', 'Yes']);
    expect(statuses(bundle)[12]).toEqual(['1', 'Response overdue', 'Yes']);
    expect(JSON.stringify(typed())).toBe(before);
    // Typing a completion date on 01 closes it at once; a deadline that is no date is named.
    wb.setCell(RECOMMENDATIONS.name, 2, RC('completedDate'), '20/01/2011');
    edit(2, RC('completedDate'), 1, 1);
    expect(statuses(bundle)[0]).toEqual(['01', 'Completed', '']);
    wb.setCell(RECOMMENDATIONS.name, 3, RC('deadline'), 'when funds allow');
    edit(3, RC('deadline'), 1, 1);
    const col = String.fromCharCode(64 + RC('deadline'));
    expect(wb.toasts.at(-1)!.message).toContain(`Recommendations!${col}3: Deadline`);
    expect(wb.sheet(RECOMMENDATIONS.name).values[2]![RC('deadline') - 1]).toBe('when funds allow');
  });

  it('reports a recommendation not accepted without its reason, at its cell, and an unreadable deadline', () => {
    const bundle = setUp('2010-09-01T09:00:00Z');
    const wb = bundle.env.handles.workbook;
    wb.setValues(RECOMMENDATIONS.name, 2, 1, grid([{ ...ROWS[0]!, accepted: 'No', deadline: 'when funds allow' }]));
    bundle.call('menuRefreshStatuses');
    const alerts = bundle.env.handles.ui.alerts.map((a) => a.prompt).join('\n');
    const col = (key: string) => String.fromCharCode(64 + RC(key));
    expect(alerts).toContain(
      `Recommendations!${col('reason')}2: recommendation 01 of “Tackling Worklessness” is not accepted but gives no reason; write the reason in Reason.`,
    );
    expect(alerts).toContain(`Recommendations!${col('deadline')}2: Deadline`);
    expect(statuses(bundle)[0]).toEqual(['01', 'Not accepted – closed', '']);
  });

  it('a status typed by hand is reported at its cell and kept in the note, never silently replaced', () => {
    const bundle = setUp('2010-09-01T09:00:00Z');
    const wb = bundle.env.handles.workbook;
    wb.setValues(RECOMMENDATIONS.name, 2, 1, grid());
    bundle.call('menuRefreshStatuses');
    // "Done" is not a status; "Completed" without a Completed date is typed by hand too.
    wb.setCell(RECOMMENDATIONS.name, 2, RC('status'), 'Done');
    wb.setCell(RECOMMENDATIONS.name, 3, RC('status'), 'Completed');
    bundle.call('menuRefreshStatuses');
    expect(statuses(bundle).slice(0, 2)).toEqual([
      ['01', 'Not yet due', ''],
      ['02', 'Not yet due', ''],
    ]);
    const notes = wb.sheet(RECOMMENDATIONS.name).notes;
    expect(notes[1]![RC('status') - 1]).toContain('Typed here before: Done');
    expect(notes[2]![RC('status') - 1]).toContain('Typed here before: Completed');
    const col = String.fromCharCode(64 + RC('status'));
    const alerts = bundle.env.handles.ui.alerts.map((a) => a.prompt).join('\n');
    expect(alerts).toContain(`Recommendations!${col}2: the status "Done" was typed by hand`);
    expect(alerts).toContain(`Recommendations!${col}3: the status "Completed" was typed by hand`);
    // The script's own labels are not reported on the next run.
    const before = bundle.env.handles.ui.alerts.length;
    bundle.call('menuRefreshStatuses');
    expect(
      bundle.env.handles.ui.alerts
        .slice(before)
        .map((a) => a.prompt)
        .join('\n'),
    ).not.toContain('typed by hand');
  });

  it('Set up again changes nothing; a renamed header is restored in place, a typed row is never written', () => {
    const bundle = setUp('2010-09-01T09:00:00Z');
    const wb = bundle.env.handles.workbook;
    wb.setValues(RECOMMENDATIONS.name, 2, 1, grid());
    bundle.call('menuSetUp');
    const once = JSON.stringify(wb.sheet(RECOMMENDATIONS.name));
    bundle.call('menuSetUp');
    expect(JSON.stringify(wb.sheet(RECOMMENDATIONS.name))).toBe(once);
    wb.setCell(RECOMMENDATIONS.name, 1, RC('deadline'), 'Due by');
    wb.setCell(RECOMMENDATIONS.name, 20, RC('status'), 'my own note');
    bundle.call('menuSetUp');
    const sheet = wb.sheet(RECOMMENDATIONS.name);
    expect(sheet.values[0]![RC('deadline') - 1]).toBe('Deadline');
    expect(sheet.values[19]![RC('status') - 1]).toBe('my own note');
    expect(sheet.values.slice(1, ROWS.length + 1).map((r) => r[RC('recommendation') - 1])).toEqual(ROWS.map((r) => r.recommendation));
    // Deleted: made again, empty.
    const ss = bundle.env.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName(RECOMMENDATIONS.name)!);
    bundle.call('menuSetUp');
    expect(wb.sheet(RECOMMENDATIONS.name).values[0]).toEqual(RECOMMENDATIONS.columns.map((c) => c.header));
  });
});
