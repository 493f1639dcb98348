/** The emulated TextFinder: Sheets' own search over a range, as Google documents it. */
import { createAppsScript } from './index';

function sheetWith(values: unknown[][]) {
  const env = createAppsScript();
  const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
  sheet.getRange(1, 1, values.length, values[0]!.length).setValues(values);
  env.calls.reset();
  return { env, sheet };
}

const where = (ranges: GoogleAppsScript.Spreadsheet.Range[]) => ranges.map((r) => r.getA1Notation());

describe('TextFinder', () => {
  it('finds a substring, ignoring case, row by row; matchCase and matchEntireCell narrow it', () => {
    const { sheet } = sheetWith([
      ['Budget', 'budget plan'],
      ['BUDGET', 'other'],
    ]);
    const range = sheet.getRange('A1:B2');
    expect(where(range.createTextFinder('budget').findAll())).toEqual(['A1', 'B1', 'A2']);
    expect(where(range.createTextFinder('budget').matchCase(true).findAll())).toEqual(['B1']);
    expect(where(range.createTextFinder('budget').matchEntireCell(true).findAll())).toEqual(['A1', 'A2']);
  });

  it('searches only its range, and a regular expression when asked', () => {
    const { sheet } = sheetWith([['28.01.05'], ['28.1.7'], ['28.01.070'], ['x28.01.09']]);
    const column = sheet.getRange('A2:A4');
    expect(where(column.createTextFinder('^\\s*28\\.0?1\\.0*7\\s*$').useRegularExpression(true).findAll())).toEqual(['A2']);
    expect(where(column.createTextFinder('28.01').findAll())).toEqual(['A3', 'A4']);
    expect(column.createTextFinder('^28\\.01\\.05$').useRegularExpression(true).findNext()).toBeNull();
  });

  it('findNext moves on and wraps round; getCurrentMatch is the last found', () => {
    const { sheet } = sheetWith([['a'], ['b'], ['a']]);
    const finder = sheet.getRange('A1:A3').createTextFinder('a');
    expect(finder.getCurrentMatch()).toBeNull();
    expect(finder.findNext()!.getA1Notation()).toBe('A1');
    expect(finder.findNext()!.getA1Notation()).toBe('A3');
    expect(finder.getCurrentMatch()!.getA1Notation()).toBe('A3');
    expect(finder.findNext()!.getA1Notation()).toBe('A1');
    expect(finder.findPrevious()!.getA1Notation()).toBe('A3');
  });

  it('matches the displayed text, and formulas with matchFormulaText', () => {
    const { sheet } = sheetWith([['18/03/2010', '=1+1']]);
    const range = sheet.getRange('A1:B1');
    expect(where(range.createTextFinder('18/03/2010').findAll())).toEqual(['A1']);
    expect(where(range.createTextFinder('2').matchEntireCell(true).findAll())).toEqual(['B1']);
    expect(where(range.createTextFinder('=1+1').matchFormulaText(true).findAll())).toEqual(['B1']);
  });

  it('counts each call as a service call, and moves no cell data', () => {
    const { env, sheet } = sheetWith([['a'], ['b']]);
    sheet.getRange('A1:A2').createTextFinder('b').matchEntireCell(true).findAll();
    expect(env.calls.byMethod('SpreadsheetApp')).toEqual({
      'SpreadsheetApp.Range.createTextFinder': 1,
      'SpreadsheetApp.Sheet.getRange': 1,
      'SpreadsheetApp.TextFinder.findAll': 1,
      'SpreadsheetApp.TextFinder.matchEntireCell': 1,
    });
  });
});
