import { writeColumns } from '../../src/adapters/sheets/column-runs';
import { CallLog } from '../emulator/calls';
import { createAppsScript } from '../emulator/index';

describe('writing a few columns of a block', () => {
  function sheet() {
    const env = createAppsScript({});
    const s = env.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('T');
    return { env, s, calls: env.calls as CallLog };
  }

  it('writes neighbouring columns with one setValues, separate ones with one each, whatever the rows', () => {
    const { env, s, calls } = sheet();
    calls.reset();
    writeColumns(
      s as never,
      3,
      new Map([
        [4, ['a', 'b', 'c']],
        [5, [1, 2, 3]],
        [8, [true, false, true]],
      ]),
    );
    expect(calls.count('SpreadsheetApp.Range.setValues')).toBe(2);
    const values = env.handles.workbook.sheet('T').values;
    expect(values.slice(2, 5).map((r) => [r[4], r[5], r[8]])).toEqual([
      ['a', 1, true],
      ['b', 2, false],
      ['c', 3, true],
    ]);
    expect(values[1]?.[4] ?? '').toBe('');
  });

  it('writes nothing for no rows', () => {
    const { s, calls } = sheet();
    calls.reset();
    writeColumns(s as never, 2, new Map([[0, []]]));
    expect(calls.total('SpreadsheetApp.Range')).toBe(0);
  });
});
