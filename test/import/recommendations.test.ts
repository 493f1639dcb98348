/**
 * Import… a review's recommendations table, end to end on the bundle: the action plan copied
 * from Word (header repeated at a page break, a row continued over the page) lands as one
 * recommendation per number in the Recommendations tab, in Add review…'s row shape, in one
 * append; without the review's title and date it is refused; importing it again adds nothing.
 */
import { RECOMMENDATIONS } from '../../src/core/layout';
import { wordActionPlanHtml, wordMonitoringHtml } from './fixtures';
import { commit, ok, preview, rows, shown, westmoorBook } from './helpers';

const REVIEW = { title: 'Healthy Weight in Young People', body: 'Health Overview and Scrutiny', dateReported: '20/09/2010' };

describe('Import… recommendations', () => {
  it('the action plan: previewed as N recommendations for the review, written in one append under the review', () => {
    const book = westmoorBook();
    const p = ok(preview(book, { html: wordActionPlanHtml }));
    expect(p.tables[0]).toMatchObject({ kind: 'recommendations', repeatedHeaders: [4], merged: [[5, 3]] });
    expect(p.recommendations.map((r) => r.number)).toEqual(['01', '02', '03', '04']);
    expect(p.counts.recommendations).toBe(0);

    // Import without the review's title and date: refused, with the fields named, nothing written.
    const refused = commit(book, { html: wordActionPlanHtml });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(Object.keys(refused.fields)).toEqual(['review.title', 'review.dateReported']);
    expect(rows(book, RECOMMENDATIONS)).toHaveLength(0);

    const withReview = ok(preview(book, { html: wordActionPlanHtml, review: REVIEW }));
    expect(withReview.summary).toBe('Import adds 4 recommendations for review “Healthy Weight in Young People” to Recommendations.');
    book.env.calls.reset();
    const r = ok(commit(book, { html: wordActionPlanHtml, review: REVIEW }));
    expect(r.added).toEqual({ actions: 0, forwardPlan: 0, meetings: 0, officers: 0, recommendations: 4 });
    expect(r.rows).toEqual({ Recommendations: 2 });
    expect(r.message).toBe('Imported 4 recommendations for review “Healthy Weight in Young People” to Recommendations.');
    expect(book.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(1);

    const got = rows(book, RECOMMENDATIONS);
    expect(got.map((g) => [g.review, g.number, g.accepted, g.leadOfficer, g.deadline])).toEqual([
      ['Healthy Weight in Young People', '01', 'Yes', 'Chris Ward', 'March 2011'],
      ['', '02', 'In part', 'Joy Massey', 'April – June 2011'],
      ['', '03', 'No', '', ''],
      ['', '04', 'Yes', 'Chris Hale', '31/03/2011'],
    ]);
    expect(got[0]).toMatchObject({
      reviewBody: 'Health Overview and Scrutiny',
      proposedAction: 'Public Health to commission the mapping',
      progress: '14/10/2010: Two workshops held with partners\n02/12/2010: Draft map shared with schools and with GPs',
    });
    expect(shown(book, RECOMMENDATIONS, 2, 'dateReported')).toBe('20/09/2010');
    // Nothing of the row continued over the page is lost.
    expect(got[1]).toMatchObject({
      recommendation: 'Offer a free swimming session to every Year 7 pupil and to their parents or carers',
      reason: 'funded for the council’s own pools only',
      proposedAction: 'Free sessions at council pools\nLetters home through the schools',
      progress: 'Sessions booked for the spring term Letters drafted',
    });
    expect(got[2]).toMatchObject({ reason: 'the Local Plan review is the place for it' });
    // Status worked out at once, as Add review… does.
    expect(shown(book, RECOMMENDATIONS, 4, 'status')).toBe('Not accepted – closed');

    const again = ok(commit(book, { html: wordActionPlanHtml, review: REVIEW }));
    expect([again.added.recommendations, again.duplicates]).toEqual([0, 4]);
    expect(rows(book, RECOMMENDATIONS)).toHaveLength(4);
  });

  it('the monitoring report: numbered 1, 2, 3 in the text, a continued row merged, its response kept', () => {
    const book = westmoorBook();
    const r = ok(commit(book, { html: wordMonitoringHtml, review: { title: 'School Meals', body: '', dateReported: '01/11/2010' } }));
    expect(r.added.recommendations).toBe(3);
    expect(rows(book, RECOMMENDATIONS).map((g) => [g.number, g.recommendation, g.response])).toEqual([
      ['1', 'That the council publishes a map of services', 'Agreed: on the website by March'],
      ['2', 'That every pupil is offered a swim', 'Agreed in part'],
      ['3', 'That school nurses are trained in brief advice on weight and healthy eating', 'Agreed: two training days a year from the autumn'],
    ]);
  });
});
