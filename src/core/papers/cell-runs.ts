/**
 * A table's cell backgrounds as few rectangles as a simple sweep finds: each row's runs of equal
 * colour, merged down while the next row has the same run. Each rectangle becomes one Docs API
 * `updateTableCellStyle` request (a table range: row, column, rowSpan, columnSpan), so a table is
 * styled by one `batchUpdate` whatever its size, with one request per block of colour.
 */

export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly columnSpan: number;
  /** As given in the model ('#rrggbb'). */
  readonly colour: string;
}

/** Rectangles covering exactly the cells with a colour, none overlapping, in row-major order of their top-left cells. */
export function colourRects(backgrounds: readonly (readonly (string | undefined)[])[]): CellRect[] {
  const done: CellRect[] = [];
  let open = new Map<string, { row: number; column: number; rowSpan: number; columnSpan: number; colour: string }>();
  backgrounds.forEach((cells, r) => {
    const next = new Map<string, { row: number; column: number; rowSpan: number; columnSpan: number; colour: string }>();
    let c = 0;
    while (c < cells.length) {
      const colour = cells[c];
      if (!colour) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < cells.length && cells[end] === colour) end++;
      const key = `${c}:${end - c}:${colour}`;
      const rect = open.get(key);
      if (rect) {
        rect.rowSpan++;
        open.delete(key);
        next.set(key, rect);
      } else {
        const fresh = { row: r, column: c, rowSpan: 1, columnSpan: end - c, colour };
        done.push(fresh);
        next.set(key, fresh);
      }
      c = end;
    }
    open = next;
  });
  return done;
}
