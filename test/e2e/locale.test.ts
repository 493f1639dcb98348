/**
 * Locale and time zone, end to end on the bundle: Set up warns about a month-first locale and
 * offers en_GB (the emulator reads typed dates by the locale, as Sheets does), says when the
 * spreadsheet's zone is not the script's, and a time typed by hand prints as typed on the agenda
 * of a sheet in another zone.
 */
import { paperThroughMenu } from '../papers/menu-board';
import { MEETINGS, SETTINGS } from '../../src/core/layout';
import { loadBundle, type LoadedBundle } from '../harness/bundle';

const NOW = '2012-03-01T10:00:00Z';
const DATE_COL = MEETINGS.columns.findIndex((c) => c.key === 'date') + 1;

function book(spreadsheet: { locale?: string; timeZone?: string } = {}): LoadedBundle {
  return loadBundle({ now: NOW, spreadsheet });
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Types a date into the Meetings date column (Sheet1 before Set up) as a user would; returns what the cell holds (ISO instant). */
function typeMeetingDate(b: LoadedBundle, typed: string): string {
  const wb = b.env.handles.workbook;
  const tab = wb.sheetNames().includes(MEETINGS.name) ? MEETINGS.name : 'Sheet1';
  wb.setCell(tab, 2, DATE_COL, typed);
  const v = wb.sheet(tab).values[1]![DATE_COL - 1];
  if (!isDate(v)) throw new Error(`not a date: ${String(v)}`);
  return v.toISOString();
}

describe('Set up and the spreadsheet locale', () => {
  it('a month-first (en_US) sheet: warns, and YES switches it to en_GB so 03/04/2010 is 3 April', () => {
    const b = book({ locale: 'en_US' });
    const ss = () => b.env.globals.SpreadsheetApp.getActiveSpreadsheet();
    // The attack first: in en_US, 03/04/2010 typed by hand becomes 4 March.
    expect(typeMeetingDate(b, '03/04/2010')).toBe('2010-03-04T00:00:00.000Z');
    b.env.handles.ui.answerAlert('YES');
    b.call('menuSetUp');
    const [question, report] = b.env.handles.ui.alerts;
    expect(question).toMatchObject({ title: 'Dates in this spreadsheet', buttons: 'YES_NO', answer: 'YES' });
    expect(question!.prompt).toContain('locale is en_US');
    expect(question!.prompt).toContain('03/04/2010 typed into a cell would become 4 March 2010');
    expect(report!.prompt).toContain("The spreadsheet's locale is now en_GB");
    expect(ss().getSpreadsheetLocale()).toBe('en_GB');
    expect(typeMeetingDate(b, '03/04/2010')).toBe('2010-04-02T23:00:00.000Z'); // 3 April, midnight BST
    expect(b.env.handles.ui.pendingAnswers()).toBe(0);
  });

  it('NO leaves the locale (and says what that means); the tabs are still set up', () => {
    const b = book({ locale: 'en_US' });
    b.env.handles.ui.answerAlert('NO');
    b.call('menuSetUp');
    const alerts = b.env.handles.ui.alerts;
    expect(alerts).toHaveLength(2);
    expect(alerts[1]!.prompt).toContain("The spreadsheet's locale stays en_US: dates typed as 03/04/2010 will read as 4 March");
    expect(b.env.globals.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()).toBe('en_US');
    expect(b.env.handles.workbook.sheetNames()).toEqual(expect.arrayContaining([MEETINGS.name, SETTINGS.name]));
    expect(typeMeetingDate(b, '03/04/2010')).toBe('2010-03-04T00:00:00.000Z');
  });

  it('an en_GB sheet in the script’s zone: no question and no note', () => {
    const b = book();
    b.call('menuSetUp');
    const alerts = b.env.handles.ui.alerts;
    expect(alerts.map((a) => a.title)).toEqual(['Set up this sheet']);
    expect(alerts[0]!.prompt).not.toMatch(/locale|time zone/i);
    expect(typeMeetingDate(b, '03/04/2010')).toBe('2010-04-02T23:00:00.000Z');
  });
});

describe('a spreadsheet in another time zone', () => {
  it('Set up says the zones differ and how to fix it', () => {
    const b = book({ timeZone: 'America/New_York' });
    b.call('menuSetUp');
    const report = b.env.handles.ui.alerts.at(-1)!.prompt;
    expect(report).toContain("The spreadsheet's time zone is America/New_York but the script's (appsscript.json) is Europe/London.");
    expect(report).toContain('set File ▸ Settings ▸ Time zone to Europe/London');
  });

  it('a time typed by hand ("2:00pm") prints as 14:00 on the agenda, not 19:00', () => {
    const b = book({ timeZone: 'America/New_York' });
    b.call('menuSetUp');
    const wb = b.env.handles.workbook;
    const row = MEETINGS.columns.map(
      (c) =>
        ({ date: '15/03/2012', board: 'Northfield Partnership Executive Board', title: 'Executive Board', time: '2:00pm', venue: 'Civic Centre' })[
          c.key as string
        ] ?? '',
    );
    wb.setValues(MEETINGS.name, 2, 1, [row]);
    const time = wb.sheet(MEETINGS.name).values[1]![MEETINGS.columns.findIndex((c) => c.key === 'time')];
    expect(isDate(time)).toBe(true); // Sheets made the typed text a time
    const folder = b.env.handles.docs.addFolder('Board papers');
    const settings = wb.sheet(SETTINGS.name).values;
    wb.setCell(SETTINGS.name, settings.findIndex((r) => r[0] === 'Output folder ID') + 1, 2, folder);
    const seen = b.env.handles.ui.alerts.length;
    paperThroughMenu(b, 'agenda', '2012-03-15');
    expect(b.env.handles.ui.alerts.slice(seen)).toEqual([]);
    const [agenda] = b.env.handles.docs
      .filesIn(folder)
      .filter((f) => f.mimeType === 'application/vnd.google-apps.document' && f.name.endsWith('Agenda – 15 March 2012'));
    const text = b.env.handles.docs.toHtml(agenda!.id).replace(/<[^>]*>/g, ' ');
    expect(text).toContain('Time: 14:00');
    expect(text).not.toContain('19:00');
  });
});
