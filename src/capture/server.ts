/**
 * The capture dialogs' server side: menu items that open them, and the google.script.run
 * targets they call. Every target validates its input again with the same schema the page
 * used, never throws at the page (a readable message comes back instead), and writes only
 * under the document lock, each tab in one block.
 */
import { a1, ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS, type TabSpec } from '../core/layout';
import { formatShort, type IsoDate } from '../core/dates';
import type { Action } from '../core/model';
import { readActions } from '../core/records';
import { isBlank, mapHeaders, type CellValue, type HeaderMap } from '../core/table';
import { asLiteralText } from '../core/text-safety';
import { checkForm, forwardPlanForm, meetingForm, recordForm, updateForm, type FieldErrors, type SaveResult, type UpdateForm } from '../core/capture/schemas';
import {
  FormRejected,
  defaultMeeting,
  futureMeetings,
  meetingChoices,
  officerNames,
  planActions,
  planForwardPlan,
  planMeeting,
  planUpdate,
  type ActionChange,
} from '../core/capture/plan';
import type {
  ForwardPlanDialogData,
  MeetingDialogData,
  RecordDialogData,
  SavedActions,
  SavedForwardPlan,
  SavedMeeting,
  SavedUpdate,
  UpdateDialogData,
} from '../core/capture/dialog-data';
import { todayIn } from '../adapters/clock';
import { withDocumentLock } from '../adapters/lock';
import { readRefRegister, writeRefRegister } from '../adapters/ref-register';
import { dateReader, dateWriter } from '../adapters/sheets/dates';
import { appendRecords, readHeader, readWorkbook } from '../adapters/sheets/workbook';
import { holdsRefAbove, readRefColumn, rowsHoldingRef } from '../adapters/sheets/ref-finder';
import { refPrefix } from '../core/refs';
import { UserFacingError, withUserErrors } from '../adapters/ui';
import { answerInTheSheet } from '../adapters/dialog-answer';
import { writeColumns } from '../adapters/sheets/column-runs';
import { syncLinkedForwardPlan } from '../adapters/sheets/forward-plan-sync';
import { describeCell } from '../core/cell-limit';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The dialog files (src/html/<name>.html, built with src/client/<name>.ts inlined). */
export const DIALOGS = {
  addMeeting: { file: 'add-meeting', title: 'Add meeting', width: 560, height: 640 },
  recordActions: { file: 'record-actions', title: 'Record decisions and actions', width: 860, height: 680 },
  updateAction: { file: 'update-action', title: 'Update selected action', width: 560, height: 600 },
  forwardPlan: { file: 'forward-plan', title: 'Add to forward plan', width: 560, height: 560 },
} as const;

function showDialog(d: (typeof DIALOGS)[keyof typeof DIALOGS]): void {
  const html = HtmlService.createHtmlOutputFromFile(d.file).setWidth(d.width).setHeight(d.height);
  SpreadsheetApp.getUi().showModalDialog(html, d.title);
}

// --- Menu items ----------------------------------------------------------------------------

export function menuAddMeeting(): void {
  withUserErrors(() => showDialog(DIALOGS.addMeeting));
}

export function menuRecordActions(): void {
  withUserErrors(() => showDialog(DIALOGS.recordActions));
}

export function menuUpdateAction(): void {
  withUserErrors(() => {
    // Say at once when the cursor is not on an action, rather than opening an empty dialog.
    selectedActionRow(SpreadsheetApp.getActiveSpreadsheet());
    showDialog(DIALOGS.updateAction);
  });
}

export function menuAddForwardPlan(): void {
  withUserErrors(() => showDialog(DIALOGS.forwardPlan));
}

// --- Results -------------------------------------------------------------------------------

/** Runs a dialog's request (adapters/dialog-answer): only from the sheet, never a thrown error. */
function answer<T>(work: () => T): SaveResult<T> {
  return answerInTheSheet(work);
}

function parsed<T>(result: { ok: true; value: T } | { ok: false; message: string; fields: FieldErrors }): T {
  if (!result.ok) throw new FormRejected(result.message, result.fields);
  return result.value;
}

/** Fails before anything is written when a second tab written by the same save could not be. */
function requireColumns(ss: Spreadsheet, tab: TabSpec, keys: readonly string[]): void {
  const sheet = ss.getSheetByName(tab.name);
  if (!sheet) throw new UserFacingError(`Nothing was saved: the "${tab.name}" tab is missing. Run Action Log ▸ Set up this sheet to recreate it.`);
  const map = mapHeaders(tab, sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] ?? []);
  const missing = map.missing.filter((c) => keys.includes(c.key));
  if (missing.length) {
    throw new UserFacingError(
      `Nothing was saved: the ${tab.name} tab has no "${missing.map((c) => c.header).join('", "')}" column. Run Action Log ▸ Set up this sheet to restore it.`,
    );
  }
}

// --- Add meeting ---------------------------------------------------------------------------

export function captureMeetingDialog(): SaveResult<MeetingDialogData> {
  return answer(() => {
    const wb = readWorkbook(SpreadsheetApp.getActiveSpreadsheet(), ['meetings', 'officers']);
    const boards = [...new Set(wb.meetings.map((m) => m.board).filter(Boolean))].sort();
    return { today: todayIn(wb.timeZone), officers: officerNames(wb.officers), boards };
  });
}

export function captureSaveMeeting(input: unknown): SaveResult<SavedMeeting> {
  return answer(() => {
    const form = parsed(checkForm(meetingForm, input));
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return withDocumentLock(() => {
      const wb = readWorkbook(ss, ['meetings', 'officers']);
      const plan = planMeeting(form, wb.meetings, wb.officers);
      if (plan.officers.length) requireColumns(ss, OFFICERS, ['name']);
      const { firstRow } = appendRecords(ss, MEETINGS, [plan.meeting]);
      if (plan.officers.length) appendRecords(ss, OFFICERS, plan.officers);
      ss.toast(`Meeting of ${formatShort(form.date)} added to Meetings (row ${firstRow}).`, 'Action Log', 5);
      return { row: firstRow, addedOfficers: plan.officers.map((o) => String(o.name)) };
    });
  });
}

// --- Record decisions and actions ----------------------------------------------------------

export function captureRecordDialog(): SaveResult<RecordDialogData> {
  return answer(() => {
    const wb = readWorkbook(SpreadsheetApp.getActiveSpreadsheet(), ['meetings', 'officers']);
    const today = todayIn(wb.timeZone);
    return { today, meetings: meetingChoices(wb.meetings), defaultMeeting: defaultMeeting(wb.meetings, today), officers: officerNames(wb.officers) };
  });
}

export function captureSaveActions(input: unknown): SaveResult<SavedActions> {
  return answer(() => {
    const form = parsed(checkForm(recordForm, input));
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return withDocumentLock(() => {
      // Read, give references, write: all inside the lock, so two editors never share a number.
      // Only what the save needs is read: Meetings, the Actions header, the register (and,
      // only when Sheets finds a reference above it, the Ref No column), then one write.
      const wb = readWorkbook(ss, ['meetings']);
      const meeting = wb.meetings.find((m) => m.date === form.meetingDate);
      if (!meeting) {
        const message = `There is no meeting on ${formatShort(form.meetingDate)} in Meetings. Add it with Action Log ▸ Add meeting… first.`;
        throw new FormRejected(`Nothing was saved: ${message}`, { meetingDate: message });
      }
      const sheet = ss.getSheetByName(ACTIONS.name);
      if (!sheet) throw new UserFacingError(`The "${ACTIONS.name}" tab is missing. Run Action Log ▸ Set up this sheet to recreate it.`);
      const header = readHeader(sheet);
      const lastRow = sheet.getLastRow();
      const register = readRefRegister();
      const existing = refsAboveRegister(sheet, header, lastRow, refPrefix(meeting.date), register);
      const plan = planActions(form, meeting, existing, todayIn(wb.timeZone), register);
      if (plan.forwardPlan.length) requireColumns(ss, FORWARD_PLAN, ['linkedRef', 'dueDate', 'item']);
      // The register first: a failure after it leaves a gap in the numbers, never a reuse.
      writeRefRegister(plan.register, register);
      const stamp = new Date();
      const { firstRow } = appendRecords(
        ss,
        ACTIONS,
        plan.actions.map((a) => ({ ...a, lastUpdated: stamp })),
        { sheet, header, lastRow },
      );
      if (plan.forwardPlan.length) appendRecords(ss, FORWARD_PLAN, plan.forwardPlan);
      const range = plan.refs.length > 1 ? `${plan.refs[0]} to ${plan.refs[plan.refs.length - 1]}` : plan.refs[0];
      ss.toast(`Saved ${plan.refs.length} row(s): ${range}.`, 'Action Log', 5);
      return { refs: plan.refs, forwardPlan: plan.forwardPlan.length, firstRow };
    });
  });
}

/**
 * The references the sheet holds for the meeting day, when it holds one numbered above the
 * register (typed by hand since the last refresh, or a register lost): Sheets searches the
 * Ref No column, and the column is read only then. Otherwise none are needed: the register
 * already holds the highest number given, so the next reference is the same either way.
 */
function refsAboveRegister(sheet: Sheet, header: readonly CellValue[], lastRow: number, prefix: string, register: ReadonlyMap<string, number>): string[] {
  const refIndex = mapHeaders(ACTIONS, header).index.get('ref');
  if (refIndex === undefined) return []; // appendRecords refuses the save: no Ref No column
  return holdsRefAbove(sheet, refIndex + 1, lastRow, prefix, register.get(prefix) ?? 0) ? readRefColumn(sheet, refIndex + 1, lastRow) : [];
}

// --- Update selected action ----------------------------------------------------------------

interface RowRead {
  readonly sheet: Sheet;
  readonly map: HeaderMap;
  readonly width: number;
  readonly row: number;
  readonly cells: CellValue[];
}

/** The Actions row under the cursor: header and that row only (two reads). */
function selectedActionRow(ss: Spreadsheet): RowRead {
  const sheet = ss.getActiveSheet();
  const range = ss.getActiveRange();
  const row = range ? range.getRow() : 0;
  if (sheet.getName() !== ACTIONS.name || row < 2) {
    throw new UserFacingError(`Put the cursor on an action's row in the ${ACTIONS.name} tab, then choose Action Log ▸ Update selected action… again.`);
  }
  const read = readRow(sheet, row);
  const refIndex = read.map.index.get('ref');
  if (refIndex === undefined || isBlank(read.cells[refIndex])) {
    throw new UserFacingError(
      `Row ${read.row} of ${ACTIONS.name} has no Ref No, so it is not an action the log can update. Put the cursor on an action's row.`,
    );
  }
  return read;
}

/** The header ("1:1") and one row: the cursor is always on the sheet, so no getLastRow first (a row past the data reads blank). */
function readRow(sheet: Sheet, row: number): RowRead {
  const header = readHeader(sheet);
  const width = header.length;
  const map = mapHeaders(ACTIONS, header);
  const cells = (sheet.getRange(row, 1, 1, width).getValues()[0] ?? []) as CellValue[];
  return { sheet, map, width, row, cells };
}

function actionOf(read: RowRead, timeZone: string): { action: Action; problems: string[] } {
  const { records, problems } = readActions(read.map, [{ row: read.row, cells: read.cells }], dateReader(timeZone));
  const action = records[0];
  if (!action) throw new UserFacingError(`Row ${read.row} of ${ACTIONS.name} could not be read.`);
  return { action, problems: problems.map((p) => `${p.cell}: ${p.message}`) };
}

export function captureUpdateDialog(): SaveResult<UpdateDialogData> {
  return answer(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const timeZone = ss.getSpreadsheetTimeZone();
    const read = selectedActionRow(ss);
    const { action, problems } = actionOf(read, timeZone);
    const statusIndex = read.map.index.get('status');
    return {
      today: todayIn(timeZone),
      row: read.row,
      ref: action.ref,
      text: action.text,
      responsible: action.responsible,
      meetingDate: action.meetingDate,
      firstDueDate: action.firstDueDate,
      dueDate: action.dueDate,
      completedDate: action.completedDate,
      commentary: action.commentary,
      status: statusIndex === undefined ? '' : String(read.cells[statusIndex] ?? ''),
      problems,
    };
  });
}

export function captureSaveUpdate(input: unknown): SaveResult<SavedUpdate> {
  return answer(() => {
    const form = parsed(checkForm(updateForm, input));
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return withDocumentLock(() => {
      const saved = applyUpdate(ss, form);
      ss.toast(`${saved.ref}: ${saved.status}${saved.overdue ? ' (overdue)' : ''}.`, 'Action updated', 5);
      return saved;
    });
  });
}

export interface UpdateOptions {
  /** Who signs the commentary line ("J. Brown"): an officer's update through their link. */
  readonly signedBy?: string;
  /**
   * Looks at the action found by reference before anything is written (under the lock); throws
   * (FormRejected) to refuse the update with nothing written.
   */
  readonly check?: (action: Action, row: number) => void;
}

/**
 * The one validated update path (Update selected action… and the officers' update page): the
 * row found by reference, the change planned by planUpdate, the cells written in one batch,
 * the linked Forward Plan entries brought into line. Call it under withDocumentLock.
 */
export function applyUpdate(ss: Spreadsheet, form: UpdateForm, options: UpdateOptions = {}): SavedUpdate {
  const timeZone = ss.getSpreadsheetTimeZone();
  const sheet = ss.getSheetByName(ACTIONS.name);
  if (!sheet) throw new UserFacingError(`The "${ACTIONS.name}" tab is missing. Run Action Log ▸ Set up this sheet to recreate it.`);
  const read = findAction(sheet, form.ref);
  const { action } = actionOf(read, timeZone);
  options.check?.(action, read.row);
  const today = todayIn(timeZone);
  const change = planUpdate(action, form, today, options.signedBy);
  writeChange(read, change, dateWriter(timeZone));
  const linkedUpdated = syncLinkedReports(ss, action, change, today, timeZone);
  return { ref: action.ref, row: read.row, status: change.status, overdue: change.overdue !== '', added: change.added, linkedUpdated };
}

/**
 * The row that holds `ref` now, found by reference, never by row number (rows may have been
 * sorted, inserted or deleted while the dialog was open): the header, one search of the Ref No
 * column by Sheets (no cells read), then that row. Refused, with nothing written, when the reference is empty, held by
 * no row, or held by more than one.
 */
function findAction(sheet: Sheet, ref: string): RowRead {
  const refuse = (message: string): never => {
    throw new FormRejected(`Nothing was saved: ${message}`, { '': message });
  };
  if (ref.trim() === '') {
    refuse(
      `the dialog was opened on a row with no Ref No. Put the cursor on an action's row in ${ACTIONS.name} and choose Action Log ▸ Update selected action… again.`,
    );
  }
  const header = readHeader(sheet);
  const width = header.length;
  const map = mapHeaders(ACTIONS, header);
  const refIndex = map.index.get('ref');
  if (refIndex === undefined)
    throw new UserFacingError(`Nothing was saved: the ${ACTIONS.name} tab has no "Ref No" column. Run Action Log ▸ Set up this sheet to restore it.`);
  const held = rowsHoldingRef(sheet, refIndex + 1, ref);
  if (held.length === 0) {
    refuse(`the action ${ref} is no longer in the ${ACTIONS.name} tab (was its row deleted, or its Ref No changed?).`);
  }
  if (held.length > 1) {
    const cells = held.map((row) => `${ACTIONS.name}!${a1(row, refIndex + 1)}`).join(', ');
    refuse(
      `${ref} is the Ref No of ${held.length} rows (${cells}), so it is not clear which to update. Renumber all but one of them, then choose Action Log ▸ Update selected action… again.`,
    );
  }
  const row = held[0]!;
  const cells = (sheet.getRange(row, 1, 1, width).getValues()[0] ?? []) as CellValue[];
  return { sheet, map, width, row, cells };
}

/** Writes only the cells that change, each run of neighbouring cells in one setValues; user text as text. */
function writeChange(read: RowRead, change: ActionChange, writeDate: (iso: IsoDate) => Date): void {
  const cells = new Map<number, CellValue>();
  const put = (key: string, value: CellValue) => {
    const i = read.map.index.get(key);
    if (i !== undefined) cells.set(i, value);
  };
  if (change.commentary !== undefined) put('commentary', asLiteralText(change.commentary));
  if (change.dueDate !== undefined) put('dueDate', writeDate(change.dueDate));
  if (change.firstDueDate !== undefined) put('firstDueDate', writeDate(change.firstDueDate));
  if (change.completedDate !== undefined) put('completedDate', writeDate(change.completedDate));
  put('status', change.status);
  put('overdue', change.overdue);
  put('lastUpdated', new Date());
  const ref = String(read.cells[read.map.index.get('ref') ?? -1] ?? '').trim();
  writeColumns(read.sheet, read.row, new Map([...cells].map(([column, value]) => [column, [value]])), (c, row) => describeCell(ACTIONS, read.map, c, row, ref));
}

/**
 * Forward plan entries linked to the action follow its date for report and completion: the same
 * sync as Refresh statuses, for this one action (only the cells that change are written, and an
 * entry detached from a deleted action with the same reference stays detached).
 */
function syncLinkedReports(ss: Spreadsheet, action: Action, change: ActionChange, today: IsoDate, timeZone: string): number {
  if (change.dueDate === undefined && change.completedDate === undefined) return 0;
  const next: Action = { ...action, dueDate: change.dueDate ?? action.dueDate, completedDate: change.completedDate ?? action.completedDate };
  return syncLinkedForwardPlan(ss, [next], today, { only: action.ref, timeZone }).updated;
}

// --- Add to forward plan -------------------------------------------------------------------

/** [ref] when a row of Actions holds it, else none. */
function linkedRefFound(ss: Spreadsheet, ref: string): string[] {
  const sheet = ss.getSheetByName(ACTIONS.name);
  if (!sheet) return [];
  const refIndex = mapHeaders(ACTIONS, readHeader(sheet)).index.get('ref');
  if (refIndex === undefined) return [];
  return rowsHoldingRef(sheet, refIndex + 1, ref).length ? [ref] : [];
}

export function captureForwardPlanDialog(): SaveResult<ForwardPlanDialogData> {
  return answer(() => {
    const wb = readWorkbook(SpreadsheetApp.getActiveSpreadsheet(), ['actions', 'meetings', 'officers']);
    const today = todayIn(wb.timeZone);
    return {
      today,
      officers: officerNames(wb.officers),
      meetings: futureMeetings(wb.meetings, today),
      refs: wb.actions
        .filter((a) => !a.isDecision && !a.completedDate)
        .map((a) => a.ref)
        .filter(Boolean),
    };
  });
}

export function captureSaveForwardPlan(input: unknown): SaveResult<SavedForwardPlan> {
  return answer(() => {
    const form = parsed(checkForm(forwardPlanForm, input));
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return withDocumentLock(() => {
      // A linked action is looked for by Sheets' search of the Ref No column, not by reading the tab.
      const record = planForwardPlan(form, todayIn(ss.getSpreadsheetTimeZone()), form.linkedRef ? linkedRefFound(ss, form.linkedRef) : []);
      const { firstRow } = appendRecords(ss, FORWARD_PLAN, [record]);
      ss.toast(`Added to the forward plan (row ${firstRow}).`, 'Action Log', 5);
      return { row: firstRow };
    });
  });
}
