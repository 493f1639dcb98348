/**
 * The per-call latency `npm run bench` turns call counts into time with: modelled, or measured
 * on a real account by the self-test (Action Log ▸ Help ▸ Run self-test; README "Check it on
 * your own account") and passed as `npm run bench -- selftest-report.json` (or in
 * ACTION_LOG_LATENCY). Each figure the report measured replaces the modelled one; the rest stay
 * modelled, and the bench says which.
 */
import { readFileSync } from 'node:fs';
import { REPORT_FORMAT, type SelfTestReport } from '../../src/selftest/runner';

export interface Latency {
  spreadsheetCallMs: number;
  /** Extra time per 1,000 rows of a 2-D read or write, beyond the call itself. */
  per1000RowsMs: number;
  mailCallMs: number;
  /** DocumentApp, the Docs API and DriveApp. */
  docsCallMs: number;
  propertiesCallMs: number;
  lockCallMs: number;
  /** Where the figures come from, for the report. */
  source: string;
}

/** Spreadsheet figures measured by others; Mail, Docs, Properties and Lock assumed (no published figure). */
export const MODELLED: Latency = {
  spreadsheetCallMs: 80,
  per1000RowsMs: 330,
  mailCallMs: 300,
  docsCallMs: 300,
  propertiesCallMs: 50,
  lockCallMs: 50,
  source: 'modelled',
};

/** What the bench uses (the modelled figures unless `useLatency` replaced them). */
export const LATENCY: Latency = { ...MODELLED };

type Kinds = SelfTestReport['callKinds'];

function sum(kinds: Kinds, pick: (kind: string, rows: number) => boolean): { count: number; ms: number; rows: number } {
  let count = 0;
  let ms = 0;
  let rows = 0;
  for (const [kind, k] of Object.entries(kinds)) {
    if (!pick(kind, k.rows)) continue;
    count += k.count;
    ms += k.totalMs;
    rows += k.rows;
  }
  return { count, ms, rows };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The latency a self-test report measured; figures it has no calls for stay modelled. */
export function latencyFromReport(report: SelfTestReport, name = 'a self-test report'): Latency {
  if (report.format !== REPORT_FORMAT)
    throw new Error(`${name} is not a self-test report (format ${JSON.stringify(report.format)}, expected ${REPORT_FORMAT})`);
  const k = report.callKinds;
  if (Object.values(k).every((c) => c.totalMs === 0)) {
    throw new Error(`${name} timed every call at 0 ms: it was made on the emulator (whose clock stands still), not on a real account`);
  }
  const measured: string[] = [];
  const out: Latency = { ...MODELLED };
  const plain = sum(k, (kind, rows) => kind.startsWith('SpreadsheetApp.') && rows === 0);
  if (plain.count) {
    out.spreadsheetCallMs = round(plain.ms / plain.count);
    measured.push(`Spreadsheet ${out.spreadsheetCallMs} ms a call (${plain.count} calls)`);
  }
  const bulk = sum(k, (kind, rows) => kind.startsWith('SpreadsheetApp.') && rows > 0);
  if (bulk.rows) {
    out.per1000RowsMs = round((Math.max(0, bulk.ms - bulk.count * out.spreadsheetCallMs) / bulk.rows) * 1000);
    measured.push(`${out.per1000RowsMs} ms per 1,000 rows (${bulk.count} reads and writes of ${bulk.rows} rows)`);
  }
  const groups: [keyof Latency, string, (kind: string) => boolean][] = [
    ['mailCallMs', 'Mail', (kind) => kind === 'MailApp.sendEmail'],
    ['docsCallMs', 'Docs and Drive', (kind) => /^(DocumentApp|Docs|DriveApp)\./.test(kind)],
    ['propertiesCallMs', 'Properties', (kind) => kind.startsWith('PropertiesService.')],
    ['lockCallMs', 'Lock', (kind) => kind.startsWith('LockService.')],
  ];
  for (const [key, label, pick] of groups) {
    const s = sum(k, (kind) => pick(kind));
    if (!s.count) continue;
    (out[key] as number) = round(s.ms / s.count);
    measured.push(`${label} ${out[key]} ms a call (${s.count} calls)`);
  }
  out.source = `measured by the self-test on a real account on ${report.startedAt.slice(0, 10)} (${name}): ${measured.join('; ') || 'nothing'}; the rest modelled`;
  return out;
}

/** Replaces the bench's latency by what a report file measured (`file`, else ACTION_LOG_LATENCY); none: modelled. */
export function useLatency(file: string | undefined = process.env.ACTION_LOG_LATENCY): Latency {
  if (!file) return LATENCY;
  const report = JSON.parse(readFileSync(file, 'utf8')) as SelfTestReport;
  return Object.assign(LATENCY, latencyFromReport(report, file));
}
