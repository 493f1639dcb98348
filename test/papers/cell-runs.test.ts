import fc from 'fast-check';
import { colourRects } from '../../src/core/papers/cell-runs';

const grid = fc
  .integer({ min: 1, max: 6 })
  .chain((width) => fc.array(fc.array(fc.constantFrom(undefined, '#aaaaaa', '#bbbbbb', '#cccccc'), { minLength: width, maxLength: width }), { maxLength: 12 }));

describe('colourRects', () => {
  it('covers exactly the coloured cells, each once, with its colour (property)', () => {
    fc.assert(
      fc.property(grid, (backgrounds) => {
        const painted: (string | undefined)[][] = backgrounds.map((r) => r.map(() => undefined));
        for (const rect of colourRects(backgrounds)) {
          expect(rect.rowSpan).toBeGreaterThanOrEqual(1);
          expect(rect.columnSpan).toBeGreaterThanOrEqual(1);
          for (let r = rect.row; r < rect.row + rect.rowSpan; r++) {
            for (let c = rect.column; c < rect.column + rect.columnSpan; c++) {
              expect(painted[r]![c]).toBeUndefined(); // no overlap
              painted[r]![c] = rect.colour;
            }
          }
        }
        expect(painted).toEqual(backgrounds);
      }),
    );
  });

  it('never needs more rectangles than rows of runs, and merges equal runs down', () => {
    fc.assert(
      fc.property(grid, (backgrounds) => {
        const runs = backgrounds.reduce((n, row) => n + row.filter((c, i) => c && c !== row[i - 1]).length, 0);
        expect(colourRects(backgrounds).length).toBeLessThanOrEqual(runs);
      }),
    );
    const header = Array(5).fill('#d9d9d9');
    const body = (colour: string) => [colour, undefined, undefined, undefined, undefined];
    expect(colourRects([header, body('#b7e1cd'), body('#b7e1cd'), body('#f4c7c3'), body('#b7e1cd')])).toEqual([
      { row: 0, column: 0, rowSpan: 1, columnSpan: 5, colour: '#d9d9d9' },
      { row: 1, column: 0, rowSpan: 2, columnSpan: 1, colour: '#b7e1cd' },
      { row: 3, column: 0, rowSpan: 1, columnSpan: 1, colour: '#f4c7c3' },
      { row: 4, column: 0, rowSpan: 1, columnSpan: 1, colour: '#b7e1cd' },
    ]);
  });
});
