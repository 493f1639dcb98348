/** Unit tests for the pure parts of the self-test: the call meter, value comparison, the report. */
import { CallMeter, meterGlobals, metered, unwrap } from '../../src/selftest/meter';
import { kindOf, same, show } from '../../src/selftest/scenario';
import { reportHtml, reportLines } from '../../src/selftest/report';
import { REPORT_FORMAT, type SelfTestReport } from '../../src/selftest/runner';
import { reportOf } from './helpers';

class Range {
  constructor(readonly rows: number) {}
  getValues() {
    return Array.from({ length: this.rows }, (_, i) => [i, 'x']);
  }
  setValues(values: unknown[][]) {
    return values.length;
  }
  fail(): never {
    throw new Error('Service error');
  }
}
class Sheet {
  readonly seen: unknown[] = [];
  getRange(rows: number) {
    return new Range(rows);
  }
  getRanges() {
    return [new Range(1), new Range(2)];
  }
  takes(x: unknown) {
    this.seen.push(x);
    return x instanceof Range;
  }
  takesList(xs: unknown[]) {
    return xs.every((x) => x instanceof Range);
  }
}
class App {
  readonly sheet = new Sheet();
  readonly Enum = { A: 'A' };
  getSheet() {
    return this.sheet;
  }
  today() {
    return new Date(0);
  }
}

function clock(step: number) {
  let t = 0;
  return () => (t += step);
}

describe('CallMeter and metered', () => {
  it('counts every call down a chain as Service.method, with its time and the rows a 2-D read or write moves', () => {
    const meter = new CallMeter(clock(5));
    const app = metered(new App(), 'SpreadsheetApp', meter);
    const range = app.getSheet().getRange(3);
    expect(range.getValues()).toEqual([
      [0, 'x'],
      [1, 'x'],
      [2, 'x'],
    ]);
    expect(range.setValues([[1], [2]])).toBe(2);
    expect(meter.snapshot()).toEqual({
      'SpreadsheetApp.getRange': { count: 1, ms: 5, rows: 0 },
      'SpreadsheetApp.getSheet': { count: 1, ms: 5, rows: 0 },
      'SpreadsheetApp.getValues': { count: 1, ms: 5, rows: 3 },
      'SpreadsheetApp.setValues': { count: 1, ms: 5, rows: 2 },
    });
  });

  it('hands the service its own objects back, alone or in a list, and leaves values, Dates and enums as they are', () => {
    const meter = new CallMeter(clock(1));
    const app = metered(new App(), 'S', meter);
    const sheet = app.getSheet();
    const range = sheet.getRange(1);
    expect(unwrap(range)).toBeInstanceOf(Range);
    expect(unwrap(range)).not.toBe(range);
    expect(sheet.takes(range)).toBe(true);
    expect(sheet.takesList(sheet.getRanges())).toBe(true);
    expect(app.sheet.seen[0]).toBeInstanceOf(Range);
    expect(app.today()).toBeInstanceOf(Date);
    expect(app.Enum.A).toBe('A');
    expect(String(app)).toBe('[object Object]');
    expect(meter.snapshot()['S.toString']).toBeUndefined();
    const values = [[1, 2]];
    expect(unwrap(values)).toBe(values);
  });

  it('counts a call that throws, and the error goes on to the caller', () => {
    const meter = new CallMeter(clock(2));
    const range = metered(new Range(1), 'S', meter);
    expect(() => range.fail()).toThrow('Service error');
    expect(meter.snapshot()['S.fail']).toEqual({ count: 1, ms: 2, rows: 0 });
  });

  it('since() gives only what was counted after a snapshot', () => {
    const meter = new CallMeter(clock(1));
    const range = metered(new Range(2), 'S', meter);
    range.getValues();
    const before = meter.snapshot();
    range.getValues();
    range.setValues([[1]]);
    expect(meter.since(before)).toEqual({ 'S.getValues': { count: 1, ms: 1, rows: 2 }, 'S.setValues': { count: 1, ms: 1, rows: 1 } });
  });

  it('replaces the service globals it can by counted ones, lists those it cannot, and puts them back', () => {
    const meter = new CallMeter(clock(1));
    const drive = new App();
    const global: Record<string, unknown> = { SpreadsheetApp: new App(), Unrelated: new App() };
    Object.defineProperty(global, 'DriveApp', { value: drive, writable: false, enumerable: true });
    const real = global.SpreadsheetApp;
    const swap = meterGlobals(global, meter);
    expect(swap.metered).toEqual(['SpreadsheetApp']);
    expect(swap.unmetered).toEqual(['DriveApp']);
    (global.SpreadsheetApp as App).getSheet();
    (global.Unrelated as App).getSheet();
    expect(Object.keys(meter.snapshot())).toEqual(['SpreadsheetApp.getSheet']);
    swap.restore();
    expect(global.SpreadsheetApp).toBe(real);
    expect(global.DriveApp).toBe(drive);
  });
});

describe('comparing values', () => {
  it('shows Dates as their instant and compares objects whatever the key order', () => {
    expect(show(new Date(Date.UTC(2010, 2, 18)))).toBe('"Date(2010-03-18T00:00:00.000Z)"');
    expect(same({ a: 1, b: [1, 'x'] }, { b: [1, 'x'], a: 1 })).toBe(true);
    expect(same(['1'], [1])).toBe(false);
    expect(same(new Date(0), new Date(1))).toBe(false);
    expect(show(undefined)).toBe('null');
  });

  it("names a cell value's kind", () => {
    expect(['', 'a', 1, true, new Date(0), null].map(kindOf)).toEqual(['empty', 'text', 'number', 'boolean', 'date', 'empty']);
  });
});

const failing: SelfTestReport = {
  format: REPORT_FORMAT,
  startedAt: '2026-12-02T10:00:00.000Z',
  timeZone: 'Europe/London',
  passed: 1,
  failed: 1,
  scenarios: [
    {
      id: 'a',
      title: 'Set up',
      outcome: 'passed',
      checks: 3,
      differences: [],
      ms: 1200,
      calls: { 'SpreadsheetApp.getValues': { count: 2, ms: 300, rows: 10 } },
    },
    {
      id: 'b',
      title: 'Text <coercion>',
      outcome: 'failed',
      checks: 2,
      ms: 400,
      calls: {},
      error: 'stopped </textarea> here',
      differences: [{ what: 'raw in a plain-text cell: the apostrophe', expected: '"\'quoted"', actual: '"quoted"' }],
      settles: ['a leading apostrophe'],
    },
  ],
  callKinds: { 'SpreadsheetApp.getValues': { count: 2, totalMs: 300, meanMs: 150, rows: 10 } },
  unmetered: [],
  scratch: { made: ['folder f', 'spreadsheet s'], binned: ['s', 'f'], notBinned: [] },
};

describe('the report', () => {
  it('lists each failure with its difference, in words', () => {
    expect(reportLines(failing)).toEqual([
      '1 of 2 scenarios passed.',
      'FAILED: Text <coercion>',
      '  stopped: stopped </textarea> here',
      '  raw in a plain-text cell: the apostrophe: expected "\'quoted", got "quoted"',
    ]);
  });

  it('shows the differences escaped, the call kinds, and the JSON that reads back as the report', () => {
    const html = reportHtml(failing);
    expect(html).toContain('Text &lt;coercion&gt;');
    expect(html).toContain('<b style="color:#990000">FAILED</b>');
    expect(html).toContain('<td><code>SpreadsheetApp.getValues</code></td><td>2</td><td>150 ms</td><td>300 ms</td><td>10</td>');
    expect(html).toContain('<div class="calls">Calls: SpreadsheetApp.getValues ×2 (300 ms)</div></td><td>3</td><td>2</td><td>1200 ms</td>');
    expect(html).not.toContain('stopped </textarea>');
    expect(reportOf(html)).toEqual(failing);
  });
});
