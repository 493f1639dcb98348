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
import type { PaperView } from '../../src/papers/menu';

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
  put(
    MEETINGS,
    sample.meetings.map((m) => row(MEETINGS, { ...m, date: date(m.date), attendees: m.attendees.join('\n'), apologies: m.apologies.join(', ') })),
  );
  put(
    ACTIONS,
    sample.actions.map((a) =>
      row(ACTIONS, {
        ...a,
        meetingDate: date(a.meetingDate),
        firstDueDate: date(a.firstDueDate),
        dueDate: date(a.dueDate),
        completedDate: date(a.completedDate),
        isDecision: a.isDecision,
      }),
    ),
  );
  put(
    FORWARD_PLAN,
    sample.forwardPlan.map((f) => row(FORWARD_PLAN, { ...f, dateRaised: date(f.dateRaised), dueDate: date(f.dueDate), done: f.done })),
  );
  const folder = docs.addFolder('Board papers');
  setSetting(workbook, 'Output folder ID', folder);
  return { bundle, workbook, docs, ui, folder };
}

export const MENU_ITEMS = { actionLog: 'menuGenerateActionLog', agenda: 'menuGenerateAgenda', minutes: 'menuDraftMinutes' } as const;

type Answer<T> = { ok: true; value: T } | { ok: false; message: string };

/** What a person sees: the dialog the menu item opens, its meeting list, and the result of Make. */
export interface Generated {
  /** The dialog the menu item opened (its HTML is dist/paper.html). */
  readonly dialog: { title?: string; html: string };
  readonly options: readonly { date: string; label: string }[];
  readonly view: PaperView;
  readonly docId: string;
}

/**
 * The paper for the meeting on `meetingDate` (default: the one the dialog offers first) through
 * the menu, as a person makes it: the menu item opens the dialog, the dialog asks for the
 * meetings (google.script.run → papersDialog), the person presses Make (→ papersGenerate).
 */
export function generateThroughMenu(b: MenuBoard, kind: keyof typeof MENU_ITEMS, meetingDate?: IsoDate): Generated {
  const before = b.ui.dialogs.length;
  b.bundle.call(MENU_ITEMS[kind]);
  const alert = b.ui.alerts.at(-1);
  const dialog = b.ui.dialogs[before];
  if (!dialog) throw new Error(`the menu item opened no dialog${alert ? `: ${alert.prompt}` : ''}`);
  const askedKind = /id="paper-kind" data-kind="(\w+)"/.exec(dialog.html)?.[1];
  const data = b.bundle.call<Answer<{ meetings: { date: string; label: string }[] }>>('papersDialog', askedKind);
  if (!data.ok) throw new Error(`papersDialog: ${data.message}`);
  const date = meetingDate ?? data.value.meetings[0]!.date;
  const made = b.bundle.call<Answer<PaperView>>('papersGenerate', askedKind, date);
  if (!made.ok) throw new Error(`papersGenerate: ${made.message}`);
  return { dialog, options: data.value.meetings, view: made.value, docId: linkedDocId(made.value.docUrl) };
}

/** An action log's worth of actions: `rows` outstanding or completed since the last meeting, statuses varied along reference order. */
export function benchBoard(rows: number, meeting: IsoDate = '2012-03-15'): BoardData {
  const meetings: Meeting[] = Array.from({ length: 12 }, (_, i) => ({
    date: addDays(meeting, (i - 10) * 42),
    board: 'Bench Board',
    title: 'Executive Board',
    time: '2.00pm',
    venue: 'Civic Centre',
    attendees: [],
    apologies: [],
  }));
  const earlier = meetings.filter((m) => m.date < meeting).map((m) => m.date);
  const actions: Action[] = Array.from({ length: rows }, (_, i) => {
    const meetingDate = earlier[i % earlier.length]!;
    const kind = Math.floor(i / earlier.length) % 5;
    const [, mm, dd] = meetingDate.split('-');
    return {
      ref: `${dd}.${mm}.${String(Math.floor(i / earlier.length) + 1).padStart(2, '0')}`,
      agendaItem: `Item ${1 + (i % 7)}`,
      subject: `Subject ${i}`,
      meetingDate,
      text: `Action ${i}: partners to report on progress with the plan.`,
      responsible: 'Officer A / Officer B',
      isDecision: false,
      commentary: kind === 0 ? 'Progress reported.\nFurther report requested.' : '',
      ...(kind === 1 ? { dueDate: addDays(meeting, 42) } : {}),
      ...(kind === 2 ? { firstDueDate: addDays(meeting, -42), dueDate: addDays(meeting, 42) } : {}),
      ...(kind === 3 ? { dueDate: addDays(meeting, -10) } : {}),
    };
  });
  const forwardPlan: ForwardPlanItem[] = Array.from({ length: 20 }, (_, i) => ({
    source: 'Executive',
    dateRaised: earlier[i % earlier.length]!,
    item: `Report ${i}`,
    responsible: 'Officer C',
    dueDate: addDays(meeting, 42 * (1 + (i % 3))),
    dueText: '',
    linkedRef: '',
    done: false,
  }));
  return { actions, meetings, forwardPlan };
}

export interface MenuCount {
  readonly rows: number;
  readonly docsApi: boolean;
  /** True: the paper was made a second time for the meeting (an update or a replacement). */
  readonly again: boolean;
  /** Calls by service ("SpreadsheetApp", "DocumentApp", "Docs", "DriveApp", "HtmlService", …). */
  readonly byService: Record<string, number>;
  /** DocumentApp + Docs API + DriveApp. */
  readonly docsAndDrive: number;
  readonly total: number;
  /** Spreadsheet getValues/setValues/getNotes/setNotes (each moves whole blocks of rows). */
  readonly bulkTransfers: number;
  /** What the dialog shows once the paper is made. */
  readonly view: PaperView;
  readonly emulatorMs: number;
  /** The board and the paper made (for tests to look at). */
  readonly board: MenuBoard;
  readonly docId: string;
}

/** The id of the Doc a link points to. */
export function linkedDocId(url: string): string {
  const id = /docs\.google\.com\/document\/d\/([^/"]+)\//.exec(url)?.[1];
  if (!id) throw new Error(`no link to a Doc: ${url}`);
  return id;
}

/**
 * Calls of an action log through the menu. The default template is made first by a paper for
 * an earlier meeting; then the paper for the meeting is counted — made new, or (`again`) made a
 * second time, which updates the first.
 */
export function countActionLogThroughMenu(rows: number, docsApi: boolean, again = false): MenuCount {
  const sample = benchBoard(rows);
  const b = menuBoard(sample, { docsApi });
  const target = '2012-03-15';
  generateThroughMenu(b, 'actionLog', sample.meetings.filter((m) => m.date < target).at(-1)!.date);
  if (again) generateThroughMenu(b, 'actionLog', target);
  b.bundle.env.calls.reset();
  const t0 = process.hrtime.bigint();
  const { view, docId } = generateThroughMenu(b, 'actionLog', target);
  const emulatorMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const calls = b.bundle.env.calls;
  const byService: Record<string, number> = {};
  for (const [key, n] of Object.entries(calls.byMethod())) {
    const service = key.split('.')[0] as string;
    byService[service] = (byService[service] ?? 0) + n;
  }
  const docsAndDrive = (byService.DocumentApp ?? 0) + (byService.Docs ?? 0) + (byService.DriveApp ?? 0);
  const bulkTransfers = ['getValues', 'setValues', 'getNotes', 'setNotes', 'getDisplayValues'].reduce(
    (s, m) => s + calls.count(`SpreadsheetApp.Range.${m}`),
    0,
  );
  return { rows, docsApi, again, byService, docsAndDrive, total: calls.total(), bulkTransfers, view, emulatorMs: Math.round(emulatorMs), board: b, docId };
}

/**
 * `generateThroughMenu` for any loaded bundle (a test's own workbook): the paper for the meeting
 * on `meetingDate`, through the menu item, the dialog's meeting list and Make.
 */
export function paperThroughMenu(bundle: LoadedBundle, kind: keyof typeof MENU_ITEMS, meetingDate: IsoDate): Generated {
  const handles = bundle.env.handles as unknown as { ui: UiHandle; workbook: WorkbookHandle; docs: DocsHandle };
  return generateThroughMenu({ bundle, workbook: handles.workbook, docs: handles.docs, ui: handles.ui, folder: '' }, kind, meetingDate);
}
