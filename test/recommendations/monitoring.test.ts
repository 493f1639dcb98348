/**
 * Generate monitoring report… (issue 10, point 4) end to end on the bundle: the review chosen in
 * the paper dialog, either shape, one row per recommendation in its status colour with the
 * status in words, the summary line and the date it is as at; made again it updates the same
 * Doc; without the advanced Docs service it is made the DocumentApp way with the same rows; text
 * typed in the tab is never read as a placeholder.
 */
import { RECOMMENDATIONS } from '../../src/core/layout';
import { STATUS_KEY, statusEntry } from '../../src/core/status';
import { RECOMMENDATION_EXTRA_KEY } from '../../src/core/recommendations/status';
import type { DocState } from '../emulator/docs/model';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { linkedDocId, setSetting } from '../papers/menu-board';
import type { PaperView } from '../../src/papers/menu';
import { grid, LATE_REVIEW, RC, REVIEW, ROWS } from './board';

type Answer<T> = { ok: true; value: T } | { ok: false; message: string };
interface DialogData {
  kind: string;
  meetings: { date: string; label: string }[];
  shapes?: { value: string; label: string }[];
}

function setUp(docsApi = true, rows = ROWS): LoadedBundle {
  const bundle = loadBundle({ now: '2011-02-01T09:00:00Z', docsAdvancedService: docsApi });
  bundle.call('menuSetUp');
  bundle.env.handles.workbook.setValues(RECOMMENDATIONS.name, 2, 1, grid(rows));
  bundle.call('menuRefreshStatuses');
  setSetting(bundle.env.handles.workbook, 'Output folder ID', bundle.env.handles.docs.addFolder('Scrutiny papers'));
  return bundle;
}

/** As a person does it: the menu item, the dialog's lists, Make. */
function make(b: LoadedBundle, review: string, shape: string) {
  const before = b.env.handles.ui.dialogs.length;
  b.call('menuGenerateMonitoringReport');
  const dialog = b.env.handles.ui.dialogs[before];
  if (!dialog) throw new Error(`no dialog: ${JSON.stringify(b.env.handles.ui.alerts.at(-1))}`);
  const kind = /id="paper-kind" data-kind="(\w+)"/.exec(dialog.html)?.[1];
  const data = b.call<Answer<DialogData>>('papersDialog', kind);
  if (!data.ok) throw new Error(data.message);
  const made = b.call<Answer<PaperView>>('papersGenerate', kind, review, shape);
  if (!made.ok) throw new Error(made.message);
  const id = linkedDocId(made.value.docUrl);
  return { dialog, data: data.value, view: made.value, id, doc: b.env.handles.docs.document(id) };
}

function tableOf(doc: DocState, firstHeader = 'Recommendation') {
  const t = doc.body.children.find((c) => c.type === 'TABLE' && c.rows[0]?.cells[0]?.paragraphs[0]?.text === firstHeader);
  if (!t || t.type !== 'TABLE') throw new Error('no recommendations table');
  return t;
}
const cellText = (cell: { paragraphs: readonly { text: string }[] }) => cell.paragraphs.map((p) => p.text).join('\n');
const docText = (doc: DocState) =>
  doc.body.children
    .filter((c) => c.type === 'PARAGRAPH')
    .map((c) => (c as { text: string }).text)
    .join('\n');
const tabStatus = (b: LoadedBundle) => {
  const values = b.env.handles.workbook.sheet(RECOMMENDATIONS.name).values;
  return new Map(values.slice(1).map((r) => [String(r[RC('number') - 1]), String(r[RC('status') - 1])]));
};
const REVIEW_ROWS = 12;
const SUMMARY = '12 recommendations: 11 accepted (in whole or in part), 2 completed, 9 outstanding, 3 overdue.';

describe('Generate monitoring report… (bundle)', () => {
  it('the full action plan: every recommendation of the review once, coloured by status with the status in words, the summary and the date as at', () => {
    const b = setUp();
    const { dialog, data, view, doc, id } = make(b, REVIEW, 'actionPlan');
    expect(dialog.title).toBe('Generate monitoring report');
    expect(data.meetings.map((m) => m.date)).toEqual([REVIEW, LATE_REVIEW]);
    expect(data.shapes?.map((s) => s.value)).toEqual(['response', 'actionPlan']);
    expect(b.env.handles.docs.file(id).name).toBe(`${REVIEW} – Action Plan – as at 1 February 2011`);
    expect(view.outcome).toBe('new');

    const table = tableOf(doc);
    expect(table.rows[0]!.cells.map(cellText)).toEqual(['Recommendation', 'Accepted', 'Proposed action (lead officer)', 'Deadline', 'Action taken']);
    const body = table.rows.slice(1);
    expect(body).toHaveLength(REVIEW_ROWS);
    expect(body.map((r) => cellText(r.cells[0]!).split('.')[0])).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
    const statuses = tabStatus(b);
    for (const r of body) {
      const number = cellText(r.cells[0]!).split('.')[0]!;
      const status = statuses.get(number)!;
      expect(cellText(r.cells[4]!)).toContain(`Status: ${status}`);
      // The whole row in the colour the tab's key gives its status.
      const key = [...STATUS_KEY, ...RECOMMENDATION_EXTRA_KEY].find((e) => e.label === status);
      expect(r.cells.map((c) => c.backgroundColor)).toEqual(Array(5).fill(key!.background));
    }
    const colour = (n: number) => body[n - 1]!.cells[0]!.backgroundColor;
    expect(colour(3)).toBe('#d9d9d9'); // not accepted – closed
    expect(colour(6)).toBe(statusEntry('completed').background);
    expect(colour(2)).toBe(statusEntry('notYetDue').background);
    expect(colour(1)).toBe(statusEntry('noDate').background); // past its deadline
    expect(cellText(body[3]!.cells[1]!)).toBe('In part\nSchools are outside the council’s control');
    expect(cellText(body[3]!.cells[2]!)).toBe('Extend to every directorate but Schools\n(Gary Bowman)');
    expect(cellText(body[3]!.cells[3]!)).toBe('April to June 2011');
    expect(cellText(body[0]!.cells[4]!)).toContain('14/10/2010: Two workshops held with partners');

    const text = docText(doc);
    expect(text).toContain(SUMMARY);
    expect(text).toContain('As at: Tuesday 1st February 2011.');
    expect(text).toContain('Reported: Monday 14th June 2010.');
    expect(text).toContain('Overview and Scrutiny Committee');
    expect(text).not.toContain('{{');
    expect(b.env.calls.count('DocumentApp.Body.insertTable')).toBe(0);

    // Made again (a progress line added): the same Doc, updated in place, the new line in it.
    b.env.handles.workbook.setCell(RECOMMENDATIONS.name, 3, RC('progress'), '20/01/2011: Route agreed with Jobcentre Plus');
    const again = make(b, REVIEW, 'actionPlan');
    expect(again.id).toBe(id);
    expect(again.view.outcome).toBe('updated');
    expect(again.view.outcomeText).toContain('made before for this review was updated in place');
    const rowsAgain = tableOf(again.doc).rows.slice(1);
    expect(rowsAgain).toHaveLength(REVIEW_ROWS);
    expect(cellText(rowsAgain[1]!.cells[4]!)).toContain('20/01/2011: Route agreed with Jobcentre Plus');
  });

  it('the two-column report, a Doc of its own; a review awaiting its response shows Response overdue in words', () => {
    const b = setUp();
    const plan = make(b, REVIEW, 'actionPlan');
    const report = make(b, REVIEW, 'response');
    expect(report.id).not.toBe(plan.id);
    const table = tableOf(report.doc);
    expect(table.rows[0]!.cells.map(cellText)).toEqual(['Recommendation', 'Response']);
    expect(table.rows).toHaveLength(REVIEW_ROWS + 1);
    const first = cellText(table.rows[1]!.cells[1]!);
    expect(first).toContain('Accepted: Yes.');
    expect(first).toContain('Agreed; the map will be shared with the board');
    expect(first).toContain('Deadline: December 2010');
    expect(cellText(table.rows[3]!.cells[1]!)).toContain('Status: Not accepted – closed.');
    expect(cellText(table.rows[3]!.cells[1]!)).toContain('Reason: No budget in 2010/11; to be reconsidered next year');

    const late = make(b, LATE_REVIEW, 'response');
    const lateRows = tableOf(late.doc).rows.slice(1);
    expect(lateRows).toHaveLength(2);
    for (const r of lateRows) {
      expect(cellText(r.cells[1]!)).toContain('Status: Response overdue.');
      expect(cellText(r.cells[1]!)).toContain('No response yet.');
      expect(r.cells.map((c) => c.backgroundColor)).toEqual(['#f4c7c3', '#f4c7c3']);
    }
    expect(docText(late.doc)).toContain('2 recommendations: 0 accepted (in whole or in part), 0 completed, 2 outstanding, 2 overdue.');
  });

  it('without the Docs API (DocumentApp): the same rows, colours and words; text typed like a placeholder stays as typed', () => {
    const rows = ROWS.map((r, i) => (i === 1 ? { ...r, recommendation: '{{summary}} and {{recommendations_table}}' } : r));
    const b = setUp(false, rows);
    const { doc, view } = make(b, REVIEW, 'actionPlan');
    expect(view.docsApiHowTo).toBeDefined();
    const body = tableOf(doc).rows.slice(1);
    expect(body).toHaveLength(REVIEW_ROWS);
    expect(cellText(body[1]!.cells[0]!)).toBe('02. {{summary}} and {{recommendations_table}}');
    expect(body[2]!.cells.map((c) => c.backgroundColor)).toEqual(Array(5).fill('#d9d9d9'));
    expect(cellText(body[2]!.cells[4]!)).toContain('Status: Not accepted – closed.');
    expect(docText(doc)).toContain(SUMMARY);
  });

  it('refuses a review no longer on the tab and a shape it does not know, making nothing', () => {
    const b = setUp();
    const files = () => b.env.handles.docs.files().length;
    const before = files();
    const gone = b.call<Answer<PaperView>>('papersGenerate', 'monitoring', 'No Such Review', 'response');
    expect(gone).toMatchObject({ ok: false, message: expect.stringContaining('That review is no longer on the Recommendations tab') });
    const shape = b.call<Answer<PaperView>>('papersGenerate', 'monitoring', REVIEW, 'poster');
    expect(shape).toMatchObject({ ok: false, message: expect.stringContaining('report shape') });
    expect(files()).toBe(before);
  });
});
