/**
 * Emulated DocumentApp: documents, body, paragraphs, tables, rows, cells and text, each class
 * typed as a `Pick` of the real one and every call counted. Element wrappers are new objects
 * on each call, as in Apps Script; `getChildIndex` finds the node a wrapper stands for.
 *
 * Documented behaviour kept: `replaceText`/`findText` take a regular expression as a string
 * and never match across paragraphs (the replacement follows Java's rules: see `replaceAll`); a table cell's text with new lines becomes several
 * paragraphs; a body cannot end with a table (an empty paragraph follows one inserted last);
 * the last paragraph of a body cannot be removed; a document closed by `saveAndClose` cannot
 * be used again.
 */
import { CallLog, counted } from '../calls';
import { appsScriptException } from '../exception';
import type { Realm } from '../realm';
import {
  bodyText,
  cell,
  cellText,
  paragraph,
  paragraphsOf,
  rowText,
  tableFromCells,
  tableText,
  allParagraphs,
  unsavedSessions,
  type BodyNode,
  type CellNode,
  type DocState,
  type Heading,
  type ParagraphNode,
  type RowNode,
  type TableNode,
} from './model';

type D = typeof GoogleAppsScript.Document;
type DA = GoogleAppsScript.Document.DocumentApp;
type Element = GoogleAppsScript.Document.Element;

export type EmulatedDocumentApp = Pick<DA, 'create' | 'openById' | 'getActiveDocument' | 'ParagraphHeading' | 'Attribute' | 'ElementType'>;
export type EmulatedDocument = Pick<GoogleAppsScript.Document.Document, 'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'saveAndClose'>;
export type EmulatedBody = Pick<
  GoogleAppsScript.Document.Body,
  | 'getParagraphs'
  | 'getNumChildren'
  | 'getChild'
  | 'getChildIndex'
  | 'appendParagraph'
  | 'insertParagraph'
  | 'appendTable'
  | 'insertTable'
  | 'replaceText'
  | 'findText'
  | 'getText'
  | 'editAsText'
  | 'getType'
>;
type AsElement = Pick<Element, 'asParagraph' | 'asTable' | 'getType' | 'removeFromParent'>;
export type EmulatedParagraph = Pick<
  GoogleAppsScript.Document.Paragraph,
  | 'setHeading'
  | 'getHeading'
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'removeFromParent'
  | 'setAttributes'
  | 'getAttributes'
  | 'editAsText'
  | 'getType'
  | 'getParent'
  | 'getNumChildren'
  | 'getChild'
  | 'replaceText'
> &
  AsElement;
export type EmulatedTable = Pick<
  GoogleAppsScript.Document.Table,
  | 'getRow'
  | 'getNumRows'
  | 'getCell'
  | 'setColumnWidth'
  | 'getColumnWidth'
  | 'editAsText'
  | 'getText'
  | 'setBorderWidth'
  | 'getBorderWidth'
  | 'getType'
  | 'getParent'
  | 'removeFromParent'
> &
  AsElement;
export type EmulatedTableRow = Pick<GoogleAppsScript.Document.TableRow, 'getCell' | 'getNumCells' | 'editAsText' | 'getText' | 'getParentTable' | 'getType'>;
export type EmulatedTableCell = Pick<
  GoogleAppsScript.Document.TableCell,
  'setBackgroundColor' | 'getBackgroundColor' | 'setText' | 'getText' | 'editAsText' | 'getParentRow' | 'getNumChildren' | 'getType'
>;
export type EmulatedText = Pick<
  GoogleAppsScript.Document.Text,
  | 'getText'
  | 'setText'
  | 'setBold'
  | 'isBold'
  | 'setItalic'
  | 'setForegroundColor'
  | 'setFontSize'
  | 'deleteText'
  | 'insertText'
  | 'appendText'
  | 'getParent'
  | 'getType'
  | 'asText'
>;
export type EmulatedRangeElement = Pick<GoogleAppsScript.Document.RangeElement, 'getElement' | 'getStartOffset' | 'getEndOffsetInclusive' | 'isPartial'>;

function enumOf<T>(names: string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as T;
}

export const ParagraphHeading = enumOf<D['ParagraphHeading']>([
  'NORMAL',
  'TITLE',
  'SUBTITLE',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
]);
export const Attribute = enumOf<D['Attribute']>([
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
]);
export const ElementType = enumOf<D['ElementType']>(['BODY_SECTION', 'PARAGRAPH', 'TABLE', 'TABLE_ROW', 'TABLE_CELL', 'TEXT', 'LIST_ITEM', 'UNSUPPORTED']);

/** What the Docs side shares with Drive: the documents and how to make a new one. */
export interface DocStore {
  readonly docs: Map<string, DocState>;
  /** Creates a Google Doc file in the root folder; returns its id. */
  createDocFile(name: string): string;
  /** True when the id names a Drive file that is not a Google Doc. */
  isOtherFile(id: string): boolean;
  /** False when the granted scopes do not reach this document (see DriveAccess). Default: every document. */
  canOpen?(id: string): boolean;
}

export const DOC_MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";
export const DOC_CLOSED = 'Document is closed, its contents cannot be updated.';

export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** Converts an Apps Script search pattern (a regex in a string) to a JS RegExp. */
export function searchRegExp(pattern: string, realm: Realm | undefined, flags = 'g'): RegExp {
  if (/\(\?[a-zA-Z]/.test(pattern)) throw appsScriptException('Mode modifiers are not supported in search patterns.', realm);
  try {
    return new RegExp(pattern, flags);
  } catch {
    throw appsScriptException(`Invalid argument: searchPattern`, realm);
  }
}

/**
 * `replaceText(searchPattern, replacement)`: every match of the pattern in `text` replaced.
 *
 * ASSUMPTION (settled by the self-test scenario "docs-replace-text"): the documentation says only that
 * the pattern is a regular expression; it does not say the replacement is literal, and in
 * practice `$` and the backslash in it are special. The emulator takes the replacement to follow
 * Java's `Matcher.appendReplacement`: `$n` is group n (the longest number that names a group),
 * `${name}` a named group, a backslash makes the next character literal; a `$` followed by
 * anything else, a trailing backslash or a group the pattern lacks is an error. Text a user
 * typed must therefore never be passed as a replacement as it stands.
 */
export function replaceAll(text: string, re: RegExp, replacement: string, realm: Realm | undefined): string {
  const groupCount = (new RegExp(`${re.source}|`, re.flags.replace('g', '')).exec('')?.length ?? 1) - 1;
  return text.replace(re, (...args: unknown[]) => {
    const last = args[args.length - 1];
    const named = (typeof last === 'object' && last !== null ? last : undefined) as Record<string, string | undefined> | undefined;
    const groups = args.slice(0, groupCount + 1) as (string | undefined)[];
    return expandReplacement(replacement, groups, named, realm);
  });
}

function expandReplacement(
  r: string,
  groups: readonly (string | undefined)[],
  named: Record<string, string | undefined> | undefined,
  realm: Realm | undefined,
): string {
  const fail = (message: string): never => {
    throw appsScriptException(message, realm);
  };
  const groupCount = groups.length - 1;
  let out = '';
  let i = 0;
  while (i < r.length) {
    const c = r[i] as string;
    if (c === '\\') {
      if (i + 1 >= r.length) fail('character to be escaped is missing');
      out += r[i + 1];
      i += 2;
    } else if (c === '$') {
      i += 1;
      if (i >= r.length) fail('Illegal group reference: group index is missing');
      if (r[i] === '{') {
        const close = r.indexOf('}', i);
        const name = close < 0 ? '' : r.slice(i + 1, close);
        if (close < 0 || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) fail("named capturing group is missing trailing '}'");
        if (!named || !(name in named)) fail(`No group with name {${name}}`);
        out += named?.[name] ?? '';
        i = close + 1;
      } else {
        let ref = r.charCodeAt(i) - 48;
        if (ref < 0 || ref > 9) fail('Illegal group reference');
        if (ref > groupCount) fail(`No group ${ref}`);
        i += 1;
        while (i < r.length) {
          const d = r.charCodeAt(i) - 48;
          if (d < 0 || d > 9 || ref * 10 + d > groupCount) break;
          ref = ref * 10 + d;
          i += 1;
        }
        out += groups[ref] ?? '';
      }
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

export function createDocumentApp(opts: { realm: Realm; calls: CallLog; store: DocStore }): EmulatedDocumentApp {
  const { realm, calls, store } = opts;
  const nodeOf = new WeakMap<object, unknown>();
  const fail = (message: string): never => {
    throw appsScriptException(message, realm);
  };

  interface Session {
    doc: DocState;
    closed: boolean;
    dirty: boolean;
  }
  const live = (s: Session) => {
    if (s.closed) fail(DOC_CLOSED);
  };
  const touched = (s: Session) => {
    s.doc.revision += 1;
    if (!s.dirty) {
      s.dirty = true;
      unsavedSessions.set(s.doc, (unsavedSessions.get(s.doc) ?? 0) + 1);
    }
  };

  function wrap<T extends object>(obj: T, cls: string, node: unknown): T {
    const proxy = counted(obj, calls, 'DocumentApp', cls);
    nodeOf.set(proxy, node);
    return proxy;
  }

  // ---- Text ---------------------------------------------------------------------------------
  /** A Text over `node`; `ownParagraph` when it is the text child of one paragraph. */
  function text(s: Session, node: ParagraphNode | CellNode | RowNode | TableNode | BodyNode, ownParagraph?: ParagraphNode): EmulatedText {
    const paras = () => paragraphsOf(node);
    const full = () =>
      paras()
        .map((p) => p.text)
        .join('\n');
    const whole = (args: unknown[], n: number): unknown => {
      if (args.length === n) return args[n - 1];
      if (args.length === n + 2) {
        const [start, end] = args as [number, number];
        if (start !== 0 || end !== full().length - 1) fail('emulator: formatting part of a text is not supported');
        return args[n + 1];
      }
      return fail('Invalid arguments');
    };
    const set = (apply: (p: ParagraphNode) => void) => {
      live(s);
      paras().forEach(apply);
      touched(s);
      return t as unknown as GoogleAppsScript.Document.Text;
    };
    const single = (): ParagraphNode => {
      const ps = paras();
      if (ps.length !== 1 || !ps[0]) return fail('emulator: editing text across paragraphs is not supported');
      return ps[0];
    };
    const obj: EmulatedText = {
      getText: () => (live(s), full()),
      setText(value: string) {
        live(s);
        single().text = String(value);
        touched(s);
        return t as unknown as GoogleAppsScript.Document.Text;
      },
      setBold: ((...args: unknown[]) => set((p) => (p.bold = Boolean(whole(args, 1))))) as EmulatedText['setBold'],
      isBold: (() => (live(s), paras().every((p) => p.bold))) as EmulatedText['isBold'],
      setItalic: ((...args: unknown[]) => set((p) => (p.italic = Boolean(whole(args, 1))))) as EmulatedText['setItalic'],
      setForegroundColor: ((...args: unknown[]) => set((p) => (p.foregroundColor = String(whole(args, 1))))) as EmulatedText['setForegroundColor'],
      setFontSize: ((...args: unknown[]) => set((p) => (p.fontSize = Number(whole(args, 1))))) as EmulatedText['setFontSize'],
      deleteText(start: number, endInclusive: number) {
        live(s);
        const p = single();
        if (start < 0 || endInclusive >= p.text.length || endInclusive < start) fail('Index out of bounds.');
        p.text = p.text.slice(0, start) + p.text.slice(endInclusive + 1);
        touched(s);
        return t as unknown as GoogleAppsScript.Document.Text;
      },
      insertText(offset: number, value: string) {
        live(s);
        const p = single();
        if (offset < 0 || offset > p.text.length) fail('Index out of bounds.');
        p.text = p.text.slice(0, offset) + String(value) + p.text.slice(offset);
        touched(s);
        return t as unknown as GoogleAppsScript.Document.Text;
      },
      appendText(value: string) {
        live(s);
        const p = single();
        p.text += String(value);
        touched(s);
        return t as unknown as GoogleAppsScript.Document.Text;
      },
      getParent: () => {
        live(s);
        const p = ownParagraph;
        return (p
          ? paragraphW(s, p)
          : fail("emulator: getParent of an element's editAsText() is not supported")) as unknown as GoogleAppsScript.Document.ContainerElement;
      },
      getType: () => ElementType.TEXT,
      asText: () => t as unknown as GoogleAppsScript.Document.Text,
    };
    const t = wrap(obj, 'Text', ownParagraph ?? node);
    return t;
  }

  // ---- Paragraph ----------------------------------------------------------------------------
  function removeParagraph(s: Session, p: ParagraphNode): void {
    const parent = p.parent;
    if (!parent) return;
    if (parent.type === 'BODY_SECTION') {
      const paras = parent.children.filter((c) => c.type === 'PARAGRAPH');
      if (paras.length === 1 || parent.children[parent.children.length - 1] === p) {
        fail("Can't remove the last paragraph in a document section.");
      }
      parent.children.splice(parent.children.indexOf(p), 1);
    } else {
      if (parent.paragraphs.length === 1) fail("Can't remove the last paragraph in a table cell.");
      parent.paragraphs.splice(parent.paragraphs.indexOf(p), 1);
    }
    p.parent = null;
    touched(s);
  }

  function paragraphW(s: Session, p: ParagraphNode): EmulatedParagraph {
    const self = () => w as unknown as GoogleAppsScript.Document.Paragraph;
    const obj: EmulatedParagraph = {
      setHeading(h: GoogleAppsScript.Document.ParagraphHeading) {
        live(s);
        p.heading = String(h) as Heading;
        touched(s);
        return self();
      },
      getHeading: () => (live(s), p.heading as unknown as GoogleAppsScript.Document.ParagraphHeading),
      getText: () => (live(s), p.text),
      setText(value: string) {
        live(s);
        p.text = String(value);
        touched(s);
        return undefined as unknown as void;
      },
      appendText: ((value: string) => {
        live(s);
        p.text += String(value);
        touched(s);
        return text(s, p, p) as unknown as GoogleAppsScript.Document.Text;
      }) as EmulatedParagraph['appendText'],
      removeFromParent() {
        live(s);
        removeParagraph(s, p);
        return self();
      },
      setAttributes(attributes: Record<string, unknown>) {
        live(s);
        for (const [k, v] of Object.entries(attributes ?? {})) {
          if (v === null || v === undefined) continue;
          if (k === 'BOLD') p.bold = Boolean(v);
          else if (k === 'ITALIC') p.italic = Boolean(v);
          else if (k === 'FONT_SIZE') p.fontSize = Number(v);
          else if (k === 'FOREGROUND_COLOR') p.foregroundColor = String(v);
          else if (k === 'BACKGROUND_COLOR') p.backgroundColor = String(v);
          else if (k === 'HEADING') p.heading = String(v) as Heading;
          else if (!(k in Attribute)) fail(`Invalid argument: attributes (${k})`);
        }
        touched(s);
        return self();
      },
      getAttributes: () => (
        live(s),
        {
          BOLD: p.bold,
          ITALIC: p.italic,
          FONT_SIZE: p.fontSize,
          FOREGROUND_COLOR: p.foregroundColor,
          BACKGROUND_COLOR: p.backgroundColor,
          HEADING: p.heading,
        }
      ),
      editAsText: () => (live(s), text(s, p) as unknown as GoogleAppsScript.Document.Text),
      getType: () => ElementType.PARAGRAPH,
      getParent: () => {
        live(s);
        const parent = p.parent;
        if (!parent) return null as unknown as GoogleAppsScript.Document.ContainerElement;
        return (parent.type === 'BODY_SECTION' ? bodyW(s) : cellW(s, parent)) as unknown as GoogleAppsScript.Document.ContainerElement;
      },
      getNumChildren: () => (live(s), p.text === '' ? 0 : 1),
      getChild(index: number) {
        live(s);
        if (index !== 0 || p.text === '') fail('Child index (' + index + ') must be less than the number of child elements (' + (p.text === '' ? 0 : 1) + ').');
        return text(s, p, p) as unknown as Element;
      },
      replaceText(pattern: string, replacement: string) {
        live(s);
        p.text = replaceAll(p.text, searchRegExp(pattern, realm), String(replacement), realm);
        touched(s);
        return w as unknown as Element;
      },
      asParagraph: () => w as unknown as GoogleAppsScript.Document.Paragraph,
      asTable: () => fail('Element is not a Table.') as never,
    };
    const w = wrap(obj, 'Paragraph', p);
    return w;
  }

  // ---- Table, row, cell ---------------------------------------------------------------------
  function tableW(s: Session, tnode: TableNode): EmulatedTable {
    const row = (i: number): RowNode => tnode.rows[i] ?? fail(`Child index (${i}) must be less than the number of child elements (${tnode.rows.length}).`);
    const obj: EmulatedTable = {
      getRow: (i: number) => (live(s), rowW(s, row(i)) as unknown as GoogleAppsScript.Document.TableRow),
      getNumRows: () => (live(s), tnode.rows.length),
      getCell(r: number, c: number) {
        live(s);
        const node = row(r).cells[c] ?? fail(`Child index (${c}) must be less than the number of child elements (${row(r).cells.length}).`);
        return cellW(s, node) as unknown as GoogleAppsScript.Document.TableCell;
      },
      setColumnWidth(c: number, width: number) {
        live(s);
        if (c < 0 || c >= tnode.columnWidths.length) fail('Index out of bounds.');
        tnode.columnWidths[c] = Number(width);
        touched(s);
        return w as unknown as GoogleAppsScript.Document.Table;
      },
      getColumnWidth: (c: number) => (live(s), tnode.columnWidths[c] ?? (null as unknown as number)),
      editAsText: () => (live(s), text(s, tnode) as unknown as GoogleAppsScript.Document.Text),
      getText: () => (live(s), tableText(tnode)),
      setBorderWidth(width: number) {
        live(s);
        tnode.borderWidth = Number(width);
        touched(s);
        return w as unknown as GoogleAppsScript.Document.Table;
      },
      getBorderWidth: () => (live(s), tnode.borderWidth),
      getType: () => ElementType.TABLE,
      getParent: () => (live(s), bodyW(s) as unknown as GoogleAppsScript.Document.ContainerElement),
      removeFromParent() {
        live(s);
        const parent = tnode.parent;
        if (parent) {
          parent.children.splice(parent.children.indexOf(tnode), 1);
          tnode.parent = null;
          touched(s);
        }
        return w as unknown as GoogleAppsScript.Document.Table;
      },
      asParagraph: () => fail('Element is not a Paragraph.') as never,
      asTable: () => w as unknown as GoogleAppsScript.Document.Table,
    };
    const w = wrap(obj, 'Table', tnode);
    return w;
  }

  function rowW(s: Session, r: RowNode): EmulatedTableRow {
    const obj: EmulatedTableRow = {
      getCell(c: number) {
        live(s);
        const node = r.cells[c] ?? fail(`Child index (${c}) must be less than the number of child elements (${r.cells.length}).`);
        return cellW(s, node) as unknown as GoogleAppsScript.Document.TableCell;
      },
      getNumCells: () => (live(s), r.cells.length),
      editAsText: () => (live(s), text(s, r) as unknown as GoogleAppsScript.Document.Text),
      getText: () => (live(s), rowText(r)),
      getParentTable: () => (live(s), tableW(s, r.parent as TableNode) as unknown as GoogleAppsScript.Document.Table),
      getType: () => ElementType.TABLE_ROW,
    };
    return wrap(obj, 'TableRow', r);
  }

  function cellW(s: Session, c: CellNode): EmulatedTableCell {
    const obj: EmulatedTableCell = {
      setBackgroundColor(color: string) {
        live(s);
        if (color !== null && !/^#[0-9a-fA-F]{6}$/.test(String(color))) fail(`Invalid argument: color (${String(color)})`);
        c.backgroundColor = color === null ? null : String(color).toLowerCase();
        touched(s);
        return w as unknown as GoogleAppsScript.Document.TableCell;
      },
      getBackgroundColor: () => (live(s), c.backgroundColor as string),
      setText(value: string) {
        live(s);
        const fresh = cell(String(value), c.parent);
        c.paragraphs = fresh.paragraphs.map((p) => ({ ...p, parent: c }));
        touched(s);
        return w as unknown as GoogleAppsScript.Document.TableCell;
      },
      getText: () => (live(s), cellText(c)),
      editAsText: () => (live(s), text(s, c) as unknown as GoogleAppsScript.Document.Text),
      getParentRow: () => (live(s), rowW(s, c.parent as RowNode) as unknown as GoogleAppsScript.Document.TableRow),
      getNumChildren: () => (live(s), c.paragraphs.length),
      getType: () => ElementType.TABLE_CELL,
    };
    const w = wrap(obj, 'TableCell', c);
    return w;
  }

  // ---- Body ---------------------------------------------------------------------------------
  function childW(s: Session, node: ParagraphNode | TableNode): EmulatedParagraph | EmulatedTable {
    return node.type === 'PARAGRAPH' ? paragraphW(s, node) : tableW(s, node);
  }

  /** A body never ends with a table: Docs keeps an empty paragraph after one. */
  function keepTrailingParagraph(body: BodyNode): void {
    const last = body.children[body.children.length - 1];
    if (!last || last.type === 'TABLE') body.children.push(paragraph('', body));
  }

  function checkCells(cells: unknown): string[][] {
    if (!Array.isArray(cells) || cells.some((r) => !Array.isArray(r))) fail('Invalid argument: cells');
    const rows = cells as unknown[][];
    const width = rows[0]?.length ?? 0;
    if (rows.some((r) => r.length !== width)) fail('Invalid argument: cells (rows of different lengths)');
    return rows.map((r) => r.map((v) => String(v)));
  }

  function bodyW(s: Session): EmulatedBody {
    const body = s.doc.body;
    const insertAt = (index: number, node: ParagraphNode | TableNode) => {
      if (!Number.isInteger(index) || index < 0 || index > body.children.length) fail('Index out of bounds.');
      body.children.splice(index, 0, node);
    };
    const obj: EmulatedBody = {
      getParagraphs: () => (live(s), allParagraphs(body).map((p) => paragraphW(s, p) as unknown as GoogleAppsScript.Document.Paragraph)),
      getNumChildren: () => (live(s), body.children.length),
      getChild(i: number) {
        live(s);
        const node = body.children[i] ?? fail(`Child index (${i}) must be less than the number of child elements (${body.children.length}).`);
        return childW(s, node) as unknown as Element;
      },
      getChildIndex(child: Element) {
        live(s);
        const node = nodeOf.get(child as object);
        const i = body.children.indexOf(node as ParagraphNode);
        if (i < 0) fail('Element does not contain the specified child element.');
        return i;
      },
      appendParagraph(value: string | GoogleAppsScript.Document.Paragraph) {
        live(s);
        if (typeof value !== 'string') fail('emulator: appending a Paragraph element is not supported');
        const p = paragraph(String(value), body);
        body.children.push(p);
        touched(s);
        return paragraphW(s, p) as unknown as GoogleAppsScript.Document.Paragraph;
      },
      insertParagraph(index: number, value: string | GoogleAppsScript.Document.Paragraph) {
        live(s);
        if (typeof value !== 'string') fail('emulator: inserting a Paragraph element is not supported');
        const p = paragraph(String(value), body);
        insertAt(index, p);
        touched(s);
        return paragraphW(s, p) as unknown as GoogleAppsScript.Document.Paragraph;
      },
      appendTable(cells?: string[][] | GoogleAppsScript.Document.Table) {
        live(s);
        const t = tableFromCells(checkCells(cells ?? [['']]), body);
        body.children.push(t);
        keepTrailingParagraph(body);
        touched(s);
        return tableW(s, t) as unknown as GoogleAppsScript.Document.Table;
      },
      insertTable(index: number, cells?: string[][] | GoogleAppsScript.Document.Table) {
        live(s);
        const t = tableFromCells(checkCells(cells ?? [['']]), body);
        insertAt(index, t);
        keepTrailingParagraph(body);
        touched(s);
        return tableW(s, t) as unknown as GoogleAppsScript.Document.Table;
      },
      replaceText(pattern: string, replacement: string) {
        live(s);
        const re = searchRegExp(pattern, realm);
        // Every paragraph worked out first: a bad replacement changes nothing.
        const edits = allParagraphs(body)
          .map((p) => ({ p, next: replaceAll(p.text, re, String(replacement), realm) }))
          .filter((e) => e.next !== e.p.text);
        for (const e of edits) e.p.text = e.next;
        if (edits.length) touched(s);
        return w as unknown as Element;
      },
      findText(pattern: string, from?: GoogleAppsScript.Document.RangeElement | null) {
        live(s);
        const re = searchRegExp(pattern, realm, 'g');
        const paras = allParagraphs(body);
        let startPara = 0;
        let startOffset = 0;
        if (from) {
          const state = nodeOf.get(from as object) as { p: ParagraphNode; end: number } | undefined;
          if (!state) fail('Invalid argument: from');
          startPara = paras.indexOf(state!.p);
          startOffset = state!.end + 1;
        }
        for (let i = startPara; i < paras.length; i++) {
          const p = paras[i] as ParagraphNode;
          re.lastIndex = i === startPara ? startOffset : 0;
          const m = re.exec(p.text);
          if (m && m[0].length > 0) {
            const end = m.index + m[0].length - 1;
            const range: EmulatedRangeElement = {
              getElement: () => text(s, p, p) as unknown as Element,
              getStartOffset: () => m.index,
              getEndOffsetInclusive: () => end,
              isPartial: () => !(m.index === 0 && end === p.text.length - 1),
            };
            return wrap(range, 'RangeElement', { p, end }) as unknown as GoogleAppsScript.Document.RangeElement;
          }
        }
        return null as unknown as GoogleAppsScript.Document.RangeElement;
      },
      getText: () => (live(s), bodyText(body)),
      editAsText: () => (live(s), text(s, body) as unknown as GoogleAppsScript.Document.Text),
      getType: () => ElementType.BODY_SECTION,
    };
    const w = wrap(obj, 'Body', body);
    return w;
  }

  // ---- Document and DocumentApp ---------------------------------------------------------------
  function documentW(doc: DocState): EmulatedDocument {
    const s: Session = { doc, closed: false, dirty: false };
    const obj: EmulatedDocument = {
      getId: () => doc.id,
      getName: () => doc.name,
      setName(name: string) {
        live(s);
        doc.name = String(name);
        touched(s);
        return d as unknown as GoogleAppsScript.Document.Document;
      },
      getUrl: () => docUrl(doc.id),
      getBody: () => (live(s), bodyW(s) as unknown as GoogleAppsScript.Document.Body),
      saveAndClose() {
        if (s.dirty && !s.closed) unsavedSessions.set(doc, (unsavedSessions.get(doc) ?? 1) - 1);
        s.closed = true;
      },
    };
    const d = wrap(obj, 'Document', doc);
    return d;
  }

  const app: EmulatedDocumentApp = {
    ParagraphHeading,
    Attribute,
    ElementType,
    create(name: string) {
      if (!String(name ?? '').trim()) fail('Invalid argument: name');
      const id = store.createDocFile(String(name));
      return documentW(store.docs.get(id) as DocState) as unknown as GoogleAppsScript.Document.Document;
    },
    openById(id: string) {
      const doc = store.docs.get(String(id));
      if (!doc) fail(store.isOtherFile(String(id)) ? 'Document is not a Google Doc.' : DOC_MISSING);
      if (store.canOpen && !store.canOpen(String(id))) fail(DOC_MISSING);
      return documentW(doc as DocState) as unknown as GoogleAppsScript.Document.Document;
    },
    /** A script bound to a spreadsheet has no active document. */
    getActiveDocument: () => null as unknown as GoogleAppsScript.Document.Document,
  };
  return counted(app, calls, 'DocumentApp', 'DocumentApp');
}
