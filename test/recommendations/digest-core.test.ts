/** planAlerts with recommendations (pure): who gets which overdue recommendation. */
import { planAlerts } from '../../src/core/alerts/digest';
import type { Recommendation } from '../../src/core/recommendations/status';
import { officer } from '../alerts/helpers';

const rec = (fields: Partial<Recommendation>): Recommendation => ({
  row: 2,
  review: 'Review A',
  reviewBody: '',
  number: '1',
  recommendation: 'Do it',
  accepted: 'yes',
  reason: '',
  response: '',
  proposedAction: '',
  leadOfficer: 'Gary Bowman',
  leadMember: '',
  deadline: '31/01/2011',
  deadlineDate: '2011-01-31',
  progress: '',
  ...fields,
});

function plan(recommendations: Recommendation[]) {
  return planAlerts({
    today: '2011-02-10',
    actions: [],
    officers: [officer('Gary Bowman', 'gary@example.org', 2), officer('Janine Brown', 'janine@example.org', 3)],
    settings: { alertDaysAhead: 7, boardName: 'B', secretariatEmails: [], alertHour: 7 },
    spreadsheetUrl: 'https://x/edit',
    actionsSheetId: 1,
    recommendations,
    recommendationsSheetId: 9,
  });
}

describe('recommendations in planAlerts', () => {
  it('only overdue ones, to each lead officer; a name matching nobody is listed for the secretariat', () => {
    const p = plan([
      rec({ row: 2, number: '1' }),
      rec({ row: 3, number: '2', accepted: 'no', reason: 'Cost' }),
      rec({ row: 4, number: '3', deadline: 'June 2011', deadlineDate: '2011-06-30' }),
      rec({ row: 5, number: '4', leadOfficer: 'Gary Bowman / Janine Brown', completedDate: '2011-02-01' }),
      rec({ row: 6, number: '5', leadOfficer: 'Janine Brown', accepted: undefined, deadline: '', deadlineDate: undefined, dateReported: '2010-11-01' }),
      rec({ row: 7, number: '6', leadOfficer: 'Nobody Known' }),
    ]);
    const by = Object.fromEntries(p.digests.map((d) => [d.email, (d.recommendations ?? []).map((r) => [r.number, r.daysLate, r.status])]));
    expect(by).toEqual({ 'gary@example.org': [['1', 10, 'Actions outstanding – no dates confirmed']], 'janine@example.org': [['5', 40, 'Response overdue']] });
    expect(p.digests.find((d) => d.email === 'gary@example.org')!.recommendations![0]!.link).toBe('https://x/edit#gid=9&range=A2');
    expect(p.unmatched.map((u) => [u.text, u.refs])).toEqual([['Nobody Known', ['recommendation 6 of “Review A”']]]);
  });
});
