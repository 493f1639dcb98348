/** A1 notation: parsing ("'My tab'!A2:C", "B:B", "3:5") and printing. */

export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Of(row: number, col: number, numRows: number, numCols: number): string {
  const start = `${columnLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}

/** Quotes a sheet name for A1 notation when needed. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface ParsedA1 {
  sheet?: string;
  /** undefined = open-ended (whole column / row). */
  row1?: number;
  col1?: number;
  row2?: number;
  col2?: number;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

export function parseA1(text: string): ParsedA1 | undefined {
  let rest = text.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const raw = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    if (raw.startsWith("'")) {
      if (!raw.endsWith("'") || raw.length < 2) return undefined;
      sheet = raw.slice(1, -1).replace(/''/g, "'");
    } else sheet = raw;
  }
  const parts = rest.split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) return undefined;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((c) => !c || (c[1] === '' && c[2] === ''))) return undefined;
  const [a, b] = cells as RegExpExecArray[];
  const col = (m: RegExpExecArray | undefined) => (m && m[1] ? columnNumber(m[1]) : undefined);
  const row = (m: RegExpExecArray | undefined) => (m && m[2] ? Number(m[2]) : undefined);
  if (!b) {
    // A single reference must be a cell ("A1"); "A" or "1" alone is not a range.
    if (col(a) === undefined || row(a) === undefined) return undefined;
    return { ...(sheet !== undefined ? { sheet } : {}), row1: row(a)!, col1: col(a)!, row2: row(a)!, col2: col(a)! };
  }
  const out: ParsedA1 = sheet !== undefined ? { sheet } : {};
  const r1 = row(a),
    c1 = col(a),
    r2 = row(b),
    c2 = col(b);
  if (r1 !== undefined) out.row1 = r1;
  if (c1 !== undefined) out.col1 = c1;
  if (r2 !== undefined) out.row2 = r2;
  if (c2 !== undefined) out.col2 = c2;
  // "A:B" needs columns on both sides, "1:2" rows on both sides.
  if ((c1 === undefined) !== (c2 === undefined) && (r1 === undefined || r2 === undefined)) return undefined;
  if (c1 === undefined && c2 === undefined && (r1 === undefined || r2 === undefined)) return undefined;
  if (r1 === 0 || r2 === 0 || c1 === 0 || c2 === 0) return undefined;
  return out;
}
