/** The pure part of Update selected recommendation…: the shared schema and the plan. */
import { checkForm } from '../../src/core/capture/schemas';
import type { Recommendation } from '../../src/core/recommendations/status';
import { planRecommendationUpdate, recommendationUpdateForm } from '../../src/core/recommendations/update';

const rec: Recommendation = {
  row: 3,
  review: 'R',
  reviewBody: '',
  dateReported: '2010-06-14',
  number: '02',
  recommendation: 'Do it',
  accepted: 'yes',
  reason: '',
  response: '',
  proposedAction: '',
  leadOfficer: 'Gary Bowman',
  leadMember: '',
  deadline: 'December 2010',
  deadlineDate: '2010-12-31',
  progress: '14/10/2010: Started',
};
const base = { row: 3, review: 'R', number: '02', note: '', deadline: '', complete: false, completedDate: '' };

describe('recommendationUpdateForm', () => {
  it('takes a day, a month or a span as the deadline, and refuses other words or nothing to save', () => {
    for (const deadline of ['31/03/2011', 'March 2011', 'April to June 2011']) expect(checkForm(recommendationUpdateForm, { ...base, deadline }).ok).toBe(true);
    expect(checkForm(recommendationUpdateForm, { ...base, deadline: 'soon' })).toMatchObject({
      ok: false,
      fields: { deadline: expect.stringContaining('"soon" is not a day') },
    });
    expect(checkForm(recommendationUpdateForm, base)).toMatchObject({ ok: false, fields: { note: expect.stringContaining('Nothing to save') } });
  });
});

describe('planRecommendationUpdate', () => {
  const form = (f: Partial<typeof base>) => {
    const c = checkForm(recommendationUpdateForm, { ...base, ...f });
    if (!c.ok) throw new Error(c.message);
    return c.value;
  };
  it('a moved deadline with no line typed is noted in Progress; the status follows', () => {
    const c = planRecommendationUpdate(rec, form({ deadline: 'March 2011' }), '2011-01-10');
    expect(c).toEqual({
      progress: '14/10/2010: Started\n10/01/2011: Deadline moved from December 2010 to March 2011',
      deadline: 'March 2011',
      status: 'Not yet due',
      overdue: '',
      added: ['10/01/2011: Deadline moved from December 2010 to March 2011'],
    });
    expect(planRecommendationUpdate(rec, form({ note: 'Chased' }), '2011-01-10')).toMatchObject({
      status: 'Actions outstanding – no dates confirmed',
      overdue: 'Yes',
    });
  });
  it('completes (today by default), refusing a date before the report', () => {
    expect(planRecommendationUpdate(rec, form({ complete: true }), '2011-01-10')).toMatchObject({
      completedDate: '2011-01-10',
      status: 'Completed',
      progress: '14/10/2010: Started\n10/01/2011: Completed',
    });
    expect(() => planRecommendationUpdate(rec, form({ complete: true, completedDate: '01/06/2010' }), '2011-01-10')).toThrow(
      'before the review was reported on 14/06/2010',
    );
  });
});
