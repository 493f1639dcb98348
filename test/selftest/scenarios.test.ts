/**
 * `npm test` runs every self-test scenario on the emulator: the same list (src/selftest/
 * scenarios.ts) and the same runner the product runs on a real account, reached the same way
 * (Help ▸ Run self-test in the built bundle). Each scenario must pass here; on a real account
 * a difference shows up as a failing line of the report.
 */
import { SCENARIOS } from '../../src/selftest/scenarios';
import { loadBundle } from '../harness/bundle';
import { bundleCode } from '../capture/helpers';
import { failureText, runSelfTestMenu } from './helpers';

const bundle = loadBundle({ code: bundleCode(), now: '2010-03-10T10:00:00Z' });
bundle.env.calls.reset();
const { report, title } = runSelfTestMenu(bundle);

describe('the self-test on the emulator', () => {
  it('ran every scenario of the one list, in order', () => {
    expect(report.scenarios.map((s) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
    expect(report.setupError).toBeUndefined();
  });

  it.each(SCENARIOS.map((s) => [s.id]))('scenario %s passes', (id) => {
    const result = report.scenarios.find((s) => s.id === id)!;
    expect(failureText(report, id)).toBe('');
    expect(result.outcome).toBe('passed');
    expect(result.checks).toBeGreaterThan(0);
  });

  it('counts the calls exactly as the emulator does: every call of the run, service by service', () => {
    const counted: Record<string, number> = {};
    for (const [kind, stat] of Object.entries(report.callKinds)) {
      const service = kind.split('.')[0]!;
      counted[service] = (counted[service] ?? 0) + stat.count;
    }
    const services = ['Docs', 'DocumentApp', 'DriveApp', 'LockService', 'MailApp', 'ScriptApp', 'SpreadsheetApp'];
    expect(Object.keys(counted).sort()).toEqual(services);
    const emulator = Object.fromEntries(services.map((s) => [s, bundle.env.calls.total(s)]));
    // The menu item's own seven SpreadsheetApp calls are outside the run: the toast, the time zone,
    // locale and id of your sheet it copies and checks, getActiveSpreadsheet, getUi and showModalDialog;
    // and its one LockService call, the check that it runs in the sheet and not in the web app.
    expect({ ...counted, SpreadsheetApp: counted.SpreadsheetApp! + 7, LockService: counted.LockService! + 1 }).toEqual(emulator);
    expect(bundle.env.calls.total('PropertiesService')).toBe(0);
    expect(report.unmetered).toEqual([]);
  });

  it("reports each scenario's calls and the rows its reads and writes moved", () => {
    const records = report.scenarios.find((s) => s.id === 'record-actions')!;
    expect(records.calls['SpreadsheetApp.getValues']!.rows).toBeGreaterThanOrEqual(4);
    expect(report.callKinds['SpreadsheetApp.setValues']!.rows).toBeGreaterThan(0);
    const sum = report.scenarios.reduce((n, s) => n + Object.values(s.calls).reduce((m, c) => m + c.count, 0), 0);
    const all = Object.values(report.callKinds).reduce((n, c) => n + c.count, 0);
    // The runner's own calls (scratch folder and sheet made, then binned) are in the totals only.
    expect(all - sum).toBeGreaterThan(0);
    expect(report.callKinds['DriveApp.createFolder']!.count).toBe(1);
    expect(report.callKinds['SpreadsheetApp.create']!.count).toBe(1);
    expect(report.scenarios.some((s) => s.calls['DriveApp.setTrashed'])).toBe(false);
    expect(report.callKinds['DriveApp.setTrashed']!.count).toBe(report.scratch.binned.length);
  });

  it('says in the dialog title how many passed', () => {
    expect(title).toBe(`Action Log self-test: ${SCENARIOS.length} of ${SCENARIOS.length} passed`);
    expect(report.passed).toBe(SCENARIOS.length);
    expect(report.failed).toBe(0);
  });
});
