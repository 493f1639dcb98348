/**
 * `npm run bench`: service calls per operation (counted by the emulator) with a modelled time
 * against Apps Script's limits, the pure core's time on large logs, and the bundle's size and
 * load time. Prints a report and keeps it in test/bench/RESULTS.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAlerts } from '../alerts/bench-alerts';
import { benchCapture, type CaptureCount } from '../capture/bench-capture';
import { ROOT, loadBundle } from '../harness/bundle';
import { benchPapers } from '../papers/bench-papers';
import { benchImport } from '../import/bench-import';
import { benchBundle, benchCore } from './core-bench';
import { benchSheet } from './sheet-bench';
import { LATENCY, useLatency } from './latency';

type Bench = () => string[];

/** onOpen is a simple trigger (30 s): it builds the menu and reads one document property. */
function onOpenLine(): string {
  const bundle = loadBundle({});
  bundle.call('menuSetUp');
  bundle.env.calls.reset();
  bundle.call('onOpen');
  const spreadsheet = bundle.env.calls.total('SpreadsheetApp');
  const properties = bundle.env.calls.total('PropertiesService');
  const modelled = ((spreadsheet + properties) * LATENCY.spreadsheetCallMs) / 1000;
  return `onOpen: ${spreadsheet} SpreadsheetApp/Ui calls (menu items) and ${properties} PropertiesService calls, no sheet reads; modelled ${modelled.toFixed(1)} s against the 30 s simple-trigger limit (counting each menu call as a service call, which overstates it).`;
}

function table(header: string[], rows: (string | number)[][]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

const sections: [string, Bench][] = [
  ['Bundle', () => {
    const b = benchBundle(ROOT);
    return [`dist/Code.js: ${(b.bytes / 1024).toFixed(1)} KB minified (aim ≤ 100 KB); evaluated in a fresh vm context in ${b.loadMs.toFixed(2)} ms (median of 10).`];
  }],
  ['Core', () => {
    const c = benchCore();
    return [`Status of 10,000 actions: ${c.statusOf10000Ms.toFixed(2)} ms. Next 200 references among 10,000: ${c.refsFor200Ms.toFixed(2)} ms (medians of 5).`];
  }],
  ['Set up and status refresh (Spreadsheet calls)', () => {
    const rows = benchSheet();
    return [
      ...table(['actions', 'Set up calls', 'refresh calls', 'of which bulk reads/writes', 'refresh modelled', 'limit', 'emulator ms'],
        rows.map((r) => [r.actions, r.setUpCalls, r.refreshCalls, r.refreshBulkTransfers, `${r.refreshModelledSeconds} s`, '360 s (menu item)', r.refreshEmulatorMs])),
      '',
      onOpenLine(),
      '',
      'Set up makes one call per column setting (width, format, validation), never per row; on a sheet grown past 1,000 rows it also re-protects the owned columns to the new last row (about 20 calls more).',
    ];
  }],
  ['Capture (Spreadsheet calls)', () => {
    const c = benchCapture();
    const bulk = (r: CaptureCount) => ['getValues', 'setValues', 'getNotes', 'setNotes'].reduce((n, m) => n + (r.byMethod[`SpreadsheetApp.Range.${m}`] ?? 0), 0);
    const modelled = (r: CaptureCount, rows: number) => `${Math.round((r.spreadsheetCalls * LATENCY.spreadsheetCallMs + bulk(r) * (rows / 1000) * LATENCY.per1000RowsMs) / 100) / 10} s`;
    return [
      ...table(['operation', 'Spreadsheet calls', 'of which bulk reads/writes', 'modelled', 'limit'], [
        ['Save 1 action', c.saveActions1.spreadsheetCalls, bulk(c.saveActions1), modelled(c.saveActions1, 300), '360 s'],
        ['Save 20 actions', c.saveActions20.spreadsheetCalls, bulk(c.saveActions20), modelled(c.saveActions20, 300), '360 s'],
        ['Save 200 actions', c.saveActions200.spreadsheetCalls, bulk(c.saveActions200), modelled(c.saveActions200, 500), '360 s'],
        ['onEdit: paste of 1,000 rows', c.onEditPaste1000.spreadsheetCalls, bulk(c.onEditPaste1000), modelled(c.onEditPaste1000, 1000), '30 s (simple trigger)'],
      ]),
      '',
      'Saves are measured with 300 rows already in the log; 20 and 200 include the second write of the actions that report back to the forward plan.',
    ];
  }],
  ['Import…: a 5,000-row Word action log', () => {
    const i = benchImport(5000);
    const modelled = (i.commitCalls * LATENCY.spreadsheetCallMs + i.commitBulk * (i.rows / 1000) * LATENCY.per1000RowsMs) / 1000;
    return [
      `Preview: ${i.previewCalls} Spreadsheet calls (writes nothing). Import: ${i.commitCalls} Spreadsheet calls, of which ${i.commitBulk} bulk reads/writes (one write per tab), adding ${i.added} actions; modelled ${modelled.toFixed(1)} s against the 360 s menu limit. Emulator wall time of the import: ${i.commitEmulatorMs} ms.`,
      `Core (reading the Word HTML and planning every row: headings, page breaks, references, dates in commentary, people, de-duplication): ${i.coreMs.toFixed(0)} ms (median of 3).`,
    ];
  }],
  ['Daily alert run: 10,000 actions, 200 officers', () => {
    const a = benchAlerts();
    return [
      `Spreadsheet calls: ${a.spreadsheetCalls} (bulk transfers ${a.bulkTransfers}); Mail calls: ${a.mailCalls} for ${a.digestsSent} digests + the summary; Properties calls: ${a.propertiesCalls}.`,
      `Modelled: ${a.modelledSeconds} s against the 360 s trigger limit. Emulator wall time: ${a.emulatorMs} ms.`,
      `Model: ${a.assumptions}`,
    ];
  }],
  ['Papers: an action log through the menu (every service)', () => {
    const p = benchPapers();
    const bulk = (r: (typeof p.results)[number]) => r.bulkTransfers;
    return [
      ...table(['rows', 'Docs API', 'paper', 'Spreadsheet', 'DocumentApp', 'Docs API calls', 'DriveApp', 'other (HtmlService, Utilities, …)', 'modelled', 'limit', 'emulator ms'],
        p.results.map((r) => {
          const s = r.byService;
          const other = r.total - (s.SpreadsheetApp ?? 0) - (s.DocumentApp ?? 0) - (s.Docs ?? 0) - (s.DriveApp ?? 0);
          const ms = (s.SpreadsheetApp ?? 0) * LATENCY.spreadsheetCallMs + bulk(r) * (r.rows / 1000) * LATENCY.per1000RowsMs + r.docsAndDrive * LATENCY.docsCallMs;
          return [r.rows, r.docsApi ? 'on' : 'off', r.again ? (r.docsApi ? 'made again (updated)' : 'made again (replaced)') : 'new', s.SpreadsheetApp ?? 0, s.DocumentApp ?? 0, s.Docs ?? 0, s.DriveApp ?? 0, other, `${Math.round(ms / 100) / 10} s`, '360 s (menu item)', r.emulatorMs];
        })),
      '',
      `The real menu path on the bundle: the workbook read, the meeting prompt, the paper, the dialog. Creating the default template on first use: ${p.templateCreation} calls more. "modelled" counts Spreadsheet calls at ${LATENCY.spreadsheetCallMs} ms (plus bulk transfers by rows) and Docs and Drive calls at ${LATENCY.docsCallMs} ms; HtmlService, Ui and Utilities calls are listed but not timed. With the Docs API off, the row colours are left out when they do not fit (the dialog says so; each row's status is in words).`,
    ];
  }],
];

/** `npm run bench -- selftest-report.json`: the latency measured by the self-test on a real account (test/bench/latency.ts). */
export function main(args: readonly string[] = []): void {
  useLatency(args[0] ?? process.env.ACTION_LOG_LATENCY);
  const model = LATENCY.source === 'modelled'
    ? `times marked "modelled" use the latency model of the engineering notes: Spreadsheet ${LATENCY.spreadsheetCallMs} ms a call plus ${LATENCY.per1000RowsMs} ms per 1,000 rows per bulk read or write (measured by others); Mail and Docs ${LATENCY.mailCallMs} ms a call (assumed, no published figure).`
    : `times marked "modelled" use Spreadsheet ${LATENCY.spreadsheetCallMs} ms a call plus ${LATENCY.per1000RowsMs} ms per 1,000 rows per bulk read or write, Mail ${LATENCY.mailCallMs} ms and Docs ${LATENCY.docsCallMs} ms a call: ${LATENCY.source}.`;
  const out: string[] = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}). Service calls are counted by the emulator;`,
    model,
  ];
  for (const [title, run] of sections) {
    const t0 = Date.now();
    const lines = run();
    out.push('', `## ${title}`, '', ...lines);
    console.error(`${title}: ${Date.now() - t0} ms`);
  }
  const text = `${out.join('\n')}\n`;
  console.log(text);
  writeFileSync(join(ROOT, 'test/bench/RESULTS.md'), text);
}
