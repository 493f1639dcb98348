/**
 * The advanced Docs service (`Docs`, Docs API v1) over the SAME documents as the emulated
 * DocumentApp: `Docs.Documents.get`, `.batchUpdate` and `.create`, each call counted as
 * "Docs.Documents.<method>".
 *
 * Index model (the Docs API's, in UTF-16 code units — a JS string's length):
 * - the body starts with a section break occupying [0, 1) (its startIndex, 0, is omitted from
 *   the JSON as proto3 omits default values);
 * - a paragraph occupies its text plus one for its closing new line;
 * - a table occupies one index for its start marker, then its rows, then one for its end
 *   marker; a row occupies one index for its marker, then its cells; a cell one for its marker,
 *   then its paragraphs. So a table at T has row 0 at T+1, cell (0,0) at T+2 and that cell's
 *   first paragraph at T+3 — an empty R×C table spans 2 + R(1 + 2C) indexes.
 *
 * Simplifications (documented, checked nowhere against the real service):
 * - one tab; `body`, `documentId`, `title`, `revisionId` only (no documentStyle, namedStyles,
 *   lists, headers…); whole-paragraph text styles, one text run per paragraph;
 * - the field mask (`fields`) supports `a.b`, `a(b,c)`, camelCase or snake_case, and is checked
 *   against the field names of @types/google-apps-script's Docs schema (plus tabs);
 * - batchUpdate applies, in order and atomically, `insertText`, `deleteContentRange`,
 *   `insertTable`, `updateTextStyle` (bold, italic, fontSize, foregroundColor; underline is
 *   accepted and not kept; whole paragraphs), `updateParagraphStyle` (namedStyleType),
 *   `updateTableColumnProperties` (width), `pinTableHeaderRows` and `updateTableCellStyle`
 *   (`fields` 'backgroundColor' only) — see edits.ts; any other request kind or field throws an
 *   "emulator:" error (not an Apps Script one); colours are kept as '#rrggbb' (components
 *   rounded to 1/255);
 * - a document with DocumentApp changes not yet saved (`saveAndClose`) is refused with an
 *   "emulator:" error: the real API would silently read the last saved version instead;
 * - error texts: "Invalid table start location. Must specify the start index of the table." is
 *   the real wording (seen in reports); the others are close paraphrases.
 */
import { readFileSync } from 'node:fs';
import { CallLog, counted } from '../calls';
import { appsScriptException } from '../exception';
import type { Realm } from '../realm';
import type { DocStore } from './document';
import { deleteContentRange, insertTable, insertText, paragraphsWithIndex, tableAt, type Fail } from './edits';
import { relinkBody, snapshot, unsavedSessions, type BodyNode, type CellNode, type DocState, type Heading, type ParagraphNode, type TableNode } from './model';

type Schema = GoogleAppsScript.Docs.Schema.Document;
type Element = GoogleAppsScript.Docs.Schema.StructuralElement;

export type EmulatedDocumentsCollection = Pick<GoogleAppsScript.Docs.Collection.DocumentsCollection, 'get' | 'batchUpdate' | 'create'>;
export type EmulatedDocs = Pick<GoogleAppsScript.Docs, 'Documents'>;

const NAMED_STYLE: Record<Heading, string> = {
  NORMAL: 'NORMAL_TEXT',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
};

// ---------------------------------------------------------------------------------------------
// Colours.

/** '#b7e1cd' → RgbColor; zero components omitted, as proto3 JSON does. */
export function rgbFromHex(hex: string): GoogleAppsScript.Docs.Schema.RgbColor {
  const out: Record<string, number> = {};
  (['red', 'green', 'blue'] as const).forEach((k, i) => {
    const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    if (v) out[k] = v;
  });
  return out;
}

export function hexFromRgb(rgb: GoogleAppsScript.Docs.Schema.RgbColor): string {
  return `#${[rgb.red, rgb.green, rgb.blue]
    .map((v) =>
      Math.round((v ?? 0) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function optionalColor(hex: string | null): GoogleAppsScript.Docs.Schema.OptionalColor | undefined {
  return hex ? { color: { rgbColor: rgbFromHex(hex) } } : undefined;
}

// ---------------------------------------------------------------------------------------------
// The document as the Docs API shows it, with its indexes.

export interface Layout {
  readonly document: Schema;
  /** Each top-level table by its start index. */
  readonly tables: Map<number, TableNode>;
}

/**
 * GUESS: the Docs API reference does not say that `body.content` lists the body's paragraphs and
 * tables in the order DocumentApp's `Body.getChild(i)` does (after the leading section break);
 * the emulator makes them the same, and the papers colour tables by that order. Settled by the
 * self-test scenarios "paper-action-log", "paper-agenda" and "paper-minutes".
 */
export function layout(doc: DocState): Layout {
  const tables = new Map<number, TableNode>();
  let at = 0;
  const paragraph = (p: ParagraphNode): Element => {
    const startIndex = at;
    at += p.text.length + 1;
    const textStyle: GoogleAppsScript.Docs.Schema.TextStyle = {};
    if (p.bold) textStyle.bold = true;
    if (p.italic) textStyle.italic = true;
    if (p.fontSize) textStyle.fontSize = { magnitude: p.fontSize, unit: 'PT' };
    const fg = optionalColor(p.foregroundColor);
    if (fg) textStyle.foregroundColor = fg;
    const bg = optionalColor(p.backgroundColor);
    if (bg) textStyle.backgroundColor = bg;
    return {
      startIndex,
      endIndex: at,
      paragraph: {
        elements: [{ startIndex, endIndex: at, textRun: { content: `${p.text}\n`, textStyle } }],
        paragraphStyle: { namedStyleType: NAMED_STYLE[p.heading], direction: 'LEFT_TO_RIGHT' },
      },
    };
  };
  const cell = (c: CellNode): GoogleAppsScript.Docs.Schema.TableCell => {
    const startIndex = at;
    at += 1;
    const content = c.paragraphs.map(paragraph);
    const tableCellStyle: GoogleAppsScript.Docs.Schema.TableCellStyle = { rowSpan: 1, columnSpan: 1, contentAlignment: 'TOP' };
    const bg = optionalColor(c.backgroundColor);
    if (bg) tableCellStyle.backgroundColor = bg;
    return { startIndex, endIndex: at, content, tableCellStyle };
  };
  const table = (t: TableNode): Element => {
    const startIndex = at;
    tables.set(startIndex, t);
    at += 1;
    const tableRows = t.rows.map((r, i) => {
      const rowStart = at;
      at += 1;
      const tableCells = r.cells.map(cell);
      // A pinned header row: TableRowStyle.tableHeader (the API's field; @types 2.0.x lacks it).
      const tableRowStyle = { minRowHeight: { unit: 'PT' }, ...(i < t.pinnedHeaderRows ? { tableHeader: true } : {}) };
      return { startIndex: rowStart, endIndex: at, tableCells, tableRowStyle };
    });
    at += 1;
    return {
      startIndex,
      endIndex: at,
      table: {
        rows: t.rows.length,
        columns: t.rows[0]?.cells.length ?? 0,
        tableRows,
        tableStyle: {
          tableColumnProperties: t.columnWidths.map((w) =>
            w ? { widthType: 'FIXED_WIDTH', width: { magnitude: w, unit: 'PT' } } : { widthType: 'EVENLY_DISTRIBUTED' },
          ),
        },
      },
    };
  };
  const content: Element[] = [
    {
      endIndex: 1,
      sectionBreak: {
        sectionStyle: {
          columnSeparatorStyle: 'NONE',
          contentDirection: 'LEFT_TO_RIGHT',
          sectionType: 'CONTINUOUS',
        } as GoogleAppsScript.Docs.Schema.SectionStyle,
      },
    },
  ];
  at = 1;
  for (const child of doc.body.children) content.push(child.type === 'PARAGRAPH' ? paragraph(child) : table(child));
  return {
    document: { documentId: doc.id, title: doc.name, revisionId: `emu-rev-${doc.revision}`, body: { content } },
    tables,
  };
}

// ---------------------------------------------------------------------------------------------
// Field masks.

type Mask = Map<string, Mask | true>;

/** Field names of each Docs schema type, read from @types/google-apps-script (plus tabs, which it lacks). */
let schemaCache: Map<string, Map<string, string>> | undefined;
function schemaTypes(): Map<string, Map<string, string>> {
  if (schemaCache) return schemaCache;
  const text = readFileSync(require.resolve('@types/google-apps-script/apis/docs_v1.d.ts'), 'utf8');
  const types = new Map<string, Map<string, string>>();
  for (const m of text.matchAll(/interface (\w+) \{([^}]*)\}/g)) {
    const fields = new Map<string, string>();
    for (const f of (m[2] ?? '').matchAll(/(\w+)\?: ([\w.]+)(\[\])?/g)) fields.set(f[1] as string, (f[2] as string).replace('Docs.Schema.', ''));
    types.set(m[1] as string, fields);
  }
  types.get('Document')?.set('tabs', 'Tab');
  types.set(
    'Tab',
    new Map([
      ['tabProperties', 'TabProperties'],
      ['childTabs', 'Tab'],
      ['documentTab', 'DocumentTab'],
    ]),
  );
  types.set('TabProperties', new Map(['tabId', 'title', 'parentTabId', 'index', 'nestingLevel'].map((k) => [k, 'string'])));
  const documentTab = new Map(types.get('Document') ?? []);
  for (const k of ['documentId', 'revisionId', 'suggestionsViewMode', 'title', 'tabs']) documentTab.delete(k);
  types.set('DocumentTab', documentTab);
  schemaCache = types;
  return types;
}

const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function parseFieldMask(fields: string, invalid: (message: string) => never): Mask {
  let i = 0;
  const list = (): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      const path: string[] = [];
      for (;;) {
        const m = /^[A-Za-z_][A-Za-z0-9_]*|^\*/.exec(fields.slice(i));
        if (!m) invalid(`Invalid field selection ${fields}`);
        path.push(camel(m![0]));
        i += m![0].length;
        if (fields[i] !== '.') break;
        i++;
      }
      let sub: Mask | true = true;
      if (fields[i] === '(') {
        i++;
        sub = list();
        if (fields[i] !== ')') invalid(`Invalid field selection ${fields}`);
        i++;
      }
      let node = mask;
      path.forEach((name, k) => {
        const last = k === path.length - 1;
        const existing = node.get(name);
        if (last) {
          if (existing === true || sub === true) node.set(name, true);
          else node.set(name, merge(existing ?? new Map(), sub));
        } else {
          if (existing === true) return;
          const next: Mask = existing ?? new Map();
          node.set(name, next);
          node = next;
        }
      });
      if (fields[i] !== ',') return mask;
      i++;
    }
  };
  const out = list();
  if (i !== fields.length) invalid(`Invalid field selection ${fields}`);
  return out;
}

function merge(a: Mask, b: Mask): Mask {
  for (const [k, v] of b) {
    const e = a.get(k);
    a.set(k, e === true || v === true ? true : merge(e ?? new Map(), v));
  }
  return a;
}

function checkMask(mask: Mask, type: string, invalid: (message: string) => never, path = ''): void {
  const fields = schemaTypes().get(type);
  if (!fields) return; // a map (object) or scalar: nothing to check below it
  for (const [name, sub] of mask) {
    if (name === '*') continue;
    const fieldType = fields.get(name);
    if (!fieldType) invalid(`Invalid field selection ${path}${name}`);
    if (sub !== true) checkMask(sub, fieldType as string, invalid, `${path}${name}.`);
  }
}

function project(value: unknown, mask: Mask | true): unknown {
  if (mask === true || mask.has('*')) return value;
  if (Array.isArray(value)) return value.map((v) => project(v, mask));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, sub] of mask) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = project(v, sub);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The service.

const GET_ARGS = new Set(['fields', 'includeTabsContent', 'suggestionsViewMode']);
const CELL_STYLE_FIELDS = ['backgroundColor'];

export function createDocsAdvancedService(opts: { realm: Realm; calls: CallLog; store: DocStore }): EmulatedDocs {
  const { realm, calls, store } = opts;

  /** Apps Script's error for a failed advanced-service call. */
  const apiError = (method: string, message: string): never => {
    const e = appsScriptException(`API call to docs.documents.${method} failed with error: ${message}`, realm);
    e.name = 'GoogleJsonResponseException';
    throw e;
  };

  const open = (method: string, id: unknown): DocState => {
    const doc = store.docs.get(String(id));
    if (!doc) return apiError(method, store.isOtherFile(String(id)) ? 'This operation is not supported for this document' : 'Requested entity was not found.');
    if ((unsavedSessions.get(doc) ?? 0) > 0) {
      throw new Error(`emulator: document ${doc.id} has DocumentApp changes not saved yet; the Docs API sees only saved content — call saveAndClose() first`);
    }
    return doc;
  };

  const documents: EmulatedDocumentsCollection = {
    get(documentId: string, optionalArgs?: object) {
      const doc = open('get', documentId);
      const args = (optionalArgs ?? {}) as Record<string, unknown>;
      for (const k of Object.keys(args)) {
        if (!GET_ARGS.has(k)) apiError('get', `Invalid JSON payload received. Unknown name "${k}": Cannot bind query parameter.`);
      }
      const { document } = layout(doc);
      let full: Schema & { tabs?: unknown[] } = document;
      if (args.includeTabsContent === true) {
        const { body, ...rest } = document;
        full = { ...rest, tabs: [{ tabProperties: { tabId: 't.0', title: 'Tab 1' }, documentTab: { body } }] };
      }
      if (args.fields === undefined) return full;
      const invalid = (message: string): never => apiError('get', message);
      const mask = parseFieldMask(String(args.fields), invalid);
      checkMask(mask, 'Document', invalid);
      return project(full, mask) as Schema;
    },

    batchUpdate(resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string) {
      const doc = open('batchUpdate', documentId);
      const requests = resource?.requests;
      if (!Array.isArray(requests) || requests.length === 0) apiError('batchUpdate', 'Must specify at least one request.');
      if (resource.writeControl) throw new Error('emulator: writeControl is not supported');
      // Requests apply in order, each seeing the edits before it; the batch is atomic, so a
      // failure restores the document as it was.
      const before = snapshot(doc) as BodyNode;
      try {
        (requests as Record<string, unknown>[]).forEach((request, i) => {
          const kinds = Object.keys(request ?? {}).filter((k) => (request as Record<string, unknown>)[k] !== undefined);
          if (kinds.length !== 1) apiError('batchUpdate', `Invalid requests[${i}]: exactly one kind of request must be set.`);
          const kind = kinds[0] as string;
          const body = request[kind] as Record<string, unknown>;
          const where = `Invalid requests[${i}].${kind}: `;
          const bad: Fail = (message: string) => apiError('batchUpdate', where + message);
          switch (kind) {
            case 'updateTableCellStyle':
              tableCellStyle(body, where, doc)();
              break;
            case 'insertText':
              applyInsertText(doc, body, bad);
              break;
            case 'deleteContentRange':
              applyDelete(doc, body, bad);
              break;
            case 'insertTable':
              applyInsertTable(doc, body, bad);
              break;
            case 'updateTextStyle':
              applyTextStyle(doc, body, bad);
              break;
            case 'updateTableColumnProperties':
              applyColumnProperties(doc, body, bad);
              break;
            case 'pinTableHeaderRows':
              applyPin(doc, body, bad);
              break;
            case 'updateParagraphStyle':
              applyParagraphStyle(doc, body, bad);
              break;
            default:
              throw new Error(`emulator: requests[${i}].${kind} is not supported`);
          }
        });
      } catch (e) {
        doc.body.children.splice(0, doc.body.children.length, ...before.children);
        relinkBody(doc.body);
        throw e;
      }
      doc.revision += 1;
      return { documentId: doc.id, replies: requests!.map(() => ({})), writeControl: { requiredRevisionId: `emu-rev-${doc.revision}` } };
    },

    create(resource: GoogleAppsScript.Docs.Schema.Document) {
      const title = String(resource?.title ?? '').trim() || 'Untitled document';
      const id = store.createDocFile(title);
      return layout(store.docs.get(id) as DocState).document;
    },
  };

  /** Validates one updateTableCellStyle request; returns the change to apply. */
  function tableCellStyle(req: Record<string, unknown>, where: string, doc: DocState): () => void {
    const bad = (message: string): never => apiError('batchUpdate', where + message);
    const fields = String(req.fields ?? '')
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    if (!fields.length) bad('At least one field must be specified.');
    const known = schemaTypes().get('TableCellStyle') as Map<string, string>;
    for (const f of fields) {
      if (f !== '*' && !known.has(camel(f))) bad(`Invalid field: ${f}`);
      if (f === '*' || !CELL_STYLE_FIELDS.includes(camel(f))) throw new Error(`emulator: updateTableCellStyle field "${f}" is not supported`);
    }
    const range = req.tableRange as
      | {
          tableCellLocation?: { tableStartLocation?: { index?: number; segmentId?: string }; rowIndex?: number; columnIndex?: number };
          rowSpan?: number;
          columnSpan?: number;
        }
      | undefined;
    const whole = req.tableStartLocation as { index?: number; segmentId?: string } | undefined;
    if (Boolean(range) === Boolean(whole)) bad('Exactly one of tableRange or tableStartLocation must be set.');
    const location = range ? range.tableCellLocation?.tableStartLocation : whole;
    if (location?.segmentId) throw new Error('emulator: tables outside the body (segmentId) are not supported');
    const table = tableAt(doc.body, Number(location?.index ?? 0));
    if (!table) return bad('Invalid table start location. Must specify the start index of the table.');
    const rows = table.rows.length;
    const columns = table.rows[0]?.cells.length ?? 0;
    let r0 = 0,
      c0 = 0,
      rowSpan = rows,
      columnSpan = columns;
    if (range) {
      r0 = range.tableCellLocation?.rowIndex ?? 0;
      c0 = range.tableCellLocation?.columnIndex ?? 0;
      rowSpan = range.rowSpan ?? 0;
      columnSpan = range.columnSpan ?? 0;
      const ints = [r0, c0, rowSpan, columnSpan].every((n) => Number.isInteger(n));
      if (!ints || rowSpan < 1 || columnSpan < 1) bad('The table range must have a row span and a column span of at least 1.');
      if (r0 < 0 || c0 < 0 || r0 + rowSpan > rows || c0 + columnSpan > columns) {
        bad(`The table range (row ${r0}, column ${c0}, ${rowSpan}×${columnSpan}) is outside the ${rows}×${columns} table.`);
      }
    }
    const style = (req.tableCellStyle ?? {}) as GoogleAppsScript.Docs.Schema.TableCellStyle;
    const rgb = style.backgroundColor?.color?.rgbColor;
    const values = rgb ? [rgb.red, rgb.green, rgb.blue] : [];
    if (values.some((v) => v !== undefined && (typeof v !== 'number' || v < 0 || v > 1))) bad('Color values must be between 0 and 1.');
    const colour = rgb ? hexFromRgb(rgb) : null; // an OptionalColor without a colour: transparent
    return () => {
      for (let r = r0; r < r0 + rowSpan; r++) {
        for (let c = c0; c < c0 + columnSpan; c++) (table.rows[r]?.cells[c] as CellNode).backgroundColor = colour;
      }
    };
  }

  function index(value: unknown, bad: Fail, what: string): number {
    const loc = value as { index?: unknown; segmentId?: unknown } | undefined;
    if (loc?.segmentId) throw new Error('emulator: edits outside the body (segmentId) are not supported');
    const n = loc?.index;
    if (typeof n !== 'number' || !Number.isInteger(n)) return bad(`${what} must have an index.`);
    return n;
  }

  function range(value: unknown, bad: Fail): [number, number] {
    const r = value as { startIndex?: unknown; endIndex?: unknown; segmentId?: unknown } | undefined;
    if (r?.segmentId) throw new Error('emulator: edits outside the body (segmentId) are not supported');
    if (typeof r?.startIndex !== 'number' || typeof r?.endIndex !== 'number') return bad('The range must have a start index and an end index.');
    return [r.startIndex, r.endIndex];
  }

  function applyInsertText(doc: DocState, req: Record<string, unknown>, bad: Fail): void {
    if (req.endOfSegmentLocation) throw new Error('emulator: insertText at endOfSegmentLocation is not supported');
    const text = req.text;
    if (typeof text !== 'string') bad('Text must be set.');
    insertText(doc.body, index(req.location, bad, 'The location'), String(text).replace(/\r\n?/g, '\n'), bad);
  }

  function applyDelete(doc: DocState, req: Record<string, unknown>, bad: Fail): void {
    const [start, end] = range(req.range, bad);
    deleteContentRange(doc.body, start, end, bad);
  }

  function applyInsertTable(doc: DocState, req: Record<string, unknown>, bad: Fail): void {
    if (req.endOfSegmentLocation) throw new Error('emulator: insertTable at endOfSegmentLocation is not supported');
    insertTable(doc.body, index(req.location, bad, 'The location'), Number(req.rows), Number(req.columns), bad);
  }

  function applyParagraphStyle(doc: DocState, req: Record<string, unknown>, bad: Fail): void {
    const [start, end] = range(req.range, bad);
    const fields = String(req.fields ?? '')
      .split(',')
      .map((f) => camel(f.trim()))
      .filter(Boolean);
    if (fields.join() !== 'namedStyleType') throw new Error(`emulator: updateParagraphStyle fields "${String(req.fields)}" are not supported`);
    const named = String((req.paragraphStyle as { namedStyleType?: unknown } | undefined)?.namedStyleType ?? '');
    const heading = (Object.keys(NAMED_STYLE) as Heading[]).find((h) => NAMED_STYLE[h] === named);
    if (!heading) bad(`Invalid value for namedStyleType: ${named}`);
    for (const { p, start: s } of paragraphsWithIndex(doc.body)) {
      if (s < end && s + p.text.length + 1 > start) p.heading = heading as Heading;
    }
  }

  const TEXT_FIELDS = ['bold', 'italic', 'underline', 'fontSize', 'foregroundColor'];
  function applyTextStyle(doc: DocState, req: Record<string, unknown>, bad: Fail): void {
    const [start, end] = range(req.range, bad);
    const fields = String(req.fields ?? '')
      .split(',')
      .map((f) => camel(f.trim()))
      .filter(Boolean);
    if (!fields.length) bad('At least one field must be specified.');
    const known = schemaTypes().get('TextStyle') as Map<string, string>;
    for (const f of fields) {
      if (!known.has(f)) bad(`Invalid field: ${f}`);
      if (!TEXT_FIELDS.includes(f)) throw new Error(`emulator: updateTextStyle field "${f}" is not supported`);
    }
    const style = (req.textStyle ?? {}) as GoogleAppsScript.Docs.Schema.TextStyle;
    const touched = paragraphsWithIndex(doc.body).filter(({ p, start: s }) => s < end && s + p.text.length + 1 > start);
    for (const { p, start: s } of touched) {
      if (p.text.length && (s < start || s + p.text.length > end))
        throw new Error(`emulator: updateTextStyle must cover whole paragraphs (paragraph at ${s} is only partly in ${start}..${end})`);
    }
    for (const { p } of touched) {
      if (fields.includes('bold')) p.bold = Boolean(style.bold);
      if (fields.includes('italic')) p.italic = Boolean(style.italic);
      if (fields.includes('fontSize')) {
        const size = style.fontSize?.magnitude;
        if (size !== undefined && (typeof size !== 'number' || size <= 0)) bad('Font size must be positive.');
        p.fontSize = size ?? null;
      }
      if (fields.includes('foregroundColor')) {
        const rgb = style.foregroundColor?.color?.rgbColor;
        p.foregroundColor = rgb ? hexFromRgb(rgb) : null;
      }
    }
  }

  function tableFrom(doc: DocState, value: unknown, bad: Fail): TableNode {
    const table = tableAt(doc.body, index(value, bad, 'The table start location'));
    return table ?? bad('Invalid table start location. Must specify the start index of the table.');
  }

  function applyColumnProperties(doc: DocState, req: Record<string, unknown>, bad: Fail): void {
    const table = tableFrom(doc, req.tableStartLocation, bad);
    const fields = String(req.fields ?? '')
      .split(',')
      .map((f) => camel(f.trim()))
      .filter(Boolean);
    if (fields.some((f) => f !== 'width' && f !== 'widthType'))
      throw new Error(`emulator: updateTableColumnProperties fields "${String(req.fields)}" are not supported`);
    const props = (req.tableColumnProperties ?? {}) as { widthType?: string; width?: { magnitude?: number; unit?: string } };
    const columns = Array.isArray(req.columnIndices) && req.columnIndices.length ? (req.columnIndices as number[]) : table.columnWidths.map((_, c) => c);
    for (const c of columns) if (!Number.isInteger(c) || c < 0 || c >= table.columnWidths.length) bad(`Column index ${c} is outside the table.`);
    const width = props.widthType === 'EVENLY_DISTRIBUTED' ? null : props.width?.magnitude;
    if (width !== null && (typeof width !== 'number' || props.width?.unit !== 'PT')) bad('A fixed width needs a magnitude in PT.');
    if (typeof width === 'number' && width < 5) bad('The column width must be at least 5 points.');
    for (const c of columns) table.columnWidths[c] = width ?? null;
  }

  function applyPin(doc: DocState, req: Record<string, unknown>, bad: Fail): void {
    const table = tableFrom(doc, req.tableStartLocation, bad);
    const n = req.pinnedHeaderRowsCount ?? 0;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > table.rows.length)
      bad('The number of pinned header rows must be between 0 and the number of rows.');
    table.pinnedHeaderRows = n as number;
  }

  return { Documents: counted(documents, calls, 'Docs', 'Documents') as unknown as GoogleAppsScript.Docs.Collection.DocumentsCollection };
}
