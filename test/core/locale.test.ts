import { MEETINGS } from '../../src/core/layout';
import { localeQuestion, readsMonthFirst, timeZoneNote } from '../../src/core/locale';
import { readMeetings, type DateReader } from '../../src/core/records';
import { dataRows, mapHeaders } from '../../src/core/table';

describe('locale advice', () => {
  it('knows the month-first locales, en_US first, and not the day-first ones', () => {
    expect(['en_US', 'es_US', 'en_PH'].map(readsMonthFirst)).toEqual([true, true, true]);
    expect(['en_GB', 'en_IE', 'en_AU', 'fr_FR', 'de_DE', 'en_CA'].map(readsMonthFirst)).toEqual([false, false, false, false, false, false]);
  });

  it('asks about a month-first locale, naming it, the harm and the switch to en_GB', () => {
    const q = localeQuestion('en_US')!;
    expect(q).toContain('locale is en_US (File ▸ Settings)');
    expect(q).toContain('03/04/2010 typed into a cell would become 4 March 2010, not 3 April');
    expect(q).toContain('English (United Kingdom), en_GB');
    expect(localeQuestion('en_GB')).toBeUndefined();
  });

  it('notes a spreadsheet zone that is not the script’s, with both ways to fix it', () => {
    expect(timeZoneNote('Europe/London', 'Europe/London')).toBeUndefined();
    const note = timeZoneNote('America/New_York', 'Europe/London')!;
    expect(note).toContain("The spreadsheet's time zone is America/New_York but the script's (appsscript.json) is Europe/London.");
    expect(note).toContain('set File ▸ Settings ▸ Time zone to Europe/London, or set "timeZone" in appsscript.json to America/New_York');
  });
});

describe('a time typed into a text column, read with the spreadsheet’s zone', () => {
  it('uses the reader’s timeOfDay, not the script’s local clock', () => {
    const map = mapHeaders(
      MEETINGS,
      MEETINGS.columns.map((c) => c.header),
    );
    // "2:00pm" typed in a New York sheet: 19:00 in London, the script's zone here.
    const time = new Date(Date.UTC(1899, 11, 30, 19, 0));
    const values = [MEETINGS.columns.map((c) => (c.key === 'date' ? new Date(Date.UTC(2010, 2, 18, 4)) : c.key === 'time' ? time : ''))];
    const inNewYork = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(d);
    const reader: DateReader = Object.assign(inNewYork, {
      timeOfDay: (d: Date) =>
        new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d),
    });
    const { records } = readMeetings(map, dataRows(map, values as never), reader);
    expect(records[0]).toMatchObject({ date: '2010-03-18', time: '14:00' });
  });
});
