/**
 * A deliberately small formula language, enough for:
 *  - cell formulas made of literals, arithmetic and same-sheet cell references
 *    (`="x"`, `=1+2`, `=A1&" "&B1`), and
 *  - conditional-format custom formulas such as `=$L2="Completed"`, `=$M2=TRUE`, `=$M2`,
 *    `=AND($L2<>"", NOT($M2))`.
 * Supported: numbers, "strings", TRUE/FALSE, single-cell references with optional `$`
 * anchors, = <> < > <= >= & + - * / ^, unary +/-, parentheses, AND, OR, NOT, ISBLANK.
 * Anything else (other functions, ranges, other sheets) raises `UnsupportedFormula`, so a
 * caller never silently gets a wrong answer.
 */

export class UnsupportedFormula extends Error {
  constructor(formula: string, why: string) {
    super(`Emulator cannot evaluate formula ${JSON.stringify(formula)}: ${why}`);
    this.name = 'UnsupportedFormula';
  }
}

/** A spreadsheet error value (#VALUE!, #DIV/0!, #REF!). */
export class SheetError {
  constructor(readonly code: string) {}
}

/** null = blank cell. Dates are serial numbers here. */
export type FValue = number | string | boolean | null | SheetError;

type Node =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'ref'; row: number; col: number; rowAbs: boolean; colAbs: boolean }
  | { k: 'un'; op: string; a: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'call'; name: string; args: Node[] };

type Tok = { t: 'num' | 'str' | 'ref' | 'id' | 'op'; v: string };

function tokenize(src: string, formula: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    let m: RegExpExecArray | null;
    if (/^\s/.test(rest)) {
      i++;
      continue;
    }
    if ((m = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest))) {
      out.push({ t: 'num', v: m[0] });
      i += m[0].length;
      continue;
    }
    if (rest[0] === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) throw new UnsupportedFormula(formula, 'unterminated string');
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    if (/^('[^']*'|[A-Za-z_][\w.]*)!/.test(rest)) {
      throw new UnsupportedFormula(formula, 'references to other sheets are not supported');
    }
    if ((m = /^\$?[A-Za-z]{1,3}\$?\d+(?![\w(])/.exec(rest))) {
      if (rest[m[0].length] === ':') throw new UnsupportedFormula(formula, 'ranges are not supported');
      out.push({ t: 'ref', v: m[0] });
      i += m[0].length;
      continue;
    }
    if ((m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest))) {
      out.push({ t: 'id', v: m[0] });
      i += m[0].length;
      continue;
    }
    if ((m = /^(<>|<=|>=|[=<>&+\-*/^(),])/.exec(rest))) {
      out.push({ t: 'op', v: m[0] });
      i += m[0].length;
      continue;
    }
    throw new UnsupportedFormula(formula, `unexpected ${JSON.stringify(rest[0])}`);
  }
  return out;
}

const FUNCTIONS = new Set(['AND', 'OR', 'NOT', 'ISBLANK']);

export function parseFormula(formula: string): Node {
  if (!formula.startsWith('=')) throw new UnsupportedFormula(formula, 'a formula starts with "="');
  const toks = tokenize(formula.slice(1), formula);
  let p = 0;
  const peek = () => toks[p];
  const isOp = (...ops: string[]) => peek()?.t === 'op' && ops.includes(peek()!.v);
  const expect = (v: string) => {
    if (!isOp(v)) throw new UnsupportedFormula(formula, `expected "${v}"`);
    p++;
  };
  const comparison = (): Node => {
    let a = concat();
    while (isOp('=', '<>', '<', '>', '<=', '>=')) {
      const op = toks[p++]!.v;
      a = { k: 'bin', op, a, b: concat() };
    }
    return a;
  };
  const concat = (): Node => {
    let a = additive();
    while (isOp('&')) {
      p++;
      a = { k: 'bin', op: '&', a, b: additive() };
    }
    return a;
  };
  const additive = (): Node => {
    let a = multiplicative();
    while (isOp('+', '-')) {
      const op = toks[p++]!.v;
      a = { k: 'bin', op, a, b: multiplicative() };
    }
    return a;
  };
  const multiplicative = (): Node => {
    let a = power();
    while (isOp('*', '/')) {
      const op = toks[p++]!.v;
      a = { k: 'bin', op, a, b: power() };
    }
    return a;
  };
  const power = (): Node => {
    let a = unary();
    while (isOp('^')) {
      p++;
      a = { k: 'bin', op: '^', a, b: unary() };
    }
    return a;
  };
  const unary = (): Node => {
    if (isOp('+', '-')) {
      const op = toks[p++]!.v;
      return { k: 'un', op, a: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const tok = toks[p++];
    if (!tok) throw new UnsupportedFormula(formula, 'unexpected end');
    if (tok.t === 'num') return { k: 'num', v: Number(tok.v) };
    if (tok.t === 'str') return { k: 'str', v: tok.v };
    if (tok.t === 'ref') {
      const m = /^(\$?)([A-Za-z]+)(\$?)(\d+)$/.exec(tok.v)!;
      let col = 0;
      for (const ch of m[2]!.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
      return { k: 'ref', row: Number(m[4]), col, rowAbs: m[3] === '$', colAbs: m[1] === '$' };
    }
    if (tok.t === 'op' && tok.v === '(') {
      const e = comparison();
      expect(')');
      return e;
    }
    if (tok.t === 'id') {
      const name = tok.v.toUpperCase();
      if (isOp('(')) {
        p++;
        if (!FUNCTIONS.has(name)) throw new UnsupportedFormula(formula, `function ${name} is not supported`);
        const args: Node[] = [];
        if (!isOp(')')) {
          args.push(comparison());
          while (isOp(',')) {
            p++;
            args.push(comparison());
          }
        }
        expect(')');
        return { k: 'call', name, args };
      }
      if (name === 'TRUE' || name === 'FALSE') return { k: 'bool', v: name === 'TRUE' };
      throw new UnsupportedFormula(formula, `unknown name ${tok.v}`);
    }
    throw new UnsupportedFormula(formula, `unexpected "${tok.v}"`);
  };
  const tree = comparison();
  if (p !== toks.length) throw new UnsupportedFormula(formula, `unexpected "${toks[p]!.v}"`);
  return tree;
}

export interface EvalContext {
  /** Value of the cell (1-based); null for blank. */
  cell(row: number, col: number): FValue;
  /** Shift applied to relative references (conditional formats: cell - range top-left). */
  readonly dRow: number;
  readonly dCol: number;
}

function toNumber(v: FValue): number | SheetError {
  if (v instanceof SheetError) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = v.trim();
  if (t !== '' && !Number.isNaN(Number(t))) return Number(t);
  return new SheetError('#VALUE!');
}

function toBool(v: FValue): boolean | SheetError {
  if (v instanceof SheetError) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (/^(true|false)$/i.test(v)) return v.toUpperCase() === 'TRUE';
  return new SheetError('#VALUE!');
}

function toText(v: FValue): string | SheetError {
  if (v instanceof SheetError) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  return v;
}

/** Sheets' comparison: blanks take the other side's type; numbers < text < booleans; text ignores case. */
function compare(a: FValue, b: FValue): number {
  const empty = (other: FValue): FValue => (typeof other === 'number' ? 0 : typeof other === 'boolean' ? false : '');
  const x = a === null ? empty(b) : a;
  const y = b === null ? empty(a) : b;
  const rank = (v: FValue) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string') {
    const l = x.toLowerCase(),
      r = (y as string).toLowerCase();
    return l < r ? -1 : l > r ? 1 : 0;
  }
  const l = Number(x),
    r = Number(y);
  return l < r ? -1 : l > r ? 1 : 0;
}

export function evaluate(node: Node, ctx: EvalContext): FValue {
  switch (node.k) {
    case 'num':
      return node.v;
    case 'str':
      return node.v;
    case 'bool':
      return node.v;
    case 'ref': {
      const row = node.row + (node.rowAbs ? 0 : ctx.dRow);
      const col = node.col + (node.colAbs ? 0 : ctx.dCol);
      if (row < 1 || col < 1) return new SheetError('#REF!');
      return ctx.cell(row, col);
    }
    case 'un': {
      const n = toNumber(evaluate(node.a, ctx));
      if (n instanceof SheetError) return n;
      return node.op === '-' ? -n : n;
    }
    case 'bin': {
      const a = evaluate(node.a, ctx);
      const b = evaluate(node.b, ctx);
      if (a instanceof SheetError) return a;
      if (b instanceof SheetError) return b;
      if (node.op === '&') return `${toText(a) as string}${toText(b) as string}`;
      const c = ['=', '<>', '<', '>', '<=', '>='].includes(node.op) ? compare(a, b) : undefined;
      switch (node.op) {
        case '=':
          return c === 0;
        case '<>':
          return c !== 0;
        case '<':
          return c! < 0;
        case '>':
          return c! > 0;
        case '<=':
          return c! <= 0;
        case '>=':
          return c! >= 0;
      }
      const x = toNumber(a),
        y = toNumber(b);
      if (x instanceof SheetError) return x;
      if (y instanceof SheetError) return y;
      switch (node.op) {
        case '+':
          return x + y;
        case '-':
          return x - y;
        case '*':
          return x * y;
        case '/':
          return y === 0 ? new SheetError('#DIV/0!') : x / y;
        default:
          return Math.pow(x, y);
      }
    }
    case 'call': {
      const args = node.args.map((a) => evaluate(a, ctx));
      if (node.name === 'ISBLANK') {
        if (node.args.length !== 1 || node.args[0]!.k !== 'ref') return new SheetError('#N/A');
        return args[0] === null;
      }
      if (node.name === 'NOT') {
        if (args.length !== 1) return new SheetError('#N/A');
        const v = toBool(args[0]!);
        return v instanceof SheetError ? v : !v;
      }
      if (args.length === 0) return new SheetError('#N/A');
      const bools: boolean[] = [];
      for (const a of args) {
        if (a === null) continue;
        const v = toBool(a);
        if (v instanceof SheetError) return v;
        bools.push(v);
      }
      return node.name === 'AND' ? bools.every(Boolean) : bools.some(Boolean);
    }
  }
}
