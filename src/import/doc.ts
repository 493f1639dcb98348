/**
 * A Google Doc read with DocumentApp (the `documents` scope covers any Doc the user can open):
 * its paragraphs and tables, in order, as the same blocks a paste gives. One getText per
 * paragraph and per table cell; a cell's paragraphs become its lines.
 */
import { tidyLine, type Block, type Cell } from '../core/import/blocks';
import { UserFacingError } from '../adapters/ui';

export function readDocBlocks(id: string): Block[] {
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(id);
  } catch {
    throw new UserFacingError('Nothing was imported: that Google Doc could not be opened. Check the address, and that you can open the Doc yourself.');
  }
  const body = doc.getBody();
  const blocks: Block[] = [];
  const count = body.getNumChildren();
  for (let i = 0; i < count; i++) {
    const child = body.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.TABLE) {
      const table = child.asTable();
      const rows: Cell[][] = [];
      for (let r = 0; r < table.getNumRows(); r++) {
        const row = table.getRow(r);
        const cells: Cell[] = [];
        for (let c = 0; c < row.getNumCells(); c++) cells.push(linesOf(row.getCell(c).getText()));
        rows.push(cells);
      }
      blocks.push({ kind: 'table', rows });
    } else if (type === DocumentApp.ElementType.PARAGRAPH || type === DocumentApp.ElementType.LIST_ITEM) {
      const text = tidyLine((child as GoogleAppsScript.Document.Paragraph).getText());
      if (text) blocks.push({ kind: 'paragraph', text });
    }
  }
  return blocks;
}

function linesOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map(tidyLine)
    .filter(Boolean);
}
