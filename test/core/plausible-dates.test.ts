import { isPlausibleDate } from '../../src/core/dates';
import { ACTIONS, FORWARD_PLAN, MEETINGS } from '../../src/core/layout';
import { readActions, readForwardPlan, readMeetings } from '../../src/core/records';
import { dataRows, mapHeaders, type CellValue } from '../../src/core/table';

const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function actionRow(over: Record<string, CellValue>): CellValue[] {
  return ACTIONS.columns.map((c) => over[c.key] ?? '');
}
function read(over: Record<string, CellValue>) {
  const map = mapHeaders(
    ACTIONS,
    ACTIONS.columns.map((c) => c.header),
  );
  return readActions(map, dataRows(map, [actionRow({ ref: '28.01.05', text: 'Report back', meetingDate: utc(2010, 1, 28), ...over })]), isoOf);
}

describe('plausible dates', () => {
  it('run from 01/01/1990 to 31/12/2100', () => {
    expect(['1989-12-31', '1990-01-01', '2100-12-31', '2101-01-01', '1905-07-02'].map(isPlausibleDate)).toEqual([false, true, true, false, false]);
  });

  it('a date before 1990 in a date column is reported at its cell and not used', () => {
    const { records, problems } = read({ dueDate: utc(1905, 7, 2) });
    expect(records[0]!.dueDate).toBeUndefined();
    expect(problems).toEqual([
      { sheet: 'Actions', cell: 'L2', message: 'Date for Report 02/07/1905 is not a plausible date — was a number typed? Write it as dd/mm/yyyy.' },
    ]);
  });

  it('so is one after 2100, typed as text', () => {
    const { records, problems } = read({ firstDueDate: '18/03/2210' });
    expect(records[0]!.firstDueDate).toBeUndefined();
    expect(problems.map((p) => [p.cell, p.message])).toEqual([
      ['K2', 'First Date for Report 18/03/2210 is not a plausible date — was a number typed? Write it as dd/mm/yyyy.'],
    ]);
  });

  it('a bare number in a date column is reported, saying what Sheets shows', () => {
    const { records, problems } = read({ completedDate: 2010 });
    expect(records[0]!.completedDate).toBeUndefined();
    expect(problems.map((p) => [p.cell, p.message])).toEqual([
      ['N2', 'Completed 2010 is a number, not a date (Sheets shows it as the date 02/07/1905); write it as dd/mm/yyyy.'],
    ]);
  });

  it('a time alone in a date column is reported as a time', () => {
    const { records, problems } = read({ dueDate: new Date(Date.UTC(1899, 11, 30, 14, 0)) });
    expect(records[0]!.dueDate).toBeUndefined();
    expect(problems[0]!.message).toBe('Date for Report holds a time, not a date; write it as dd/mm/yyyy.');
  });

  it("a completion before the action's own meeting is reported at the Completed cell", () => {
    const { records, problems } = read({ completedDate: utc(2009, 1, 20) });
    expect(records[0]!.completedDate).toBe('2009-01-20');
    expect(problems.map((p) => [p.cell, p.message])).toEqual([
      ['N2', "Completed 20/01/2009 is before the action's own Date of Meeting 28/01/2010; check the year (dd/mm/yyyy)."],
    ]);
    expect(read({ completedDate: utc(2010, 1, 28) }).problems).toEqual([]);
  });

  it('applies to Meetings and the Forward Plan too', () => {
    const mm = mapHeaders(
      MEETINGS,
      MEETINGS.columns.map((c) => c.header),
    );
    const meetings = readMeetings(
      mm,
      dataRows(mm, [MEETINGS.columns.map((c) => (c.key === 'date' ? utc(1905, 7, 2) : c.key === 'title' ? 'Board' : ''))]),
      isoOf,
    );
    expect(meetings.records).toEqual([]);
    expect(meetings.problems.map((p) => p.message)).toEqual(['Date 02/07/1905 is not a plausible date — was a number typed? Write it as dd/mm/yyyy.']);
    const fm = mapHeaders(
      FORWARD_PLAN,
      FORWARD_PLAN.columns.map((c) => c.header),
    );
    const plan = readForwardPlan(
      fm,
      dataRows(fm, [FORWARD_PLAN.columns.map((c) => (c.key === 'dueDate' ? 2010 : c.key === 'item' ? 'Annual report' : ''))]),
      isoOf,
    );
    expect(plan.records[0]!.dueDate).toBeUndefined();
    expect(plan.problems).toHaveLength(1);
  });
});
