/**
 * A board for the update-request tests: set up by the product through the bundle, two officers
 * with actions recorded through the dialogs' own server functions, the web app "deployed"
 * (ScriptApp.getService().getUrl()), and executions of the web app as Apps Script runs them
 * (mode 'webapp': no UI, no document lock), as the deploying user.
 */
import { createHmac } from 'node:crypto';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS, bundleCode, entry, rows } from '../capture/helpers';
import { base64UrlOfBytes, base64UrlOfText } from '../../src/core/updates/link';
import { UPDATES } from '../../src/core/updates/log';

export const WEB_APP_URL = 'https://script.google.com/macros/s/AKfy-test-deployment/exec';
export const DEPLOYER = 'clerk@example.org';

export interface Board {
  readonly clerk: LoadedBundle;
  /** A fresh execution of the web app (each doGet or page call is one). */
  web(user?: string): LoadedBundle;
}

export function setUpBoard(options: { now?: string; settings?: Record<string, string> } = {}): Board {
  const clerk = loadBundle({ code: bundleCode(), now: options.now ?? '2010-01-29T10:00:00Z', user: DEPLOYER, webAppUrl: WEB_APP_URL });
  clerk.call('menuSetUp');
  const wb = clerk.env.handles.workbook;
  wb.setValues(MEETINGS.name, 2, 1, [
    ['28/01/2010', 'LSP Executive Board', 'Executive Board', '2.00pm', 'County Hall', '', ''],
    ['18/03/2010', 'LSP Executive Board', 'Executive Board', '2.00pm', 'County Hall', '', ''],
  ]);
  wb.setValues(OFFICERS.name, 2, 1, [
    ['Gary Bowman', 'gary.bowman@example.org', 'Council'],
    ['Janine Brown', 'janine.brown@example.org', 'Health'],
    ['Joy Massey', '', 'Police'],
  ]);
  for (const [label, value] of Object.entries({ 'Secretariat emails': 'sec@example.org', ...options.settings })) {
    const settings = wb.sheet('Settings').values;
    const row = settings.findIndex((r) => r[0] === label);
    wb.setValues('Settings', row + 1, 2, [[value]]);
  }
  const saved = clerk.call<{ ok: boolean }>('captureSaveActions', {
    meetingDate: '28/01/2010',
    items: [
      {
        agendaItem: '3',
        subject: 'Budget',
        entries: [
          entry({ text: 'Circulate the report', responsible: 'Janine Brown', dueDate: '18/03/2010' }),
          entry({ text: 'Draft the compact', responsible: 'Gary Bowman', dueDate: '18/03/2010' }),
          entry({ text: 'Report back to the meeting of 18th March 2010 on healthy weight', responsible: 'J Brown', dueDate: '18/03/2010', reportBack: true }),
          entry({ kind: 'decision', text: 'The budget was agreed', responsible: 'Janine Brown' }),
        ],
      },
    ],
  });
  if (!saved.ok) throw new Error(`setUpBoard: ${JSON.stringify(saved)}`);
  clerk.call('captureSaveForwardPlan', {
    source: 'Board',
    item: 'Annual report of the partnership',
    responsible: 'Janine Brown',
    dueDate: '18/03/2010',
    dueText: '',
    linkedRef: '',
  });
  clerk.env.calls.reset();
  return {
    clerk,
    web: (user = DEPLOYER) => loadBundle({ code: bundleCode(), shareWith: clerk, mode: 'webapp', user, webAppUrl: WEB_APP_URL }),
  };
}

/** Sends the requests from the menu (the clerk answers OK). */
export function requestUpdates(board: Board): void {
  board.clerk.env.handles.ui.answerAlert('OK', 'OK');
  board.clerk.call('menuRequestUpdates');
}

export function mailsTo(board: Board, address: string) {
  return board.clerk.env.handles.mail.sent.filter((m) => m.to === address);
}

/** The token in the last link mailed to an address. */
export function tokenFor(board: Board, address: string): string {
  const mails = mailsTo(board, address);
  const last = mails[mails.length - 1];
  const m = last && /\?t=([A-Za-z0-9_.-]+)/.exec(last.body);
  if (!m) throw new Error(`no link mailed to ${address}`);
  return m[1]!;
}

/** A token made outside the product: claims of our choosing signed with a key of our choosing. */
export function craftedToken(claims: { o: string; m: string; l: string }, key: string): string {
  const payload = base64UrlOfText(JSON.stringify({ v: 1, ...claims }));
  const sig = createHmac('sha256', key).update(payload).digest();
  return `${payload}.${base64UrlOfBytes([...sig])}`;
}

/** The Actions tab's cells, for "nothing changed" comparisons. */
export function actionsCells(board: Board): unknown[][] {
  return board.clerk.env.handles.workbook.sheet(ACTIONS.name).values.map((r) => r.map((v) => (v instanceof Date ? v.getTime() : v)));
}

export function allCells(board: Board): string {
  const wb = board.clerk.env.handles.workbook;
  return JSON.stringify(
    [ACTIONS.name, FORWARD_PLAN.name, UPDATES.name].map((t) => {
      try {
        return wb.sheet(t).values;
      } catch {
        return null;
      }
    }),
  );
}

export function action(board: Board, ref: string): Record<string, unknown> {
  const found = rows(board.clerk, ACTIONS).find((r) => r.ref === ref);
  if (!found) throw new Error(`no action ${ref}`);
  return found;
}

export function updatesRows(board: Board): Record<string, unknown>[] {
  const snap = board.clerk.env.handles.workbook.sheet(UPDATES.name);
  return snap.values.slice(1).map((r) => Object.fromEntries(UPDATES.columns.map((c, i) => [c.key, r[i]])));
}

export { ACTIONS, FORWARD_PLAN, rows };
