/** The bench's latency from a self-test report: measured figures replace the modelled ones, the rest stay. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LATENCY, latencyFromReport, MODELLED, useLatency } from './latency';
import { REPORT_FORMAT, type SelfTestReport } from '../../src/selftest/runner';
import { loadBundle } from '../harness/bundle';
import { bundleCode } from '../capture/helpers';
import { runSelfTestMenu } from '../selftest/helpers';

function report(callKinds: SelfTestReport['callKinds']): SelfTestReport {
  return {
    format: REPORT_FORMAT,
    startedAt: '2026-12-02T10:00:00.000Z',
    timeZone: 'Europe/London',
    passed: 13,
    failed: 0,
    scenarios: [],
    callKinds,
    unmetered: [],
    scratch: { made: [], binned: [], notBinned: [] },
  };
}

const measured = report({
  'SpreadsheetApp.getRange': { count: 30, totalMs: 1200, meanMs: 40, rows: 0 },
  'SpreadsheetApp.setNumberFormat': { count: 10, totalMs: 800, meanMs: 80, rows: 0 },
  // 20 bulk calls moving 4,000 rows in 2,000 ms: 20 × 50 ms is the call, the rest the rows.
  'SpreadsheetApp.getValues': { count: 12, totalMs: 1400, meanMs: 116.7, rows: 3000 },
  'SpreadsheetApp.setValues': { count: 8, totalMs: 600, meanMs: 75, rows: 1000 },
  'DocumentApp.openById': { count: 4, totalMs: 1600, meanMs: 400, rows: 0 },
  'Docs.Documents.get': { count: 2, totalMs: 400, meanMs: 200, rows: 0 },
  'DriveApp.getFileById': { count: 4, totalMs: 600, meanMs: 150, rows: 0 },
  'LockService.getDocumentLock': { count: 2, totalMs: 60, meanMs: 30, rows: 0 },
  'MailApp.getRemainingDailyQuota': { count: 1, totalMs: 90, meanMs: 90, rows: 0 },
});

describe('latency from a self-test report', () => {
  it('takes the mean of each kind of call it measured', () => {
    const l = latencyFromReport(measured, 'selftest-report.json');
    expect(l.spreadsheetCallMs).toBe(50); // 2,000 ms over 40 plain calls
    expect(l.per1000RowsMs).toBe(250); // (2,000 − 20 × 50) ms over 4,000 rows
    expect(l.docsCallMs).toBe(260); // 2,600 ms over 10 Docs, Docs API and Drive calls
    expect(l.lockCallMs).toBe(30);
    expect(l.source).toMatch(/^measured by the self-test on a real account on 2026-12-02 \(selftest-report\.json\): Spreadsheet 50 ms a call/);
  });

  it('keeps the modelled figures it has no calls for: the self-test never sends mail nor uses properties', () => {
    const l = latencyFromReport(measured);
    expect(l.mailCallMs).toBe(MODELLED.mailCallMs);
    expect(l.propertiesCallMs).toBe(MODELLED.propertiesCallMs);
  });

  it('refuses what is not a self-test report, and a report made on the emulator', () => {
    expect(() => latencyFromReport({ ...measured, format: 'x' } as unknown as SelfTestReport, 'f.json')).toThrow('f.json is not a self-test report');
    const bundle = loadBundle({ code: bundleCode(), now: '2010-03-10T10:00:00Z' });
    const { report: onEmulator } = runSelfTestMenu(bundle);
    expect(() => latencyFromReport(onEmulator, 'emu.json')).toThrow('emu.json timed every call at 0 ms: it was made on the emulator');
  });

  it("npm run bench -- FILE: replaces the bench's latency by the file's", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'latency-')), 'selftest-report.json');
    writeFileSync(file, JSON.stringify(measured));
    const saved = { ...LATENCY };
    try {
      expect(useLatency(undefined)).toEqual(MODELLED);
      useLatency(file);
      expect(LATENCY.spreadsheetCallMs).toBe(50);
      expect(LATENCY.per1000RowsMs).toBe(250);
    } finally {
      Object.assign(LATENCY, saved);
    }
  });
});
