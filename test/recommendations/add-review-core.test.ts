/** Add review… (pure): the shared schema and the rows planned, lead officers matched with the alerts' matcher. */
import { createNameMatcher } from '../../src/core/alerts/names';
import { checkForm } from '../../src/core/capture/schemas';
import { addReviewForm, planAddReview, type AddReview } from '../../src/core/recommendations/add-review';
import type { Recommendation } from '../../src/core/recommendations/status';

const officers = ['Gary Bowman', 'Janine Brown'];
const match = createNameMatcher(officers.map((name) => ({ name })));
const rec = (f: Record<string, string>) => ({
  number: '',
  recommendation: 'Do it',
  accepted: '',
  reason: '',
  leadOfficer: '',
  leadMember: '',
  deadline: '',
  ...f,
});
const form = (recommendations: ReturnType<typeof rec>[]) => ({ review: ' Libraries ', reviewBody: 'Panel', dateReported: '10/01/2011', recommendations });

describe('Add review (pure)', () => {
  it('the schema trims, reads the date, and keeps a deadline as written', () => {
    const c = checkForm(addReviewForm, form([rec({ number: '01', deadline: 'April to June 2011' })]));
    expect(c).toMatchObject({
      ok: true,
      value: { review: 'Libraries', dateReported: '2011-01-10', recommendations: [{ number: '01', deadline: 'April to June 2011' }] },
    });
    expect(checkForm(addReviewForm, form([rec({ accepted: 'Maybe' })])).ok).toBe(false);
  });

  it('plans one row per recommendation, the review on the first only, officers matched, statuses worked out', () => {
    const c = checkForm(
      addReviewForm,
      form([rec({ number: '1', leadOfficer: 'j brown', deadline: '31/12/2010', accepted: 'Yes' }), rec({ number: '2', accepted: 'No', reason: 'Cost' })]),
    );
    if (!c.ok) throw new Error(c.message);
    const plan = planAddReview(c.value as AddReview, [], officers, match, '2011-02-01');
    if ('refused' in plan) throw new Error(plan.refused);
    expect(plan.rows).toEqual([
      expect.objectContaining({
        review: 'Libraries',
        dateReported: '2011-01-10',
        leadOfficer: 'Janine Brown',
        status: 'Actions outstanding – no dates confirmed',
        overdue: 'Yes',
      }),
      expect.not.objectContaining({ review: expect.anything() }),
    ]);
    expect(plan.rows[1]).toMatchObject({ status: 'Not accepted – closed', overdue: '' });
    expect(plan.notes).toEqual([]);
  });

  it('refuses a review already on the tab, whatever its case', () => {
    const c = checkForm(addReviewForm, form([rec({})]));
    if (!c.ok) throw new Error(c.message);
    const existing = [{ review: 'LIBRARIES' } as Recommendation];
    expect(planAddReview(c.value as AddReview, existing, officers, match, '2011-02-01')).toMatchObject({
      refused: expect.stringContaining('already holds a review called “Libraries”'),
      field: 'review',
    });
  });
});
