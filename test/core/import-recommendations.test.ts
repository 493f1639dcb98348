/**
 * A review's recommendations table in Import… (issue 10): both shapes, the header repeated at a
 * page break dropped, a row continued over the page merged into its number, number styles
 * 01 / 5 / 3.2, Accepted read, "Action taken" as progress lines.
 */
import { blocksFromHtml, type Row } from '../../src/core/import/blocks';
import { recogniseTable } from '../../src/core/import/headings';
import { planImport, type WorkbookState } from '../../src/core/import/plan';
import { leadingNumber, progressOf, recommendationsFromTable } from '../../src/core/import/recommendations';
import { ACTION_PLAN_HEADINGS, MONITORING_HEADINGS, wordActionPlanHtml, wordMonitoringHtml } from '../import/fixtures';

/** A pasted table's rows by heading (a cell of several lines as an array). */
function table(headings: readonly string[], ...rows: Readonly<Record<string, string | readonly string[]>>[]): Row[] {
  return [
    headings.map((h) => [h]),
    ...rows.map((r) =>
      headings.map((h) => {
        const c = r[h] ?? '';
        return typeof c === 'string' ? (c ? [c] : []) : [...c];
      }),
    ),
  ];
}

function read(rows: readonly Row[]) {
  const shape = recogniseTable(rows);
  const warnings: string[] = [];
  return { shape, warnings, ...recommendationsFromTable(1, rows, shape.headerRow, shape.columns, shape.headings, warnings) };
}

const wb: WorkbookState = { today: '2011-01-10', actions: [], meetings: [], forwardPlan: [], officers: ['Chris Ward'] };

describe('recommendations tables', () => {
  test('the action plan shape: header again dropped, continued row merged, one recommendation per number', () => {
    const blocks = blocksFromHtml(wordActionPlanHtml).filter((b) => b.kind === 'table');
    const rows = blocks[0]!.kind === 'table' ? blocks[0]!.rows : [];
    const got = read(rows);
    expect(got.shape).toMatchObject({
      kind: 'recommendations',
      columns: ['number', 'recommendation', 'accepted', 'proposedAction', 'deadline', 'actionTaken'],
    });
    expect(got.read.repeatedHeaders).toEqual([4]);
    expect(got.read.merged).toEqual([[5, 3]]);
    expect(got.recommendations.map((r) => r.number)).toEqual(['01', '02', '03', '04']);
    const [first, second, third, fourth] = got.recommendations;
    expect(first).toMatchObject({
      accepted: 'Yes',
      proposedAction: 'Public Health to commission the mapping',
      leadOfficer: 'Chris Ward',
      deadline: 'March 2011',
      progress: '14/10/2010: Two workshops held with partners\n02/12/2010: Draft map shared with schools and with GPs',
    });
    // Nothing of the continued row is lost.
    expect(second).toMatchObject({
      recommendation: 'Offer a free swimming session to every Year 7 pupil and to their parents or carers',
      accepted: 'In part',
      reason: 'funded for the council’s own pools only',
      proposedAction: 'Free sessions at council pools\nLetters home through the schools',
      leadOfficer: 'Joy Massey',
      deadline: 'April – June 2011',
      progress: 'Sessions booked for the spring term Letters drafted',
    });
    expect(third).toMatchObject({ accepted: 'No', reason: 'the Local Plan review is the place for it', deadline: '', progress: '' });
    expect(fourth).toMatchObject({ leadOfficer: 'Chris Hale', deadline: '31/03/2011' });
    expect(got.warnings).toEqual([]);
    expect(ACTION_PLAN_HEADINGS).toHaveLength(6);
  });

  test('the monitoring report shape: numbers inside the recommendation, a continued row merged', () => {
    const blocks = blocksFromHtml(wordMonitoringHtml);
    const t = blocks.find((b) => b.kind === 'table');
    const got = read(t && t.kind === 'table' ? t.rows : []);
    expect(got.shape).toMatchObject({ kind: 'recommendations', columns: ['recommendation', 'response'] });
    expect(got.read.repeatedHeaders).toEqual([5]);
    expect(got.recommendations.map((r) => [r.number, r.recommendation, r.response])).toEqual([
      ['1', 'That the council publishes a map of services', 'Agreed: on the website by March'],
      ['2', 'That every pupil is offered a swim', 'Agreed in part'],
      ['3', 'That school nurses are trained in brief advice on weight and healthy eating', 'Agreed: two training days a year from the autumn'],
    ]);
    expect(MONITORING_HEADINGS).toEqual(['Recommendation', 'Response']);
  });

  test('number styles 01, 5 and 3.2, in a number column or leading the text; the same number again continues it', () => {
    expect(['01 That…', '5. That…', '3.2 That…', 'R4: That…', 'That the council…'].map((t) => leadingNumber(t)?.number)).toEqual([
      '01',
      '5',
      '3.2',
      '4',
      undefined,
    ]);
    const got = read(
      table(
        ['No.', 'Recommendation', 'Response'],
        { 'No.': '5', Recommendation: 'Publish the map', Response: 'Agreed' },
        { 'No.': '3.2', Recommendation: 'Train nurses', Response: 'Agreed' },
        { 'No.': '3.2', Recommendation: 'in brief advice', Response: 'from the autumn' },
        { 'No.': '01', Recommendation: 'Report twice a year' },
      ),
    );
    expect(got.recommendations.map((r) => [r.number, r.recommendation, r.response])).toEqual([
      ['5', 'Publish the map', 'Agreed'],
      ['3.2', 'Train nurses in brief advice', 'Agreed from the autumn'],
      ['01', 'Report twice a year', ''],
    ]);
  });

  test('Accepted Yes / No / In part, and a word that is none of them kept in Reason with a warning', () => {
    const got = read(
      table(
        ['No.', 'Recommendation', 'Accepted'],
        { 'No.': '1', Recommendation: 'A', Accepted: 'Accepted' },
        { 'No.': '2', Recommendation: 'B', Accepted: 'Partially: only in the north' },
        { 'No.': '3', Recommendation: 'C', Accepted: 'Rejected' },
        { 'No.': '4', Recommendation: 'D', Accepted: 'Under consideration' },
      ),
    );
    expect(got.recommendations.map((r) => [r.accepted, r.reason])).toEqual([
      ['Yes', ''],
      ['In part', 'only in the north'],
      ['No', ''],
      ['', 'Under consideration'],
    ]);
    expect(got.warnings).toEqual([
      'Table 1, row 5, Accepted: “Under consideration” is not Yes, No or In part, so it is kept in Reason; choose Accepted in the Recommendations tab.',
    ]);
  });

  test('"Action taken": dated lines as progress lines, an undated cell one line as written', () => {
    expect(progressOf(['1st October 2010 - Workshops held', 'Further work planned', '3/11/2010: Map drafted'])).toBe(
      '01/10/2010: Workshops held Further work planned\n03/11/2010: Map drafted',
    );
    expect(progressOf(['Workshops held in October', 'with partners'])).toBe('Workshops held in October with partners');
    expect(progressOf([])).toBe('');
  });

  test('the plan: N recommendations for the review named in the dialog; without a title and date none', () => {
    const blocks = blocksFromHtml(wordActionPlanHtml);
    const without = planImport(blocks, wb, {});
    expect(without.preview.recommendations).toHaveLength(4);
    expect(without.writes.recommendations).toHaveLength(0);
    expect(without.preview.warnings).toContain(
      "Give the review's title and the date it was reported (above the preview): without them its 4 recommendations are not imported.",
    );
    expect(without.writes.actions).toHaveLength(0);
    const review = { title: 'Healthy Weight in Young People', body: 'Scrutiny', dateReported: '2010-09-20' as const };
    const withReview = planImport(blocks, wb, { review });
    expect(withReview.preview.summary).toBe('Import adds 4 recommendations for review “Healthy Weight in Young People” to Recommendations.');
    expect(withReview.writes.recommendations.map((r) => r.number)).toEqual(['01', '02', '03', '04']);
    const again = planImport(blocks, { ...wb, reviews: ['healthy weight in young people'] }, { review });
    expect(again.writes.recommendations).toHaveLength(0);
    expect(again.preview.summary).toBe('Nothing new to add: all 4 already in the sheet (imported before?).');
    expect(again.preview.recommendations[0]?.duplicate).toBe('the review “Healthy Weight in Young People” is already on the Recommendations tab');
  });
});
