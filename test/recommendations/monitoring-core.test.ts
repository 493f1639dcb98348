/** The monitoring report's model (pure): the summary, both shapes, colours and words on every row. */
import { buildMonitoringReport, monitoringSummary, monitoringTable, reviewTitles, summaryLine } from '../../src/core/recommendations/monitoring';
import type { Recommendation } from '../../src/core/recommendations/status';
import { statusEntry } from '../../src/core/status';

const rec = (fields: Partial<Recommendation>): Recommendation => ({
  row: 2,
  review: 'Review A',
  reviewBody: 'Scrutiny Panel',
  dateReported: '2010-06-14',
  number: '1',
  recommendation: 'Do it',
  accepted: 'yes',
  reason: '',
  response: '',
  proposedAction: '',
  leadOfficer: '',
  leadMember: '',
  deadline: '31/01/2011',
  deadlineDate: '2011-01-31',
  progress: '',
  ...fields,
});

const AS_AT = '2011-02-10';
const RECS = [
  rec({ number: '1' }), // overdue
  rec({ number: '2', completedDate: '2011-01-20' }),
  rec({ number: '3', accepted: 'no', reason: 'No budget' }),
  rec({ number: '4', accepted: 'inPart', reason: 'Schools excluded', deadline: 'June 2011', deadlineDate: '2011-06-30' }),
  rec({ number: '1', review: 'Review B', accepted: undefined, deadline: '', deadlineDate: undefined }),
];

describe('monitoring report model', () => {
  it('counts accepted (whole or part), completed, outstanding and overdue for the review only', () => {
    const a = RECS.filter((r) => r.review === 'Review A');
    expect(monitoringSummary(a, AS_AT)).toEqual({ total: 4, accepted: 3, completed: 1, outstanding: 2, overdue: 1 });
    expect(summaryLine(monitoringSummary(a, AS_AT))).toBe('4 recommendations: 3 accepted (in whole or in part), 1 completed, 2 outstanding, 1 overdue.');
    expect(reviewTitles(RECS)).toEqual(['Review A', 'Review B']);
  });

  it('the action plan: five columns, every row in its status colour with the status in words', () => {
    const t = monitoringTable(RECS.slice(0, 4), 'actionPlan', AS_AT);
    expect(t.cells[0]).toHaveLength(5);
    expect(t.cells).toHaveLength(5);
    expect(t.backgrounds[2]).toEqual(Array(5).fill(statusEntry('completed').background));
    expect(t.backgrounds[3]).toEqual(Array(5).fill('#d9d9d9'));
    expect(t.cells[1]![4]).toContain('(overdue)');
    for (const row of t.cells.slice(1)) expect(row[4]).toMatch(/^Status: /);
    expect(t.cells[4]![1]).toBe('In part\nSchools excluded');
  });

  it('the two-column report; the paper is named for the review and the day, with no rows of another review', () => {
    const p = buildMonitoringReport(RECS, 'review a', 'response', AS_AT, 'Board');
    expect(p.name).toBe('Review A – Monitoring Report – as at 10 February 2011');
    const t = p.tables.recommendations_table!;
    expect(t.cells[0]).toEqual(['Recommendation', 'Response']);
    expect(t.cells).toHaveLength(5);
    expect(t.cells[3]![1]).toContain('Status: Not accepted – closed.');
    expect(p.text.as_at).toBe('Thursday 10th February 2011');
    expect(() => buildMonitoringReport(RECS, 'Review C', 'response', AS_AT, 'Board')).toThrow('There is no review "Review C"');
  });
});
