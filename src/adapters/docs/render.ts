/**
 * Renders a paper model into a new Google Doc copied from a template. The template is checked
 * first (unknown or missing placeholders are reported by name and nothing is created), then
 * copied into the output folder — never edited — and filled. User text is never searched or
 * read as a pattern.
 *
 * With the advanced Docs service (manifest: `Docs`, v1) a paper costs a constant handful of
 * calls whatever its size: `Documents.get` of the template, the Drive copy, ONE
 * `Documents.batchUpdate` that puts in the text and the tables and styles them (text size,
 * bold rows, widths, the header row pinned so it repeats on each page, a background request
 * per block of equal colour), and the PDF if asked for. Without the service, or when the API
 * fails, DocumentApp does it (`fill`): each table in one `insertTable`, and the styling that
 * fits in a budget of calls (`fallbackStyling`); what it leaves out is returned and logged.
 */
import { docsParagraphs, docsText, planDocsFill, relayRequests, splitBySize, type DocElement, type DocsRequest } from '../../core/papers/docs-plan';
import { fallbackStyling, FALLBACK_STYLE_CALLS, FULL_STYLING, type TableStyling } from '../../core/papers/fallback';
import {
  checkTemplate,
  placeholderPattern,
  placeholderSpec,
  planFill,
  rightToLeft,
  templateProblems,
  type PaperKind,
  type TemplateCheck,
  type TextSpot,
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
    DocumentApp,
    DriveApp,
    pdfMimeType: PDF_MIME_TYPE,
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
  /** The paper made before for the same meeting, if any: updated in place, or replaced. */
  readonly previous?: PreviousPaper | undefined;
}

export interface PreviousPaper {
  readonly docId: string;
  readonly pdfId?: string | undefined;
}

/**
 * 'new': no paper before; 'updated': the Doc made before was laid out again in place (same
 * link, version history kept); 'replaced': it could not be (no Docs API, a template with tables
 * or images), so it was moved to the Bin and a new Doc made.
 */
import type { PaperOutcome } from '../../core/papers/dialog-data';
export type { PaperOutcome } from '../../core/papers/dialog-data';

export interface RenderResult {
  readonly name: string;
  readonly docId: string;
  readonly docUrl: string;
  readonly pdfUrl?: string;
  /** Set when this run created the default template. */
  readonly createdTemplateId?: string;
  /** How the cell backgrounds were set. */
  readonly cellStyling: CellStyling;
  /** True when the Docs API (advanced service) made the paper; false: DocumentApp did. */
  readonly docsApi: boolean;
  /** What the paper lacks that the Docs API way would have given it (empty on that way). */
  readonly leftOut: readonly string[];
  readonly outcome: PaperOutcome;
  readonly pdfId?: string;
}

/** 'docs-api': in the one batchUpdate; 'per-cell': DocumentApp, two calls a coloured cell; 'none': nothing coloured. */
export type CellStyling = 'docs-api' | 'per-cell' | 'none';

const SETTING_LABELS: Record<PaperKind, string> = {
  actionLog: 'Action log template ID',
  agenda: 'Agenda template ID',
  minutes: 'Minutes template ID',
  monitoring: 'Monitoring report template ID',
};

const PAPER_WORDS: Record<PaperKind, string> = { actionLog: 'action log', agenda: 'agenda', minutes: 'minutes', monitoring: 'monitoring report' };

export function renderPaper(services: DocsServices, req: RenderRequest): RenderResult {
  const kind = req.paper.kind;
  // Looked up when first needed (a copy, the PDF): updating a paper in place needs no folder.
  let opened: Folder | undefined;
  const folder = () => (opened ??= outputFolder(services.DriveApp, req.outputFolderId));

  let templateId = req.templateId.trim();
  let createdTemplateId: string | undefined;
  if (!templateId) {
    templateId = createDefaultTemplate(services, kind, folder());
    createdTemplateId = templateId;
    req.recordTemplateId(templateId);
  }
  const fontSize = req.tableFontSize ?? 9;
  const previousFile = req.previous ? liveFile(services.DriveApp, req.previous.docId) : undefined;
  const previous = previousFile && req.previous ? { file: previousFile, id: req.previous.docId } : undefined;
  let made: Made | undefined;
  let apiFailure: string | undefined;
  if (services.Docs) {
    const viaApi = renderWithDocsApi(services, services.Docs, req.paper, templateId, folder, fontSize, previous);
    if ('failure' in viaApi) apiFailure = viaApi.failure;
    else made = viaApi;
  }
  made ??= renderWithDocumentApp(services, req.paper, templateId, folder, fontSize, apiFailure);
  const outcome: PaperOutcome = !previous ? 'new' : made.docId === req.previous?.docId ? 'updated' : 'replaced';
  // Never two papers for one meeting: one replaced goes to the Bin (restorable from there).
  if (outcome === 'replaced') previous?.file.setTrashed(true);

  let pdfUrl: string | undefined;
  let pdfId: string | undefined;
  if (req.savePdf) {
    // Made from the finished document, so the PDF has its headings and styles.
    const blob = made.copy.getAs(services.pdfMimeType);
    // getAs names the blob after the Doc with what follows its last full stop replaced by
    // ".pdf" (Apps Script's documentation): the name is set only when that would cut it short.
    if (req.paper.name.includes('.')) blob.setName(`${req.paper.name}.pdf`);
    const pdf = folder().createFile(blob);
    pdfId = pdf.getId();
    pdfUrl = driveFileUrl(pdfId);
    // The PDF is made afresh each time; the one before goes to the Bin.
    if (req.previous?.pdfId) trash(services.DriveApp, req.previous.pdfId);
  }
  return {
    name: req.paper.name,
    docId: made.docId,
    docUrl: documentUrl(made.docId),
    ...(pdfUrl ? { pdfUrl } : {}),
    ...(pdfId ? { pdfId } : {}),
    ...(createdTemplateId ? { createdTemplateId } : {}),
    cellStyling: made.cellStyling,
    docsApi: made.docsApi,
    leftOut: made.leftOut,
    outcome,
  };
}

/** A Drive file's address in the form Drive gives (drive.google.com/file/d/ID/view): no call needed. */
export function driveFileUrl(id: string): string {
  return `https://drive.google.com/file/d/${id}/view`;
}

/** To the Bin, if it is still there (trashing a trashed file changes nothing). */
function trash(drive: GoogleAppsScript.Drive.DriveApp, id: string): void {
  try {
    drive.getFileById(id).setTrashed(true);
  } catch {
    // Gone already: nothing to do.
  }
}

/** The file, unless it is gone or in the Bin. */
function liveFile(drive: GoogleAppsScript.Drive.DriveApp, id: string): GoogleAppsScript.Drive.File | undefined {
  try {
    const file = drive.getFileById(id);
    return file.isTrashed() ? undefined : file;
  } catch {
    return undefined;
  }
}

/** A Doc's address, in the form Google documents (docs.google.com/document/d/ID/edit): no call needed. */
export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

interface Made {
  readonly copy: GoogleAppsScript.Drive.File;
  readonly docId: string;
  readonly cellStyling: CellStyling;
  readonly docsApi: boolean;
  readonly leftOut: string[];
}

/**
 * The Docs API way: read the template once (`Documents.get`), check it, copy it, and fill the
 * copy with one `Documents.batchUpdate` worked out in full beforehand (`planDocsFill`). Any
 * failure of the API leaves nothing behind and returns why, and the DocumentApp way is used.
 */
function renderWithDocsApi(
  services: DocsServices,
  api: DocsApi,
  paper: PaperModel,
  templateId: string,
  folder: () => Folder,
  fontSize: number,
  previous: { file: GoogleAppsScript.Drive.File; id: string } | undefined,
): Made | { failure: string } {
  const kind = paper.kind;
  let template: GoogleAppsScript.Docs.Schema.Document;
  try {
    template = api.Documents.get(templateId);
  } catch (e) {
    // The template may be fine and the API off for this project: DocumentApp says which.
    return { failure: messageOf(e) };
  }
  const paragraphs = docsParagraphs((template.body?.content ?? []) as DocElement[]);
  const check = checkTemplate(docsText(paragraphs), kind);
  const problems = templateProblems(check);
  if (problems.length) {
    throw new UserFacingError(`The ${PAPER_WORDS[kind]} template cannot be used: ${problems.join(' ')} Nothing was created.`);
  }
  const plan = planDocsFill(paragraphs, check, paper, fontSize);
  if (plan.inTable.length) {
    throw new UserFacingError(
      `${plan.inTable.map((n) => `{{${n}}}`).join(', ')} is inside a table of the template; it becomes a table, so put it on a line of its own in the main text of the template. Nothing was created.`,
    );
  }
  const coloured = Object.values(usedTables(check, paper)).some((t) => t.backgrounds.some((row) => row.some(Boolean)));
  if (previous) {
    // The paper made before, laid out again from the template in the same batch: same link.
    const updated = relayInPlace(api, previous.id, template, plan.requests);
    if (updated) return { copy: previous.file, docId: updated, cellStyling: coloured ? 'docs-api' : 'none', docsApi: true, leftOut: [] };
  }
  const copy = services.DriveApp.getFileById(templateId).makeCopy(paper.name, folder());
  const docId = copy.getId();
  try {
    for (const requests of splitBySize(plan.requests, MAX_BATCH_CHARS)) {
      api.Documents.batchUpdate({ requests: requests as GoogleAppsScript.Docs.Schema.Request[] }, docId);
    }
  } catch (e) {
    copy.setTrashed(true);
    return { failure: messageOf(e) };
  }
  return { copy, docId, cellStyling: coloured ? 'docs-api' : 'none', docsApi: true, leftOut: [] };
}

/**
 * Clears the existing Doc and lays the template and the paper into it, in one batch (its end
 * index read first). Returns its id, or undefined when the template cannot be laid out again
 * (tables, images) or the API refuses: the caller then makes a new copy.
 */
function relayInPlace(api: DocsApi, docId: string, template: GoogleAppsScript.Docs.Schema.Document, fill: readonly DocsRequest[]): string | undefined {
  const content = (template.body?.content ?? []) as DocElement[];
  if (!relayRequests(content, 3)) return undefined;
  try {
    const existing = api.Documents.get(docId, { fields: 'body.content(endIndex)' });
    const end = Math.max(0, ...(existing.body?.content ?? []).map((e) => e.endIndex ?? 0));
    const requests = [...(relayRequests(content, end) ?? []), ...fill];
    for (const batch of splitBySize(requests, MAX_BATCH_CHARS)) api.Documents.batchUpdate({ requests: batch as GoogleAppsScript.Docs.Schema.Request[] }, docId);
    return docId;
  } catch {
    return undefined;
  }
}

/**
 * JSON characters per `batchUpdate`. Google documents no cap on the number of requests; an
 * HTTP request to a Google API is limited in size (10 MB is the figure usually given), so a
 * paper larger than this is sent in consecutive batches (the same edits in the same order).
 */
export const MAX_BATCH_CHARS = 8_000_000;

/** The tables a checked template holds, by name. */
function usedTables(check: TemplateCheck, paper: PaperModel): Record<string, TableModel> {
  const out: Record<string, TableModel> = {};
  for (const name of check.placeholders) {
    const model = placeholderSpec(name)?.kind === 'table' ? paper.tables[name] : undefined;
    if (model) out[name] = model;
  }
  return out;
}

/**
 * The DocumentApp way (no advanced service, or the Docs API failed): the template checked and
 * copied, the copy filled (`fill`), and as much styling as fits in {@link FALLBACK_STYLE_CALLS}
 * calls (`fallbackStyling`); what it leaves out is said.
 */
function renderWithDocumentApp(
  services: DocsServices,
  paper: PaperModel,
  templateId: string,
  folder: () => Folder,
  fontSize: number,
  apiFailure: string | undefined,
): Made {
  const { DocumentApp: docs, DriveApp: drive } = services;
  const kind = paper.kind;
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
  const styling = fallbackStyling(usedTables(check, paper), FALLBACK_STYLE_CALLS);
  const copy = drive.getFileById(templateId).makeCopy(paper.name, folder());
  const docId = copy.getId();
  try {
    const doc = docs.openById(docId);
    fill(doc.getBody(), check, paper, fontSize, styling.styles);
    doc.saveAndClose();
  } catch (e) {
    copy.setTrashed(true);
    throw e;
  }
  const why = apiFailure ? `the Docs API could not be used (${apiFailure})` : 'the advanced Docs service is off';
  services.log?.(`Paper made with DocumentApp because ${why}${styling.leftOut.length ? `; left out: ${styling.leftOut.join('; ')}` : ''}.`);
  return {
    copy,
    docId,
    docsApi: false,
    cellStyling: styling.colouredCells ? 'per-cell' : 'none',
    leftOut: [...styling.leftOut, 'the header row repeating at the top of each page (DocumentApp cannot set it)'],
  };
}

function outputFolder(drive: GoogleAppsScript.Drive.DriveApp, id: string): Folder {
  if (!id.trim()) return drive.getRootFolder();
  try {
    return drive.getFolderById(id.trim());
  } catch (e) {
    throw new UserFacingError(
      `The output folder in Settings (Output folder ID = ${id.trim()}) could not be opened. Check the ID, or clear it to use My Drive. (${messageOf(e)})`,
    );
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
 * The DocumentApp way of filling a copy: text and table placeholders; returns the tables
 * inserted, in the order they were made. `styles` says, per table placeholder, which rows get
 * their colour and bold (`fallbackStyling`); a table not named gets all of it.
 *
 * User text is never read as a template. First each text value that holds no brace, `$` or
 * backslash goes in with one `replaceText` (it cannot form, hide or alter a placeholder). Then
 * every other placeholder is found — before anything else is inserted, and only as many times as
 * the template holds it (`check.counts`), so every search is bounded — and only then are those
 * spots filled: text right to left with `insertText`/`deleteText` (literal, never a pattern),
 * tables with one `insertTable` each. Nothing searches the document after that.
 */
export function fill(
  body: Body,
  check: TemplateCheck,
  paper: PaperModel,
  tableFontSize: number,
  styles: Readonly<Record<string, TableStyling>> = {},
): PlacedTable[] {
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
        throw new UserFacingError(
          `{{${name}}} is in the template ${count} times but only ${i} could be found in its copy, so nothing was created. Retype that placeholder in the template and try again.`,
        );
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
  for (const t of tables) placed.push(...replaceWithTable(body, t.name, t.paragraph, t.model, tableFontSize, styles[t.name] ?? FULL_STYLING));
  return placed;
}

/** Replaces the paragraph holding the placeholder by the table (one insertTable call). */
function replaceWithTable(
  body: Body,
  name: string,
  paragraph: GoogleAppsScript.Document.ContainerElement,
  model: TableModel,
  fontSize: number,
  styling: TableStyling,
): PlacedTable[] {
  let index: number;
  try {
    index = body.getChildIndex(paragraph);
  } catch {
    throw new UserFacingError(
      `{{${name}}} is inside a table (or another element) of the template; it becomes a table, so put it on a line of its own in the main text of the template.`,
    );
  }
  const placed: PlacedTable[] = [];
  let at = index;
  if (model.cells.length) {
    const table = body.insertTable(index, model.cells);
    styleTable(table, model, fontSize, styling);
    placed.push({ table, model });
    at = index + 1;
  }
  // The placeholder's paragraph now follows the table; the body's last paragraph cannot go.
  if (at >= body.getNumChildren() - 1) paragraph.asParagraph().setText('');
  else paragraph.removeFromParent();
  return placed;
}

/** Widths, text size, bold rows and cell backgrounds — the rows `styling` allows (DocumentApp: a few calls a table, and 2 a coloured cell, 3 a bold row). */
export function styleTable(table: Table, model: TableModel, fontSize: number, styling: TableStyling = FULL_STYLING): void {
  model.columnWidths?.forEach((w, c) => {
    if (w) table.setColumnWidth(c, w);
  });
  table.editAsText().setFontSize(fontSize);
  for (const r of model.boldRows) if (styling.boldRow(r)) table.getRow(r).editAsText().setBold(true);
  colourCells(table, model, styling);
}

/** The DocumentApp way: `getCell` + `setBackgroundColor` for every coloured cell `styling` allows. */
export function colourCells(table: Table, model: TableModel, styling: TableStyling = FULL_STYLING): void {
  model.backgrounds.forEach((row, r) => {
    if (!styling.colourRow(r)) return;
    row.forEach((colour, c) => {
      if (colour) table.getCell(r, c).setBackgroundColor(colour);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Default templates.

export function createDefaultTemplate(services: DocsServices, kind: PaperKind, folder: Folder): string {
  const { DocumentApp: docs, DriveApp: drive } = services;
  const headings: Record<Exclude<BlockStyle, 'normal'>, GoogleAppsScript.Document.ParagraphHeading> = {
    title: docs.ParagraphHeading.TITLE,
    subtitle: docs.ParagraphHeading.SUBTITLE,
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
