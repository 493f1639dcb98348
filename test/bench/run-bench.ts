/**
 * `npm run bench`: every operation through the built bundle (menu items, `google.script.run`
 * targets, onOpen/onEdit, the daily trigger) at 100, 1,000, 10,000 and 50,000 actions, each
 * counted at the vm boundary (every service, and rows moved per transfer), turned into a
 * modelled time against the Apps Script limit that applies; the papers' renderer on its own;
 * the pure core; the bundle's size and evaluation time. Prints a report and keeps it in
 * test/bench/RESULTS.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness/bundle';
import { benchPapers } from '../papers/bench-papers';
import { benchImport } from '../import/bench-import';
import { benchBundle, benchCore } from './core-bench';
import { makeBoard, MODEL, OPERATIONS, SERVICES, type Measured, type OperationName } from './operations';
import { LATENCY, useLatency } from './latency';

const SIZES = [100, 1_000, 10_000, 50_000];
const SHORT: Record<string, string> = {
  SpreadsheetApp: 'Sheets',
  DocumentApp: 'Docs',
  Docs: 'Docs API',
  DriveApp: 'Drive',
  MailApp: 'Mail',
  PropertiesService: 'Props',
  LockService: 'Lock',
  Utilities: 'Utils',
  HtmlService: 'Html',
  ScriptApp: 'Script',
  Session: 'Session',
};

function table(header: string[], rows: (string | number)[][]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

const n = (x: number) => x.toLocaleString('en-GB');

function services(m: Measured): string {
  return SERVICES.filter((s) => m.calls[s])
    .map((s) => `${SHORT[s]} ${m.calls[s]}`)
    .join(' · ');
}

function row(m: Measured): (string | number)[] {
  const within = m.modelledSeconds <= m.limitSeconds ? 'yes' : '**no**';
  return [
    OPERATIONS[m.operation as OperationName].label,
    services(m),
    n(m.rowsMoved),
    n(m.largestTransfer),
    `${m.modelledSeconds} s`,
    `${m.limitSeconds} s`,
    within,
    m.emulatorMs,
  ];
}

/** Digests a day can carry: the quota less one for the secretariat's summary. */
function daysFor(digests: number, quota: number): number {
  return digests === 0 ? 1 : Math.ceil(digests / Math.max(1, quota - 1));
}

/** The latency the self-test measured on a real account replaces the model's figures it has (test/bench/latency.ts). */
function applyLatency(): void {
  if (LATENCY.source === 'modelled') return;
  MODEL.msPerCall.SpreadsheetApp = LATENCY.spreadsheetCallMs;
  MODEL.msPerRowMoved = LATENCY.per1000RowsMs / 1000;
  for (const s of ['DocumentApp', 'Docs', 'DriveApp']) MODEL.msPerCall[s] = LATENCY.docsCallMs;
  MODEL.msPerCall.MailApp = LATENCY.mailCallMs;
  MODEL.msPerCall.PropertiesService = LATENCY.propertiesCallMs;
  MODEL.msPerCall.LockService = LATENCY.lockCallMs;
}

/**
 * `npm run bench` (every size), `npm run bench -- 100 1000` (those sizes, report not kept), and
 * `npm run bench -- selftest-report.json` (or ACTION_LOG_LATENCY): the latency the self-test
 * measured on a real account instead of the model.
 */
export function main(args: string[] = []): void {
  const report = args.find((a) => !/^\d+$/.test(a));
  useLatency(report ?? process.env.ACTION_LOG_LATENCY);
  applyLatency();
  const numeric = args.filter((a) => /^\d+$/.test(a));
  const sizes = numeric.length ? numeric.map(Number) : SIZES;
  const out: string[] = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}). Every operation runs through the built bundle`,
    'in a fresh vm context per execution, the way Apps Script runs it, and every call it makes on a service object is counted',
    "where it crosses the vm boundary (test/harness/boundary.ts), independently of the emulator's own counter (the two are",
    'compared below), with the rows each Spreadsheet transfer moves.',
    '',
    `**Latency model.** Spreadsheet: ${MODEL.msPerCall.SpreadsheetApp} ms a call plus ${MODEL.msPerRowMoved * 1000} ms per 1,000 rows moved (published measurements of`,
    `batched reads and writes). Assumed (no published figure): Docs, Docs API, Drive, Mail and ScriptApp ${MODEL.msPerCall.MailApp} ms a call;`,
    `Properties and Lock ${MODEL.msPerCall.PropertiesService} ms a call; Utilities, Session and HtmlService run in the script's own process (counted, modelled at 0).`,
    'Limits: 30 s for onOpen/onEdit (simple triggers), 6 min (360 s) for a menu item, a dialog call or a trigger.',
    ...(LATENCY.source === 'modelled' ? [] : ['', `**Measured latency.** These figures replace the model's: ${LATENCY.source}.`]),
  ];
  const section = (title: string, lines: string[]) => out.push('', `## ${title}`, '', ...lines);

  const b = benchBundle(ROOT);
  section('Bundle', [
    `dist/Code.js: ${(b.bytes / 1024).toFixed(1)} KB minified (budget 150 KB, with the import and recommendations to come); evaluated (compiled and its top level run) in a fresh vm context in ${b.loadMs.toFixed(1)} ms (median of 20; fastest ${b.fastestMs.toFixed(1)} ms; budget 15 ms), the source made new each time so no compile cache is used. The machine running the bench was shared, so the fastest run is the better guide.`,
  ]);

  const c = benchCore();
  section('Core', [
    `Status of 10,000 actions: ${c.statusOf10000Ms.toFixed(2)} ms. Next 200 references among 10,000: ${c.refsFor200Ms.toFixed(2)} ms (medians of 5).`,
  ]);

  const mismatches: string[] = [];
  const dailyRuns: { actions: number; officers: number; m: Measured }[] = [];
  for (const size of sizes) {
    const t0 = Date.now();
    const board = makeBoard(size);
    const results = (Object.keys(OPERATIONS) as OperationName[]).map((name) => OPERATIONS[name].run(board));
    for (const m of results) {
      const boundary = Object.values(m.calls).reduce((a, x) => a + x, 0);
      if (boundary !== m.emulatorCalls) mismatches.push(`${m.operation} at ${size}: boundary ${boundary}, emulator ${m.emulatorCalls}`);
    }
    const daily = results.find((m) => m.operation === 'dailyRun')!;
    dailyRuns.push({ actions: size, officers: board.officers, m: daily });
    section(
      `${n(size)} actions, ${board.officers} officers`,
      table(['operation', 'calls by service', 'rows moved', 'largest transfer', 'modelled', 'limit', 'within', 'emulator ms'], results.map(row)),
    );
    console.error(`${n(size)} actions: ${Date.now() - t0} ms`);
  }
  if (sizes.includes(50_000)) {
    const board = makeBoard(50_000, 1_000);
    const m = OPERATIONS.dailyRun.run(board);
    dailyRuns.push({ actions: 50_000, officers: 1_000, m });
    section(
      '50,000 actions, 1,000 officers: the daily run',
      table(['operation', 'calls by service', 'rows moved', 'largest transfer', 'modelled', 'limit', 'within', 'emulator ms'], [row(m)]),
    );
  }

  section('Daily run and the mail quota', [
    ...table(
      ['actions', 'officers', 'digests due', 'Properties calls', 'days to send them all: consumer (100 a day)', 'Workspace (1,500 a day)'],
      dailyRuns.map(({ actions, officers, m }) => {
        const digests = Number(/(\d+) digests/.exec(m.note ?? '')?.[1] ?? 0);
        return [n(actions), n(officers), digests, m.calls.PropertiesService ?? 0, daysFor(digests, 100), daysFor(digests, 1500)];
      }),
    ),
    '',
    'Each run sends what the quota allows (keeping one for the summary) and the rest the next day; the Properties calls stay the same whatever the number of officers (the sent log is read once and written twice a run).',
  ]);

  const p = benchPapers();
  section('Papers: an action log through the menu (every service)', [
    ...table(
      [
        'rows',
        'Docs API',
        'paper',
        'Spreadsheet',
        'DocumentApp',
        'Docs API calls',
        'DriveApp',
        'other (HtmlService, Utilities, …)',
        'modelled',
        'limit',
        'emulator ms',
      ],
      p.results.map((r) => {
        const c = r.byService;
        const other = r.total - (c.SpreadsheetApp ?? 0) - (c.DocumentApp ?? 0) - (c.Docs ?? 0) - (c.DriveApp ?? 0);
        const ms =
          (c.SpreadsheetApp ?? 0) * MODEL.msPerCall.SpreadsheetApp! +
          r.bulkTransfers * r.rows * MODEL.msPerRowMoved +
          r.docsAndDrive * MODEL.msPerCall.DocumentApp!;
        return [
          r.rows,
          r.docsApi ? 'on' : 'off',
          r.again ? (r.docsApi ? 'made again (updated)' : 'made again (replaced)') : 'new',
          c.SpreadsheetApp ?? 0,
          c.DocumentApp ?? 0,
          c.Docs ?? 0,
          c.DriveApp ?? 0,
          other,
          `${Math.round(ms / 100) / 10} s`,
          '360 s (menu item)',
          r.emulatorMs,
        ];
      }),
    ),
    '',
    `The real menu path on the bundle: the workbook read, the paper dialog, the paper. Creating the default template on first use: ${p.templateCreation} calls more. "modelled" counts Spreadsheet calls at ${MODEL.msPerCall.SpreadsheetApp} ms (plus rows moved by bulk transfers) and Docs and Drive calls at ${MODEL.msPerCall.DocumentApp} ms; HtmlService, Ui and Utilities calls are listed but not timed. With the Docs API off, the row colours are left out when they do not fit (the dialog says so; each row's status is in words).`,
  ]);

  const i = benchImport(5000);
  const importModelled = (i.commitCalls * MODEL.msPerCall.SpreadsheetApp! + i.commitBulk * i.rows * MODEL.msPerRowMoved) / 1000;
  section('Import…: a 5,000-row Word action log', [
    `Preview: ${i.previewCalls} Spreadsheet calls (writes nothing). Import: ${i.commitCalls} Spreadsheet calls, of which ${i.commitBulk} bulk reads/writes (one write per tab), adding ${i.added} actions; modelled ${importModelled.toFixed(1)} s against the 360 s menu limit. Emulator wall time of the import: ${i.commitEmulatorMs} ms.`,
    `Core (reading the Word HTML and planning every row: headings, page breaks, references, dates in commentary, people, de-duplication): ${i.coreMs.toFixed(0)} ms (median of 3).`,
  ]);

  section('Cross-check', [
    mismatches.length
      ? `The boundary counter and the emulator's own counter differ: ${mismatches.join('; ')}.`
      : "For every operation at every size the boundary counter and the emulator's own counter agree on the number of calls.",
  ]);

  const text = `${out.join('\n')}\n`;
  console.log(text);
  if (!numeric.length) writeFileSync(join(ROOT, 'test/bench/RESULTS.md'), text);
}
