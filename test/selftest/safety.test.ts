/**
 * The self-test never touches the user's own sheet, and whatever fails, its scratch files go to
 * the bin: run through the bundle's menu item on the emulator, with failures injected by
 * breaking a service the way a real account might (an API refusing, a call throwing half way).
 */
import { GOOGLE_SHEETS } from '../emulator/docs/drive';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { bundleCode } from '../capture/helpers';
import { loadSampleBoard } from '../fixtures/load-sample';
import type { SelfTestReport } from '../../src/selftest/runner';
import { SCENARIOS, SELFTEST_TRIGGER_HANDLER } from '../../src/selftest/scenarios';
import { runSelfTestMenu } from './helpers';

/** A board in use: set up, the sample board typed in, statuses refreshed, alerts installed. */
function boardInUse(): LoadedBundle {
  const bundle = loadBundle({ code: bundleCode(), now: '2010-03-10T10:00:00Z' });
  bundle.call('menuSetUp');
  loadSampleBoard(bundle.env.handles.workbook);
  bundle.call('menuRefreshStatuses');
  bundle.env.handles.ui.answerPrompt('example.org');
  bundle.call('menuInstallAlerts');
  bundle.env.handles.workbook.setActiveCell('Actions', 5, 3);
  return bundle;
}

/** Everything of the user's the self-test could reach: every tab in full, the stores, triggers, mail, Drive. */
function everything(bundle: LoadedBundle) {
  const { workbook, properties, scriptApp, mail, docs } = bundle.env.handles;
  return {
    tabs: workbook.sheetNames().map((name) => workbook.sheet(name)),
    name: workbook.name,
    timeZone: workbook.timeZone,
    documentProperties: [...properties.stores.document],
    scriptProperties: [...properties.stores.script],
    userProperties: [...properties.user],
    triggers: scriptApp.triggers.map((t) => ({ ...t })),
    mail: mail.sent.length,
    activeSheet: bundle.context.SpreadsheetApp.getActiveSheet().getName(),
    activeCell: bundle.context.SpreadsheetApp.getActiveRange().getA1Notation(),
    drive: docs.files().map((f) => ({ ...f })),
  };
}

function scratchIds(report: SelfTestReport): { folder: string; spreadsheet: string } {
  const id = (kind: string) => report.scratch.made.find((m) => m.startsWith(`${kind} `))?.slice(kind.length + 1) ?? '';
  return { folder: id('folder'), spreadsheet: id('spreadsheet') };
}

/** Every file the run made is in the bin, and so is the scratch folder; the self-test trigger is gone. */
function expectAllBinned(bundle: LoadedBundle, report: SelfTestReport, filesBefore: number): void {
  const { docs, scriptApp } = bundle.env.handles;
  const made = docs.files().slice(filesBefore);
  expect(made.length).toBeGreaterThan(0);
  expect(made.filter((f) => !f.trashed).map((f) => f.name)).toEqual([]);
  const { folder } = scratchIds(report);
  expect(docs.folder(folder).trashed).toBe(true);
  expect(scriptApp.byHandler(SELFTEST_TRIGGER_HANDLER)).toEqual([]);
  expect(report.scratch.notBinned).toEqual([]);
}

describe('the self-test and your own sheet', () => {
  it('leaves the active spreadsheet, its properties, triggers and Drive exactly as it found them', () => {
    const bundle = boardInUse();
    const before = everything(bundle);
    const filesBefore = bundle.env.handles.docs.files().length;
    expect(before.triggers.length).toBe(1);
    expect(before.tabs.find((t) => t.name === 'Actions')!.values.length).toBeGreaterThan(10);

    const { report } = runSelfTestMenu(bundle);
    expect(report.passed).toBe(SCENARIOS.length);

    const after = everything(bundle);
    // Drive: the user's own files unchanged; every new one is the self-test's, and binned.
    expect(after.drive.slice(0, filesBefore)).toEqual(before.drive);
    expect({ ...after, drive: [] }).toEqual({ ...before, drive: [] });
    expectAllBinned(bundle, report, filesBefore);
  });

  it('works on a scratch spreadsheet of its own, filed in its scratch folder', () => {
    const bundle = boardInUse();
    const { report } = runSelfTestMenu(bundle);
    const { folder, spreadsheet } = scratchIds(report);
    const file = bundle.env.handles.docs.file(spreadsheet);
    expect(spreadsheet).not.toBe(bundle.env.handles.workbook.id);
    expect(file.mimeType).toBe(GOOGLE_SHEETS);
    expect(file.folderId).toBe(folder);
    expect(file.trashed).toBe(true);
    // A template and a paper for each of the three papers, and the replaceText Doc, all in the scratch folder.
    const docsMade = bundle.env.handles.docs.filesIn(folder).filter((f) => f.mimeType !== GOOGLE_SHEETS);
    expect(docsMade.map((f) => f.name).sort()).toEqual(
      [
        'Action Log self-test – replaceText (scratch)',
        'Action Log – template',
        'Agenda – template',
        'Draft Minutes – template',
        'Self-test Board – Action Log – 7 April 2010',
        'Self-test Board – Agenda – 7 April 2010',
        'Self-test Board – Draft Minutes – 24 February 2010',
      ].sort(),
    );
  });
});

describe('the menu and the trigger', () => {
  it('Action Log ▸ Help ▸ Run self-test is in the menu', () => {
    const bundle = boardInUse();
    bundle.call('onOpen');
    const entries = bundle.env.handles.ui.menus.at(-1)!.entries;
    expect(entries.find((e) => e.kind === 'submenu' && e.caption === 'Help')).toEqual({
      kind: 'submenu',
      caption: 'Help',
      entries: [{ kind: 'item', caption: 'Run self-test', functionName: 'menuRunSelfTest' }],
    });
  });

  it("the self-test's trigger, should it ever fire, removes itself and nothing else", () => {
    const bundle = boardInUse();
    (bundle.context.ScriptApp as GoogleAppsScript.Script.ScriptApp).newTrigger(SELFTEST_TRIGGER_HANDLER).timeBased().everyDays(1).atHour(3).create();
    expect(bundle.env.handles.scriptApp.byHandler(SELFTEST_TRIGGER_HANDLER).length).toBe(1);
    const fired = loadBundle({ code: bundleCode(), mode: 'trigger', shareWith: bundle });
    fired.call(SELFTEST_TRIGGER_HANDLER);
    expect(bundle.env.handles.scriptApp.byHandler(SELFTEST_TRIGGER_HANDLER)).toEqual([]);
    expect(bundle.env.handles.scriptApp.byHandler('runDailyAlerts').length).toBe(1);
    expect(fired.env.handles.mail.sent.length).toBe(0);
  });
});

describe('a scenario failing half way still cleans up', () => {
  it('the Docs API refusing: the paper scenarios fail with the reason, the others pass, every scratch file is binned', () => {
    const bundle = boardInUse();
    const filesBefore = bundle.env.handles.docs.files().length;
    const before = everything(bundle);
    const context = bundle.context as Record<string, unknown>;
    const real = context.Docs as { Documents: object };
    context.Docs = {
      Documents: new Proxy(real.Documents, {
        get: (o, p) =>
          p === 'get'
            ? () => {
                throw new Error('Docs API has not been used in project 123 before or it is disabled.');
              }
            : Reflect.get(o, p),
      }),
    };

    const { report, title } = runSelfTestMenu(bundle);
    const failed = report.scenarios.filter((s) => s.outcome === 'failed').map((s) => s.id);
    expect(failed).toEqual(['paper-action-log', 'paper-agenda', 'paper-minutes']);
    expect(report.scenarios.find((s) => s.id === 'paper-agenda')!.error).toMatch(/Docs API has not been used/);
    // The action log fell back to colouring cell by cell: a difference, with what was expected and what came.
    expect(report.scenarios.find((s) => s.id === 'paper-action-log')!.differences).toEqual([
      { what: 'the rows are coloured in one Docs API call', expected: '"docs-api"', actual: '"per-cell"' },
    ]);
    expect(title).toBe(`Action Log self-test: ${SCENARIOS.length - 3} of ${SCENARIOS.length} passed`);
    expectAllBinned(bundle, report, filesBefore);
    expect({ ...everything(bundle), drive: [] }).toEqual({ ...before, drive: [] });
  });

  it('a trigger call throwing after the trigger was made: the runner still removes the trigger', () => {
    const bundle = boardInUse();
    const filesBefore = bundle.env.handles.docs.files().length;
    const context = bundle.context as Record<string, unknown>;
    const real = context.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    let deletes = 0;
    context.ScriptApp = new Proxy(real, {
      get: (o, p) =>
        p === 'deleteTrigger'
          ? (t: GoogleAppsScript.Script.Trigger) => {
              if (++deletes === 1) throw new Error('Service error: ScriptApp');
              return real.deleteTrigger(t);
            }
          : Reflect.get(o, p),
    });
    const { report } = runSelfTestMenu(bundle);
    const trigger = report.scenarios.find((s) => s.id === 'trigger')!;
    expect(trigger.outcome).toBe('failed');
    expect(trigger.error).toBe('Service error: ScriptApp');
    expect(bundle.env.handles.scriptApp.byHandler(SELFTEST_TRIGGER_HANDLER)).toEqual([]);
    expect(report.scratch.binned).toContain('1 self-test trigger(s)');
    expect(bundle.env.handles.scriptApp.byHandler('runDailyAlerts').length).toBe(1);
    expectAllBinned(bundle, report, filesBefore);
  });

  it('the scratch spreadsheet refusing a setting: no scenario runs, the folder and spreadsheet made so far are binned', () => {
    const bundle = boardInUse();
    const filesBefore = bundle.env.handles.docs.files().length;
    const context = bundle.context as Record<string, unknown>;
    const real = context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    context.SpreadsheetApp = new Proxy(real, {
      get: (o, p) =>
        p === 'create'
          ? (name: string) =>
              new Proxy(real.create(name), {
                get: (s, q) =>
                  q === 'setSpreadsheetLocale'
                    ? () => {
                        throw new Error('Invalid locale');
                      }
                    : Reflect.get(s, q),
              })
          : Reflect.get(o, p),
    });
    const { report } = runSelfTestMenu(bundle);
    expect(report.setupError).toBe('The scratch files could not be made: Invalid locale');
    expect(report.scenarios.map((s) => s.outcome)).toEqual(SCENARIOS.map(() => 'not run'));
    expect(report.passed).toBe(0);
    expectAllBinned(bundle, report, filesBefore);
    expect(
      bundle.env.handles.docs
        .files()
        .slice(filesBefore)
        .map((f) => f.mimeType),
    ).toEqual([GOOGLE_SHEETS]);
  });

  it('without the scope to make a spreadsheet: says why and where to run it instead, and bins the folder', () => {
    const bundle = boardInUse();
    const context = bundle.context as Record<string, unknown>;
    const real = context.SpreadsheetApp as object;
    context.SpreadsheetApp = new Proxy(real, {
      get: (o, p) =>
        p === 'create'
          ? () => {
              throw new Error('You do not have permission to call SpreadsheetApp.create. Required permissions: https://www.googleapis.com/auth/spreadsheets');
            }
          : Reflect.get(o, p),
    });
    const folders = () => bundle.env.handles.docs.files().length;
    const filesBefore = folders();
    const { report } = runSelfTestMenu(bundle);
    expect(report.setupError).toMatch(
      /^The scratch files could not be made: You do not have permission to call SpreadsheetApp\.create\..*spreadsheets\.currentonly.*"Check it on your own account" in the README\.$/,
    );
    expect(report.scratch.made.length).toBe(1);
    expect(bundle.env.handles.docs.folder(scratchIds(report).folder).trashed).toBe(true);
    expect(folders()).toBe(filesBefore);
  });
});
