/**
 * A board typed into a set-up workbook on the built bundle, and a paper generated through the
 * real menu path, counting every service's calls (sheet reads included). Shared by the bundle
 * tests of the papers and `npm run bench`.
 */
import { addDays, formatShort, type IsoDate } from '../../src/core/dates';
import { ACTIONS, FORWARD_PLAN, MEETINGS, SETTINGS } from '../../src/core/layout';
import type { Action, ForwardPlanItem, Meeting } from '../../src/core/model';
import type { DocsHandle } from '../emulator/docs';
import type { WorkbookHandle } from '../emulator/spreadsheet/handle';
import type { UiHandle } from '../emulator/ui';
import { loadBundle, type LoadedBundle } from '../harness/bundle';

export interface BoardData {
  readonly meetings: readonly Meeting[];
  readonly actions: readonly Action[];
  readonly forwardPlan: readonly ForwardPlanItem[];
}

export interface MenuBoard {
  readonly bundle: LoadedBundle;
  readonly workbook: WorkbookHandle;
  readonly docs: DocsHandle;
  readonly ui: UiHandle;
  readonly folder: string;
}

const date = (d?: string) => (d ? formatShort(d) : '');

function row(tab: { columns: readonly { key: string }[] }, values: Record<string, unknown>): unknown[] {
  return tab.columns.map((c) => values[c.key] ?? '');
}

export function setSetting(workbook: WorkbookHandle, label: string, value: string): void {
  const values = workbook.sheet(SETTINGS.name).values;
  const i = values.findIndex((r) => String(r[0]) === label);
  if (i < 0) throw new Error(`no setting ${label}`);
  workbook.setCell(SETTINGS.name, i + 1, 2, value); // the Value column is plain text
}

/** Set up, the board typed in (text as a person types it: dates dd/mm/yyyy), an output folder in Settings. */
export function menuBoard(sample: BoardData, options: { docsApi?: boolean; now?: string } = {}): MenuBoard {
  const bundle = loadBundle({ now: options.now ?? '2012-03-01T10:00:00Z', docsAdvancedService: options.docsApi ?? true });
  const handles = bundle.env.handles as unknown as { ui: UiHandle; workbook: WorkbookHandle; docs: DocsHandle };
  const { ui, workbook, docs } = handles;
  bundle.call('menuSetUp');
  const ss = bundle.env.globals.SpreadsheetApp.getActiveSpreadsheet();
  const put = (tab: { name: string; columns: readonly { key: string }[] }, rows: unknown[][]) => {
    if (!rows.length) return;
    const sheet = ss.getSheetByName(tab.name)!;
    if (rows.length + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
    workbook.setValues(tab.name, 2, 1, rows);
  };
  put(MEETINGS, sample.meetings.map((m) => row(MEETINGS, { ...m, date: date(m.date), attendees: m.attendees.join('\n'), apologies: m.apologies.join(', ') })));
  put(ACTIONS, sample.actions.map((a) => row(ACTIONS, {
    ...a, meetingDate: date(a.meetingDate), firstDueDate: date(a.firstDueDate), dueDate: date(a.dueDate), completedDate: date(a.completedDate), isDecision: a.isDecision,
  })));
  put(FORWARD_PLAN, sample.forwardPlan.map((f) => row(FORWARD_PLAN, { ...f, dateRaised: date(f.dateRaised), dueDate: date(f.dueDate), done: f.done })));
  const folder = docs.addFolder('Board papers');
  setSetting(workbook, 'Output folder ID', folder);
  return { bundle, workbook, docs, ui, folder };
}

export const MENU_ITEMS = { actionLog: 'menuGenerateActionLog', agenda: 'menuGenerateAgenda', minutes: 'menuDraftMinutes' } as const;

/**
 * The paper for the meeting on `meetingDate` through the menu, as a person makes it: the menu
 * item, the meeting confirmed. Returns the last dialog shown.
 */
export function generateThroughMenu(b: MenuBoard, kind: keyof typeof MENU_ITEMS, meetingDate?: IsoDate) {
  b.ui.answerPrompt(meetingDate ? formatShort(meetingDate) : '', 'OK');
  b.bundle.call(MENU_ITEMS[kind]);
  return b.ui.dialogs.at(-1);
}

/** An action log's worth of actions: `rows` outstanding or completed since the last meeting, statuses varied along reference order. */
export function benchBoard(rows: number, meeting: IsoDate = '2012-03-15'): BoardData {
  const meetings: Meeting[] = Array.from({ length: 12 }, (_, i) => ({
    date: addDays(meeting, (i - 10) * 42), board: 'Bench Board', title: 'Executive Board', time: '2.00pm', venue: 'Civic Centre', attendees: [], apologies: [],
  }));
  const earlier = meetings.filter((m) => m.date < meeting).map((m) => m.date);
  const actions: Action[] = Array.from({ length: rows }, (_, i) => {
    const meetingDate = earlier[i % earlier.length]!;
    const kind = Math.floor(i / earlier.length) % 5;
    const [, mm, dd] = meetingDate.split('-');
    return {
      ref: `${dd}.${mm}.${String(Math.floor(i / earlier.length) + 1).padStart(2, '0')}`,
      agendaItem: `Item ${1 + (i % 7)}`, subject: `Subject ${i}`, meetingDate,
      text: `Action ${i}: partners to report on progress with the plan.`, responsible: 'Officer A / Officer B', isDecision: false,
      commentary: kind === 0 ? 'Progress reported.\nFurther report requested.' : '',
      ...(kind === 1 ? { dueDate: addDays(meeting, 42) } : {}),
      ...(kind === 2 ? { firstDueDate: addDays(meeting, -42), dueDate: addDays(meeting, 42) } : {}),
      ...(kind === 3 ? { dueDate: addDays(meeting, -10) } : {}),
    };
  });
  const forwardPlan: ForwardPlanItem[] = Array.from({ length: 20 }, (_, i) => ({
    source: 'Executive', dateRaised: earlier[i % earlier.length]!, item: `Report ${i}`, responsible: 'Officer C',
    dueDate: addDays(meeting, 42 * (1 + (i % 3))), dueText: '', linkedRef: '', done: false,
  }));
  return { actions, meetings, forwardPlan };
}

export interface MenuCount {
  readonly rows: number;
  readonly docsApi: boolean;
  /** Calls by service ("SpreadsheetApp", "DocumentApp", "Docs", "DriveApp", "HtmlService", …). */
  readonly byService: Record<string, number>;
  /** DocumentApp + Docs API + DriveApp. */
  readonly docsAndDrive: number;
  readonly total: number;
  /** Spreadsheet getValues/setValues/getNotes/setNotes (each moves whole blocks of rows). */
  readonly bulkTransfers: number;
  readonly dialog: string;
  readonly emulatorMs: number;
  /** The board and the paper made (for tests to look at). */
  readonly board: MenuBoard;
  readonly docId: string;
}

/** The id of the Doc the dialog links to. */
export function linkedDocId(html: string): string {
  const id = /docs\.google\.com\/document\/d\/([^/"]+)\//.exec(html)?.[1];
  if (!id) throw new Error(`no link to a Doc in the dialog: ${html}`);
  return id;
}

/** Calls of a second action log through the menu (the default template already made by the first). */
export function countActionLogThroughMenu(rows: number, docsApi: boolean): MenuCount {
  const b = menuBoard(benchBoard(rows), { docsApi });
  generateThroughMenu(b, 'actionLog');
  b.bundle.env.calls.reset();
  const t0 = process.hrtime.bigint();
  const dialog = generateThroughMenu(b, 'actionLog');
  const emulatorMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const calls = b.bundle.env.calls;
  const byService: Record<string, number> = {};
  for (const [key, n] of Object.entries(calls.byMethod())) {
    const service = key.split('.')[0] as string;
    byService[service] = (byService[service] ?? 0) + n;
  }
  const docsAndDrive = (byService.DocumentApp ?? 0) + (byService.Docs ?? 0) + (byService.DriveApp ?? 0);
  const bulkTransfers = ['getValues', 'setValues', 'getNotes', 'setNotes', 'getDisplayValues'].reduce((s, m) => s + calls.count(`SpreadsheetApp.Range.${m}`), 0);
  return { rows, docsApi, byService, docsAndDrive, total: calls.total(), bulkTransfers, dialog: dialog?.html ?? '', emulatorMs: Math.round(emulatorMs), board: b, docId: linkedDocId(dialog?.html ?? '') };
}
