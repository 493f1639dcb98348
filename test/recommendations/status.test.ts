/** The pure part of recommendations: reading the tab's rows and their status as at a date. */
import { RECOMMENDATIONS } from '../../src/core/layout';
import {
  addMonths,
  daysLate,
  NOT_ACCEPTED_LABEL,
  parseAccepted,
  readRecommendations,
  recommendationStatus,
  RESPONSE_OVERDUE_LABEL,
  responseDue,
  type Recommendation,
} from '../../src/core/recommendations/status';
import { mapHeaders, type CellValue } from '../../src/core/table';

const header = RECOMMENDATIONS.columns.map((c) => c.header);
const map = mapHeaders(RECOMMENDATIONS, header);
const readDate = (d: Date) => d.toISOString().slice(0, 10);
function row(fields: Record<string, CellValue>): CellValue[] {
  return RECOMMENDATIONS.columns.map((c) => fields[c.key] ?? '');
}
function rec(fields: Partial<Recommendation>): Recommendation {
  return {
    row: 2,
    review: 'R',
    reviewBody: '',
    number: '1',
    recommendation: 'Do it',
    reason: '',
    response: '',
    proposedAction: '',
    leadOfficer: '',
    leadMember: '',
    deadline: '',
    progress: '',
    ...fields,
  };
}

describe('parseAccepted', () => {
  it.each([
    ['Yes', 'yes'],
    ['accepted', 'yes'],
    ['No', 'no'],
    ['Rejected', 'no'],
    ['In part', 'inPart'],
    ['partially', 'inPart'],
    ['', undefined],
    ['maybe', 'unreadable'],
  ])('%s → %s', (text, want) => expect(parseAccepted(text)).toBe(want));
});

describe('dates', () => {
  it('adds months, clamping to the month’s end', () => {
    expect(addMonths('2010-06-14', 2)).toBe('2010-08-14');
    expect(addMonths('2010-12-31', 2)).toBe('2011-02-28');
    expect(addMonths('2011-11-30', 3)).toBe('2012-02-29');
    expect(responseDue('2010-03-01')).toBe('2010-05-01');
  });
});

describe('recommendationStatus', () => {
  it('a recommendation not accepted is closed, not overdue, whatever its deadline', () => {
    const s = recommendationStatus(rec({ accepted: 'no', reason: 'Cost', deadline: 'March 2010', deadlineDate: '2010-03-31' }), '2011-01-01');
    expect(s).toEqual({ label: NOT_ACCEPTED_LABEL, overdue: false, closed: true });
  });
  it('no response two months after the report is Response overdue (not on the day itself)', () => {
    const r = rec({ dateReported: '2010-03-01' });
    expect(recommendationStatus(r, '2010-05-01').label).toBe('Not yet due');
    expect(recommendationStatus(r, '2010-05-02')).toEqual({ label: RESPONSE_OVERDUE_LABEL, overdue: true, closed: false });
    expect(daysLate(r, '2010-05-11')).toBe(10);
    // A response (even without Accepted) ends it.
    expect(recommendationStatus({ ...r, response: 'We will consider it' }, '2010-06-01').label).toBe('Actions outstanding – no dates confirmed');
  });
  it('accepted ones follow the actions’ key from the deadline', () => {
    const r = rec({ accepted: 'yes', dateReported: '2010-06-14', deadline: 'March 2011', deadlineDate: '2011-03-31' });
    expect(recommendationStatus(r, '2011-03-31')).toMatchObject({ label: 'Not yet due', overdue: false });
    expect(recommendationStatus(r, '2011-04-01')).toMatchObject({ label: 'Actions outstanding – no dates confirmed', overdue: true });
    expect(recommendationStatus({ ...r, completedDate: '2011-02-01' }, '2011-04-01')).toMatchObject({ label: 'Completed', overdue: false, closed: true });
    expect(recommendationStatus({ ...r, deadline: '', deadlineDate: undefined }, '2010-07-01').label).toBe('Actions outstanding – no dates confirmed');
  });
});

describe('readRecommendations', () => {
  it('carries the review down, keeps the deadline as written, counts a span as its last day', () => {
    const body = [
      row({
        review: 'Worklessness',
        reviewBody: 'O&S',
        dateReported: new Date('2010-06-14T00:00:00Z'),
        number: '01',
        recommendation: 'A',
        accepted: 'Yes',
        deadline: 'April to June 2011',
      }),
      row({ number: '02', recommendation: 'B', accepted: 'No', deadline: 'March 2011' }),
      row({}),
      row({ number: '3.2', recommendation: 'C', accepted: 'Perhaps', deadline: 'when we can' }),
    ];
    const read = readRecommendations(map, body, readDate);
    expect(read.hasRecommendation).toEqual([true, true, false, true]);
    expect(read.periodDeadlines).toBe(true);
    // With the board's meetings, a month counts as the meeting in it; a span with none, its last day.
    const withMeetings = readRecommendations(map, body, readDate, ['2011-03-10', '2011-07-14']);
    expect(withMeetings.recommendations.map((r) => r.deadlineDate)).toEqual(['2011-06-30', '2011-03-10', undefined]);
    expect(readRecommendations(map, [row({ number: '1', recommendation: 'A', deadline: '31/03/2011' })], readDate).periodDeadlines).toBe(false);
    expect(read.recommendations.map((r) => [r.row, r.review, r.dateReported, r.number, r.deadline, r.deadlineDate])).toEqual([
      [2, 'Worklessness', '2010-06-14', '01', 'April to June 2011', '2011-06-30'],
      [3, 'Worklessness', '2010-06-14', '02', 'March 2011', '2011-03-31'],
      [5, 'Worklessness', '2010-06-14', '3.2', 'when we can', undefined],
    ]);
    const col = (key: string) => String.fromCharCode(65 + map.index.get(key)!);
    expect(read.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual([
      `Recommendations!${col('reason')}3`,
      `Recommendations!${col('accepted')}5`,
      `Recommendations!${col('deadline')}5`,
    ]);
    expect(read.problems[0]!.message).toBe('recommendation 02 of “Worklessness” is not accepted but gives no reason; write the reason in Reason.');
  });
});
