import { writeColumns } from '../../src/adapters/sheets/column-runs';
import { appendRecords } from '../../src/adapters/sheets/workbook';
import { describeCell, fitNote, firstTooLong, MAX_CELL_CHARS, storedLength, thousands } from '../../src/core/cell-limit';
import { ACTIONS, MEETINGS } from '../../src/core/layout';
import { mapHeaders } from '../../src/core/table';
import { CallLog } from '../emulator/calls';
import { createAppsScript } from '../emulator/index';

describe('the 50,000-character limit of a cell (pure parts)', () => {
  it('counts what Sheets stores: a leading apostrophe is not stored', () => {
    expect(storedLength(`'${'x'.repeat(10)}`)).toBe(10);
    expect(storedLength('x'.repeat(10))).toBe(10);
    expect(storedLength(12345)).toBe(0);
  });

  it('finds the first value over the limit, by position', () => {
    expect(firstTooLong([['a', 'x'.repeat(MAX_CELL_CHARS)]])).toBeUndefined();
    expect(
      firstTooLong([
        ['a', 'b'],
        [1, 'x'.repeat(MAX_CELL_CHARS + 3)],
      ]),
    ).toEqual({ row: 1, column: 1, length: 50_003 });
  });

  it('names the field, the reference and the cell', () => {
    const map = mapHeaders(
      ACTIONS,
      ACTIONS.columns.map((c) => c.header),
    );
    const commentary = map.index.get('commentary')!;
    expect(describeCell(ACTIONS, map, commentary, 7, '28.01.05')).toBe('the Commentary of 28.01.05 (Actions!M7)');
    expect(describeCell(ACTIONS, map, commentary, 7)).toBe('the Commentary of row 7 (Actions!M7)');
    expect(thousands(50214)).toBe('50,214');
  });

  it('a note too long for a cell keeps every line, the longest cut to fit', () => {
    const note = fitNote(['Actions!L7: a short message', `Typed here before: ${'y'.repeat(60_000)}`, 'Typed here before: Done']);
    expect(note.length).toBe(MAX_CELL_CHARS);
    const lines = note.split('\n');
    expect(lines[0]).toBe('Actions!L7: a short message');
    expect(lines[1]).toMatch(/^Typed here before: y+…$/);
    expect(lines[2]).toBe('Typed here before: Done');
    expect(fitNote(['a', 'b'])).toBe('a\nb');
  });
});

describe('the writers refuse a value over the limit before writing anything', () => {
  function book() {
    const env = createAppsScript({});
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    return { env, ss, calls: env.calls as CallLog };
  }

  it('writeColumns: no column of the block is written, and the message names the cell', () => {
    const { ss, env, calls } = book();
    const s = ss.insertSheet('T');
    calls.reset();
    const write = () =>
      writeColumns(
        s as never,
        3,
        new Map([
          [1, ['a', 'b']],
          [4, ['c', 'x'.repeat(50_214)]],
        ]),
      );
    expect(write).toThrow('Nothing was saved: T!E4 would be 50,214 characters; a cell holds at most 50,000.');
    expect(calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    expect(
      env.handles.workbook
        .sheet('T')
        .values.flat()
        .every((v) => v === ''),
    ).toBe(true);
  });

  it('appendRecords: no row is added, and the message names the field and the row', () => {
    const { ss, env, calls } = book();
    const s = ss.insertSheet(MEETINGS.name);
    s.getRange(1, 1, 1, MEETINGS.columns.length).setValues([MEETINGS.columns.map((c) => c.header)]);
    calls.reset();
    const attendees = Array.from({ length: 3000 }, (_, i) => `Officer number ${i}`);
    const save = () =>
      appendRecords(ss as never, MEETINGS, [
        { board: 'Board', title: 'Fine' },
        { board: 'Board', attendees },
      ]);
    expect(save).toThrow(/^Nothing was saved: the Attendees of row 3 \(Meetings!F3\) would be [\d,]+ characters; a cell holds at most 50,000\./);
    expect(calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    expect(env.handles.workbook.sheet(MEETINGS.name).values.length).toBe(1);
  });
});
