import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppsScript } from './index';
import { UI_FROM_TRIGGER } from './ui';

describe('Ui (SpreadsheetApp.getUi())', () => {
  it('records menus with their items, separators and sub-menus', () => {
    const { handles } = createAppsScript();
    const ui = handles.ui.getUi();
    ui.createMenu('Action Log')
      .addItem('Add meeting…', 'menuAddMeeting')
      .addSeparator()
      .addSubMenu(ui.createMenu('Papers').addItem('Generate agenda…', 'menuGenerateAgenda'))
      .addItem('Set up this sheet', 'menuSetUp')
      .addToUi();
    expect(handles.ui.menus).toHaveLength(1);
    expect(handles.ui.menu('Action Log')?.entries).toEqual([
      { kind: 'item', caption: 'Add meeting…', functionName: 'menuAddMeeting' },
      { kind: 'separator' },
      { kind: 'submenu', caption: 'Papers', entries: [{ kind: 'item', caption: 'Generate agenda…', functionName: 'menuGenerateAgenda' }] },
      { kind: 'item', caption: 'Set up this sheet', functionName: 'menuSetUp' },
    ]);
    expect(handles.ui.menuFunctions()).toEqual(['menuAddMeeting', 'menuGenerateAgenda', 'menuSetUp']);
  });

  it('does not show a menu until addToUi, and snapshots it then', () => {
    const { handles } = createAppsScript();
    const menu = handles.ui.getUi().createMenu('Later').addItem('One', 'one');
    expect(handles.ui.menus).toEqual([]);
    menu.addToUi();
    menu.addItem('Two', 'two');
    expect(handles.ui.menuFunctions('Later')).toEqual(['one']);
    handles.ui.getUi().createAddonMenu().addItem('Start', 'start').addToUi();
    expect(handles.ui.menus[1]).toMatchObject({ caption: null, addon: true });
  });

  it('answers alerts from the scripted queue, OK (or YES) by default', () => {
    const { handles } = createAppsScript();
    const ui = handles.ui.getUi();
    expect(ui.alert('Saved.')).toBe(ui.Button.OK);
    expect(ui.alert('Delete it?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    handles.ui.answerAlert('NO', 'CLOSE');
    expect(ui.alert('Really?', 'Delete meeting 12?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Sure?', ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.CLOSE);
    expect(handles.ui.pendingAnswers()).toBe(0);
    expect(handles.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.answer])).toEqual([
      [null, 'Saved.', 'OK', 'OK'],
      [null, 'Delete it?', 'YES_NO', 'YES'],
      ['Really?', 'Delete meeting 12?', 'YES_NO', 'NO'],
      [null, 'Sure?', 'OK_CANCEL', 'CLOSE'],
    ]);
    expect(String(ui.Button.YES)).toBe('YES');
  });

  it('refuses a scripted answer the dialog cannot give', () => {
    const { handles } = createAppsScript();
    const ui = handles.ui.getUi();
    handles.ui.answerAlert('YES');
    expect(() => ui.alert('Only OK here')).toThrow(/YES is not a button of OK/);
    handles.ui.answerPrompt('text');
    expect(() => ui.alert('An alert')).toThrow(/next scripted answer is for a prompt/);
  });

  it('answers prompts with scripted text and button', () => {
    const { handles, calls } = createAppsScript();
    const ui = handles.ui.getUi();
    handles.ui.answerPrompt('Jane Smith', 'OK');
    const r = ui.prompt('Name', 'Who chairs?', ui.ButtonSet.OK_CANCEL);
    expect(r.getResponseText()).toBe('Jane Smith');
    expect(r.getSelectedButton()).toBe(ui.Button.OK);
    const empty = ui.prompt('Anything?');
    expect([empty.getResponseText(), empty.getSelectedButton()]).toEqual(['', 'OK']);
    expect(handles.ui.prompts.map((p) => p.responseText)).toEqual(['Jane Smith', '']);
    expect(calls.count('SpreadsheetApp.Ui.prompt')).toBe(2);
    expect(calls.count('SpreadsheetApp.PromptResponse.getResponseText')).toBe(2);
  });

  it('records dialogs and sidebars with their HTML, title and size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ui-html-'));
    writeFileSync(join(dir, 'AddMeeting.html'), '<p>Add a meeting</p>');
    const { globals, handles } = createAppsScript({ htmlDir: dir });
    const ui = handles.ui.getUi();
    ui.showModalDialog(globals.HtmlService.createHtmlOutputFromFile('AddMeeting').setWidth(480).setHeight(360), 'Add meeting');
    ui.showModelessDialog(globals.HtmlService.createHtmlOutput('<b>x</b>'), 'Modeless');
    ui.showSidebar(globals.HtmlService.createHtmlOutput('<i>side</i>').setTitle('Side'));
    expect(handles.ui.dialogs).toEqual([
      { kind: 'modal', title: 'Add meeting', html: '<p>Add a meeting</p>', width: 480, height: 360, file: 'AddMeeting.html' },
      { kind: 'modeless', title: 'Modeless', html: '<b>x</b>', width: null, height: null, file: null },
      { kind: 'sidebar', title: 'Side', html: '<i>side</i>', width: null, height: null, file: null },
    ]);
    expect(() => ui.showModalDialog({} as GoogleAppsScript.HTML.HtmlOutput, 'x')).toThrow(/showModalDialog/);
  });

  it('throws like Apps Script when the execution is a trigger', () => {
    const { handles } = createAppsScript({ mode: 'trigger' });
    let error: Error | undefined;
    try {
      handles.ui.getUi();
    } catch (e) {
      error = e as Error;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toBe(UI_FROM_TRIGGER);
    expect(String(error)).toBe('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
    expect(() => createAppsScript({ mode: 'ui' }).handles.ui.getUi()).not.toThrow();
  });
});
