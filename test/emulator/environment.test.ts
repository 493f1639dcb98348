import { createAppsScript } from './index';

describe('createAppsScript', () => {
  it('defines only Apps Script globals', () => {
    const { globals } = createAppsScript();
    const names = Object.keys(globals).sort();
    const appsScript = new Set([
      'SpreadsheetApp',
      'DocumentApp',
      'DriveApp',
      'MailApp',
      'ScriptApp',
      'PropertiesService',
      'LockService',
      'Utilities',
      'Session',
      'HtmlService',
      'Logger',
      'console',
      'UrlFetchApp',
      'CacheService',
      'MimeType',
      'Browser',
      'Docs', // the advanced Docs service, enabled in appsscript.json
    ]);
    expect(Object.keys(createAppsScript({ docsAdvancedService: false }).globals)).not.toContain('Docs');
    expect(names.filter((n) => !appsScript.has(n))).toEqual([]);
    for (const n of ['PropertiesService', 'LockService', 'Utilities', 'Session', 'HtmlService', 'Logger', 'console']) expect(names).toContain(n);
  });

  it('offers no test-only methods on the services', () => {
    const { globals } = createAppsScript();
    expect(Object.keys(globals.LockService).sort()).toEqual(['getDocumentLock', 'getScriptLock', 'getUserLock']);
    expect(Object.keys(globals.PropertiesService).sort()).toEqual(['getDocumentProperties', 'getScriptProperties', 'getUserProperties']);
  });

  it('gives each execution its own call log and shares the clock with shareWith', () => {
    const a = createAppsScript({ now: '2025-06-02T08:00:00Z' });
    const b = createAppsScript({ shareWith: a });
    expect(b.clock.now()).toBe(Date.parse('2025-06-02T08:00:00Z'));
    b.globals.Utilities.sleep(1000);
    expect(a.clock.now()).toBe(Date.parse('2025-06-02T08:00:01Z'));
    a.globals.Session.getScriptTimeZone();
    expect(a.calls.total()).toBe(1);
    expect(b.calls.total()).toBe(1);
    expect(a.execution).not.toBe(b.execution);
  });

  it('captures Logger and console output', () => {
    const { globals, handles, calls } = createAppsScript();
    globals.Logger.log('Refreshed %s rows', 12);
    globals.Logger.log({ a: 1 });
    globals.console.warn('careful');
    expect(handles.logger.lines).toEqual(['Refreshed 12 rows', '{ a: 1 }']);
    expect(globals.Logger.getLog()).toBe('Refreshed 12 rows\n{ a: 1 }');
    expect(handles.logger.console).toEqual([{ level: 'warn', message: 'careful' }]);
    expect(calls.count('Logger.Logger.log')).toBe(2);
  });

  it('wires SpreadsheetApp.getUi() to the Ui, and throws like Apps Script in a trigger', () => {
    const menuRun = createAppsScript();
    menuRun.globals.SpreadsheetApp.getUi().createMenu('Action Log').addItem('Set up', 'menuSetUp').addToUi();
    expect(menuRun.handles.ui.menuFunctions('Action Log')).toEqual(['menuSetUp']);
    const trigger = createAppsScript({ mode: 'trigger', shareWith: menuRun });
    expect(() => trigger.globals.SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    let error: unknown;
    try {
      trigger.globals.SpreadsheetApp.getUi();
    } catch (e) {
      error = e;
    }
    expect(String(error)).toBe('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('shares one workbook between executions created with shareWith', () => {
    const a = createAppsScript({ user: 'chair@example.org', spreadsheet: { name: 'Board' } });
    const b = createAppsScript({ user: 'clerk@example.org', shareWith: a });
    a.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getRange('A1').setValue('written by A');
    const seen = b.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(seen.getName()).toBe('Board');
    expect(seen.getSheets()[0]!.getRange('A1').getValue()).toBe('written by A');
    expect(a.calls.count('SpreadsheetApp.Range.setValue')).toBe(1);
    expect(b.calls.count('SpreadsheetApp.Range.setValue')).toBe(0);
    expect(b.calls.count('SpreadsheetApp.Range.getValue')).toBe(1);
  });
});
