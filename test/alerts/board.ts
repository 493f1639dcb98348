/**
 * Puts a board into an emulated workbook that `menuSetUp` has prepared: officers, actions and
 * settings typed in as a user would (dates as dd/mm/yyyy), each tab in one block.
 */
import { formatShort } from '../../src/core/dates';
import { ACTIONS, OFFICERS } from '../../src/core/layout';
import { SETTING_SPECS } from '../../src/core/settings';
import type { Action, Officer } from '../../src/core/model';
import type { WorkbookHandle } from '../emulator/spreadsheet/handle';

export interface BoardData {
  readonly actions: readonly Omit<Action, 'origin'>[];
  readonly officers: readonly Pick<Officer, 'name' | 'email' | 'organisation'>[];
  /** By the Settings tab's label: { 'Alert hour': '7' }. */
  readonly settings?: Readonly<Record<string, string>>;
}

function cell(key: string, a: Omit<Action, 'origin'>): unknown {
  const v = (a as Record<string, unknown>)[key];
  const kind = ACTIONS.columns.find((c) => c.key === key)?.kind;
  if (v === undefined || v === null) return kind === 'checkbox' ? false : '';
  if (kind === 'date' && typeof v === 'string') return v ? formatShort(v) : '';
  return v;
}

/** `app` (the emulated SpreadsheetApp) is needed only to add rows for a board bigger than the tab. */
export function fillBoard(wb: WorkbookHandle, data: BoardData, app?: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getActiveSpreadsheet'>): void {
  for (const [tab, rows] of [
    [ACTIONS.name, data.actions.length],
    [OFFICERS.name, data.officers.length],
  ] as const) {
    const max = wb.sheet(tab).maxRows;
    if (rows + 1 > max) {
      if (!app) throw new Error(`fillBoard: ${rows} rows do not fit the ${tab} tab (${max}); pass the SpreadsheetApp to add rows`);
      app
        .getActiveSpreadsheet()
        .getSheetByName(tab)!
        .insertRowsAfter(max, rows + 1 - max);
    }
  }
  const header = wb.sheet(ACTIONS.name).values[0] as string[];
  const keys = header.map((h) => ACTIONS.columns.find((c) => c.header === h)?.key);
  const width = keys.findIndex((k) => k === undefined);
  const used = (width < 0 ? keys : keys.slice(0, width)) as string[];
  if (data.actions.length) {
    wb.setValues(
      ACTIONS.name,
      2,
      1,
      data.actions.map((a) => used.map((k) => (['status', 'overdue', 'lastUpdated'].includes(k) ? '' : cell(k, a)))),
    );
  }
  if (data.officers.length) {
    wb.setValues(
      OFFICERS.name,
      2,
      1,
      data.officers.map((o) => [o.name, o.email, o.organisation]),
    );
  }
  const settings = wb.sheet('Settings').values;
  for (const [label, value] of Object.entries(data.settings ?? {})) {
    if (!SETTING_SPECS.some((spec) => spec.label === label)) throw new Error(`fillBoard: no setting "${label}"`);
    const row = settings.findIndex((r) => String(r[0]) === label);
    if (row < 0) throw new Error(`fillBoard: the Settings tab has no row "${label}"`);
    wb.setCell('Settings', row + 1, 2, value);
  }
}
