/**
 * The Docs API's index-based edits (batchUpdate) over the emulator's document tree. Indexes are
 * the Docs API's (see advanced.ts): the body's section break holds [0, 1); a paragraph its text
 * plus its new line; a table, row and cell one marker each (and a table one end marker).
 *
 * Documented behaviour kept (developers.google.com/docs/api/reference/rest/v1/documents/request):
 * - insertText must land inside an existing paragraph (a new line in the text starts a new
 *   paragraph with the same paragraph style); text goes in literally;
 * - insertTable: "A newline character will be inserted before the inserted table", so the
 *   paragraph it lands in is split there; the new table's cells hold one empty paragraph each;
 * - deleteContentRange may not delete the body's last new line nor part of a table;
 * - pinTableHeaderRows sets how many leading rows repeat at the top of each page.
 * Simplifications (an "emulator:" error when met): formatting is per paragraph, so
 * updateTextStyle must cover whole paragraphs; a deletion is either inside one paragraph's text
 * or runs from an element's start over whole elements (it may end inside the text of the next
 * paragraph); no nested tables. The paragraph split by insertTable keeps its style on both sides
 * (the documentation does not say).
 */
import { paragraph, tableFromCells, type BodyNode, type CellNode, type ParagraphNode, type RowNode, type TableNode } from './model';

type Node = ParagraphNode | CellNode | RowNode | TableNode;

/** Sizes cached per node; a change clears the node and its ancestors. */
const sizes = new WeakMap<Node, number>();

export function sizeOf(node: Node): number {
  const cached = sizes.get(node);
  if (cached !== undefined) return cached;
  let n: number;
  switch (node.type) {
    case 'PARAGRAPH':
      n = node.text.length + 1;
      break;
    case 'TABLE_CELL':
      n = 1 + node.paragraphs.reduce((a, p) => a + sizeOf(p), 0);
      break;
    case 'TABLE_ROW':
      n = 1 + node.cells.reduce((a, c) => a + sizeOf(c), 0);
      break;
    case 'TABLE':
      n = 2 + node.rows.reduce((a, r) => a + sizeOf(r), 0);
      break;
  }
  sizes.set(node, n);
  return n;
}

/**
 * Where each row of a table starts, relative to the table's start, known for rows 0..valid. An
 * edit in row r leaves rows 0..r where they were, so a fill from the last cell to the first finds
 * each cell without walking the table again.
 */
const rowStarts = new WeakMap<TableNode, { starts: number[]; valid: number }>();

function rowStart(t: TableNode, i: number): number {
  let c = rowStarts.get(t);
  if (!c) rowStarts.set(t, (c = { starts: [1], valid: 0 }));
  while (c.valid < i) {
    c.starts[c.valid + 1] = (c.starts[c.valid] as number) + sizeOf(t.rows[c.valid] as RowNode);
    c.valid += 1;
  }
  return c.starts[i] as number;
}

/** The row of `t` holding the offset `rel` from the table's start (binary search over the known starts). */
function rowHolding(t: TableNode, rel: number): number {
  let lo = 0;
  let hi: number;
  // Extend the known starts only as far as needed.
  if (rel >= rowStart(t, rowStarts.get(t)?.valid ?? 0)) {
    let i = rowStarts.get(t)?.valid ?? 0;
    while (i < t.rows.length - 1 && rowStart(t, i + 1) <= rel) i++;
    return i;
  }
  hi = rowStarts.get(t)?.valid ?? 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rowStart(t, mid) <= rel) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A paragraph's text grew (or shrank) by `delta` indexes, new paragraphs included: its ancestors' sizes follow. */
function grew(p: ParagraphNode, delta: number): void {
  sizes.delete(p);
  const row = p.parent?.type === 'TABLE_CELL' ? p.parent.parent : null;
  const table = row?.parent;
  const known = table ? rowStarts.get(table) : undefined;
  if (known && table && row) known.valid = Math.min(known.valid, table.rows.indexOf(row));
  let at: Node | BodyNode | null = p.parent;
  while (at && at.type !== 'BODY_SECTION') {
    const cached = sizes.get(at);
    if (cached !== undefined) sizes.set(at, cached + delta);
    at = at.parent;
  }
}

export function changed(node: Node | BodyNode | null): void {
  let at: Node | BodyNode | null = node;
  while (at && at.type !== 'BODY_SECTION') {
    sizes.delete(at);
    if (at.type === 'TABLE') rowStarts.delete(at);
    at = at.parent;
  }
}

export interface ParagraphSpot {
  readonly p: ParagraphNode;
  /** Index of the paragraph's first character. */
  readonly start: number;
}

/** The paragraph holding `index` (its new line included), or undefined when the index is a table, row or cell marker. */
export function paragraphAt(body: BodyNode, index: number): ParagraphSpot | undefined {
  let at = 1;
  for (const child of body.children) {
    const size = sizeOf(child);
    if (index >= at + size) {
      at += size;
      continue;
    }
    if (child.type === 'PARAGRAPH') return index >= at ? { p: child, start: at } : undefined;
    if (index === at) return undefined;
    const r = rowHolding(child, index - at);
    const row = child.rows[r];
    if (!row) return undefined;
    at += rowStart(child, r);
    if (index === at) return undefined;
    at += 1;
    for (const c of row.cells) {
      const cs = sizeOf(c);
      if (index >= at + cs) {
        at += cs;
        continue;
      }
      if (index === at) return undefined;
      at += 1;
      for (const p of c.paragraphs) {
        const ps = sizeOf(p);
        if (index < at + ps) return { p, start: at };
        at += ps;
      }
    }
    return undefined;
  }
  return undefined;
}

/** The top-level table starting at `index`. */
export function tableAt(body: BodyNode, index: number): TableNode | undefined {
  let at = 1;
  for (const child of body.children) {
    if (at === index) return child.type === 'TABLE' ? child : undefined;
    if (at > index) return undefined;
    at += sizeOf(child);
  }
  return undefined;
}

/** Every paragraph with its start index, in order (cells included). */
export function paragraphsWithIndex(body: BodyNode): ParagraphSpot[] {
  const out: ParagraphSpot[] = [];
  let at = 1;
  for (const child of body.children) {
    if (child.type === 'PARAGRAPH') {
      out.push({ p: child, start: at });
      at += sizeOf(child);
      continue;
    }
    at += 1;
    for (const row of child.rows) {
      at += 1;
      for (const c of row.cells) {
        at += 1;
        for (const p of c.paragraphs) {
          out.push({ p, start: at });
          at += sizeOf(p);
        }
      }
    }
    at += 1;
  }
  return out;
}

export function bodyEnd(body: BodyNode): number {
  return body.children.reduce((a, c) => a + sizeOf(c), 1);
}

function siblings(p: ParagraphNode): ParagraphNode[] | (ParagraphNode | TableNode)[] {
  const parent = p.parent;
  if (!parent) throw new Error('emulator: detached paragraph');
  return parent.type === 'BODY_SECTION' ? parent.children : parent.paragraphs;
}

function likeParagraph(p: ParagraphNode, text: string): ParagraphNode {
  return {
    ...paragraph(text, p.parent),
    heading: p.heading,
    bold: p.bold,
    italic: p.italic,
    fontSize: p.fontSize,
    foregroundColor: p.foregroundColor,
    backgroundColor: p.backgroundColor,
  };
}

export type Fail = (message: string) => never;

export function insertText(body: BodyNode, index: number, text: string, fail: Fail): void {
  const spot = paragraphAt(body, index);
  if (!spot) fail('The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.');
  const { p, start } = spot!;
  const offset = index - start;
  const whole = p.text.slice(0, offset) + text + p.text.slice(offset);
  const lines = whole.split('\n');
  p.text = lines[0] as string;
  if (lines.length > 1) {
    const list = siblings(p) as ParagraphNode[];
    const at = list.indexOf(p);
    const fresh = lines.slice(1).map((line) => likeParagraph(p, line));
    list.splice(at + 1, 0, ...fresh);
  }
  // The document grows by exactly the text's length (each new line closes a paragraph).
  grew(p, text.length);
}

export function insertTable(body: BodyNode, index: number, rows: number, columns: number, fail: Fail): void {
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) fail('The table must have at least one row and one column.');
  const spot = paragraphAt(body, index);
  if (!spot) fail('The insertion index must be inside the bounds of an existing paragraph.');
  const { p, start } = spot!;
  if (p.parent?.type !== 'BODY_SECTION') throw new Error('emulator: tables inside tables are not supported');
  const offset = index - start;
  const before = likeParagraph(p, p.text.slice(0, offset));
  p.text = p.text.slice(offset);
  changed(p);
  const table = tableFromCells(
    Array.from({ length: rows }, () => Array.from({ length: columns }, () => '')),
    body,
  );
  const at = body.children.indexOf(p);
  body.children.splice(at, 0, before, table);
}

export function deleteContentRange(body: BodyNode, startIndex: number, endIndex: number, fail: Fail): void {
  if (!Number.isInteger(startIndex) || !Number.isInteger(endIndex) || startIndex >= endIndex || startIndex < 1)
    fail('The range must have a start index less than its end index, from 1.');
  if (endIndex > bodyEnd(body) - 1) fail('Invalid deletion range. Cannot delete the requested range: it includes the last newline of the body.');
  const first = paragraphAt(body, startIndex);
  const last = paragraphAt(body, endIndex - 1);
  if (first && last && first.p === last.p && endIndex - first.start <= first.p.text.length) {
    const p = first.p;
    p.text = p.text.slice(0, startIndex - first.start) + p.text.slice(endIndex - first.start);
    grew(p, startIndex - endIndex);
    return;
  }
  // Whole top-level elements from startIndex, then perhaps the start of the next paragraph's text.
  let at = 1;
  let i = 0;
  while (i < body.children.length && at < startIndex) at += sizeOf(body.children[i++] as ParagraphNode | TableNode);
  if (at !== startIndex) throw new Error("emulator: a deletion must lie inside one paragraph's text or start at an element");
  const from = i;
  while (i < body.children.length && at + sizeOf(body.children[i] as ParagraphNode | TableNode) <= endIndex)
    at += sizeOf(body.children[i++] as ParagraphNode | TableNode);
  const rest = endIndex - at;
  const next = body.children[i];
  if (rest > 0) {
    if (!next || next.type !== 'PARAGRAPH' || rest > next.text.length) {
      if (next?.type === 'TABLE') fail('Invalid deletion range. Cannot delete a partial table.');
      throw new Error('emulator: a deletion that joins two paragraphs is not supported');
    }
    next.text = next.text.slice(rest);
    changed(next);
  }
  if (next?.type === 'TABLE' && i > from) {
    const prev = body.children[from - 1];
    if (!prev || prev.type !== 'PARAGRAPH') fail('Invalid deletion range. Cannot delete the newline before a table.');
  }
  body.children.splice(from, i - from);
}
