/**
 * Renders a paper model into a new Google Doc copied from a template. The template is checked
 * first (unknown or missing placeholders are reported by name and nothing is created), then
 * copied into the output folder — never edited — and filled: text placeholders with one
 * `replaceText` each, table placeholders with one `insertTable` each plus styling.
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
import { checkTemplate, placeholderPattern, placeholderSpec, templateProblems, type PaperKind } from '../../core/papers/placeholders';
import type { PaperModel, TableModel } from '../../core/papers/models';
import { DEFAULT_TEMPLATES, TEMPLATE_NAMES, TEMPLATE_SETTING, type BlockStyle } from '../../core/papers/templates';
import { UserFacingError } from '../ui';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;
type Folder = GoogleAppsScript.Drive.Folder;
type DocsApi = GoogleAppsScript.Docs;
type Schema = typeof GoogleAppsScript.Docs.Schema;

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
}

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
  try {
    const doc = docs.openById(docId);
    fill(doc.getBody(), check.placeholders, req.paper, req.tableFontSize ?? 9);
    doc.saveAndClose();
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

export function fill(body: Body, placeholders: readonly string[], paper: PaperModel, tableFontSize: number): void {
  for (const name of placeholders) {
    if (placeholderSpec(name)?.kind === 'text') replaceLiteral(body, name, paper.text[name] ?? '');
  }
  for (const name of placeholders) {
    if (placeholderSpec(name)?.kind !== 'table') continue;
    const model = paper.tables[name];
    if (model) replaceWithTable(body, name, model, tableFontSize);
  }
}

/**
 * `replaceText` takes a regular expression; its replacement is not documented as literal, so
 * text holding `$` or `\` is put in place with `findText` + `deleteText`/`insertText` instead.
 */
function replaceLiteral(body: Body, name: string, value: string): void {
  const pattern = placeholderPattern(name);
  const safe = value.replace(/\r?\n/g, ' ');
  if (!/[$\\]/.test(safe)) {
    body.replaceText(pattern, safe);
    return;
  }
  for (let found = body.findText(pattern); found; found = body.findText(pattern)) {
    const text = found.getElement().asText();
    const start = found.getStartOffset();
    text.deleteText(start, found.getEndOffsetInclusive());
    if (safe) text.insertText(start, safe);
  }
}

/** Replaces each paragraph holding the placeholder by the table (one insertTable call). */
function replaceWithTable(body: Body, name: string, model: TableModel, fontSize: number): void {
  const pattern = placeholderPattern(name);
  for (let found = body.findText(pattern); found; found = body.findText(pattern)) {
    const paragraph = found.getElement().getParent();
    const index = body.getChildIndex(paragraph);
    let at = index;
    if (model.cells.length) {
      const table = body.insertTable(index, model.cells);
      styleTable(table, model, fontSize);
      at = index + 1;
    }
    // The placeholder's paragraph now follows the table; the body's last paragraph cannot go.
    if (at >= body.getNumChildren() - 1) paragraph.asParagraph().setText('');
    else paragraph.removeFromParent();
  }
}

/** Widths, text size, bold rows and cell backgrounds with as few calls as DocumentApp allows. */
export function styleTable(table: Table, model: TableModel, fontSize: number): void {
  model.columnWidths?.forEach((w, c) => {
    if (w) table.setColumnWidth(c, w);
  });
  table.editAsText().setFontSize(fontSize);
  for (const r of model.boldRows) table.getRow(r).editAsText().setBold(true);
  model.backgrounds.forEach((row, r) =>
    row.forEach((colour, c) => {
      if (colour) table.getCell(r, c).setBackgroundColor(colour);
    }),
  );
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
