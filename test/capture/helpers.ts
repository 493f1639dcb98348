/**
 * A workbook set up by the product itself (menuSetUp through the bundle) with a few meetings and
 * officers typed in as a user would, for the capture tests.
 */
import { ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS, type TabSpec } from '../../src/core/layout';
import { readFileSync } from 'node:fs';
import { DIST_CODE, loadBundle, type LoadedBundle } from '../harness/bundle';

let code: string | undefined;
/**
 * dist/Code.js, read once per test file: other runs may rebuild dist/ meanwhile (the build
 * empties it first), so a missing file is retried for a few seconds.
 */
export function bundleCode(): string {
  if (code) return code;
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      code = readFileSync(DIST_CODE, 'utf8');
      return code;
    } catch (e) {
      if (Date.now() > until) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

export const TODAY = '2010-01-29';

export function setUpBook(): LoadedBundle {
  const bundle = loadBundle({ code: bundleCode(), now: '2010-01-29T10:00:00Z' });
  bundle.call('menuSetUp');
  const wb = bundle.env.handles.workbook;
  wb.setValues(MEETINGS.name, 2, 1, [
    ['28/01/2010', 'LSP Executive Board', 'Executive Board', '2.00pm', 'County Hall', '', ''],
    ['18/03/2010', 'LSP Executive Board', 'Executive Board', '2.00pm', 'County Hall', '', ''],
  ]);
  wb.setValues(OFFICERS.name, 2, 1, [
    ['Gary Bowman', 'gary.bowman@example.org', 'Council'],
    ['Janine Brown', 'janine.brown@example.org', 'Health'],
  ]);
  bundle.env.calls.reset();
  return bundle;
}

/** A second execution (another editor) on the same workbook, locks and clock. */
export function secondEditor(first: LoadedBundle): LoadedBundle {
  return loadBundle({ code: bundleCode(), shareWith: first, user: 'second@example.org' });
}

/** Column (1-based) of a key in a tab as the product set it up. */
export function col(tab: TabSpec, key: string): number {
  return tab.columns.findIndex((c) => c.key === key) + 1;
}

/** The data rows of a tab as records keyed by column key (host-realm values). */
export function rows(bundle: LoadedBundle, tab: TabSpec): Record<string, unknown>[] {
  const snap = bundle.env.handles.workbook.sheet(tab.name);
  return snap.values
    .slice(1)
    .map((r) => Object.fromEntries(tab.columns.map((c, i) => [c.key, r[i]])))
    .filter((r) => tab.columns.some((c) => !c.owned && r[c.key] !== '' && r[c.key] !== undefined && r[c.key] !== false));
}

export function refs(bundle: LoadedBundle): string[] {
  return rows(bundle, ACTIONS).map((r) => String(r.ref));
}

export function entry(over: Record<string, unknown> = {}) {
  return { kind: 'action', text: 'Circulate the report', responsible: 'Gary Bowman', dueDate: '', commentary: '', reportBack: false, ...over };
}

export function recordInput(entries: Record<string, unknown>[], meetingDate = '28/01/2010') {
  return { meetingDate, items: [{ agendaItem: '3', subject: 'Budget', entries }] };
}

export { ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS };

/** The Actions columns a user fills in (Ref No included), in their order on the tab as set up. */
export const USER_ACTION_COLUMNS = ACTIONS.columns.filter((c) => !c.owned || c.key === 'ref');

/**
 * A row typed into Actions as set up: `values` for the user's columns in their order (Ref No,
 * Item, Subject, Date of Meeting, Matters Arising/Actions, Responsible Officer, Decision, First
 * Date for Report, Date for Report, Commentary, Completed), '' in the script's own columns
 * between them. As long as the last value given needs, never longer.
 */
export function actionRow(values: readonly unknown[]): unknown[] {
  const row: unknown[] = ACTIONS.columns.map(() => '');
  let last = 0;
  USER_ACTION_COLUMNS.slice(0, values.length).forEach((c, i) => {
    const at = ACTIONS.columns.indexOf(c);
    row[at] = values[i];
    last = Math.max(last, at + 1);
  });
  return row.slice(0, last);
}

/** The user's cells of an Actions row (as `actionRow` takes them). */
export function userCells(row: readonly unknown[]): unknown[] {
  return USER_ACTION_COLUMNS.map((c) => row[ACTIONS.columns.indexOf(c)]);
}
