/**
 * Renders a paper model into a new Google Doc copied from a template. The template is checked
 * first (unknown or missing placeholders are reported by name and nothing is created), then
 * copied into the output folder — never edited — and filled (see `fill`: user text is never
 * searched or read as a pattern), table placeholders with one `insertTable` each plus styling.
 *
 * Styling: widths, text size and bold rows go through DocumentApp (a few calls a table). Cell
 * backgrounds are the costly part — DocumentApp has no row- or range-level background, so it
 * costs `getCell` + `setBackgroundColor` per coloured cell. With the advanced Docs service
 * enabled (manifest: `Docs`, v1) they are set instead by ONE `Docs.Documents.get` (to find
 * each table's start index) and ONE `Docs.Documents.batchUpdate` of `updateTableCellStyle`
 * requests, one per block of equal colour: a constant number of calls whatever the row count.
 * Without the service, or when the Docs API call fails, the per-cell way is used and a log line
 * says so.
 */
import { colourRects } from '../../core/papers/cell-runs';
import {
  checkTemplate, placeholderPattern, planFill, rightToLeft, templateProblems, type PaperKind, type TemplateCheck, type TextSpot,
} from '../../core/papers/placeholders';
import type { PaperModel, TableModel } from '../../core/papers/models';
import { DEFAULT_TEMPLATES, TEMPLATE_NAMES, TEMPLATE_SETTING, type BlockStyle } from '../../core/papers/templates';
import { UserFacingError } from '../ui';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;
type Folder = GoogleAppsScript.Drive.Folder;
type DocsApi = GoogleAppsScript.Docs;

export interface DocsServices {
  readonly DocumentApp: GoogleAppsScript.Document.DocumentApp;
  readonly DriveApp: GoogleAppsScript.Drive.DriveApp;
  readonly pdfMimeType: string;
  /** The advanced Docs service; absent when it is not enabled (cells are then coloured one by one). */
  readonly Docs?: DocsApi | undefined;
  /** Where a line about the styling path goes (Apps Script: the execution log). */
  readonly log?: (message: string) => void;
}

/** The value of `MimeType.PDF`. */
export const PDF_MIME_TYPE = 'application/pdf';

/** The real services (read when called, so tests can install emulated globals first). */
export function appsScriptDocs(): DocsServices {
  return {
    DocumentApp, DriveApp, pdfMimeType: PDF_MIME_TYPE,
    // An advanced service that is not enabled is no global at all: `typeof` is the safe test.
    Docs: typeof Docs === 'undefined' ? undefined : Docs,
    log: (message) => console.log(message),
  };
}

export interface RenderRequest {
  readonly paper: PaperModel;
  /** From Settings; empty: a default template is created and recorded. */
  readonly templateId: string;
  /** From Settings; empty: My Drive. */
  readonly outputFolderId: string;
  readonly savePdf: boolean;
  /** Records the id of a template the product created (writes Settings). */
  readonly recordTemplateId: (id: string) => void;
  /** Table text size in points. */
  readonly tableFontSize?: number;
}

export interface RenderResult {
  readonly name: string;
  readonly docId: string;
  readonly docUrl: string;
  readonly pdfUrl?: string;
  /** Set when this run created the default template. */
  readonly createdTemplateId?: string;
  /** How the cell backgrounds were set. */
  readonly cellStyling: CellStyling;
}

/** 'docs-api': one get + one batchUpdate; 'per-cell': DocumentApp, two calls a coloured cell; 'none': nothing to colour. */
export type CellStyling = 'docs-api' | 'per-cell' | 'none';

const SETTING_LABELS: Record<PaperKind, string> = {
  actionLog: 'Action log template ID',
  agenda: 'Agenda template ID',
  minutes: 'Minutes template ID',
};

const PAPER_WORDS: Record<PaperKind, string> = { actionLog: 'action log', agenda: 'agenda', minutes: 'minutes' };

export function renderPaper(services: DocsServices, req: RenderRequest): RenderResult {
  const { DocumentApp: docs, DriveApp: drive } = services;
  const kind = req.paper.kind;
  const folder = outputFolder(drive, req.outputFolderId);

  let templateId = req.templateId.trim();
  let createdTemplateId: string | undefined;
  if (!templateId) {
    templateId = createDefaultTemplate(services, kind, folder);
    createdTemplateId = templateId;
    req.recordTemplateId(templateId);
  }

  // Check the template before copying it: a bad one leaves nothing behind.
  let templateText: string;
  try {
    templateText = docs.openById(templateId).getBody().getText();
  } catch (e) {
    throw new UserFacingError(
      `The ${PAPER_WORDS[kind]} template could not be opened (Settings: ${SETTING_LABELS[kind]} = ${templateId}). ` +
      `Check the ID is a Google Doc you can open, or clear the setting to use the default template. (${messageOf(e)})`,
    );
  }
  const check = checkTemplate(templateText, kind);
  const problems = templateProblems(check);
  if (problems.length) {
    throw new UserFacingError(`The ${PAPER_WORDS[kind]} template cannot be used: ${problems.join(' ')} Nothing was created.`);
  }

  const copy = drive.getFileById(templateId).makeCopy(req.paper.name, folder);
  const docId = copy.getId();
  let cellStyling: CellStyling;
  try {
    const doc = docs.openById(docId);
    const body = doc.getBody();
    const viaApi = Boolean(services.Docs);
    const placed = fill(body, check, req.paper, req.tableFontSize ?? 9, !viaApi);
    const coloured = placed.filter((t) => t.model.backgrounds.some((row) => row.some(Boolean)));
    // Where each coloured table sits among the body's children (the Docs API sees the same order).
    const located = viaApi ? coloured.map((t) => ({ ...t, childIndex: body.getChildIndex(t.table) })) : [];
    doc.saveAndClose(); // the Docs API reads and edits the saved document only
    cellStyling = coloured.length ? (viaApi ? 'docs-api' : 'per-cell') : 'none';
    if (!viaApi && coloured.length) services.log?.(`Table colours set cell by cell with DocumentApp (${countCells(coloured)} cells): enable the advanced Docs service to set them in one call.`);
    if (viaApi && located.length) {
      try {
        colourWithDocsApi(services.Docs as DocsApi, docId, located);
      } catch (e) {
        services.log?.(`Table colours: the Docs API could not be used (${messageOf(e)}); setting them cell by cell with DocumentApp instead.`);
        const again = docs.openById(docId);
        const againBody = again.getBody();
        for (const t of located) colourCells(againBody.getChild(t.childIndex).asTable(), t.model);
        again.saveAndClose();
        cellStyling = 'per-cell';
      }
    }
  } catch (e) {
    copy.setTrashed(true);
    throw e;
  }
  const docUrl = copy.getUrl();
  let pdfUrl: string | undefined;
  if (req.savePdf) {
    const blob = copy.getAs(services.pdfMimeType);
    blob.setName(`${req.paper.name}.pdf`);
    pdfUrl = folder.createFile(blob).getUrl();
  }
  return {
    name: req.paper.name, docId, docUrl,
    ...(pdfUrl ? { pdfUrl } : {}),
    ...(createdTemplateId ? { createdTemplateId } : {}),
    cellStyling,
  };
}

function outputFolder(drive: GoogleAppsScript.Drive.DriveApp, id: string): Folder {
  if (!id.trim()) return drive.getRootFolder();
  try {
    return drive.getFolderById(id.trim());
  } catch (e) {
    throw new UserFacingError(`The output folder in Settings (Output folder ID = ${id.trim()}) could not be opened. Check the ID, or clear it to use My Drive. (${messageOf(e)})`);
  }
}

function messageOf(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

// ---------------------------------------------------------------------------------------------
// Filling a copy.

/** A table put in place of a placeholder, with the model it was built from. */
export interface PlacedTable {
  readonly table: Table;
  readonly model: TableModel;
}

/**
 * Fills text and table placeholders; returns the tables inserted, in the order they were made.
 * `colourCellsNow` false leaves cell backgrounds to the caller (the Docs API path).
 *
 * User text is never read as a template. First each text value that holds no brace, `$` or
 * backslash goes in with one `replaceText` (it cannot form, hide or alter a placeholder). Then
 * every other placeholder is found — before anything else is inserted, and only as many times as
 * the template holds it (`check.counts`), so every search is bounded — and only then are those
 * spots filled: text right to left with `insertText`/`deleteText` (literal, never a pattern),
 * tables with one `insertTable` each. Nothing searches the document after that.
 */
export function fill(body: Body, check: TemplateCheck, paper: PaperModel, tableFontSize: number, colourCellsNow = true): PlacedTable[] {
  const plan = planFill(check, paper.text);
  for (const { name, value } of plan.replaceAll) body.replaceText(placeholderPattern(name), value);

  const texts: (TextSpot & { text: GoogleAppsScript.Document.Text; value: string })[] = [];
  const tables: { name: string; paragraph: GoogleAppsScript.Document.ContainerElement; model: TableModel }[] = [];
  for (const { name, kind, count, value } of plan.find) {
    const model = kind === 'table' ? paper.tables[name] : undefined;
    if (kind === 'table' && !model) continue;
    const pattern = placeholderPattern(name);
    let found: GoogleAppsScript.Document.RangeElement | null = null;
    for (let i = 0; i < count; i++) {
      found = found ? body.findText(pattern, found) : body.findText(pattern);
      if (!found) {
        throw new UserFacingError(`{{${name}}} is in the template ${count} times but only ${i} could be found in its copy, so nothing was created. Retype that placeholder in the template and try again.`);
      }
      const element = found.getElement();
      if (kind === 'text') texts.push({ name, value, text: element.asText(), start: found.getStartOffset(), end: found.getEndOffsetInclusive() });
      else tables.push({ name, paragraph: element.getParent(), model: model as TableModel });
    }
  }

  for (const spot of rightToLeft(texts)) {
    // Insert after the placeholder, then delete it: the text keeps the placeholder's formatting
    // and its element is never left empty in between.
    if (spot.value) spot.text.insertText(spot.end + 1, spot.value);
    spot.text.deleteText(spot.start, spot.end);
  }

  const placed: PlacedTable[] = [];
  for (const t of tables) placed.push(...replaceWithTable(body, t.name, t.paragraph, t.model, tableFontSize, colourCellsNow));
  return placed;
}

/** Replaces the paragraph holding the placeholder by the table (one insertTable call). */
function replaceWithTable(body: Body, name: string, paragraph: GoogleAppsScript.Document.ContainerElement, model: TableModel, fontSize: number, colourCellsNow: boolean): PlacedTable[] {
  let index: number;
  try {
    index = body.getChildIndex(paragraph);
  } catch {
    throw new UserFacingError(`{{${name}}} is inside a table (or another element) of the template; it becomes a table, so put it on a line of its own in the main text of the template.`);
  }
  const placed: PlacedTable[] = [];
  let at = index;
  if (model.cells.length) {
    const table = body.insertTable(index, model.cells);
    styleTable(table, model, fontSize, colourCellsNow);
    placed.push({ table, model });
    at = index + 1;
  }
  // The placeholder's paragraph now follows the table; the body's last paragraph cannot go.
  if (at >= body.getNumChildren() - 1) paragraph.asParagraph().setText('');
  else paragraph.removeFromParent();
  return placed;
}

/** Widths, text size and bold rows (a few calls a table); cell backgrounds too unless told not to. */
export function styleTable(table: Table, model: TableModel, fontSize: number, colourCellsNow = true): void {
  model.columnWidths?.forEach((w, c) => {
    if (w) table.setColumnWidth(c, w);
  });
  table.editAsText().setFontSize(fontSize);
  for (const r of model.boldRows) table.getRow(r).editAsText().setBold(true);
  if (colourCellsNow) colourCells(table, model);
}

/** The DocumentApp way: `getCell` + `setBackgroundColor` for every coloured cell. */
export function colourCells(table: Table, model: TableModel): void {
  model.backgrounds.forEach((row, r) =>
    row.forEach((colour, c) => {
      if (colour) table.getCell(r, c).setBackgroundColor(colour);
    }),
  );
}

function countCells(tables: readonly PlacedTable[]): number {
  return tables.reduce((n, t) => n + t.model.backgrounds.reduce((m, row) => m + row.filter(Boolean).length, 0), 0);
}

// ---------------------------------------------------------------------------------------------
// Cell backgrounds through the Docs API (advanced service).

/** `UpdateTableCellStyleRequest` and `TableRange`, which @types/google-apps-script 2.0.x lacks. */
interface TableRange {
  tableCellLocation: GoogleAppsScript.Docs.Schema.TableCellLocation;
  rowSpan: number;
  columnSpan: number;
}
export interface DocsRequest extends GoogleAppsScript.Docs.Schema.Request {
  updateTableCellStyle?: {
    tableCellStyle: GoogleAppsScript.Docs.Schema.TableCellStyle;
    fields: string;
    tableRange?: TableRange;
    tableStartLocation?: GoogleAppsScript.Docs.Schema.Location;
  };
}

/** Just enough of the body to find each top-level table's start index (section breaks told apart). */
export const TABLE_FIELDS = 'body.content(startIndex,sectionBreak,table(rows,columns))';

/**
 * One `Documents.get` with a field mask, one `Documents.batchUpdate` (per 500 requests). Tables are found by their
 * place among the body's children: the Docs API lists the same elements in the same order, plus
 * section breaks (which DocumentApp does not show). Each is checked by its size before use;
 * any mismatch throws (the caller then falls back) rather than colouring the wrong table.
 */
export function colourWithDocsApi(api: DocsApi, docId: string, tables: readonly (PlacedTable & { childIndex: number })[]): void {
  const got = api.Documents.get(docId, { fields: TABLE_FIELDS });
  const elements = (got.body?.content ?? []).filter((e) => !e.sectionBreak);
  const requests: DocsRequest[] = [];
  for (const t of tables) {
    const element = elements[t.childIndex];
    const rows = t.model.cells.length;
    const columns = t.model.cells[0]?.length ?? 0;
    if (!element?.table || element.table.rows !== rows || element.table.columns !== columns || typeof element.startIndex !== 'number') {
      throw new Error(`table ${t.childIndex} of the document is not the ${rows}×${columns} table inserted there`);
    }
    requests.push(...cellStyleRequests(element.startIndex, t.model));
  }
  for (let i = 0; i < requests.length; i += MAX_REQUESTS_PER_BATCH) {
    api.Documents.batchUpdate({ requests: requests.slice(i, i + MAX_REQUESTS_PER_BATCH) }, docId);
  }
}

/**
 * Requests per `batchUpdate`. Google documents no cap; a third-party report mentions 500, so
 * larger sets are split (one more call per 500 blocks of colour; styling is idempotent, so a
 * failure part-way is repaired by the per-cell fallback).
 */
export const MAX_REQUESTS_PER_BATCH = 500;

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
export function hexToRgb(hex: string): GoogleAppsScript.Docs.Schema.RgbColor {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [red, green, blue] = [m[1], m[2], m[3]].map((h) => parseInt(h as string, 16) / 255) as [number, number, number];
  return { red, green, blue };
}

// ---------------------------------------------------------------------------------------------
// Default templates.

export function createDefaultTemplate(services: DocsServices, kind: PaperKind, folder: Folder): string {
  const { DocumentApp: docs, DriveApp: drive } = services;
  const headings: Record<Exclude<BlockStyle, 'normal'>, GoogleAppsScript.Document.ParagraphHeading> = {
    title: docs.ParagraphHeading.TITLE,
    heading1: docs.ParagraphHeading.HEADING1,
    heading2: docs.ParagraphHeading.HEADING2,
    heading3: docs.ParagraphHeading.HEADING3,
  };
  const doc = docs.create(TEMPLATE_NAMES[kind]);
  const id = doc.getId();
  const body = doc.getBody();
  for (const block of DEFAULT_TEMPLATES[kind]) {
    const p = body.appendParagraph(block.text);
    if (block.style !== 'normal') p.setHeading(headings[block.style]);
  }
  body.getChild(0).removeFromParent(); // the empty paragraph a new document starts with
  doc.saveAndClose();
  drive.getFileById(id).moveTo(folder);
  return id;
}

export { TEMPLATE_SETTING };
