/**
 * The capture dialogs' server side: menu items that open them, and the google.script.run
 * targets they call. Every target validates its input again with the same schema the page
 * used, never throws at the page (a readable message comes back instead), and writes only
 * under the document lock, each tab in one block.
 */
import { ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS, type TabSpec } from '../core/layout';
import { formatShort, type IsoDate } from '../core/dates';
import type { Action } from '../core/model';
import { readActions } from '../core/records';
import { isBlank, mapHeaders, type CellValue, type HeaderMap } from '../core/table';
import { asLiteralText } from '../core/text-safety';
import {
  checkForm, forwardPlanForm, meetingForm, recordForm, updateForm,
  type FieldErrors, type SaveResult,
} from '../core/capture/schemas';
import {
  FormRejected, defaultMeeting, futureMeetings, meetingChoices, officerNames, planActions, planForwardPlan,
  planMeeting, planUpdate, sameRef, type ActionChange,
} from '../core/capture/plan';
import type {
  ForwardPlanDialogData, MeetingDialogData, RecordDialogData, SavedActions, SavedForwardPlan, SavedMeeting,
  SavedUpdate, UpdateDialogData,
} from '../core/capture/dialog-data';
import { todayIn } from '../adapters/clock';
import { withDocumentLock } from '../adapters/lock';
import { dateReader, dateWriter } from '../adapters/sheets/dates';
import { appendRecords, readWorkbook } from '../adapters/sheets/workbook';
import { UserFacingError, userMessage, withUserErrors } from '../adapters/ui';
import { writeColumns } from '../adapters/sheets/column-runs';
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

/** Runs a dialog's request: a value, or a readable message (never a stack trace). */
function answer<T>(work: () => T): SaveResult<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof FormRejected) return { ok: false, message: error.message, fields: { ...error.fields } };
    console.error(error);
    return { ok: false, message: userMessage(error), fields: {} };
  }
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
    throw new UserFacingError(`Nothing was saved: the ${tab.name} tab has no "${missing.map((c) => c.header).join('", "')}" column. Run Action Log ▸ Set up this sheet to restore it.`);
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
      const wb = readWorkbook(ss, ['actions', 'meetings']);
      const meeting = wb.meetings.find((m) => m.date === form.meetingDate);
      if (!meeting) {
        const message = `There is no meeting on ${formatShort(form.meetingDate)} in Meetings. Add it with Action Log ▸ Add meeting… first.`;
        throw new FormRejected(`Nothing was saved: ${message}`, { meetingDate: message });
      }
      const plan = planActions(form, meeting, wb.actions.map((a) => a.ref), todayIn(wb.timeZone));
      if (plan.forwardPlan.length) requireColumns(ss, FORWARD_PLAN, ['linkedRef', 'dueDate', 'item']);
      const stamp = new Date();
      const { firstRow } = appendRecords(ss, ACTIONS, plan.actions.map((a) => ({ ...a, lastUpdated: stamp })));
      if (plan.forwardPlan.length) appendRecords(ss, FORWARD_PLAN, plan.forwardPlan);
      const range = plan.refs.length > 1 ? `${plan.refs[0]} to ${plan.refs[plan.refs.length - 1]}` : plan.refs[0];
      ss.toast(`Saved ${plan.refs.length} row(s): ${range}.`, 'Action Log', 5);
      return { refs: plan.refs, forwardPlan: plan.forwardPlan.length, firstRow };
    });
  });
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
  if (sheet.getName() !== ACTIONS.name || !range || range.getRow() < 2) {
    throw new UserFacingError(`Put the cursor on an action's row in the ${ACTIONS.name} tab, then choose Action Log ▸ Update selected action… again.`);
  }
  const read = readRow(sheet, range.getRow());
  const refIndex = read.map.index.get('ref');
  if (refIndex === undefined || isBlank(read.cells[refIndex])) {
    throw new UserFacingError(`Row ${read.row} of ${ACTIONS.name} has no Ref No, so it is not an action the log can update. Put the cursor on an action's row.`);
  }
  return read;
}

function readRow(sheet: Sheet, row: number): RowRead {
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const map = mapHeaders(ACTIONS, header);
  const cells = row <= sheet.getLastRow() ? (sheet.getRange(row, 1, 1, width).getValues()[0] ?? []) as CellValue[] : [];
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
      today: todayIn(timeZone), row: read.row, ref: action.ref, text: action.text, responsible: action.responsible,
      meetingDate: action.meetingDate, firstDueDate: action.firstDueDate, dueDate: action.dueDate,
      completedDate: action.completedDate, commentary: action.commentary,
      status: statusIndex === undefined ? '' : String(read.cells[statusIndex] ?? ''), problems,
    };
  });
}

export function captureSaveUpdate(input: unknown): SaveResult<SavedUpdate> {
  return answer(() => {
    const form = parsed(checkForm(updateForm, input));
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return withDocumentLock(() => {
      const timeZone = ss.getSpreadsheetTimeZone();
      const sheet = ss.getSheetByName(ACTIONS.name);
      if (!sheet) throw new UserFacingError(`The "${ACTIONS.name}" tab is missing. Run Action Log ▸ Set up this sheet to recreate it.`);
      const read = findAction(sheet, form.row, form.ref);
      const { action } = actionOf(read, timeZone);
      const today = todayIn(timeZone);
      const change = planUpdate(action, form, today);
      writeChange(read, change, dateWriter(timeZone));
      const linkedUpdated = syncLinkedReports(ss, action.ref, change, dateWriter(timeZone));
      ss.toast(`${action.ref}: ${change.status}${change.overdue ? ' (overdue)' : ''}.`, 'Action updated', 5);
      return { ref: action.ref, row: read.row, status: change.status, overdue: change.overdue !== '', added: change.added, linkedUpdated };
    });
  });
}

/** The row still holding `ref` (rows may have been sorted or inserted while the dialog was open). */
function findAction(sheet: Sheet, row: number, ref: string): RowRead {
  const here = readRow(sheet, row);
  const refIndex = here.map.index.get('ref');
  if (refIndex === undefined) throw new UserFacingError(`The ${ACTIONS.name} tab has no "Ref No" column. Run Action Log ▸ Set up this sheet to restore it.`);
  if (sameRef(String(here.cells[refIndex] ?? ''), ref)) return here;
  const last = sheet.getLastRow();
  const refs = last >= 2 ? sheet.getRange(2, refIndex + 1, last - 1, 1).getValues() : [];
  const i = refs.findIndex((r) => sameRef(String(r[0] ?? ''), ref));
  if (i < 0) {
    const message = `The action ${ref} is no longer in the ${ACTIONS.name} tab (was its row deleted?). Nothing was saved.`;
    throw new FormRejected(message, { '': message });
  }
  return readRow(sheet, i + 2);
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

function writeRuns(sheet: Sheet, row: number, cells: Map<number, CellValue>): void {
  writeColumns(sheet, row, new Map([...cells].map(([column, value]) => [column, [value]])));
}

/** Forward plan entries linked to the action follow its date for report and completion. */
function syncLinkedReports(ss: Spreadsheet, ref: string, change: ActionChange, writeDate: (iso: IsoDate) => Date): number {
  if (change.dueDate === undefined && change.completedDate === undefined) return 0;
  const sheet = ss.getSheetByName(FORWARD_PLAN.name);
  if (!sheet) return 0;
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const map = mapHeaders(FORWARD_PLAN, values[0] ?? []);
  const linked = map.index.get('linkedRef');
  if (linked === undefined) return 0;
  let updated = 0;
  values.forEach((cells, i) => {
    if (i === 0 || !sameRef(String(cells[linked] ?? ''), ref)) return;
    const out = new Map<number, CellValue>();
    const due = map.index.get('dueDate');
    const done = map.index.get('done');
    if (change.dueDate !== undefined && due !== undefined) out.set(due, writeDate(change.dueDate));
    if (change.completedDate !== undefined && done !== undefined) out.set(done, true);
    if (out.size) {
      writeRuns(sheet, i + 1, out);
      updated++;
    }
  });
  return updated;
}

// --- Add to forward plan -------------------------------------------------------------------

export function captureForwardPlanDialog(): SaveResult<ForwardPlanDialogData> {
  return answer(() => {
    const wb = readWorkbook(SpreadsheetApp.getActiveSpreadsheet(), ['actions', 'meetings', 'officers']);
    const today = todayIn(wb.timeZone);
    return {
      today, officers: officerNames(wb.officers), meetings: futureMeetings(wb.meetings, today),
      refs: wb.actions.filter((a) => !a.isDecision && !a.completedDate).map((a) => a.ref).filter(Boolean),
    };
  });
}

export function captureSaveForwardPlan(input: unknown): SaveResult<SavedForwardPlan> {
  return answer(() => {
    const form = parsed(checkForm(forwardPlanForm, input));
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return withDocumentLock(() => {
      const wb = readWorkbook(ss, form.linkedRef ? ['actions'] : []);
      const record = planForwardPlan(form, todayIn(wb.timeZone), wb.actions.map((a) => a.ref));
      const { firstRow } = appendRecords(ss, FORWARD_PLAN, [record]);
      ss.toast(`Added to the forward plan (row ${firstRow}).`, 'Action Log', 5);
      return { row: firstRow };
    });
  });
}
