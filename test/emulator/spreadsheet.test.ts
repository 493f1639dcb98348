import * as vm from 'node:vm';
import fc from 'fast-check';
import { CallLog } from './calls';
import { hostRealm, type Realm } from './realm';
import { createSpreadsheetEmulator } from './spreadsheet';
import { a1Of, columnLetters, columnNumber, parseA1 } from './spreadsheet/a1';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const noUi = (): GoogleAppsScript.Base.Ui => {
  throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
};

function make(opts: { realm?: Realm; timeZone?: string; locale?: string; now?: number } = {}) {
  const calls = new CallLog();
  const { app, workbook } = createSpreadsheetEmulator({
    realm: opts.realm ?? hostRealm,
    calls,
    ui: noUi,
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
    name: 'Board log',
    ...(opts.locale ? { locale: opts.locale } : {}),
    ...(opts.now !== undefined ? { now: () => opts.now! } : {}),
  });
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0]!;
  calls.reset();
  return { app, workbook, calls, ss, sheet };
}

function expectThrow(fn: () => unknown, message: string | RegExp): void {
  expect(fn).toThrow(message);
}

describe('a new spreadsheet', () => {
  it('has one 1000 × 26 sheet called Sheet1, empty, in Europe/London and en_GB', () => {
    const { ss, sheet } = make();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getSheetId()).toBe(0);
    expect(sheet.getIndex()).toBe(1);
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/London');
    expect(ss.getSpreadsheetLocale()).toBe('en_GB');
    expect(ss.getName()).toBe('Board log');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });
});

describe('ranges are 1-based and checked like Apps Script', () => {
  it('addresses rows and columns from 1', () => {
    const { sheet, workbook } = make();
    const r = sheet.getRange(2, 3, 2, 2);
    expect(r.getA1Notation()).toBe('C2:D3');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 3, 2, 2, 3, 4]);
    r.setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(workbook.cell('Sheet1', 2, 3).value).toBe(1);
    expect(workbook.cell('Sheet1', 3, 4).value).toBe(4);
    expect(sheet.getRange('D3').getValue()).toBe(4);
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(sheet.getRange('B2:C').getNumRows()).toBe(999);
    expect(sheet.getRange('A:B').getA1Notation()).toBe('A1:B1000');
    expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
  });

  it('rejects starts below 1, empty sizes and ranges outside the sheet', () => {
    const { sheet } = make();
    expectThrow(() => sheet.getRange(0, 1), 'The starting row of the range is too small.');
    expectThrow(() => sheet.getRange(1, 0), 'The starting column of the range is too small.');
    expectThrow(() => sheet.getRange(1, 1, 0), 'The number of rows in the range must be at least 1.');
    expectThrow(() => sheet.getRange(1, 1, 1, 0), 'The number of columns in the range must be at least 1.');
    expectThrow(() => sheet.getRange(1001, 1), 'The coordinates of the range are outside the dimensions of the sheet.');
    expectThrow(() => sheet.getRange(1, 26, 1, 2), 'The coordinates of the range are outside the dimensions of the sheet.');
    expectThrow(() => sheet.getRange('A1001'), 'Range not found');
    expectThrow(() => sheet.getRange('not a range'), 'Range not found');
    expectThrow(() => sheet.getRange(undefined as unknown as number, 1), /don't match the method signature for SpreadsheetApp.Sheet.getRange/);
  });

  it('offsets ranges', () => {
    const { sheet } = make();
    expect(sheet.getRange('B2').offset(1, 2).getA1Notation()).toBe('D3');
    expect(sheet.getRange('B2:C3').offset(0, 1, 1, 1).getA1Notation()).toBe('C2');
    expectThrow(() => sheet.getRange('A1').offset(-1, 0), 'The starting row of the range is too small.');
  });
});

describe('setValues', () => {
  it('throws when the data shape differs from the range, writing nothing', () => {
    const { sheet } = make();
    const r = sheet.getRange(1, 1, 2, 3);
    expectThrow(
      () => r.setValues([[1, 2, 3]]),
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expectThrow(
      () =>
        r.setValues([
          [1, 2, 3],
          [4, 5],
        ]),
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expectThrow(() => r.setValues('x' as unknown as unknown[][]), /don't match the method signature for SpreadsheetApp.Range.setValues/);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('reads blanks as empty strings and keeps numbers and booleans', () => {
    const { sheet } = make();
    sheet.getRange('A1:C1').setValues([[1.5, true, null]]);
    expect(sheet.getRange('A1:D2').getValues()).toEqual([
      [1.5, true, '', ''],
      ['', '', '', ''],
    ]);
  });

  it('rejects values Apps Script cannot store', () => {
    const { sheet } = make();
    expectThrow(() => sheet.getRange('A1').setValue({ a: 1 }), /Emulator: cannot write \[object Object\]/);
    expectThrow(() => sheet.getRange('A1').setValue(new Date(NaN)), /invalid Date/);
  });
});

describe('dates cross realms', () => {
  const context = vm.createContext({});
  const OtherDate = vm.runInContext('Date', context) as DateConstructor;
  const OtherError = vm.runInContext('Error', context) as ErrorConstructor;
  const realm: Realm = { Date: OtherDate };

  it('returns Dates of the code’s realm, fresh each time, from Dates of any realm', () => {
    const { sheet } = make({ realm });
    const when = Date.UTC(2010, 2, 18, 14, 5);
    sheet.getRange('A1:B1').setValues([[new OtherDate(when), new Date(when)]]);
    const [a, b] = (sheet.getRange('A1:B1').getValues() as Date[][])[0]!;
    expect(a).toBeInstanceOf(OtherDate);
    expect(b).toBeInstanceOf(OtherDate);
    expect(a instanceof Date).toBe(false);
    expect(a!.getTime()).toBe(when);
    expect(b!.getTime()).toBe(when);
    a!.setFullYear(1999);
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(when);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('18/03/2010 14:05:00');
  });

  it('throws errors of the code’s realm with the Apps Script message', () => {
    const { sheet } = make({ realm });
    let caught: unknown;
    try {
      sheet.getRange(0, 1);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(OtherError);
    expect(String(caught)).toBe('Exception: The starting row of the range is too small.');
  });

  it('gives validation criteria dates in the code’s realm', () => {
    const { app } = make({ realm });
    const rule = app
      .newDataValidation()
      .requireDateOnOrAfter(new OtherDate(Date.UTC(2024, 0, 1)))
      .build();
    expect(rule.getCriteriaValues()[0]).toBeInstanceOf(OtherDate);
  });
});

describe('strings are parsed as if typed (en_GB)', () => {
  const london = (y: number, m: number, d: number, h = 0, mi = 0) => {
    // midnight wall clock in London: GMT in winter, BST (UTC+1) from late March to late October
    const t = Date.UTC(y, m - 1, d, h, mi);
    const bst = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'short' }).format(new Date(t)).includes('BST');
    return t - (bst ? 3_600_000 : 0);
  };

  it.each([
    ['18/03/2010', london(2010, 3, 18)],
    ['01/07/2024', london(2024, 7, 1)],
    ['1/7/24', london(2024, 7, 1)],
    ['01.07.2024', london(2024, 7, 1)],
    ['2024-07-01', london(2024, 7, 1)],
    ['18 March 2010', london(2010, 3, 18)],
    ['18/03/2010 14:30', london(2010, 3, 18, 14, 30)],
  ])('%s becomes a Date at that wall-clock time in London', (typed, ms) => {
    const { sheet } = make();
    sheet.getRange('A1').setValue(typed);
    const v = sheet.getRange('A1').getValue() as Date;
    expect(v).toBeInstanceOf(Date);
    expect(v.getTime()).toBe(ms);
  });

  it.each([
    ["'0123", '0123', '0123'],
    ['0123', 123, '123'],
    ['1,234.5', 1234.5, '1,234.50'],
    ['1,234', 1234, '1,234'],
    ['-7', -7, '-7'],
    ['12%', 0.12, '12%'],
    ['true', true, 'TRUE'],
    ['FALSE', false, 'FALSE'],
    ['31/02/2010', '31/02/2010', '31/02/2010'],
    ['18-03', '18-03', '18-03'],
    ['2.00pm', '2.00pm', '2.00pm'],
    ['  hello ', '  hello ', '  hello '],
    ["'=not a formula", '=not a formula', '=not a formula'],
    ['=1+2', 3, '3'],
    ['="x"&"y"', 'xy', 'xy'],
    ['=VLOOKUP(1,A:B,2)', '#ERROR!', '#ERROR!'],
    ['=1/0', '#DIV/0!', '#DIV/0!'],
  ])('%j is stored as %j and shown as %j', (typed, value, shown) => {
    const { sheet } = make();
    const r = sheet.getRange('A1');
    r.setValue(typed);
    expect(r.getValue()).toEqual(value);
    expect(r.getDisplayValue()).toBe(shown);
  });

  it('keeps formulas, evaluates references and recalculates', () => {
    const { sheet } = make();
    sheet.getRange('A1:B1').setValues([[2, '=A1*3']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=A1*3']]);
    expect(sheet.getRange('B1').getValue()).toBe(6);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('B1').getValue()).toBe(15);
    sheet.getRange('C1').setFormula('=B1+1');
    expect(sheet.getRange('C1').getValue()).toBe(16);
    expect(sheet.getRange('C1').getFormula()).toBe('=B1+1');
  });

  it('stores text as given in a plain-text (@) cell', () => {
    const { sheet } = make();
    const r = sheet.getRange('A1:A3');
    r.setNumberFormat('@');
    r.setValues([['0123'], ['=1+2'], ['18/03/2010']]);
    expect(r.getValues()).toEqual([['0123'], ['=1+2'], ['18/03/2010']]);
    expect(r.getFormulas()).toEqual([[''], [''], ['']]);
    expect(r.getNumberFormats()).toEqual([['@'], ['@'], ['@']]);
  });

  it('stores non-strings as they are', () => {
    const { sheet } = make();
    sheet.getRange('A1:B1').setValues([['x', 42]]);
    sheet.getRange('A1').setValue(false);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[false, 42]]);
  });

  it('uses the spreadsheet time zone for typed dates', () => {
    const { sheet } = make({ timeZone: 'America/New_York' });
    sheet.getRange('A1').setValue('18/03/2010');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2010-03-18T04:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('18/03/2010');
  });
});

describe('typed text follows Sheets and the spreadsheet locale', () => {
  const NOW = Date.UTC(2010, 0, 29, 10); // 29 January 2010: "the current year" is 2010
  const at = (sheet: Sheet, typed: string) => {
    const r = sheet.getRange('A1');
    r.setValue(typed);
    const v = r.getValue();
    return { iso: v instanceof Date ? v.toISOString() : v, shown: r.getDisplayValue(), format: r.getNumberFormat() };
  };

  it.each([
    // typed, en_GB (day first), en_US (month first); midnight in London (GMT in winter, BST in summer)
    ['1/2', '2010-02-01T00:00:00.000Z', '2010-01-02T00:00:00.000Z'],
    ['18/03', '2010-03-18T00:00:00.000Z', '18/03'],
    ['03/04/2010', '2010-04-02T23:00:00.000Z', '2010-03-04T00:00:00.000Z'],
    ['18/03/2010', '2010-03-18T00:00:00.000Z', '18/03/2010'],
    ['Sept 2010', '2010-08-31T23:00:00.000Z', '2010-08-31T23:00:00.000Z'],
    ['March 2010', '2010-03-01T00:00:00.000Z', '2010-03-01T00:00:00.000Z'],
  ])('%j is %j in en_GB and %j in en_US', (typed, gb, us) => {
    expect(at(make({ now: NOW }).sheet, typed).iso).toBe(gb);
    expect(at(make({ now: NOW, locale: 'en_US' }).sheet, typed).iso).toBe(us);
  });

  it('shows typed dates in the locale’s own short form', () => {
    expect(at(make({ now: NOW }).sheet, '1/2')).toEqual({ iso: '2010-02-01T00:00:00.000Z', shown: '01/02/2010', format: 'dd/mm/yyyy' });
    expect(at(make({ now: NOW, locale: 'en_US' }).sheet, '1/2')).toEqual({ iso: '2010-01-02T00:00:00.000Z', shown: '1/2/2010', format: 'M/d/yyyy' });
    expect(at(make({ now: NOW }).sheet, 'Sept 2010').shown).toBe('September 2010');
  });

  it('takes the year of a date typed without one from today in the sheet’s zone', () => {
    const newYearInLondon = Date.UTC(2011, 0, 1, 0, 30); // 1 January 2011 in London, still 31 December 2010 in New York
    expect(at(make({ now: newYearInLondon, timeZone: 'America/New_York' }).sheet, '18/03').iso).toBe('2010-03-18T04:00:00.000Z');
    expect(at(make({ now: newYearInLondon }).sheet, '18/03').iso).toBe('2011-03-18T00:00:00.000Z');
  });

  it('reads times with am/pm and exponents as numbers', () => {
    const { sheet } = make({ now: NOW });
    expect(at(sheet, '2:00pm')).toEqual({ iso: '1899-12-30T14:00:00.000Z', shown: '14:00:00', format: 'hh:mm:ss' });
    expect(at(sheet, '2pm').iso).toBe('1899-12-30T14:00:00.000Z');
    expect(at(sheet, '1e5').iso).toBe(100000);
  });

  it('leaves plain-text (@) cells and apostrophe-led strings as text', () => {
    const { sheet } = make({ now: NOW });
    const r = sheet.getRange('A1:A4');
    r.setValues([["'1/2"], ["'Sept 2010"], ['x'], ['x']]);
    sheet.getRange('A3:A4').setNumberFormat('@');
    sheet.getRange('A3:A4').setValues([['1/2'], ['Sept 2010']]);
    expect(r.getValues()).toEqual([['1/2'], ['Sept 2010'], ['1/2'], ['Sept 2010']]);
  });

  it('follows setSpreadsheetLocale for later typing, leaving earlier values as they were', () => {
    const { ss, sheet } = make({ now: NOW, locale: 'en_US' });
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    sheet.getRange('A1').setValue('1/2');
    ss.setSpreadsheetLocale('en_GB');
    expect(ss.getSpreadsheetLocale()).toBe('en_GB');
    sheet.getRange('A2').setValue('1/2');
    expect(
      sheet
        .getRange('A1:A2')
        .getValues()
        .map(([v]) => (v as Date).toISOString()),
    ).toEqual(['2010-01-02T00:00:00.000Z', '2010-02-01T00:00:00.000Z']);
  });
});

describe('display values', () => {
  it('formats by number format', () => {
    const { sheet } = make();
    const d = new Date(Date.UTC(2010, 2, 18));
    sheet.getRange('A1:E1').setValues([[d, 1234.5, true, Math.PI, 0.5]]);
    sheet.getRange('D1').setNumberFormat('0.00');
    sheet.getRange('E1').setNumberFormat('0%');
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([['18/03/2010', '1234.5', 'TRUE', '3.14', '50%']]);
    sheet.getRange('A1').setNumberFormat('d mmmm yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('18 March 2010');
    sheet.getRange('A1').setNumberFormat('dddd dd/mm/yy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('Thursday 18/03/10');
    sheet.getRange('B1').setNumberFormat('#,##0.00');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('1,234.50');
    expect(sheet.getRange('F1').getNumberFormat()).toBe('0.###############');
  });

  it('shows a typed time with its time format', () => {
    const { sheet } = make();
    sheet.getRange('A1').setValue('10:30');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('10:30:00');
    expect(sheet.getRange('A1').getValue()).toBeInstanceOf(Date);
  });
});

describe('getLastRow / getLastColumn / appendRow', () => {
  it('counts content only (values and formulas, a FALSE checkbox too), not formats or notes', () => {
    const { sheet } = make();
    sheet.getRange('A5').setBackground('#ff0000');
    sheet.getRange('B6').setNote('a note');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('C3').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    sheet.getRange('D4').insertCheckboxes();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 4]);
    sheet.getRange('A1:D4').clearContent();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A5').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('D4').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
  });

  it('appends after the last row with content, growing a full sheet', () => {
    const { sheet, workbook } = make();
    sheet.getRange('A1:B1').setValues([['Ref', 'Date']]);
    sheet.appendRow(['28.01.01', '28/01/2010']);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getRange('B2').getValue()).toBeInstanceOf(Date);
    workbook.setCell('Sheet1', 1000, 1, 'last');
    sheet.appendRow(['more']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001').getValue()).toBe('more');
  });
});

describe('sheets', () => {
  it('inserts, refuses duplicate names (ignoring case), activates and deletes', () => {
    const { ss } = make();
    const actions = ss.insertSheet('Actions');
    expect(ss.getActiveSheet().getName()).toBe('Actions');
    expectThrow(() => ss.insertSheet('Actions'), 'A sheet with the name "Actions" already exists. Please enter another name.');
    expectThrow(() => ss.insertSheet('actions'), 'A sheet with the name "actions" already exists. Please enter another name.');
    ss.insertSheet('Meetings', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Meetings', 'Sheet1', 'Actions']);
    expect(actions.getIndex()).toBe(3);
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(ss.getSheetByName('Actions')!.getSheetId()).toBe(actions.getSheetId());
    expect(ss.getSheetById(actions.getSheetId())!.getName()).toBe('Actions');
    expectThrow(() => actions.setName('Meetings'), 'A sheet with the name "Meetings" already exists. Please enter another name.');
    actions.setName('Action Log');
    expect(ss.getSheetByName('Action Log')).not.toBeNull();
    ss.deleteSheet(ss.getSheetByName('Sheet1')!);
    ss.deleteSheet(ss.getSheetByName('Meetings')!);
    expectThrow(() => ss.deleteSheet(ss.getSheetByName('Action Log')!), "You can't remove all the sheets in a document.");
    expect(ss.insertSheet().getName()).toBe('Sheet2');
  });

  it('resolves sheet-qualified A1 notation from the spreadsheet', () => {
    const { ss } = make();
    const fp = ss.insertSheet('Forward Plan');
    fp.getRange('B3').setValue('x');
    const r = ss.getRange("'Forward Plan'!A2:B3");
    expect(r.getSheet().getName()).toBe('Forward Plan');
    expect(r.getValues()).toEqual([
      ['', ''],
      ['', 'x'],
    ]);
    expectThrow(() => ss.getRange('Missing!A1'), 'Range not found');
    expect(ss.getRange('B3').getSheet().getName()).toBe('Forward Plan'); // the active sheet
  });

  it('freezes rows, sets column widths and tab colours', () => {
    const { sheet } = make();
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    sheet.setColumnWidth(2, 180).setColumnWidths(3, 2, 70);
    expect([1, 2, 3, 4, 5].map((c) => sheet.getColumnWidth(c))).toEqual([100, 180, 70, 70, 100]);
    sheet.setTabColor('#38761D');
    expect(sheet.getTabColor()).toBe('#38761d');
    sheet.setTabColor(null);
    expect(sheet.getTabColor()).toBeNull();
  });

  it('inserts rows after a row, copying its formats but not its values', () => {
    const { sheet, workbook } = make();
    sheet
      .getRange('A2:B2')
      .setValues([['a', 'b']])
      .setBackground('#eeeeee')
      .setFontWeight('bold');
    sheet.getRange('A3').setValue('c');
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A2:A5').getValues()).toEqual([['a'], [''], [''], ['c']]);
    expect(workbook.cell('Sheet1', 3, 1).background).toBe('#eeeeee');
    expect(workbook.cell('Sheet1', 4, 2).bold).toBe(true);
    expectThrow(() => sheet.insertRowsAfter(0, 1), 'Those rows are out of bounds.');
  });

  it('deletes rows, keeping frozen ones', () => {
    const { sheet } = make();
    sheet.getRange('A1:A4').setValues([['h'], ['1'], ['2'], ['3']]);
    sheet.deleteRow(3);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['h'], [1], [3]]);
    expect(sheet.getMaxRows()).toBe(999);
    sheet.deleteRows(2, 2);
    expect(sheet.getLastRow()).toBe(1);
    sheet.setFrozenRows(1);
    expectThrow(() => sheet.deleteRows(2, 996), 'Sorry, it is not possible to delete all non-frozen rows.');
    expectThrow(() => sheet.deleteRows(990, 20), 'Those rows are out of bounds.');
  });

  it('inserts columns after a column, moving widths', () => {
    const { sheet } = make();
    sheet.setColumnWidth(2, 150);
    sheet.getRange('B1:C1').setValues([['b', 'c']]);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['', '', 'b', 'c']]);
    expect(sheet.getColumnWidth(3)).toBe(150);
  });

  it('clears a whole sheet', () => {
    const { sheet } = make();
    sheet.getRange('A1').setValue('x').setBackground('#ff0000').setNote('n');
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });
});

describe('cell formats and notes', () => {
  it('sets and reads per-cell formats, normalising colours', () => {
    const { sheet } = make();
    const r = sheet.getRange('A1:B2');
    r.setBackground('#FFF')
      .setFontColor('red')
      .setFontWeight('bold')
      .setFontSize(12)
      .setWrap(true)
      .setHorizontalAlignment('center')
      .setVerticalAlignment('top');
    expect(r.getBackgrounds()).toEqual([
      ['#ffffff', '#ffffff'],
      ['#ffffff', '#ffffff'],
    ]);
    expect(r.getFontColors()[1]![1]).toBe('#ff0000');
    expect(r.getFontWeights()).toEqual([
      ['bold', 'bold'],
      ['bold', 'bold'],
    ]);
    expect(r.getFontSize()).toBe(12);
    expect(r.getWraps()[0]).toEqual([true, true]);
    expect(r.getWrapStrategy()).toBe('WRAP');
    expect(r.getHorizontalAlignment()).toBe('center');
    expect(r.getVerticalAlignments()[1]![0]).toBe('top');
    r.setWrapStrategy('CLIP' as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy);
    expect(r.getWrap()).toBe(false);
    r.setBackgrounds([
      ['#ff0000', null],
      ['#00ff00', '#0000ff'],
    ]);
    expect(r.getBackgrounds()).toEqual([
      ['#ff0000', '#ffffff'],
      ['#00ff00', '#0000ff'],
    ]);
    r.setFontWeights([
      ['normal', 'bold'],
      [null, 'bold'],
    ]);
    expect(r.getFontWeights()).toEqual([
      ['normal', 'bold'],
      ['normal', 'bold'],
    ]);
    expectThrow(
      () => r.setBackgrounds([['#ff0000']]),
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    r.setNumberFormats([
      ['@', '0.00'],
      ['dd/mm/yyyy', '@'],
    ]);
    expect(r.getNumberFormats()).toEqual([
      ['@', '0.00'],
      ['dd/mm/yyyy', '@'],
    ]);
  });

  it('keeps notes per cell', () => {
    const { sheet } = make();
    const r = sheet.getRange('A1:B1');
    r.setNotes([['first', null]]);
    expect(r.getNotes()).toEqual([['first', '']]);
    expect(r.getNote()).toBe('first');
    r.setNote('both');
    expect(r.getNotes()).toEqual([['both', 'both']]);
    r.clearNote();
    expect(r.getNotes()).toEqual([['', '']]);
  });

  it('knows blank ranges', () => {
    const { sheet } = make();
    const r = sheet.getRange('A1:B2');
    r.setBackground('#ff0000');
    expect(r.isBlank()).toBe(true);
    sheet.getRange('B2').setValue(0);
    expect(r.isBlank()).toBe(false);
  });
});

describe('data validation', () => {
  it('builds rules with Apps Script defaults and criteria values', () => {
    const { app, sheet } = make();
    const list = app.newDataValidation().requireValueInList(['Open', 'Done'], false).setHelpText('Pick one').build();
    expect(list.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['Open', 'Done'], false]);
    expect(list.getAllowInvalid()).toBe(true);
    expect(list.getHelpText()).toBe('Pick one');
    const date = app.newDataValidation().requireDate().setAllowInvalid(false).build();
    expect([date.getCriteriaType(), date.getAllowInvalid(), date.getHelpText()]).toEqual(['DATE_IS_VALID_DATE', false, null]);
    const officers = sheet.getRange('E2:E50');
    const inRange = app.newDataValidation().requireValueInRange(officers).build();
    const [range, dropdown] = inRange.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect(range.getA1Notation()).toBe('E2:E50');
    expect(dropdown).toBe(true);
    expect(app.newDataValidation().requireTextIsEmail().build().getCriteriaType()).toBe('TEXT_IS_VALID_EMAIL');
    expect(app.newDataValidation().requireNumberBetween(1, 23).build().getCriteriaValues()).toEqual([1, 23]);
    expect(app.newDataValidation().requireCheckbox().build().getCriteriaType()).toBe('CHECKBOX');
    const copied = list.copy().setAllowInvalid(false).build();
    expect([copied.getCriteriaType(), copied.getAllowInvalid(), list.getAllowInvalid()]).toEqual(['VALUE_IN_LIST', false, true]);
    expectThrow(() => app.newDataValidation().build(), /needs criteria/);
  });

  it('is set per cell; null where none', () => {
    const { app, sheet, workbook } = make();
    const rule = app.newDataValidation().requireValueInList(['Open', 'Done']).build();
    sheet.getRange('A2:A3').setDataValidation(rule);
    const got = sheet.getRange('A1:B3').getDataValidations();
    expect(got.map((line) => line.map((v) => v && v.getCriteriaType()))).toEqual([
      [null, null],
      ['VALUE_IN_LIST', null],
      ['VALUE_IN_LIST', null],
    ]);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
    sheet.getRange('B1:B2').setDataValidations([[rule], [null]]);
    expect(sheet.getRange('B1').getDataValidation()?.getCriteriaValues()).toEqual([['Open', 'Done'], true]);
    expectThrow(() => sheet.getRange('B1:B2').setDataValidations([[rule]]), 'The number of rows in the data does not match');
    sheet.getRange('A2:A3').setValues([['Open'], ['Maybe']]);
    expect(workbook.validationProblems('Sheet1')).toEqual([{ a1: 'A3', display: 'Maybe', criteria: 'VALUE_IN_LIST', allowInvalid: true }]);
    sheet.getRange('A1:B3').clearDataValidations();
    expect(
      sheet
        .getRange('A1:B3')
        .getDataValidations()
        .flat()
        .every((v) => v === null),
    ).toBe(true);
    expect(workbook.validationProblems('Sheet1')).toEqual([]);
  });

  it('inserts checkboxes holding FALSE, and checks them', () => {
    const { sheet } = make();
    const r = sheet.getRange('G2:G4');
    r.insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false], [false]]);
    expect(r.getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    expect(r.isChecked()).toBe(false);
    sheet.getRange('G3').check();
    expect(r.getValues()).toEqual([[false], [true], [false]]);
    expect(r.isChecked()).toBeNull();
    r.check();
    expect(r.isChecked()).toBe(true);
    r.uncheck();
    expect(sheet.getRange('G3').getValue()).toBe(false);
    sheet.getRange('G5').setValue('TRUE');
    expect(sheet.getRange('G5').getValue()).toBe(true);
  });
});

describe('conditional format rules', () => {
  function actionsSheet() {
    const env = make();
    const { sheet, app } = env;
    sheet.getRange('A1:N1').setValues([['Ref', '', '', '', '', '', '', '', '', '', '', 'Status', 'Overdue', '']]);
    sheet.getRange('L2:M5').setValues([
      ['Completed', false],
      ['Open', true],
      ['open', false],
      ['', ''],
    ]);
    const data = sheet.getRange('A2:N10');
    const rules = [
      app.newConditionalFormatRule().whenFormulaSatisfied('=$L2="Completed"').setBackground('#d9ead3').setRanges([data]).build(),
      app.newConditionalFormatRule().whenFormulaSatisfied('=$M2=TRUE').setFontColor('#cc0000').setBold(true).setRanges([data]).build(),
      app.newConditionalFormatRule().whenFormulaSatisfied('=AND($L2="Open",NOT($M2))').setBackground('#fff2cc').setRanges([data]).build(),
    ];
    sheet.setConditionalFormatRules(rules);
    return env;
  }

  it('evaluates custom formulas with $-anchored columns and relative rows', () => {
    const { workbook } = actionsSheet();
    expect(workbook.effectiveFormat('Sheet1', 2, 1)).toEqual({ background: '#d9ead3', fontColor: '#000000', bold: false });
    expect(workbook.effectiveFormat('Sheet1', 2, 14)).toEqual({ background: '#d9ead3', fontColor: '#000000', bold: false });
    expect(workbook.effectiveFormat('Sheet1', 3, 5)).toEqual({ background: '#ffffff', fontColor: '#cc0000', bold: true });
    // text comparison ignores case, as in Sheets
    expect(workbook.effectiveFormat('Sheet1', 4, 5)).toEqual({ background: '#fff2cc', fontColor: '#000000', bold: false });
    expect(workbook.effectiveFormat('Sheet1', 5, 5)).toEqual({ background: '#ffffff', fontColor: '#000000', bold: false });
    // outside the rule's range
    expect(workbook.effectiveFormat('Sheet1', 1, 12)).toEqual({ background: '#ffffff', fontColor: '#000000', bold: false });
  });

  it('applies only the first matching rule, over the cell’s own format', () => {
    const { sheet, workbook } = actionsSheet();
    sheet.getRange('M2').setValue(true); // Completed AND overdue: rule 1 wins, rule 2's red is not applied
    sheet.getRange('B2').setFontColor('#0000ff').setFontWeight('bold');
    expect(workbook.effectiveFormat('Sheet1', 2, 2)).toEqual({ background: '#d9ead3', fontColor: '#0000ff', bold: true });
  });

  it('reacts to edits and to the plain-reference form', () => {
    const { app, sheet, workbook } = make();
    sheet.getRange('M2:M3').setValues([[true], [false]]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$M2')
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('A2:M3')])
        .build(),
    ]);
    expect(workbook.effectiveFormat('Sheet1', 2, 3).background).toBe('#ff0000');
    expect(workbook.effectiveFormat('Sheet1', 3, 3).background).toBe('#ffffff');
    sheet.getRange('M3').check(); // not a checkbox: unchanged
    workbook.setCell('Sheet1', 3, 13, 'TRUE');
    expect(workbook.effectiveFormat('Sheet1', 3, 3).background).toBe('#ff0000');
  });

  it('shifts relative columns too', () => {
    const { app, sheet, workbook } = make();
    sheet.getRange('B2:C2').setValues([['x', 'y']]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=B2="y"')
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('B2:C3')])
        .build(),
    ]);
    expect(workbook.effectiveFormat('Sheet1', 2, 2).background).toBe('#ffffff');
    expect(workbook.effectiveFormat('Sheet1', 2, 3).background).toBe('#ff0000');
  });

  it('evaluates text and emptiness criteria', () => {
    const { app, sheet, workbook } = make();
    sheet.getRange('A1:A2').setValues([['Completed'], ['']]);
    const range = sheet.getRange('A1:A3');
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenTextEqualTo('completed').setBackground('#00ff00').setRanges([range]).build(),
      app
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground('#cccccc')
        .setRanges([sheet.getRange('A2')])
        .build(),
      app.newConditionalFormatRule().whenCellNotEmpty().setBold(true).setRanges([range]).build(),
    ]);
    expect(workbook.effectiveFormat('Sheet1', 1, 1)).toEqual({ background: '#00ff00', fontColor: '#000000', bold: false });
    expect(workbook.effectiveFormat('Sheet1', 2, 1).background).toBe('#cccccc');
    sheet.getRange('A3').setValue('x');
    expect(workbook.effectiveFormat('Sheet1', 3, 1)).toEqual({ background: '#ffffff', fontColor: '#000000', bold: true });
  });

  it('refuses to guess at formulas it cannot evaluate', () => {
    const { app, sheet, workbook } = make();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$I2<TODAY()')
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('A2:N10')])
        .build(),
    ]);
    expect(() => workbook.effectiveFormat('Sheet1', 2, 1)).toThrow(/cannot evaluate formula "=\$I2<TODAY\(\)": function TODAY is not supported/);
    sheet.getRange('A2').setValue('x');
    expect(() => workbook.toHtml('Sheet1')).toThrow(/TODAY/);
    expect(workbook.effectiveFormat('Sheet1', 11, 1).background).toBe('#ffffff'); // outside: not evaluated
  });

  it('round-trips rules through getConditionalFormatRules', () => {
    const { sheet, app } = actionsSheet();
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(3);
    const c = rules[1]!.getBooleanCondition()!;
    expect([c.getCriteriaType(), c.getCriteriaValues(), c.getFontColor(), c.getBold(), c.getBackground()]).toEqual([
      'CUSTOM_FORMULA',
      ['=$M2=TRUE'],
      '#cc0000',
      true,
      null,
    ]);
    expect(rules[0]!.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:N10']);
    expect(rules[0]!.getGradientCondition()).toBeNull();
    const changed = rules[0]!.copy().setBackground('#000000').build();
    sheet.setConditionalFormatRules([changed, ...rules.slice(1)]);
    expect(sheet.getConditionalFormatRules()[0]!.getBooleanCondition()!.getBackground()).toBe('#000000');
    expect(c.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('moves and grows rule ranges when rows are inserted or deleted', () => {
    const { sheet } = actionsSheet();
    sheet.insertRowsAfter(1, 2); // above the range: it moves down
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('A4:N12');
    sheet.insertRowsAfter(5, 1); // inside: it grows
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('A4:N13');
    sheet.deleteRows(4, 2);
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('A4:N11');
  });

  it('rejects rules whose ranges are on another sheet', () => {
    const { app, ss, sheet } = make();
    const other = ss.insertSheet('Other');
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#ff0000')
      .setRanges([other.getRange('A1')])
      .build();
    expectThrow(() => sheet.setConditionalFormatRules([rule]), /range on another sheet/);
  });
});

describe('protections', () => {
  it('protects ranges and sheets, with descriptions and warnings', () => {
    const { app, ss, sheet } = make();
    const p = sheet.getRange('A1:A10').protect().setDescription('Script-owned').setWarningOnly(true);
    expect([p.getDescription(), p.isWarningOnly(), p.canEdit(), p.getRange().getA1Notation()]).toEqual(['Script-owned', true, true, 'A1:A10']);
    expect(p.getProtectionType()).toBe(app.ProtectionType.RANGE);
    sheet.getRange('C1:C10').protect();
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((x) => x.getDescription())).toEqual(['Script-owned', '']);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
    const sp = sheet.protect().setDescription('whole');
    expect(sheet.protect().getDescription()).toBe('whole'); // the existing one
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(sp.getRange().getA1Notation()).toBe('A1:Z1000');
    ss.insertSheet('Other').getRange('B2').protect();
    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(3);
    sheet.getProtections(app.ProtectionType.RANGE)[0]!.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((x) => x.getRange().getA1Notation())).toEqual(['C1:C10']);
    expectThrow(() => p.getDescription(), /removed/);
  });

  it('keeps editors and follows inserted rows', () => {
    const { app, sheet } = make();
    const p = sheet.getRange('A2:A5').protect().addEditor('clerk@example.org').addEditors(['a@example.org']);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['clerk@example.org', 'a@example.org']);
    p.removeEditors(p.getEditors());
    expect(p.getEditors()).toEqual([]);
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0]!.getRange().getA1Notation()).toBe('A3:A6');
  });
});

describe('active sheet, selection and UI', () => {
  it('follows the user’s cursor and activate()', () => {
    const { app, ss, workbook } = make();
    ss.insertSheet('Actions');
    ss.setActiveSheet(ss.getSheetByName('Sheet1')!);
    workbook.setActiveCell('Actions', 4, 2);
    expect(app.getActiveSheet().getName()).toBe('Actions');
    expect(ss.getActiveRange()!.getA1Notation()).toBe('B4');
    expect(app.getCurrentCell().getA1Notation()).toBe('B4');
    ss.getSheetByName('Sheet1')!.getRange('C2:D3').activate();
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    expect(app.getActiveRange().getA1Notation()).toBe('C2:D3');
    expect(ss.getCurrentCell()!.getA1Notation()).toBe('C2');
    ss.getSheetByName('Actions')!.activate();
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A1');
  });

  it('records toasts and delegates getUi', () => {
    const { ss, app, workbook } = make();
    ss.toast('Saved');
    ss.toast('3 actions', 'Action Log', 10);
    expect(workbook.toasts).toEqual([
      { message: 'Saved', title: '', timeoutSeconds: 5 },
      { message: '3 actions', title: 'Action Log', timeoutSeconds: 10 },
    ]);
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    app.flush();
  });
});

describe('call counting and surface', () => {
  it('counts every call by class and method, chained calls included', () => {
    const { app, calls } = make();
    const ss = app.getActiveSpreadsheet();
    const sheet = ss.getSheetByName('Sheet1')!;
    const r = sheet.getRange(1, 1, 2, 2);
    r.getValues();
    r.setValues([
      [1, 2],
      [3, 4],
    ]).setBackground('#ff0000');
    app.newDataValidation().requireCheckbox().build();
    void app.ProtectionType.RANGE;
    expect(calls.byMethod('SpreadsheetApp')).toEqual({
      'SpreadsheetApp.DataValidationBuilder.build': 1,
      'SpreadsheetApp.DataValidationBuilder.requireCheckbox': 1,
      'SpreadsheetApp.Range.getValues': 1,
      'SpreadsheetApp.Range.setBackground': 1,
      'SpreadsheetApp.Range.setValues': 1,
      'SpreadsheetApp.Sheet.getRange': 1,
      'SpreadsheetApp.Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.SpreadsheetApp.newDataValidation': 1,
    });
  });

  it('offers no test-only members on the service objects', () => {
    const { app, sheet } = make();
    const r = sheet.getRange('A1');
    const keysOf = (o: object) => {
      const out = new Set<string>(Object.keys(o));
      for (let p = Object.getPrototypeOf(o); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
        for (const k of Object.getOwnPropertyNames(p)) if (k !== 'constructor') out.add(k);
      }
      return [...out];
    };
    const realRange = ['getValues', 'setValues', 'getA1Notation', 'protect', 'offset'];
    expect(keysOf(r)).toEqual(expect.arrayContaining(realRange));
    for (const k of keysOf(r)) expect(k).toMatch(/^(get|set|is|clear|insert|remove|check|uncheck|activate|offset|protect|createTextFinder$)/);
    expect(keysOf(app).sort()).toEqual([
      'BooleanCriteria',
      'DataValidationCriteria',
      'ProtectionType',
      'WrapStrategy',
      'create',
      'flush',
      'getActive',
      'getActiveRange',
      'getActiveSheet',
      'getActiveSpreadsheet',
      'getCurrentCell',
      'getUi',
      'newConditionalFormatRule',
      'newDataValidation',
      'setActiveSheet',
    ]);
    expect(keysOf(sheet).every((k) => /^(get|set|insert|delete|append|activate|clear|protect)/.test(k))).toBe(true);
  });
});

describe('two users on one workbook', () => {
  it('shares cells but keeps call logs and cursors apart', () => {
    const first = make();
    const calls2 = new CallLog();
    const OtherDate = vm.runInNewContext('Date') as DateConstructor;
    const second = first.workbook.appFor({ realm: { Date: OtherDate }, calls: calls2, ui: noUi });
    first.sheet.getRange('A1').setValue('18/03/2010');
    const seen = second.app.getActiveSpreadsheet().getSheetByName('Sheet1')!.getRange('A1').getValue();
    expect(seen).toBeInstanceOf(OtherDate);
    second.app.getActiveSpreadsheet().getSheetByName('Sheet1')!.getRange('B1').setValue('from user 2');
    expect(first.sheet.getRange('B1').getValue()).toBe('from user 2');
    expect(calls2.count('SpreadsheetApp.Range.setValue')).toBe(1);
    expect(first.calls.count('SpreadsheetApp.Range.setValue')).toBe(1);
    first.ss.insertSheet('Mine'); // becomes active for user 1 only
    expect(second.app.getActiveSheet().getName()).toBe('Sheet1');
    second.workbook.setActiveCell('Mine', 2, 2);
    expect(second.app.getActiveRange().getA1Notation()).toBe('B2');
    expect(first.app.getActiveRange().getA1Notation()).toBe('A1');
    const third = createSpreadsheetEmulator({ realm: hostRealm, calls: new CallLog(), ui: noUi, shared: first.workbook });
    expect(
      third.app
        .getActiveSpreadsheet()
        .getSheets()
        .map((s: Sheet) => s.getName()),
    ).toEqual(['Sheet1', 'Mine']);
    expect(third.workbook.toasts).toBe(first.workbook.toasts);
  });
});

describe('workbook handle', () => {
  it('snapshots a tab', () => {
    const { sheet, workbook, app } = make();
    sheet
      .getRange('A1:C1')
      .setValues([['Ref', 'Date', 'Done']])
      .setFontWeight('bold');
    sheet.getRange('A2:C2').setValues([["'28.01.01", '28/01/2010', false]]);
    sheet.getRange('C2').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange('A1').setNote('Given by the script');
    sheet.setFrozenRows(1);
    const snap = workbook.sheet('Sheet1');
    expect(snap.values).toEqual([
      ['Ref', 'Date', 'Done'],
      ['28.01.01', new Date(Date.UTC(2010, 0, 28)), false],
    ]);
    expect(snap.displayValues[1]).toEqual(['28.01.01', '28/01/2010', 'FALSE']);
    expect(snap.bold[0]).toEqual([true, true, true]);
    expect(snap.notes[0]![0]).toBe('Given by the script');
    expect(snap.validations[1]![2]).toEqual({ criteria: 'CHECKBOX', values: [], allowInvalid: true, helpText: null });
    expect(snap.numberFormats[1]![1]).toBe('dd/mm/yyyy');
    expect([snap.frozenRows, snap.lastRow, snap.lastColumn, snap.columnWidths.length]).toEqual([1, 2, 3, 26]);
    expect(() => workbook.sheet('Nope')).toThrow('No sheet named "Nope" (sheets: Sheet1)');
  });

  it('renders a tab as HTML with effective colours, dates, notes and the frozen header', () => {
    const { sheet, workbook, app } = make();
    sheet
      .getRange('A1:B1')
      .setValues([['Subject', 'Due']])
      .setFontWeight('bold');
    sheet.getRange('A2:B2').setValues([['<Budget> & plan', '18/03/2010']]);
    sheet.getRange('A2').setNote('Raised by "Finance"');
    sheet.setFrozenRows(1);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenTextContains('budget')
        .setBackground('#f4cccc')
        .setRanges([sheet.getRange('A2:B5')])
        .build(),
    ]);
    const html = workbook.toHtml('Sheet1');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('&lt;Budget&gt; &amp; plan');
    expect(html).toContain('18/03/2010');
    expect(html).toContain('title="Raised by &quot;Finance&quot;"');
    expect(html).toMatch(/<tr class="frozen last-frozen"><th class="rn">1<\/th>\n<td style="background:#ffffff;color:#000000;font-weight:bold/);
    expect(html).toMatch(/<td class="note" style="background:#f4cccc;/);
  });
});

describe('property: A1 notation and value round trips', () => {
  it('column letters and A1 ranges round-trip', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 18_278 }), (n) => columnNumber(columnLetters(n)) === n));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        (row, col, nr, nc) => {
          const p = parseA1(a1Of(row, col, nr, nc));
          expect(p).toEqual({ row1: row, col1: col, row2: row + nr - 1, col2: col + nc - 1 });
        },
      ),
    );
  });

  it('numbers, booleans, dates and quoted text survive setValues/getValues', () => {
    const { sheet } = make();
    const cellValue = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
      fc.boolean(),
      fc.date({ min: new Date('1900-03-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
      fc.string({ minLength: 1 }).map((s) => `'${s}`),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cellValue, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const r = sheet.getRange(1, 1, rows.length, 3);
        r.setValues(rows);
        const expected = rows.map((line) => line.map((v) => (typeof v === 'string' ? v.slice(1) : v)));
        expect(r.getValues()).toEqual(expected);
      }),
    );
  });
});
