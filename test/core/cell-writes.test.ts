import fc from 'fast-check';
import { cellBlocks } from '../../src/core/cell-writes';

describe('cellBlocks', () => {
  it('groups consecutive rows of a column, and side-by-side columns over the same rows', () => {
    expect(
      cellBlocks<string | boolean>([
        { row: 3, column: 5, value: 'a' },
        { row: 4, column: 5, value: 'b' },
        { row: 9, column: 5, value: 'c' },
        { row: 3, column: 6, value: 'x' },
        { row: 4, column: 6, value: 'y' },
        { row: 9, column: 8, value: true },
      ]),
    ).toEqual([
      {
        row: 3,
        column: 5,
        values: [
          ['a', 'x'],
          ['b', 'y'],
        ],
      },
      { row: 9, column: 5, values: [['c']] },
      { row: 9, column: 8, values: [[true]] },
    ]);
    expect(cellBlocks([])).toEqual([]);
  });

  it('property: covers exactly the cells given, each once, with their values', () => {
    const cell = fc.record({ row: fc.integer({ min: 1, max: 12 }), column: fc.integer({ min: 1, max: 6 }), value: fc.integer() });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (cells) => {
        const want = new Map(cells.map((c) => [`${c.row}:${c.column}`, c.value]));
        const got = new Map<string, number>();
        for (const b of cellBlocks(cells)) {
          b.values.forEach((line, r) =>
            line.forEach((v, c) => {
              const key = `${b.row + r}:${b.column + c}`;
              expect(got.has(key)).toBe(false);
              got.set(key, v);
            }),
          );
        }
        expect(got).toEqual(want);
      }),
    );
  });
});
