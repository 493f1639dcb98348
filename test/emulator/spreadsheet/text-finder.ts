/**
 * TextFinder (Range.createTextFinder): a search run by Sheets itself, returning the matching
 * cells as ranges, so a script can find a few cells among many without reading them all.
 * Follows Google's documentation: the search is over each cell's displayed text, row by row,
 * case-insensitive unless `matchCase(true)`, a substring unless `matchEntireCell(true)`, and
 * a regular expression with `useRegularExpression(true)` (Sheets uses RE2; the emulator uses
 * JavaScript's engine, which agrees on the plain patterns used here — anchors, classes,
 * alternation, counted repetition). `matchFormulaText(true)` searches formulas instead.
 * Replacing and `ignoreDiacritics` are not emulated (the product does not use them).
 */
import { wrap, gridOf, type Ctx } from './context';
import { makeRange } from './factories';
import { exception, type GridRange } from './state';
import { displayValue } from './values';

type GasTextFinder = GoogleAppsScript.Spreadsheet.TextFinder;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export type TextFinderMethods =
  'findAll' | 'findNext' | 'findPrevious' | 'getCurrentMatch' | 'matchCase' | 'matchEntireCell' | 'matchFormulaText' | 'startFrom' | 'useRegularExpression';

export class TextFinderImpl implements Pick<GasTextFinder, TextFinderMethods> {
  readonly #ctx: Ctx;
  readonly #g: GridRange;
  readonly #text: string;
  readonly #self: GasTextFinder;
  #case = false;
  #entire = false;
  #formulas = false;
  #regex = false;
  /** Index (row-major, within the range) of the current match, or -1 before the first. */
  #at = -1;

  private constructor(ctx: Ctx, g: GridRange, text: string) {
    if (typeof text !== 'string' || text === '') throw exception('Emulator: createTextFinder needs the text to find.');
    this.#ctx = ctx;
    this.#g = { ...g };
    this.#text = text;
    this.#self = wrap(this, ctx, 'TextFinder') as unknown as GasTextFinder;
  }

  static create(ctx: Ctx, g: GridRange, text: string): GasTextFinder {
    return new TextFinderImpl(ctx, g, text).#self;
  }

  #matcher(): (s: string) => boolean {
    const flags = this.#case ? '' : 'i';
    if (this.#regex) {
      let re: RegExp;
      try {
        re = new RegExp(this.#entire ? `^(?:${this.#text})$` : this.#text, flags);
      } catch {
        throw exception(`Invalid regular expression: ${this.#text}`);
      }
      return (s) => re.test(s);
    }
    const needle = this.#case ? this.#text : this.#text.toLowerCase();
    return (s) => {
      const hay = this.#case ? s : s.toLowerCase();
      return this.#entire ? hay === needle : hay.includes(needle);
    };
  }

  /** Row-major indexes of the matching cells. */
  #matches(): number[] {
    const { sheet, row, col, numRows, numCols } = this.#g;
    const test = this.#matcher();
    const out: number[] = [];
    const lastRow = Math.min(row + numRows - 1, sheet.rows.length);
    for (let r = row; r <= lastRow; r++) {
      const line = sheet.rows[r - 1];
      if (!line) continue;
      for (let c = col; c < col + numCols && c <= line.length; c++) {
        const cell = line[c - 1];
        if (!cell) continue;
        const text = this.#formulas ? (cell.formula ?? '') : displayValue(sheet.value(r, c), cell.numberFormat, sheet.book.timeZone);
        if (text !== '' && test(text)) out.push((r - row) * numCols + (c - col));
      }
    }
    return out;
  }

  #range(index: number): GasRange {
    const { numCols } = this.#g;
    return makeRange(this.#ctx, {
      sheet: this.#g.sheet,
      row: this.#g.row + Math.floor(index / numCols),
      col: this.#g.col + (index % numCols),
      numRows: 1,
      numCols: 1,
    });
  }

  findAll(): GasRange[] {
    return this.#matches().map((i) => this.#range(i));
  }

  findNext(): GasRange | null {
    const all = this.#matches();
    const next = all.find((i) => i > this.#at) ?? all[0];
    if (next === undefined) return null;
    this.#at = next;
    return this.#range(next);
  }

  findPrevious(): GasRange | null {
    const all = this.#matches();
    const before = all.filter((i) => i < this.#at);
    const prev = before.length ? before[before.length - 1] : all[all.length - 1];
    if (prev === undefined) return null;
    this.#at = prev;
    return this.#range(prev);
  }

  getCurrentMatch(): GasRange | null {
    return this.#at < 0 ? null : this.#range(this.#at);
  }

  matchCase(matchCase: boolean): GasTextFinder {
    this.#case = Boolean(matchCase);
    return this.#self;
  }
  matchEntireCell(matchEntireCell: boolean): GasTextFinder {
    this.#entire = Boolean(matchEntireCell);
    return this.#self;
  }
  matchFormulaText(matchFormulaText: boolean): GasTextFinder {
    this.#formulas = Boolean(matchFormulaText);
    return this.#self;
  }
  useRegularExpression(useRegEx: boolean): GasTextFinder {
    this.#regex = Boolean(useRegEx);
    return this.#self;
  }

  startFrom(startRange: GasRange): GasTextFinder {
    const g = gridOf(startRange, 'TextFinder', 'startFrom', [startRange]);
    this.#at = (g.row - this.#g.row) * this.#g.numCols + (g.col - this.#g.col);
    return this.#self;
  }
}
