/**
 * The action log lists a review's outstanding recommendations under a heading row of their own
 * when Settings: Recommendations in the action log is Yes (issue 10, point 5), end to end on the
 * bundle through the paper dialog, with and without the advanced Docs service; with No, the
 * Recommendations tab is not read and the paper holds no such table.
 */
import { MEETINGS, RECOMMENDATIONS } from '../../src/core/layout';
import { RECOMMENDATION_EXTRA_KEY } from '../../src/core/recommendations/status';
import { statusEntry } from '../../src/core/status';
import type { DocState } from '../emulator/docs/model';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { paperThroughMenu, setSetting } from '../papers/menu-board';
import { grid, LATE_REVIEW, REVIEW, ROWS } from './board';

const MEETING = '2011-02-10';

function board(docsApi: boolean): LoadedBundle {
  const bundle = loadBundle({ now: '2011-02-01T09:00:00Z', docsAdvancedService: docsApi });
  bundle.call('menuSetUp');
  const wb = bundle.env.handles.workbook;
  wb.setValues(MEETINGS.name, 2, 1, [MEETINGS.columns.map((c) => (c.key === 'date' ? '10/02/2011' : c.key === 'board' ? 'Economy Board' : ''))]);
  wb.setValues(RECOMMENDATIONS.name, 2, 1, grid(ROWS));
  bundle.call('menuRefreshStatuses');
  return bundle;
}

function recommendationsTable(doc: DocState) {
  const t = doc.body.children.find((c) => c.type === 'TABLE' && c.rows.some((r) => r.cells[0]?.paragraphs[0]?.text.startsWith('Recommendations outstanding:')));
  return t && t.type === 'TABLE' ? t : undefined;
}
const text = (cell: { paragraphs: readonly { text: string }[] }) => cell.paragraphs.map((p) => p.text).join('\n');

describe.each([true, false])('the action log with outstanding recommendations (advanced Docs service %s)', (docsApi) => {
  it('Yes: each review with any outstanding gets a heading row, then its open recommendations in their colours; closed ones are left out', () => {
    const bundle = board(docsApi);
    setSetting(bundle.env.handles.workbook, 'Recommendations in the action log', 'Yes');
    const { docId } = paperThroughMenu(bundle, 'actionLog', MEETING);
    const table = recommendationsTable(bundle.env.handles.docs.document(docId));
    expect(table).toBeDefined();
    const rows = table!.rows.map((r) => r.cells.map(text));
    expect(rows[0]).toEqual(['Recommendation', 'Proposed action (lead officer)', 'Deadline', 'Progress']);
    const headings = rows.filter((r) => r[0]!.startsWith('Recommendations outstanding:')).map((r) => r[0]);
    expect(headings).toEqual([
      `Recommendations outstanding: ${REVIEW} (Overview and Scrutiny Committee, reported 14/06/2010)`,
      `Recommendations outstanding: ${LATE_REVIEW} (Health Scrutiny Panel, reported 01/07/2010)`,
    ]);
    const numbers = rows.map((r) => /^(\d+)\. /.exec(r[0]!)?.[1]).filter(Boolean);
    // 03 not accepted (closed), 06 and 10 completed: left out. As at the meeting, 10/02/2011.
    expect(numbers).toEqual(['01', '02', '04', '05', '07', '08', '09', '11', '12', '1', '2']);
    const first = rows.find((r) => r[0]!.startsWith('01. '))!;
    expect(first[1]).toBe('Commission a mapping exercise\n(Gary Bowman)');
    expect(first[2]).toBe('December 2010');
    expect(first[3]).toBe('Status: Actions outstanding – no dates confirmed (overdue).\n14/10/2010: Two workshops held with partners');
    const colour = (n: string) => table!.rows.find((r) => text(r.cells[0]!).startsWith(n))!.cells[0]!.backgroundColor;
    expect(colour('02. ')).toBe(statusEntry('notYetDue').background);
    expect(colour('1. ')).toBe(RECOMMENDATION_EXTRA_KEY.find((e) => e.label === 'Response overdue')!.background);
  });

  it('Yes with nothing outstanding says so in one line', () => {
    const bundle = board(docsApi);
    const wb = bundle.env.handles.workbook;
    wb.setValues(RECOMMENDATIONS.name, 2, 1, grid([{ ...ROWS[0]!, completedDate: '20/12/2010' }]));
    const rows = wb.sheet(RECOMMENDATIONS.name).values.length;
    for (let r = 3; r <= rows; r++) wb.setValues(RECOMMENDATIONS.name, r, 1, [RECOMMENDATIONS.columns.map(() => '')]);
    setSetting(wb, 'Recommendations in the action log', 'Yes');
    const { docId } = paperThroughMenu(bundle, 'actionLog', MEETING);
    const doc = bundle.env.handles.docs.document(docId);
    const only = doc.body.children.find((c) => c.type === 'TABLE' && c.rows[0]?.cells[0]?.paragraphs[0]?.text === 'No outstanding recommendations.');
    expect(only).toBeDefined();
    expect(recommendationsTable(doc)).toBeUndefined();
  });

  it('No (the default): the Recommendations tab is not read and the paper has no recommendations', () => {
    const bundle = board(docsApi);
    // With the tab gone the paper is still made: the setting being No, it is never looked for.
    const ss = (bundle.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName(RECOMMENDATIONS.name)!);
    const { docId } = paperThroughMenu(bundle, 'actionLog', MEETING);
    const doc = bundle.env.handles.docs.document(docId);
    expect(recommendationsTable(doc)).toBeUndefined();
    const all = doc.body.children
      .flatMap((c) => (c.type === 'TABLE' ? c.rows.flatMap((r) => r.cells.map(text)) : c.type === 'PARAGRAPH' ? [(c as { text: string }).text] : []))
      .join('\n');
    expect(all).toContain('Forward Plan');
    expect(all).not.toContain('recommendations_outstanding');
    expect(all).not.toContain('No outstanding recommendations.');
  });
});
