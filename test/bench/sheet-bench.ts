/**
 * Spreadsheet service calls made by Set up and by a full status refresh, through the bundle
 * on the emulator, for logs of different sizes. The aim: the same small number at every size.
 */
import { ACTIONS } from '../../src/core/layout';
import { formatShort } from '../../src/core/dates';
import { loadBundle } from '../harness/bundle';
import { syntheticActions } from './core-bench';

import { LATENCY } from './latency';

/** The latency model (modelled, or measured by the self-test: test/bench/latency.ts). */
export { LATENCY };

export interface SheetBenchRow {
  readonly actions: number;
  readonly setUpCalls: number;
  readonly refreshCalls: number;
  readonly refreshBulkTransfers: number;
  readonly refreshModelledSeconds: number;
  readonly refreshEmulatorMs: number;
}

export function benchSheet(sizes: readonly number[] = [100, 1_000, 10_000]): SheetBenchRow[] {
  return sizes.map((n) => {
    const bundle = loadBundle({ now: '2021-06-01T09:00:00Z' });
    bundle.call('menuSetUp');
    const rows = syntheticActions(n).map((a, i) => ACTIONS.columns.map((c) => {
      switch (c.key) {
        case 'ref': return `${String(1 + (i % 28)).padStart(2, '0')}.${String(1 + (i % 12)).padStart(2, '0')}.${i + 1}`;
        case 'meetingDate': return a.meetingDate ? formatShort(a.meetingDate) : '';
        case 'dueDate': return a.dueDate ? formatShort(a.dueDate) : '';
        case 'firstDueDate': return a.firstDueDate ? formatShort(a.firstDueDate) : '';
        case 'completedDate': return a.completedDate ? formatShort(a.completedDate) : '';
        case 'isDecision': return a.isDecision;
        case 'status': case 'overdue': case 'lastUpdated': return '';
        default: return `'${String((a as unknown as Record<string, unknown>)[c.key] ?? '')}`;
      }
    }));
    const sheet = bundle.env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Actions')!;
    if (n + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), n + 1 - sheet.getMaxRows());
    bundle.env.handles.workbook.setValues('Actions', 2, 1, rows);

    bundle.env.calls.reset();
    bundle.call('menuSetUp');
    const failed = bundle.env.handles.ui.alerts.find((a) => a.prompt.includes('went wrong'));
    if (failed) throw new Error(`Set up failed on ${n} actions: ${failed.prompt}`);
    const setUpCalls = bundle.env.calls.total('SpreadsheetApp');

    bundle.env.calls.reset();
    const t0 = process.hrtime.bigint();
    bundle.call('menuRefreshStatuses');
    const refreshEmulatorMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const calls = bundle.env.calls;
    const refreshCalls = calls.total('SpreadsheetApp');
    const refreshBulkTransfers = ['getValues', 'setValues', 'getNotes', 'setNotes'].reduce((s, m) => s + calls.count(`SpreadsheetApp.Range.${m}`), 0);
    const modelled = refreshCalls * LATENCY.spreadsheetCallMs + refreshBulkTransfers * (n / 1000) * LATENCY.per1000RowsMs;
    return { actions: n, setUpCalls, refreshCalls, refreshBulkTransfers, refreshModelledSeconds: Math.round(modelled / 100) / 10, refreshEmulatorMs: Math.round(refreshEmulatorMs) };
  });
}
