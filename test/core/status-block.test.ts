import fc from 'fast-check';
import { MAX_CELL_CHARS } from '../../src/core/cell-limit';
import { ACTIONS } from '../../src/core/layout';
import { readActions } from '../../src/core/records';
import { actionRows, changedRuns, computeStatusBlock, writeRuns } from '../../src/core/status-block';
import { mapHeaders, type CellValue } from '../../src/core/table';

const map = mapHeaders(
  ACTIONS,
  ACTIONS.columns.map((c) => c.header),
);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const row = (over: Record<string, CellValue>): CellValue[] => ACTIONS.columns.map((c) => over[c.key] ?? '');

function block(values: CellValue[][], extra: { formulas?: string[]; notes?: string[]; overdueNotes?: string[] } = {}) {
  const { records, problems } = readActions(map, actionRows(map, values), isoOf);
  const status = map.index.get('status')!;
  return computeStatusBlock({
    actions: records,
    rowProblems: problems,
    firstRow: 2,
    rowCount: values.length,
    statusColumn: status + 1,
    asAt: '2010-03-18',
    currentStatus: values.map((r) => r[status] ?? ''),
    currentNotes: extra.notes ?? values.map(() => ''),
    currentFormulas: extra.formulas,
    currentOverdueNotes: extra.overdueNotes,
  });
}

describe('the status block and rows that hold no action', () => {
  it('a row holding only something in Status, Overdue or Last Updated is not an action', () => {
    const values = [row({ ref: '1.1.1', text: 'a' }), row({ status: '=1+1', overdue: 'n/a', lastUpdated: 'by hand' }), row({ text: 'no reference yet' })];
    expect(actionRows(map, values).map((r) => r.row)).toEqual([2, 4]);
    const out = block(values, { notes: ['', 'my note', ''], overdueNotes: ['', 'theirs', ''] });
    expect(out.hasAction).toEqual([true, false, true]);
    expect(out.notes[1]).toEqual(['my note', 'theirs']); // as they were
    expect(out.problems.some((p) => p.cell === 'D3')).toBe(false);
  });

  it('a formula in Status is reported and kept as its text, even when its result is a status label', () => {
    const values = [row({ ref: '1.1.1', text: 'a', isDecision: true, status: 'Decisions' })];
    const out = block(values, { formulas: ['="Decisions"'] });
    expect(out.values[0]).toEqual(['Decisions', '']);
    expect(out.notes[0]![0]).toBe('Typed here before: ="Decisions"');
    expect(out.problems).toEqual([expect.objectContaining({ cell: 'D2', message: expect.stringContaining('the Status cell held the formula ="Decisions"') })]);
  });

  it('a status note never passes the limit of a cell, keeping what was typed before as far as it fits', () => {
    const long = 'x'.repeat(MAX_CELL_CHARS);
    const out = block([row({ ref: '1.1.1', text: 'a', status: long })], { notes: ['Typed here before: Done'] });
    expect(out.notes[0]![0]!.length).toBe(MAX_CELL_CHARS);
    expect(out.notes[0]![0]!.startsWith('Typed here before: Done\nTyped here before: xxx')).toBe(true);
  });

  it('runs: action rows, joined over empty rows only', () => {
    expect(writeRuns([true, false, true, true], [true, true, true, true])).toEqual([{ start: 0, count: 4 }]);
    expect(writeRuns([true, false, true], [true, false, true])).toEqual([
      { start: 0, count: 1 },
      { start: 2, count: 1 },
    ]);
    expect(writeRuns([false, true, false, false], [true, true, true, true])).toEqual([{ start: 1, count: 1 }]);
    expect(writeRuns([false, false], [true, false])).toEqual([]);
  });
});

describe('changedRuns: only the rows that change are written', () => {
  const mask = (n: number, on: number[]) => Array.from({ length: n }, (_, i) => on.includes(i));

  it('nothing changed: nothing written', () => {
    expect(changedRuns([{ start: 0, count: 10 }], mask(10, []))).toEqual([]);
  });

  it('close changes join across the unchanged rows between; far ones are written apart', () => {
    expect(changedRuns([{ start: 0, count: 1000 }], mask(1000, [3, 5, 900]), 100)).toEqual([
      { start: 3, count: 3 },
      { start: 900, count: 1 },
    ]);
    expect(changedRuns([{ start: 0, count: 1000 }], mask(1000, [3, 104]), 100)).toEqual([{ start: 3, count: 102 }]);
    expect(changedRuns([{ start: 0, count: 1000 }], mask(1000, [3, 105]), 100)).toEqual([
      { start: 3, count: 1 },
      { start: 105, count: 1 },
    ]);
  });

  it('never reaches outside the runs it may write (a row holding no action between stays apart)', () => {
    const runs = [
      { start: 0, count: 4 },
      { start: 5, count: 5 },
    ];
    expect(changedRuns(runs, mask(10, [3, 4, 5]))).toEqual([
      { start: 3, count: 1 },
      { start: 5, count: 1 },
    ]);
  });

  it('property: every changed row inside a run is covered, and every row written lies inside a run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 300 }),
        fc.array(fc.boolean(), { minLength: 300, maxLength: 300 }),
        fc.integer({ min: 0, max: 50 }),
        (allowed, changed, gap) => {
          const runs = writeRuns(
            allowed,
            allowed.map(() => false),
          );
          const out = changedRuns(runs, changed, gap);
          const inRun = (i: number) => runs.some((r) => i >= r.start && i < r.start + r.count);
          const written = new Set(out.flatMap((r) => Array.from({ length: r.count }, (_, k) => r.start + k)));
          for (const i of written) expect(inRun(i)).toBe(true);
          allowed.forEach((_, i) => {
            if (inRun(i) && changed[i]) expect(written.has(i)).toBe(true);
          });
        },
      ),
    );
  });
});
