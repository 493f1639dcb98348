/**
 * Every user-facing operation, run through the built bundle the way Apps Script runs it (menu
 * items, `google.script.run` targets, onOpen/onEdit, the daily trigger), on a board of a given
 * size, each in its own execution counted at the vm boundary (test/harness/boundary.ts): calls
 * by service, and rows moved by the Spreadsheet transfers. Used by `npm run bench` and by the
 * tests that pin the counts (test/bench/counts.test.ts).
 */
import { readFileSync } from 'node:fs';
import { ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS } from '../../src/core/layout';
import type { BoundaryCounter } from '../harness/boundary';
import { DIST_CODE, DIST_DIR, loadBundle, type LoadedBundle } from '../harness/bundle';

/**
 * The latency model. Spreadsheet: 80 ms a call plus 0.33 s per 1,000 rows moved (published
 * measurements of batched reads and writes). Docs, Drive, Mail and ScriptApp: 300 ms a call,
 * Properties and Lock 50 ms a call (assumed: no published figure). Utilities, Session and
 * HtmlService run inside the script's own process (counted, modelled at 0).
 */
export const MODEL = {
  msPerCall: {
    SpreadsheetApp: 80,
    DocumentApp: 300,
    Docs: 300,
    DriveApp: 300,
    MailApp: 300,
    ScriptApp: 300,
    PropertiesService: 50,
    LockService: 50,
    Utilities: 0,
    Session: 0,
    HtmlService: 0,
  } as Record<string, number>,
  msPerRowMoved: 0.33,
  assumed: ['DocumentApp', 'Docs', 'DriveApp', 'MailApp', 'ScriptApp', 'PropertiesService', 'LockService', 'Utilities', 'Session', 'HtmlService'],
};

/** The services reported, in this order. */
export const SERVICES = [
  'SpreadsheetApp',
  'DocumentApp',
  'Docs',
  'DriveApp',
  'MailApp',
  'PropertiesService',
  'LockService',
  'Utilities',
  'HtmlService',
  'ScriptApp',
  'Session',
] as const;

export interface Measured {
  readonly operation: string;
  readonly actions: number;
  /** Calls by service, counted at the vm boundary. */
  readonly calls: Record<string, number>;
  /** Spreadsheet calls by method. */
  readonly spreadsheetByMethod: Record<string, number>;
  /** Every call by service and method ("PropertiesService.getProperty"). */
  readonly byMethod: Record<string, number>;
  /** Rows moved by Spreadsheet transfers (reads and writes). */
  readonly rowsMoved: number;
  /** The largest single transfer, in rows. */
  readonly largestTransfer: number;
  /** What the emulator's own CallLog counted (a cross-check of the boundary count). */
  readonly emulatorCalls: number;
  readonly modelledSeconds: number;
  readonly limitSeconds: number;
  readonly emulatorMs: number;
  /** Anything the operation reported that the bench checks (a failure stops the bench). */
  readonly note?: string;
}

export function modelledMs(calls: Record<string, number>, rowsMoved: number): number {
  let ms = rowsMoved * MODEL.msPerRowMoved;
  for (const [service, n] of Object.entries(calls)) ms += n * (MODEL.msPerCall[service] ?? 0);
  return ms;
}

let code: string | undefined;
function bundleCode(file: string): string {
  code ??= readFileSync(file, 'utf8');
  return code;
}

export const TODAY = '2025-03-10';
const PAST_MEETING = '06/03/2025';

function dd(n: number): string {
  return String(n).padStart(2, '0');
}

/** Meetings: one a month from January 2024 to December 2025 (24 rows). */
function meetingRows(): unknown[][] {
  return Array.from({ length: 24 }, (_, i) => {
    const year = 2024 + Math.floor(i / 12);
    const month = (i % 12) + 1;
    return [`06/${dd(month)}/${year}`, 'LSP Executive Board', 'Executive Board', '2.00pm', 'County Hall', 'Gary Ba - Chair, Council', 'Janine Bb'];
  });
}

/** `n` actions with distinct references (at most 149 a meeting day), spread over 2010–2025. */
function actionRows(n: number, officers: readonly string[], header: readonly string[]): unknown[][] {
  const base = Date.UTC(2025, 2, 10);
  return Array.from({ length: n }, (_, i) => {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const number = Math.floor(i / 336) + 1;
    const year = 2010 + (i % 16);
    const due = new Date(base + (((i * 37) % 150) - 100) * 86_400_000);
    const dueText = `${dd(due.getUTCDate())}/${dd(due.getUTCMonth() + 1)}/${due.getUTCFullYear()}`;
    const o1 = officers[i % officers.length]!;
    const o2 = officers[(i * 7 + 3) % officers.length]!;
    const cell: Record<string, unknown> = {
      ref: `${dd(day)}.${dd(month)}.${dd(number)}`,
      agendaItem: `${1 + (i % 8)}`,
      subject: `Subject ${i}`,
      meetingDate: `${dd(day)}/${dd(month)}/${year}`,
      text: `Action ${i}: report on progress with the plan`,
      responsible: i % 10 === 0 ? `${o1} / ${o2}` : o1,
      isDecision: i % 17 === 0,
      firstDueDate: i % 5 === 0 ? '' : dueText,
      dueDate: i % 5 === 0 ? '' : dueText,
      commentary: i % 3 ? `01/02/2025: Update ${i}` : '',
      completedDate: i % 4 === 0 && i % 5 !== 0 ? dueText : '',
      status: '',
      overdue: '',
      lastUpdated: '',
    };
    return header.map((h) => cell[ACTIONS.columns.find((c) => c.header === h)?.key ?? ''] ?? '');
  });
}

export interface Board {
  readonly book: LoadedBundle;
  readonly actions: number;
  readonly officers: number;
  readonly file: string;
}

/** A workbook set up by the product, then filled as users would have filled it, and refreshed once the day before. */
export function makeBoard(actions: number, officers = 200, file = DIST_CODE): Board {
  const book = loadBundle({ code: bundleCode(file), now: `${TODAY}T06:00:00Z` });
  book.call('menuSetUp');
  const wb = book.env.handles.workbook;
  const ss = book.env.globals.SpreadsheetApp.getActiveSpreadsheet();
  // Room below the data, as a sheet in use has (a save then never has to add rows).
  const grow = (tab: string, rows: number) => {
    const sheet = ss.getSheetByName(tab)!;
    const want = rows + 200;
    if (want > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), want - sheet.getMaxRows());
  };
  const first = ['Gary', 'Janine', 'Joy', 'Henry', 'Alan', 'Karen', 'Steve', 'Priya', 'Tom', 'Amina'];
  // Names are letters only (the name matcher ignores digits): "Gary Ab", "Janine Ac", …
  const surname = (i: number) => {
    let t = '';
    for (let k = i + 26; k > 0; k = Math.floor(k / 26)) t = String.fromCharCode(97 + (k % 26)) + t;
    return t[0]!.toUpperCase() + t.slice(1);
  };
  const names = Array.from({ length: officers }, (_, i) => `${first[i % first.length]} ${surname(i)}`);
  grow(ACTIONS.name, actions);
  grow(OFFICERS.name, officers);
  const header = wb.sheet(ACTIONS.name).values[0] as string[];
  if (actions) wb.setValues(ACTIONS.name, 2, 1, actionRows(actions, names, header));
  wb.setValues(
    OFFICERS.name,
    2,
    1,
    names.map((name, i) => [name, i % 25 === 24 ? '' : `officer${i}@example.org`, 'Council']),
  );
  wb.setValues(MEETINGS.name, 2, 1, meetingRows());
  // 40 forward-plan entries, half linked to actions.
  wb.setValues(
    FORWARD_PLAN.name,
    2,
    1,
    Array.from({ length: 40 }, (_, i) => [
      'Executive',
      '06/01/2025',
      `Report ${i}`,
      names[i % names.length],
      `06/${dd(4 + (i % 6))}/2025`,
      '',
      i % 2 && i < actions ? `${dd(1 + (i % 28))}.${dd(1 + (Math.floor(i / 28) % 12))}.01` : '',
      false,
    ]),
  );
  const settings = wb.sheet('Settings').values;
  for (const [label, value] of [
    ['Secretariat emails', 'sec@example.org'],
    ['Alert days ahead', '7'],
  ]) {
    wb.setCell('Settings', settings.findIndex((r) => String(r[0]) === label) + 1, 2, value);
  }
  book.env.clock.set(`2025-03-09T08:00:00Z`);
  book.call('menuRefreshStatuses');
  book.env.clock.set(`${TODAY}T08:00:00Z`);
  return { book, actions, officers, file };
}

/** One execution on the board, counted at the vm boundary. */
function execution(board: Board, mode: 'ui' | 'trigger' = 'ui'): LoadedBundle {
  return loadBundle({ code: bundleCode(board.file), shareWith: board.book, countAtBoundary: true, mode, user: 'clerk@example.org', htmlDir: DIST_DIR });
}

function measure(
  board: Board,
  operation: string,
  limitSeconds: number,
  steps: ((b: LoadedBundle) => string | void)[],
  mode: 'ui' | 'trigger' = 'ui',
): Measured {
  const calls: Record<string, number> = {};
  const byMethod: Record<string, number> = {};
  const all: Record<string, number> = {};
  let rowsMoved = 0;
  let largestTransfer = 0;
  let emulatorCalls = 0;
  let emulatorMs = 0;
  const notes: string[] = [];
  for (const step of steps) {
    const b = execution(board, mode);
    const counter = b.boundary as BoundaryCounter;
    const t0 = process.hrtime.bigint();
    const note = step(b);
    emulatorMs += Number(process.hrtime.bigint() - t0) / 1e6;
    if (note) notes.push(note);
    for (const [s, n] of Object.entries(counter.byService())) calls[s] = (calls[s] ?? 0) + n;
    for (const [m, n] of Object.entries(counter.byMethod('SpreadsheetApp'))) byMethod[m] = (byMethod[m] ?? 0) + n;
    for (const [m, n] of Object.entries(counter.byMethod())) all[m] = (all[m] ?? 0) + n;
    rowsMoved += counter.rowsMoved('SpreadsheetApp');
    largestTransfer = Math.max(largestTransfer, counter.largestTransfer);
    emulatorCalls += b.env.calls.total() - b.env.calls.total('Logger');
  }
  return {
    operation,
    actions: board.actions,
    calls,
    spreadsheetByMethod: byMethod,
    byMethod: all,
    rowsMoved,
    largestTransfer,
    emulatorCalls,
    modelledSeconds: Math.round(modelledMs(calls, rowsMoved) / 100) / 10,
    limitSeconds,
    emulatorMs: Math.round(emulatorMs),
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

/** Setting the scene inside an execution (the cursor, an event's range) is not the operation's cost. */
function uncounted(x: LoadedBundle): void {
  x.boundary?.reset();
  x.env.calls.reset();
}

/** The execution's own SpreadsheetApp (its objects cross the boundary like an event's range would). */
function app(x: LoadedBundle): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return x.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

function ok<T extends { ok: boolean; message?: string }>(what: string, r: T): T {
  if (!r.ok) throw new Error(`bench: ${what} failed: ${r.message}`);
  return r;
}

function entries(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'action',
    text: `New action ${i}`,
    responsible: 'Gary Ba',
    dueDate: i % 2 ? '17/04/2025' : '',
    commentary: '',
    reportBack: i % 10 === 1,
  }));
}

const MENU = 360;
const SIMPLE = 30;

export type OperationName =
  | 'onOpen'
  | 'setUp'
  | 'refresh'
  | 'onEditCell'
  | 'onEditPaste'
  | 'saveActions1'
  | 'saveActions50'
  | 'updateAction'
  | 'forwardPlanDialog'
  | 'forwardPlan'
  | 'addMeeting'
  | 'actionLog'
  | 'dailyRun';

export const OPERATIONS: Record<OperationName, { label: string; run: (board: Board) => Measured }> = {
  onOpen: { label: 'onOpen (menu)', run: (b) => measure(b, 'onOpen', SIMPLE, [(x) => void x.call('onOpen')]) },
  setUp: {
    label: 'Set up this sheet (again)',
    run: (b) =>
      measure(b, 'setUp', MENU, [
        (x) => {
          x.call('menuSetUp');
          const failed = x.env.handles.ui.alerts.find((a) => a.prompt.includes('went wrong'));
          if (failed) throw new Error(`bench: set up failed: ${failed.prompt}`);
        },
      ]),
  },
  refresh: { label: 'Refresh statuses (a day on)', run: (b) => measure(b, 'refresh', MENU, [(x) => void x.call('menuRefreshStatuses')]) },
  onEditCell: {
    label: 'onEdit: one Date for Report typed',
    run: (b) =>
      measure(b, 'onEditCell', SIMPLE, [
        (x) => {
          const ss = app(x).getActiveSpreadsheet();
          const row = Math.max(2, Math.floor(b.actions / 2));
          b.book.env.handles.workbook.setCell(ACTIONS.name, row, 9, '17/04/2025');
          const range = ss.getSheetByName(ACTIONS.name)!.getRange(row, 9);
          uncounted(x);
          x.call('onEdit', { range, source: ss, value: '17/04/2025', authMode: 'LIMITED', triggerUid: '', user: { getEmail: () => '' } });
        },
      ]),
  },
  onEditPaste: {
    label: 'onEdit: a paste of 1,000 rows',
    run: (b) =>
      measure(b, 'onEditPaste', SIMPLE, [
        (x) => {
          const ss = app(x).getActiveSpreadsheet();
          const n = Math.min(1000, Math.max(1, b.actions));
          const range = ss.getSheetByName(ACTIONS.name)!.getRange(2, 1, n, 11);
          uncounted(x);
          x.call('onEdit', { range, source: ss, authMode: 'LIMITED', triggerUid: '', user: { getEmail: () => '' } });
        },
      ]),
  },
  saveActions1: {
    label: 'Save 1 action (dialog save)',
    run: (b) =>
      measure(b, 'saveActions1', MENU, [
        (x) => {
          ok(
            'save',
            x.call<{ ok: boolean; message?: string }>('captureSaveActions', {
              meetingDate: PAST_MEETING,
              items: [{ agendaItem: '3', subject: 'Budget', entries: entries(1) }],
            }),
          );
        },
      ]),
  },
  saveActions50: {
    label: 'Save 50 actions (5 to the forward plan)',
    run: (b) =>
      measure(b, 'saveActions50', MENU, [
        (x) => {
          ok(
            'save',
            x.call<{ ok: boolean; message?: string }>('captureSaveActions', {
              meetingDate: PAST_MEETING,
              items: [{ agendaItem: '4', subject: 'Plan', entries: entries(50) }],
            }),
          );
        },
      ]),
  },
  updateAction: {
    label: 'Update selected action (menu, dialog data, save)',
    run: (b) => {
      const row = Math.max(2, Math.floor(b.actions / 3));
      const cursor = (x: LoadedBundle) => {
        app(x).getActiveSpreadsheet().getSheetByName(ACTIONS.name)!.getRange(row, 1).activate();
        uncounted(x);
      };
      let ref = '';
      return measure(b, 'updateAction', MENU, [
        (x) => {
          cursor(x);
          x.call('menuUpdateAction');
          const refused = x.env.handles.ui.alerts.at(-1);
          if (refused) throw new Error(`bench: update menu refused: ${refused.prompt}`);
        },
        (x) => {
          cursor(x);
          const data = ok('update dialog', x.call<{ ok: boolean; message?: string; value: { ref: string } }>('captureUpdateDialog'));
          ref = data.value.ref;
        },
        (x) => {
          ok(
            'update',
            x.call<{ ok: boolean; message?: string }>('captureSaveUpdate', {
              row,
              ref,
              note: 'Chased',
              dueDate: '17/04/2025',
              complete: false,
              completedDate: '',
            }),
          );
        },
      ]);
    },
  },
  forwardPlanDialog: {
    label: "Add to forward plan: the dialog's data (its list of open actions)",
    run: (b) =>
      measure(b, 'forwardPlanDialog', MENU, [(x) => void ok('forward plan dialog', x.call<{ ok: boolean; message?: string }>('captureForwardPlanDialog'))]),
  },
  forwardPlan: {
    label: 'Add to forward plan: save, linked to an action',
    run: (b) =>
      measure(b, 'forwardPlan', MENU, [
        (x) =>
          void ok(
            'forward plan',
            x.call<{ ok: boolean; message?: string }>('captureSaveForwardPlan', {
              source: 'Executive',
              item: 'Report on the plan',
              responsible: 'Gary Ba',
              dueDate: '17/04/2025',
              dueText: '',
              linkedRef: '01.01.01',
            }),
          ),
      ]),
  },
  addMeeting: {
    label: 'Add meeting (save)',
    run: (b) =>
      measure(b, 'addMeeting', MENU, [
        (x) =>
          void ok(
            'meeting',
            x.call<{ ok: boolean; message?: string }>('captureSaveMeeting', {
              date: '15/05/2025',
              board: 'LSP Executive Board',
              title: 'Executive Board',
              time: '2.00pm',
              venue: 'County Hall',
              attendees: [],
              apologies: [],
              addOfficers: [],
            }),
          ),
      ]),
  },
  actionLog: {
    label: 'Generate action log (menu)',
    run: (b) =>
      measure(b, 'actionLog', MENU, [
        (x) => {
          x.call('menuGenerateActionLog');
          const failed = x.env.handles.ui.alerts.find((a) => /went wrong|error/i.test(a.prompt));
          if (failed) throw new Error(`bench: action log failed: ${failed.prompt}`);
        },
      ]),
  },
  dailyRun: {
    label: 'Daily alert run',
    run: (b) =>
      measure(
        b,
        'dailyRun',
        MENU,
        [
          (x) => {
            x.env.handles.mail.setDailyQuota(1500);
            x.call('runDailyAlerts');
            const digests = x.env.handles.mail.sent.filter((m) => m.to !== 'sec@example.org').length;
            return `${digests} digests`;
          },
        ],
        'trigger',
      ),
  },
};
