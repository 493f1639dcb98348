/**
 * A paper as ONE list of Docs API requests (`Documents.batchUpdate`), worked out from the
 * template as `Documents.get` shows it. The copy of a template holds the template's content at
 * the template's indexes, so every index is known before anything is sent: the placeholders
 * are edited from the end of the document to its start (an edit never moves an index not yet
 * used), and each table is inserted, filled cell by cell from its last cell to its first, then
 * styled at indexes worked out from the text put in it. Nothing needs an earlier reply.
 *
 * User text goes in with `insertText`, which is literal: it is never searched, never read as a
 * placeholder or a pattern.
 */
import { colourRects } from './cell-runs';
import type { PaperModel, TableModel } from './models';
import { oneLine, placeholderSpec, type TemplateCheck } from './placeholders';

/** The parts of a Docs API StructuralElement this module reads. */
export interface DocElement {
  readonly startIndex?: number | null;
  readonly endIndex?: number | null;
  readonly sectionBreak?: unknown;
  readonly paragraph?: {
    readonly elements?:
      | readonly {
          readonly startIndex?: number | null;
          readonly endIndex?: number | null;
          readonly textRun?: { readonly content?: string | null; readonly textStyle?: Record<string, unknown> | null } | null;
        }[]
      | null;
    readonly paragraphStyle?: { readonly namedStyleType?: string | null } | null;
  } | null;
  readonly table?: {
    readonly tableRows?: readonly { readonly tableCells?: readonly { readonly content?: readonly DocElement[] | null }[] | null }[] | null;
  } | null;
}

export interface DocsParagraph {
  /** Index of its first character. */
  readonly start: number;
  /** Its text without the closing new line; an element that is not text stands as U+FFFC for each index it holds. */
  readonly text: string;
  readonly inTable: boolean;
}

/** Every paragraph of the body, those in table cells included, in reading order. */
export function docsParagraphs(content: readonly DocElement[], inTable = false): DocsParagraph[] {
  const out: DocsParagraph[] = [];
  for (const e of content) {
    if (e.paragraph) {
      const start = e.startIndex ?? 0;
      let text = '';
      for (const run of e.paragraph.elements ?? []) {
        const content = run.textRun?.content;
        text += typeof content === 'string' ? content : '\uFFFC'.repeat(Math.max(0, (run.endIndex ?? 0) - (run.startIndex ?? 0)));
      }
      out.push({ start, text: text.replace(/\n$/, ''), inTable });
    } else if (e.table) {
      for (const row of e.table.tableRows ?? []) for (const cell of row.tableCells ?? []) out.push(...docsParagraphs(cell.content ?? [], true));
    }
  }
  return out;
}

/** The text `checkTemplate` reads: paragraphs separated by new lines, as `Body.getText()` gives it. */
export function docsText(paragraphs: readonly DocsParagraph[]): string {
  return paragraphs.map((p) => p.text).join('\n');
}

/** A Docs API request, as plain data (the adapter hands it to `Documents.batchUpdate`). */
export type DocsRequest = Record<string, unknown>;

/** Text the Docs API takes in `insertText`: no carriage returns, no control characters but tab and new line. */
export function insertable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

const PLACEHOLDER = /\{\{[^\S\r\n]*([^{}\r\n]*?)[^\S\r\n]*\}\}/g;

export interface Spot {
  readonly name: string;
  readonly kind: 'text' | 'table';
  readonly start: number;
  readonly end: number;
  readonly paragraph: DocsParagraph;
}

/** Each known placeholder in the template, in document order. */
export function findSpots(paragraphs: readonly DocsParagraph[]): Spot[] {
  const spots: Spot[] = [];
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(PLACEHOLDER)) {
      const spec = placeholderSpec(m[1] ?? '');
      if (!spec) continue;
      const start = p.start + (m.index ?? 0);
      spots.push({ name: spec.name, kind: spec.kind, start, end: start + m[0].length, paragraph: p });
    }
  }
  return spots;
}

export interface DocsFill {
  readonly requests: DocsRequest[];
  /** Table placeholders found inside a template table (they must stand alone in the main text). */
  readonly inTable: string[];
}

/**
 * The requests that fill a copy of the template, whose check (`check`) the caller has passed:
 * every known placeholder is filled, as often as the template holds it.
 */
export function planDocsFill(paragraphs: readonly DocsParagraph[], check: TemplateCheck, paper: PaperModel, fontSize: number): DocsFill {
  if (check.unknown.length || check.missing.length || check.tooMany) throw new Error('planDocsFill: the template has problems; check it first');
  const spots = findSpots(paragraphs).sort((a, b) => b.start - a.start);
  const inTable = [...new Set(spots.filter((s) => s.kind === 'table' && s.paragraph.inTable).map((s) => s.name))];
  const requests: DocsRequest[] = [];
  for (const spot of spots) {
    if (spot.kind === 'text') {
      requests.push({ deleteContentRange: { range: { startIndex: spot.start, endIndex: spot.end } } });
      const value = insertable(oneLine(paper.text[spot.name] ?? ''));
      if (value) requests.push({ insertText: { location: { index: spot.start }, text: value } });
      continue;
    }
    const model = paper.tables[spot.name];
    const p = spot.paragraph;
    if (!model || p.inTable) continue;
    // The placeholder's line is emptied (its paragraph stays: it closes the table), then the
    // table goes in at its start.
    if (p.text.length) requests.push({ deleteContentRange: { range: { startIndex: p.start, endIndex: p.start + p.text.length } } });
    if (model.cells.length && model.cells[0]?.length) requests.push(...tableRequests(p.start, model, fontSize));
  }
  return { requests, inTable };
}

/** Where each row starts once the cells hold their text, and where the table ends. */
export function filledRowStarts(tableStart: number, cells: readonly (readonly string[])[]): { rows: number[]; end: number } {
  const rows: number[] = [];
  let at = tableStart + 1;
  for (const row of cells) {
    rows.push(at);
    at += 1 + row.reduce((n, text) => n + 2 + insertable(text).length, 0);
  }
  return { rows, end: at + 1 };
}

/**
 * A table inserted at `at` (the start of an empty paragraph): the Docs API puts a new line
 * before it, so it starts at `at + 1`; an empty R×C table's cell (r, c) holds its paragraph at
 * start + 3 + r(1 + 2C) + 2c. Cells are filled last to first, then styled: text size, bold
 * rows, column widths, the header row pinned (it repeats on every page), cell backgrounds.
 */
export function tableRequests(at: number, model: TableModel, fontSize: number): DocsRequest[] {
  const start = at + 1;
  const rows = model.cells.length;
  const columns = model.cells[0]?.length ?? 0;
  const out: DocsRequest[] = [{ insertTable: { rows, columns, location: { index: at } } }];
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = columns - 1; c >= 0; c--) {
      const text = insertable(model.cells[r]?.[c] ?? '');
      if (text) out.push({ insertText: { location: { index: start + 3 + r * (1 + 2 * columns) + 2 * c }, text } });
    }
  }
  const { rows: rowStarts, end } = filledRowStarts(start, model.cells);
  const tableStartLocation = { index: start };
  out.push({
    updateTextStyle: { range: { startIndex: start, endIndex: end }, textStyle: { fontSize: { magnitude: fontSize, unit: 'PT' } }, fields: 'fontSize' },
  });
  for (const r of model.boldRows) {
    const from = rowStarts[r];
    if (from === undefined) continue;
    const to = rowStarts[r + 1] ?? end - 1;
    out.push({ updateTextStyle: { range: { startIndex: from, endIndex: to }, textStyle: { bold: true }, fields: 'bold' } });
  }
  model.columnWidths?.forEach((w, c) => {
    if (w)
      out.push({
        updateTableColumnProperties: {
          tableStartLocation,
          columnIndices: [c],
          tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: w, unit: 'PT' } },
          fields: 'widthType,width',
        },
      });
  });
  if (model.headerRows) out.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: model.headerRows } });
  out.push(...cellStyleRequests(start, model));
  return out;
}

/** One `updateTableCellStyle` per block of equal colour. */
export function cellStyleRequests(tableStart: number, model: TableModel): DocsRequest[] {
  return colourRects(model.backgrounds).map((rect) => ({
    updateTableCellStyle: {
      tableRange: {
        tableCellLocation: { tableStartLocation: { index: tableStart }, rowIndex: rect.row, columnIndex: rect.column },
        rowSpan: rect.rowSpan,
        columnSpan: rect.columnSpan,
      },
      tableCellStyle: { backgroundColor: { color: { rgbColor: hexToRgb(rect.colour) } } },
      fields: 'backgroundColor',
    },
  }));
}

/** '#b7e1cd' → { red, green, blue } in 0..1, as the Docs API's RgbColor. */
export function hexToRgb(hex: string): { red: number; green: number; blue: number } {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [red, green, blue] = [m[1], m[2], m[3]].map((h) => parseInt(h as string, 16) / 255) as [number, number, number];
  return { red, green, blue };
}

/**
 * Requests in batches of at most `maxChars` of JSON each (the API's request size limit; Google
 * documents no cap on the number of requests). Consecutive batches apply in the same order as
 * one batch would. Normally one batch.
 */
export function splitBySize(requests: readonly DocsRequest[], maxChars: number): DocsRequest[][] {
  const batches: DocsRequest[][] = [];
  let current: DocsRequest[] = [];
  let size = 0;
  for (const r of requests) {
    const n = JSON.stringify(r).length + 1;
    if (current.length && size + n > maxChars) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(r);
    size += n;
  }
  if (current.length) batches.push(current);
  return batches;
}

// ---------------------------------------------------------------------------------------------
// Updating a paper made before (same Doc, same link, its version history kept).

/** The text styles carried over from the template when a paper is laid out again in an existing Doc. */
const CARRIED_TEXT_STYLE = ['bold', 'italic', 'underline', 'fontSize', 'foregroundColor'] as const;

/**
 * The requests that turn an existing Doc (its body ending at `existingEnd`) back into the
 * template — everything deleted but the last new line, then the template's paragraphs put in
 * with their styles — so the fill requests, worked out on the template's indexes, apply as they
 * do to a fresh copy. `undefined` when the template holds anything but paragraphs of text
 * (a table, an image): such a template cannot be laid out again this way.
 */
export function relayRequests(template: readonly DocElement[], existingEnd: number): DocsRequest[] | undefined {
  const body = template.filter((e) => !e.sectionBreak);
  if (!body.length || body.some((e) => !e.paragraph || (e.paragraph.elements ?? []).some((r) => typeof r.textRun?.content !== 'string'))) return undefined;
  const paragraphs = docsParagraphs(body);
  const out: DocsRequest[] = [];
  if (existingEnd - 1 > 1) out.push({ deleteContentRange: { range: { startIndex: 1, endIndex: existingEnd - 1 } } });
  const text = paragraphs.map((p) => p.text).join('\n');
  if (text) out.push({ insertText: { location: { index: 1 }, text } });
  body.forEach((e) => {
    const start = e.startIndex ?? 0;
    const end = e.endIndex ?? start + 1;
    out.push({
      updateParagraphStyle: {
        range: { startIndex: start, endIndex: end },
        paragraphStyle: { namedStyleType: e.paragraph?.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT' },
        fields: 'namedStyleType',
      },
    });
    for (const run of e.paragraph?.elements ?? []) {
      const style = run.textRun?.textStyle ?? {};
      const textStyle = Object.fromEntries(CARRIED_TEXT_STYLE.flatMap((k) => (style[k] !== undefined ? [[k, style[k]]] : [])));
      out.push({
        updateTextStyle: { range: { startIndex: run.startIndex ?? start, endIndex: run.endIndex ?? end }, textStyle, fields: CARRIED_TEXT_STYLE.join(',') },
      });
    }
  });
  return out;
}
