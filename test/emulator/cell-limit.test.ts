import { CallLog } from './calls';
import { hostRealm } from './realm';
import { createSpreadsheetEmulator } from './spreadsheet';

const SHEETS_SAYS = 'Your input contains more than the maximum of 50000 characters in a single cell.';

function make() {
  const calls = new CallLog();
  const { app } = createSpreadsheetEmulator({
    realm: hostRealm,
    calls,
    ui: () => {
      throw new Error('no UI');
    },
    name: 'Board log',
  });
  const sheet = app.getActiveSpreadsheet().getSheets()[0]!;
  return { sheet, calls };
}

describe('a cell holds at most 50,000 characters, as in Sheets', () => {
  const full = 'x'.repeat(50_000);
  const over = `${full}y`;

  it('accepts exactly 50,000 (a leading apostrophe is not stored, so not counted)', () => {
    const { sheet } = make();
    sheet.getRange('A1').setValue(full);
    sheet.getRange('A2').setValue(`'${full}`);
    sheet.getRange('A3').setNote(full);
    expect(
      sheet
        .getRange('A1:A2')
        .getValues()
        .map((r) => String(r[0]).length),
    ).toEqual([50_000, 50_000]);
    expect(sheet.getRange('A3').getNote()).toHaveLength(50_000);
  });

  it('setValue, setFormula, appendRow, setNote refuse one more, writing nothing', () => {
    const { sheet, calls } = make();
    expect(() => sheet.getRange('A1').setValue(over)).toThrow(SHEETS_SAYS);
    expect(() => sheet.getRange('A1').setFormula(`=${over}`)).toThrow(SHEETS_SAYS);
    expect(() => sheet.appendRow(['a', over])).toThrow(SHEETS_SAYS);
    expect(() => sheet.getRange('B1').setNote(over)).toThrow(SHEETS_SAYS);
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('B1').getNote()).toBe('');
    expect(calls.count('SpreadsheetApp.Range.setValue')).toBe(1);
  });

  it('setValues and setNotes refuse the whole block when one cell is too long', () => {
    const { sheet } = make();
    const range = sheet.getRange('A1:B2');
    expect(() =>
      range.setValues([
        ['first', 'second'],
        ['third', over],
      ]),
    ).toThrow(SHEETS_SAYS);
    expect(range.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(() =>
      range.setNotes([
        ['n1', 'n2'],
        [over, 'n4'],
      ]),
    ).toThrow(SHEETS_SAYS);
    expect(range.getNotes()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });
});
