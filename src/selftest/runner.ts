/**
 * The one runner of the self-test scenarios, on a real account (Help ▸ Run self-test) and on
 * the emulator (test/selftest/): makes a scratch folder and spreadsheet, runs each scenario
 * with its calls counted and timed, then moves every scratch file to the bin (and removes the
 * trigger the trigger scenario installs), whatever failed on the way. It never hands a
 * scenario the user's spreadsheet, and writes nothing to it.
 *
 * The services are handed in, and `global` is where their globals live (replaced by counted
 * ones while the scenarios run, so product code that reaches a global is counted too).
 */
import type { IsoDate } from '../core/dates';
import { removeDaily } from '../adapters/triggers';
import { CallMeter, meterGlobals, metered, type CallStats } from './meter';
import { show, type Difference, type Scenario, type ScenarioContext, type SelfTestServices } from './scenario';
import { SCENARIOS, SELFTEST_TRIGGER_HANDLER } from './scenarios';

export const REPORT_FORMAT = 'action-log-selftest/1';

export interface ScenarioResult {
  readonly id: string;
  readonly title: string;
  /** 'passed', 'failed', or 'not run' (the scratch files could not be made). */
  readonly outcome: 'passed' | 'failed' | 'not run';
  readonly checks: number;
  readonly differences: readonly Difference[];
  /** The error that stopped the scenario half way, if any. */
  readonly error?: string;
  readonly ms: number;
  /** Calls this scenario made, by kind ("SpreadsheetApp.getValues"). */
  readonly calls: CallStats;
  readonly settles?: readonly string[];
}

export interface CallKind {
  readonly count: number;
  readonly totalMs: number;
  readonly meanMs: number;
  /** Rows moved by 2-D reads and writes of this kind. */
  readonly rows: number;
}

export interface SelfTestReport {
  readonly format: typeof REPORT_FORMAT;
  readonly startedAt: string;
  readonly timeZone: string;
  readonly passed: number;
  readonly failed: number;
  readonly scenarios: readonly ScenarioResult[];
  /** Wall time of each call kind over the whole run: what `npm run bench` can take as its latency. */
  readonly callKinds: Readonly<Record<string, CallKind>>;
  /** Service globals whose calls from product code could not be counted (Apps Script refused to replace them). */
  readonly unmetered: readonly string[];
  /** Set when the scratch files could not be made (then no scenario ran). */
  readonly setupError?: string;
  readonly scratch: { readonly made: readonly string[]; readonly binned: readonly string[]; readonly notBinned: readonly string[] };
}

export interface RunOptions {
  readonly services: SelfTestServices;
  /** Where the service globals live (globalThis). */
  readonly global: Record<string, unknown>;
  /** Milliseconds, for the timings (Date.now). */
  readonly now: () => number;
  /** Today in `timeZone`. */
  readonly today: (timeZone: string) => IsoDate;
  /** Your sheet's time zone and locale, copied to the scratch spreadsheet. */
  readonly timeZone: string;
  readonly locale: string;
  /** Your sheet's id: the scratch spreadsheet must never be it. */
  readonly activeSpreadsheetId: string;
  /** Default: SCENARIOS. */
  readonly scenarios?: readonly Scenario[];
}

/** An error's message (an error from another realm, too, is not `instanceof Error` here). */
function messageOf(e: unknown): string {
  if (e !== null && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') return (e as { message: string }).message;
  return String(e);
}

export const SCOPE_HINT =
  'This deployment may open only the spreadsheet it is bound to (scope spreadsheets.currentonly), so it cannot make a scratch spreadsheet. ' +
  'Run the self-test from its own deployment in a spare spreadsheet: see "Check it on your own account" in the README.';

export function runSelfTest(options: RunOptions): SelfTestReport {
  const scenarios = options.scenarios ?? SCENARIOS;
  const meter = new CallMeter(options.now);
  const s = options.services;
  const services: SelfTestServices = {
    SpreadsheetApp: metered(s.SpreadsheetApp, 'SpreadsheetApp', meter),
    DriveApp: metered(s.DriveApp, 'DriveApp', meter),
    DocumentApp: metered(s.DocumentApp, 'DocumentApp', meter),
    Docs: s.Docs ? metered(s.Docs, 'Docs', meter, { properties: true }) : undefined,
    MailApp: metered(s.MailApp, 'MailApp', meter),
    ScriptApp: metered(s.ScriptApp, 'ScriptApp', meter),
    LockService: metered(s.LockService, 'LockService', meter),
  };
  const startedAt = new Date(options.now()).toISOString();
  const stamp = startedAt.slice(0, 19).replace('T', ' ');
  const made: string[] = [];
  const files = new Set<string>();
  const results: ScenarioResult[] = [];
  let setupError: string | undefined;
  let folder: GoogleAppsScript.Drive.Folder | undefined;
  let scratch: { binned: string[]; notBinned: string[] };
  const swap = meterGlobals(options.global, meter);
  try {
    let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
    try {
      folder = services.DriveApp.createFolder(`Action Log self-test ${stamp} (scratch, goes to the bin)`);
      made.push(`folder ${folder.getId()}`);
      try {
        ss = services.SpreadsheetApp.create(`Action Log self-test ${stamp} (scratch)`);
      } catch (e) {
        // eslint-disable-next-line preserve-caught-error -- the message carries the cause; lib es2020 has no Error cause
        throw new Error(`${messageOf(e)} ${/permission|scope|authori[sz]/i.test(messageOf(e)) ? SCOPE_HINT : ''}`.trim());
      }
      files.add(ss.getId());
      made.push(`spreadsheet ${ss.getId()}`);
      if (ss.getId() === options.activeSpreadsheetId) throw new Error('the scratch spreadsheet is your own sheet: the self-test stops here');
      services.DriveApp.getFileById(ss.getId()).moveTo(folder);
      ss.setSpreadsheetTimeZone(options.timeZone);
      ss.setSpreadsheetLocale(options.locale);
    } catch (e) {
      setupError = `The scratch files could not be made: ${messageOf(e)}`;
    }
    const shared: Record<string, unknown> = {};
    for (const scenario of scenarios) {
      if (setupError || !ss || !folder) {
        results.push({
          id: scenario.id,
          title: scenario.title,
          outcome: 'not run',
          checks: 0,
          differences: [],
          ms: 0,
          calls: {},
          ...(scenario.settles ? { settles: scenario.settles } : {}),
        });
        continue;
      }
      results.push(runOne(scenario, { ss, folder, services, shared, files, meter, timeZone: options.timeZone, today: options.today(options.timeZone) }));
    }
  } finally {
    try {
      scratch = cleanUp(services, folder, files);
    } finally {
      swap.restore();
    }
  }
  const callKinds: Record<string, CallKind> = {};
  for (const [kind, stat] of Object.entries(meter.snapshot())) {
    callKinds[kind] = { count: stat.count, totalMs: stat.ms, meanMs: Math.round((stat.ms / stat.count) * 10) / 10, rows: stat.rows };
  }
  return {
    format: REPORT_FORMAT,
    startedAt,
    timeZone: options.timeZone,
    passed: results.filter((r) => r.outcome === 'passed').length,
    failed: results.filter((r) => r.outcome !== 'passed').length,
    scenarios: results,
    callKinds,
    unmetered: swap.unmetered,
    ...(setupError ? { setupError } : {}),
    scratch: { made, ...scratch },
  };
}

interface RunState {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly folder: GoogleAppsScript.Drive.Folder;
  readonly services: SelfTestServices;
  readonly shared: Record<string, unknown>;
  readonly files: Set<string>;
  readonly meter: CallMeter;
  readonly timeZone: string;
  readonly today: IsoDate;
}

function runOne(scenario: Scenario, state: RunState): ScenarioResult {
  const differences: Difference[] = [];
  let checks = 0;
  const before = state.meter.snapshot();
  const context: ScenarioContext = {
    ss: state.ss,
    folder: state.folder,
    services: state.services,
    today: state.today,
    timeZone: state.timeZone,
    shared: state.shared,
    scratch: (id) => {
      state.files.add(id);
    },
    check(what, actual, expected) {
      checks++;
      const a = show(actual);
      const e = show(expected);
      if (a !== e) differences.push({ what, expected: e, actual: a });
    },
    calls: (kind) => state.meter.since(before)[kind]?.count ?? 0,
  };
  const t0 = state.meter.now();
  let error: string | undefined;
  try {
    scenario.run(context);
  } catch (e) {
    error = messageOf(e);
  }
  const ms = state.meter.now() - t0;
  return {
    id: scenario.id,
    title: scenario.title,
    outcome: error || differences.length ? 'failed' : 'passed',
    checks,
    differences,
    ...(error ? { error } : {}),
    ms,
    calls: state.meter.since(before),
    ...(scenario.settles ? { settles: scenario.settles } : {}),
  };
}

/**
 * Every scratch file to the bin: those recorded, and whatever else is in the scratch folder
 * (a file a scenario made before it failed), then the folder; and the self-test's trigger.
 * Each step on its own, so one failure does not keep the rest.
 */
function cleanUp(services: SelfTestServices, folder: GoogleAppsScript.Drive.Folder | undefined, files: Set<string>): { binned: string[]; notBinned: string[] } {
  const binned: string[] = [];
  const notBinned: string[] = [];
  const ids = new Set(files);
  if (folder) {
    try {
      const inFolder = folder.getFiles();
      while (inFolder.hasNext()) ids.add(inFolder.next().getId());
    } catch (e) {
      notBinned.push(`the folder's list of files (${messageOf(e)})`);
    }
  }
  for (const id of ids) {
    try {
      services.DriveApp.getFileById(id).setTrashed(true);
      binned.push(id);
    } catch (e) {
      notBinned.push(`${id} (${messageOf(e)})`);
    }
  }
  if (folder) {
    try {
      folder.setTrashed(true);
      binned.push(folder.getId());
    } catch (e) {
      notBinned.push(`folder ${folder.getId()} (${messageOf(e)})`);
    }
  }
  try {
    const removed = removeDaily(services.ScriptApp, SELFTEST_TRIGGER_HANDLER);
    if (removed) binned.push(`${removed} self-test trigger(s)`);
  } catch (e) {
    notBinned.push(`the self-test trigger (${messageOf(e)})`);
  }
  return { binned, notBinned };
}

export { show };
