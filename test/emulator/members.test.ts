/**
 * The emulated service objects offer only members the real ones have: each object's members
 * (own and inherited) are checked against its interface in @types/google-apps-script, so a
 * test-only or invented method on a service cannot let code pass here that fails on Apps Script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppsScript } from './index';

const TYPES = join(__dirname, '..', '..', 'node_modules', '@types', 'google-apps-script');

/** The member names of `interface <name>` in google-apps-script.<file>.d.ts. */
function declared(file: string, name: string): Set<string> {
  const text = readFileSync(join(TYPES, `google-apps-script.${file}.d.ts`), 'utf8');
  const start = new RegExp(`\\n(\\s*)interface ${name}(?:<[^>]*>)? (?:extends [^{]+)?\\{\\n`).exec(text);
  if (!start) throw new Error(`no interface ${name} in ${file}`);
  const end = text.indexOf(`\n${start[1]}}`, start.index + start[0].length - 1);
  const out = new Set<string>();
  for (const line of text.slice(start.index + start[0].length, end).split('\n')) {
    const m = /^\s*(?:\/\*\*.*?\*\/\s*)?(\w+)\??\s*[(:<]/.exec(line);
    if (m) out.add(m[1]!);
  }
  return out;
}

function membersOf(o: object): string[] {
  const out = new Set<string>(Object.keys(o));
  for (let p = Object.getPrototypeOf(o); p && p !== Object.prototype && p !== Function.prototype; p = Object.getPrototypeOf(p)) {
    for (const k of Object.getOwnPropertyNames(p)) if (k !== 'constructor') out.add(k);
  }
  return [...out];
}

/**
 * Known differences, each harmless for code type-checked against the real interfaces: the
 * emulator's Table is also the Element that `getChild()` returns, so it carries Element's casts.
 */
const KNOWN: Record<string, readonly string[]> = { Table: ['asParagraph', 'asTable'] };

describe('emulated service objects', () => {
  const env = createAppsScript({ mode: 'ui' });
  const g = env.globals as any;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  const ui = g.SpreadsheetApp.getUi();
  const doc = g.DocumentApp.create('Members');
  const cases: [file: string, name: string, object: () => object][] = [
    ['spreadsheet', 'SpreadsheetApp', () => g.SpreadsheetApp],
    ['spreadsheet', 'Spreadsheet', () => ss],
    ['spreadsheet', 'Sheet', () => sheet],
    ['spreadsheet', 'Range', () => sheet.getRange('A1:B2')],
    ['spreadsheet', 'TextFinder', () => sheet.getRange('A1:B2').createTextFinder('x')],
    ['base', 'Ui', () => ui],
    ['base', 'Menu', () => ui.createMenu('Menu')],
    ['base', 'Session', () => g.Session],
    ['document', 'DocumentApp', () => g.DocumentApp],
    ['document', 'Document', () => doc],
    ['document', 'Body', () => doc.getBody()],
    ['document', 'Table', () => doc.getBody().appendTable([['a']])],
    ['drive', 'DriveApp', () => g.DriveApp],
    ['drive', 'File', () => g.DriveApp.getFileById(doc.getId())],
    ['drive', 'Folder', () => g.DriveApp.getRootFolder()],
    ['lock', 'LockService', () => g.LockService],
    ['lock', 'Lock', () => g.LockService.getDocumentLock()],
    ['properties', 'PropertiesService', () => g.PropertiesService],
    ['properties', 'Properties', () => g.PropertiesService.getDocumentProperties()],
    ['mail', 'MailApp', () => g.MailApp],
    ['script', 'ScriptApp', () => g.ScriptApp],
    ['script', 'Service', () => g.ScriptApp.getService()],
    ['script', 'Trigger', () => g.ScriptApp.newTrigger('f').timeBased().everyDays(1).atHour(7).create()],
    ['utilities', 'Utilities', () => g.Utilities],
    ['html', 'HtmlService', () => g.HtmlService],
    ['html', 'HtmlOutput', () => g.HtmlService.createHtmlOutput('x')],
  ];

  it.each(cases)('%s.%s has no member the real one lacks', (file, name, object) => {
    const real = declared(file, name);
    expect(real.size).toBeGreaterThan(0);
    const members = membersOf(object());
    expect(members.length).toBeGreaterThan(0);
    expect(members.filter((m) => !real.has(m) && !KNOWN[name]?.includes(m))).toEqual([]);
  });

  it('the check itself sees a member the real Range lacks', () => {
    const range = sheet.getRange('A1');
    expect(membersOf(Object.assign(Object.create(range), { peekCells: () => [] })).filter((m) => !declared('spreadsheet', 'Range').has(m))).toEqual([
      'peekCells',
    ]);
  });
});
