/**
 * SpreadsheetApp.create, DriveApp.createFolder and trashing a folder: what the self-test needs
 * for its scratch files, as Apps Script documents them.
 */
import { createAppsScript } from './index';
import { GOOGLE_SHEETS } from './docs/drive';

describe('SpreadsheetApp.create', () => {
  it('makes a new spreadsheet of its own, filed in My Drive, with one sheet of the size asked', () => {
    const env = createAppsScript();
    const app = env.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const ss = app.create('Scratch', 50, 5);
    expect(ss.getName()).toBe('Scratch');
    expect(ss.getId()).not.toBe(env.handles.workbook.id);
    expect(ss.getSheets().map((s) => [s.getName(), s.getMaxRows(), s.getMaxColumns()])).toEqual([['Sheet1', 50, 5]]);
    const file = env.handles.docs.file(ss.getId());
    expect(file).toMatchObject({ name: 'Scratch', mimeType: GOOGLE_SHEETS, folderId: env.handles.docs.rootFolderId, trashed: false });
    expect(env.calls.count('SpreadsheetApp.SpreadsheetApp.create')).toBe(1);
  });

  it('is apart from the bound spreadsheet: writing one never changes the other', () => {
    const env = createAppsScript();
    const app = env.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const ss = app.create('Scratch');
    ss.getSheets()[0]!.getRange('A1').setValue('scratch');
    ss.insertSheet('Extra');
    expect(env.handles.workbook.sheetNames()).toEqual(['Sheet1']);
    expect(env.handles.workbook.sheet('Sheet1').values).toEqual([]);
    expect(app.getActiveSpreadsheet().getSheets()[0]!.getRange('A1').getValue()).toBe('');
  });

  it('takes a time zone and a locale', () => {
    const env = createAppsScript();
    const ss = (env.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp).create('Scratch');
    ss.setSpreadsheetTimeZone('America/New_York');
    ss.setSpreadsheetLocale('en_US');
    expect([ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(['America/New_York', 'en_US']);
  });

  it('refuses arguments of the wrong type as Apps Script does', () => {
    const env = createAppsScript();
    const app = env.globals.SpreadsheetApp as unknown as { create: (...a: unknown[]) => unknown };
    expect(() => app.create(3)).toThrow("The parameters (number) don't match the method signature for SpreadsheetApp.SpreadsheetApp.create.");
  });
});

describe('DriveApp.createFolder and Folder.setTrashed', () => {
  it('makes a folder files can be moved into, and trashes it', () => {
    const env = createAppsScript();
    const drive = env.globals.DriveApp as unknown as GoogleAppsScript.Drive.DriveApp;
    const folder = drive.createFolder('Scratch folder');
    const ss = (env.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp).create('Scratch');
    drive.getFileById(ss.getId()).moveTo(folder);
    const ids: string[] = [];
    const it = folder.getFiles();
    while (it.hasNext()) ids.push(it.next().getId());
    expect(ids).toEqual([ss.getId()]);
    expect(folder.isTrashed()).toBe(false);
    folder.setTrashed(true);
    expect(folder.isTrashed()).toBe(true);
    expect(env.handles.docs.folder(folder.getId())).toMatchObject({ name: 'Scratch folder', trashed: true });
    expect(env.calls.count('DriveApp.DriveApp.createFolder')).toBe(1);
    expect(env.calls.count('DriveApp.Folder.setTrashed')).toBe(1);
  });
});
