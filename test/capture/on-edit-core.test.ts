import { NOTE_PREFIX, mergeNote, recomputeEditedRows } from '../../src/core/capture/on-edit';
import { ACTIONS } from '../../src/core/layout';
import { mapHeaders, type CellValue } from '../../src/core/table';

const header = ACTIONS.columns.map((c) => c.header);
const map = mapHeaders(ACTIONS, header);
const col = (key: string) => map.index.get(key)!;
const readDate = (d: Date) => d.toISOString().slice(0, 10);

function row(over: Record<string, CellValue>): CellValue[] {
  const r: CellValue[] = header.map(() => '');
  for (const [k, v] of Object.entries(over)) r[col(k)] = v;
  return r;
}

describe('recomputeEditedRows', () => {
  it('works out status and overdue for each edited row and notes an unreadable date on its own cell', () => {
    const values = [
      row({ ref: '28.01.01', text: 'Report back', dueDate: new Date(Date.UTC(2010, 2, 18)) }),
      row({ ref: '28.01.02', text: 'Circulate', dueDate: 'next month' }),
      row({ ref: '28.01.03', text: 'Agreed', isDecision: true }),
    ];
    const notes = values.map((r) => r.map(() => ''));
    notes[1]![col('dueDate')] = 'Ask Jane';
    const out = recomputeEditedRows({ map, firstRow: 5, values, notes, asAt: '2010-03-19', readDate });
    expect(out.status).toEqual([
      ['Actions outstanding – no dates confirmed', 'Yes'],
      ['Actions outstanding – no dates confirmed', ''],
      ['Decisions', ''],
    ]);
    expect(out.hasData).toEqual([true, true, true]);
    const note = out.notes![1]![col('dueDate')]!;
    expect(note.split('\n')[0]).toBe('Ask Jane');
    expect(note).toContain(`${NOTE_PREFIX}Date for Report "next month" is not a date`);
    // the status cell says why the status may be wrong, naming the cell
    expect(out.notes![1]![col('status')]).toContain('L6');
    expect(out.problems.some((p) => p.cell === 'L6')).toBe(true);
  });

  it("removes its own note once the value is readable, keeping the user's", () => {
    const values = [row({ ref: '28.01.02', text: 'x', dueDate: '18/03/2010' })];
    const notes = [values[0]!.map(() => '')];
    notes[0]![col('dueDate')] = `Ask Jane\n${NOTE_PREFIX}old message`;
    const out = recomputeEditedRows({ map, firstRow: 2, values, notes, asAt: '2010-03-01', readDate });
    expect(out.notes![0]![col('dueDate')]).toBe('Ask Jane');
    expect(out.status[0]).toEqual(['Not yet due', '']);
  });

  it('reports no note change when nothing changes, and leaves the owned cells of rows with no action alone', () => {
    const values = [row({ status: 'Not yet due', lastUpdated: new Date() }), row({ status: 'Chased by phone' })];
    const notes = values.map((r) => r.map(() => ''));
    notes[1]![col('status')] = 'Typed here before: Done';
    const out = recomputeEditedRows({ map, firstRow: 2, values, notes, asAt: '2010-03-01', readDate });
    expect(out.notes).toBeUndefined();
    expect(out.hasData).toEqual([false, false]);
    expect(out.runs).toEqual([]);
  });

  it('writes runs of action rows, joined across rows whose owned cells are empty, split by one that holds something', () => {
    const values = [
      row({ ref: '28.01.01', text: 'a' }),
      row({}),
      row({ ref: '28.01.02', text: 'b' }),
      row({ status: '=1+1' }),
      row({ ref: '28.01.03', text: 'c' }),
      row({}),
    ];
    const notes = values.map((r) => r.map(() => ''));
    const formulas = values.map((r) => r.map(() => ''));
    formulas[1]![col('overdue')] = '=TODAY()>I3';
    const out = recomputeEditedRows({ map, firstRow: 2, values, notes, formulas, asAt: '2010-03-01', readDate });
    expect(out.hasData).toEqual([true, false, true, false, true, false]);
    expect(out.runs).toEqual([
      { start: 0, count: 1 },
      { start: 2, count: 1 },
      { start: 4, count: 1 },
    ]);
    formulas[1]![col('overdue')] = '';
    const joined = recomputeEditedRows({ map, firstRow: 2, values, notes, formulas, asAt: '2010-03-01', readDate });
    expect(joined.runs).toEqual([
      { start: 0, count: 3 },
      { start: 4, count: 1 },
    ]);
  });

  it('a formula in the Status cell of an action row is kept, as its text, in the note', () => {
    const values = [row({ ref: '28.01.01', text: 'a', status: 'Done' })];
    const notes = [values[0]!.map(() => '')];
    const formulas = [values[0]!.map(() => '')];
    formulas[0]![col('status')] = '=IF(K2<>"","Done","")';
    const out = recomputeEditedRows({ map, firstRow: 2, values, notes, formulas, asAt: '2010-03-01', readDate });
    expect(out.status[0]![0]).toBe('Actions outstanding – no dates confirmed');
    expect(out.notes![0]![col('status')]).toBe('Typed here before: =IF(K2<>"","Done","")');
    expect(out.problems.map((p) => p.message).join('\n')).toContain('the Status cell held the formula =IF(K2<>"","Done","")');
  });

  it('keeps note text on one plain line', () => {
    expect(mergeNote('', ['a\nb\u0007c'])).toBe(`${NOTE_PREFIX}a b c`);
  });

  it("never makes a note longer than a cell holds: the user's own note is kept, the script's line dropped", () => {
    const own = 'z'.repeat(49_990);
    expect(mergeNote(own, ['Date for Report "soon" is not a date'])).toBe(own);
    expect(mergeNote(`${own}\n${NOTE_PREFIX}old`, [])).toBe(own);
  });
});
