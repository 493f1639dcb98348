import { evaluate, parseFormula, SheetError, UnsupportedFormula, type FValue } from './formula';

function run(formula: string, cells: Record<string, FValue> = {}, dRow = 0, dCol = 0): FValue {
  return evaluate(parseFormula(formula), {
    dRow,
    dCol,
    cell: (r, c) => cells[`${String.fromCharCode(64 + c)}${r}`] ?? null,
  });
}

describe('formula engine', () => {
  it('compares like Sheets: blanks adopt the other type, text ignores case, numbers < text < booleans', () => {
    expect(run('=A1=""')).toBe(true);
    expect(run('=A1=0')).toBe(true);
    expect(run('=A1=FALSE')).toBe(true);
    expect(run('=A1="Completed"', { A1: 'completed' })).toBe(true);
    expect(run('=A1<>"x"', { A1: 'y' })).toBe(true);
    expect(run('=1<"a"')).toBe(true);
    expect(run('="a"<TRUE')).toBe(true);
    expect(run('=1="1"')).toBe(false);
  });

  it('does arithmetic, concatenation and logic', () => {
    expect(run('=1+2*3-4/2')).toBe(5);
    expect(run('=-2^2')).toBe(4);
    expect(run('="a"&1&TRUE')).toBe('a1TRUE');
    expect(run('=AND(A1, NOT(B1), OR(FALSE, 1))', { A1: true, B1: false })).toBe(true);
    expect(run('=ISBLANK(A1)')).toBe(true);
    expect(run('=ISBLANK(A1)', { A1: '' })).toBe(false);
    expect(run('="x"+1')).toEqual(new SheetError('#VALUE!'));
  });

  it('shifts relative references and keeps $-anchored ones', () => {
    const cells = { L5: 'Completed', M5: true, B2: 'no', C3: 'yes' };
    expect(run('=$L2="Completed"', cells, 3, 7)).toBe(true);
    expect(run('=$M2', cells, 3, 0)).toBe(true);
    expect(run('=B$2="no"', cells, 5, 0)).toBe(true);
    expect(run('=B2="yes"', cells, 1, 1)).toBe(true);
  });

  it('refuses what it does not know', () => {
    for (const f of ['=TODAY()', '=SUM(A1:A3)', "='Other'!A1", '=Other!A1', '=foo', '=1+', '1+2']) {
      expect(() => parseFormula(f)).toThrow(UnsupportedFormula);
    }
  });
});
