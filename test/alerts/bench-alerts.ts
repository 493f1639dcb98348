/**
 * The daily alert run on a large board (10,000 actions, 200 officers) through the bundle and
 * the emulator: its service calls by kind, and a modelled time against Apps Script's 6-minute
 * limit. The latency model is the one in docs (engineering notes): Spreadsheet ≈ 80 ms a call
 * plus ≈ 0.33 s per 1,000 rows per batched read or write; Mail ≈ 300 ms a call (assumed: no
 * published figure); Properties and Lock ≈ 50 ms a call (assumed).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_CODE, loadBundle } from '../harness/bundle';
import { fillBoard } from './board';
import { bigBoard } from './helpers';
import { LATENCY } from '../bench/latency';

export interface AlertsBench {
  readonly actions: number;
  readonly officers: number;
  readonly digestsSent: number;
  readonly spreadsheetCalls: number;
  readonly spreadsheetByMethod: Record<string, number>;
  readonly mailCalls: number;
  readonly mailByMethod: Record<string, number>;
  readonly propertiesCalls: number;
  readonly otherCalls: Record<string, number>;
  /** Batched reads and writes of the whole Actions tab (the size term applies to these). */
  readonly bulkTransfers: number;
  readonly modelledSeconds: number;
  readonly limitSeconds: number;
  /** Wall time of the run in the emulator (the script's own CPU work, roughly). */
  readonly emulatorMs: number;
  readonly assumptions: string;
}

/** The harness finds dist/ from its own folder, which moves when run-ts bundles this file. */
const BUNDLE = existsSync(DIST_CODE) ? DIST_CODE : join(process.cwd(), 'dist', 'Code.js');

export function benchAlerts(nActions = 10_000, nOfficers = 200): AlertsBench {
  const MS = {
    spreadsheet: LATENCY.spreadsheetCallMs,
    per1000Rows: LATENCY.per1000RowsMs,
    mail: LATENCY.mailCallMs,
    properties: LATENCY.propertiesCallMs,
    lock: LATENCY.lockCallMs,
  };
  const today = '2025-03-10';
  const clerk = loadBundle({ file: BUNDLE, now: `${today}T06:00:00Z`, user: 'clerk@example.org' });
  clerk.call('menuSetUp');
  const board = bigBoard(nActions, nOfficers, today);
  fillBoard(
    clerk.env.handles.workbook,
    {
      actions: board.actions,
      officers: board.officers,
      settings: { 'Secretariat emails': 'sec@example.org', 'Alert days ahead': '7' },
    },
    clerk.env.globals.SpreadsheetApp,
  );
  clerk.env.clock.set(`${today}T07:00:00Z`);
  const run = loadBundle({ file: BUNDLE, mode: 'trigger', user: 'clerk@example.org', shareWith: clerk });
  run.env.handles.mail.setDailyQuota(1500); // Workspace; a consumer account's 100 would defer the rest to the next run
  const t0 = process.hrtime.bigint();
  run.call('runDailyAlerts');
  const emulatorMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const calls = run.env.calls;
  const spreadsheetByMethod = calls.byMethod('SpreadsheetApp');
  const mailByMethod = calls.byMethod('MailApp');
  const all = calls.byMethod('');
  const otherCalls = Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('SpreadsheetApp') && !k.startsWith('MailApp')));
  const spreadsheetCalls = calls.total('SpreadsheetApp');
  const mailCalls = calls.total('MailApp');
  const propertiesCalls = calls.total('PropertiesService');
  const lockCalls = calls.total('LockService');
  const bulkTransfers =
    calls.count('SpreadsheetApp.Range.getValues') +
    calls.count('SpreadsheetApp.Range.setValues') +
    calls.count('SpreadsheetApp.Range.getNotes') +
    calls.count('SpreadsheetApp.Range.setNotes');
  const rows = nActions / 1000;
  const modelledMs =
    spreadsheetCalls * MS.spreadsheet + bulkTransfers * rows * MS.per1000Rows + mailCalls * MS.mail + propertiesCalls * MS.properties + lockCalls * MS.lock;
  const digestsSent = run.env.handles.mail.sent.filter((m) => m.to !== 'sec@example.org').length;
  return {
    actions: nActions,
    officers: nOfficers,
    digestsSent,
    spreadsheetCalls,
    spreadsheetByMethod,
    mailCalls,
    mailByMethod,
    propertiesCalls,
    otherCalls,
    bulkTransfers,
    modelledSeconds: Math.round(modelledMs / 100) / 10,
    limitSeconds: 360,
    emulatorMs: Math.round(emulatorMs),
    assumptions:
      LATENCY.source === 'modelled'
        ? 'Spreadsheet 80 ms/call + 0.33 s per 1,000 rows per bulk transfer (measured elsewhere); Mail 300 ms/call, Properties and Lock 50 ms/call (assumed).'
        : `Spreadsheet ${MS.spreadsheet} ms/call + ${MS.per1000Rows} ms per 1,000 rows per bulk transfer; Mail ${MS.mail} ms/call, Properties ${MS.properties} and Lock ${MS.lock} ms/call: ${LATENCY.source}.`,
  };
}

export function main(): void {
  const r = benchAlerts();
  console.log(JSON.stringify(r, null, 2));
}
