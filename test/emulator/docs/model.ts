/**
 * The in-memory document tree behind the emulated DocumentApp: a body of paragraphs and
 * tables; a table of rows of cells; a cell of paragraphs. Formatting is kept per paragraph
 * (the emulator supports whole-element formatting only, which is all the product uses).
 */

export type Heading = 'NORMAL' | 'TITLE' | 'SUBTITLE' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'HEADING4' | 'HEADING5' | 'HEADING6';

export interface ParagraphNode {
  readonly type: 'PARAGRAPH';
  text: string;
  heading: Heading;
  bold: boolean;
  italic: boolean;
  fontSize: number | null;
  foregroundColor: string | null;
  backgroundColor: string | null;
  parent: BodyNode | CellNode | null;
}

export interface CellNode {
  readonly type: 'TABLE_CELL';
  paragraphs: ParagraphNode[];
  backgroundColor: string | null;
  parent: RowNode | null;
}

export interface RowNode {
  readonly type: 'TABLE_ROW';
  cells: CellNode[];
  parent: TableNode | null;
}

export interface TableNode {
  readonly type: 'TABLE';
  rows: RowNode[];
  columnWidths: (number | null)[];
  borderWidth: number;
  /** Leading rows that repeat at the top of each page (Docs API pinTableHeaderRows; DocumentApp has no call for it). */
  pinnedHeaderRows: number;
  parent: BodyNode | null;
}

export interface BodyNode {
  readonly type: 'BODY_SECTION';
  children: (ParagraphNode | TableNode)[];
}

export interface DocState {
  readonly id: string;
  name: string;
  readonly body: BodyNode;
  /** Bumped by every change: a test can show a template was never edited. */
  revision: number;
}

/**
 * Open DocumentApp sessions holding changes not yet saved, per document. Apps Script writes a
 * document's pending DocumentApp changes at `saveAndClose()` (or when the script ends); the
 * Docs API (advanced service) sees only saved content, so the emulated `Docs` refuses a
 * document with unsaved changes rather than silently reading what Apps Script would not show.
 */
export const unsavedSessions = new WeakMap<DocState, number>();

export function paragraph(text = '', parent: ParagraphNode['parent'] = null): ParagraphNode {
  return { type: 'PARAGRAPH', text, heading: 'NORMAL', bold: false, italic: false, fontSize: null, foregroundColor: null, backgroundColor: null, parent };
}

/** Cell text: a new line starts a new paragraph, as in Docs. */
export function cell(text: string, parent: RowNode | null): CellNode {
  const node: CellNode = { type: 'TABLE_CELL', paragraphs: [], backgroundColor: null, parent };
  node.paragraphs = String(text)
    .split(/\r?\n|\r/)
    .map((line) => paragraph(line, node));
  return node;
}

export function tableFromCells(cells: string[][], parent: BodyNode | null): TableNode {
  const node: TableNode = { type: 'TABLE', rows: [], columnWidths: [], borderWidth: 1, pinnedHeaderRows: 0, parent };
  node.rows = cells.map((rowCells) => {
    const row: RowNode = { type: 'TABLE_ROW', cells: [], parent: node };
    row.cells = rowCells.map((c) => cell(c, row));
    return row;
  });
  node.columnWidths = Array.from({ length: Math.max(0, ...cells.map((r) => r.length)) }, () => null);
  return node;
}

export function cellText(c: CellNode): string {
  return c.paragraphs.map((p) => p.text).join('\n');
}

export function rowText(r: RowNode): string {
  return r.cells.map(cellText).join('\n');
}

export function tableText(t: TableNode): string {
  return t.rows.map(rowText).join('\n');
}

export function bodyText(b: BodyNode): string {
  return b.children.map((c) => (c.type === 'PARAGRAPH' ? c.text : tableText(c))).join('\n');
}

/** Every paragraph in reading order, those inside table cells included. */
export function allParagraphs(b: BodyNode): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  for (const c of b.children) {
    if (c.type === 'PARAGRAPH') out.push(c);
    else for (const r of c.rows) for (const cl of r.cells) out.push(...cl.paragraphs);
  }
  return out;
}

export function paragraphsOf(node: ParagraphNode | CellNode | RowNode | TableNode | BodyNode): ParagraphNode[] {
  switch (node.type) {
    case 'PARAGRAPH':
      return [node];
    case 'TABLE_CELL':
      return node.paragraphs;
    case 'TABLE_ROW':
      return node.cells.flatMap((c) => c.paragraphs);
    case 'TABLE':
      return node.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs));
    case 'BODY_SECTION':
      return allParagraphs(node);
  }
}

/** A deep copy with no shared nodes, for snapshots. */
export function snapshot(doc: DocState): unknown {
  return JSON.parse(JSON.stringify(doc.body, (k, v) => (k === 'parent' ? undefined : v)));
}

/** Restores the parent links a snapshot drops. */
export function relinkBody(body: BodyNode): void {
  for (const child of body.children) {
    child.parent = body;
    if (child.type === 'TABLE') {
      child.pinnedHeaderRows ??= 0;
      for (const row of child.rows) {
        row.parent = child;
        for (const c of row.cells) {
          c.parent = row;
          for (const p of c.paragraphs) p.parent = c;
        }
      }
    }
  }
}
