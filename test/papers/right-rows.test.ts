/**
 * Issue #11, point 4, on the bundle through the menu: right on every row. Draft minutes show the
 * date for report agreed at THAT meeting; an action completed on the day of its own meeting
 * appears once on the next action log; every date that could not be read is named on the dialog.
 */
import { a1, ACTIONS, FORWARD_PLAN } from '../../src/core/layout';
import type { DocState, TableNode } from '../emulator/docs/model';
import { loadSampleBoard } from '../fixtures/load-sample';
import { loadBundle } from '../harness/bundle';
import type { DocsHandle } from '../emulator/docs';
import type { UiHandle } from '../emulator/ui';
import type { WorkbookHandle } from '../emulator/spreadsheet/handle';
import { generateThroughMenu, menuBoard, setSetting, type BoardData } from './menu-board';
import { actions, forwardPlan, MEETING, meetings } from './sample-board';

const cellTexts = (doc: DocState) =>
  doc.body.children.flatMap((c) => (c.type === 'TABLE' ? c.rows.flatMap((r) => r.cells.map((x) => x.paragraphs.map((p) => p.text).join('\n'))) : []));

function actionTable(doc: DocState): TableNode {
  const t = doc.body.children.find((c) => c.type === 'TABLE' && c.rows[0]?.cells[0]?.paragraphs[0]?.text === 'Ref No and subject');
  if (!t || t.type !== 'TABLE') throw new Error('no action table');
  return t;
}

describe.each([true, false])('right on every row (advanced Docs service %s)', (docsApi) => {
  it('draft minutes of 17 September give 17.09.06 the date agreed then (26th November), not the later deferral (10th December)', () => {
    const bundle = loadBundle({ now: '2026-11-23T09:00:00Z', docsAdvancedService: docsApi });
    const { workbook, ui, docs } = bundle.env.handles as unknown as { workbook: WorkbookHandle; ui: UiHandle; docs: DocsHandle };
    bundle.call('menuSetUp');
    loadSampleBoard(workbook);
    const folder = docs.addFolder('Papers');
    setSetting(workbook, 'Output folder ID', folder);
    const doc = docs.document(generateThroughMenu({ bundle, workbook, docs, ui, folder }, 'minutes', '2026-09-17').docId);
    const line = cellTexts(doc).find((t) => t.includes('[17.09.06]'));
    expect(line).toContain('Report by 26th November 2026. [17.09.06]');
    expect(line).not.toContain('10th December');
    // An action never deferred keeps its one date.
    expect(cellTexts(doc).find((t) => t.includes('[17.09.08]'))).toContain('Report by 2nd November 2026.');
  });

  it('an action completed on the day of its own meeting appears once on the next action log, and not after', () => {
    const sample: BoardData = {
      meetings: [...meetings, { ...meetings.at(-1)!, date: '2012-06-21' }],
      actions: actions.map((a) => (a.ref === '15.03.02' ? { ...a, completedDate: MEETING } : a)),
      forwardPlan,
    };
    const b = menuBoard(sample, { docsApi });
    const next = actionTable(b.docs.document(generateThroughMenu(b, 'actionLog', '2012-04-26').docId));
    const rows = next.rows.filter((r) => r.cells[0]!.paragraphs[0]!.text.startsWith('15.03.02'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells[4]!.paragraphs[0]!.text).toBe('Status: Completed.');
    expect(rows[0]!.cells[4]!.paragraphs.map((p) => p.text)).toContain('Completed 15th March 2012.');
    const later = actionTable(b.docs.document(generateThroughMenu(b, 'actionLog', '2012-06-21').docId));
    expect(later.rows.filter((r) => r.cells[0]!.paragraphs[0]!.text.startsWith('15.03.02'))).toHaveLength(0);
  });

  it('names on the dialog every action and forward-plan date that could not be read', () => {
    const b = menuBoard({ meetings, actions, forwardPlan }, { docsApi });
    const col = (tab: typeof ACTIONS, key: string) => tab.columns.findIndex((c) => c.key === key) + 1;
    b.workbook.setCell(ACTIONS.name, 3, col(ACTIONS, 'dueDate'), 'next month');
    b.workbook.setCell(ACTIONS.name, 5, col(ACTIONS, 'completedDate'), 'done last week');
    b.workbook.setCell(FORWARD_PLAN.name, 2, col(FORWARD_PLAN, 'dueDate'), 'the spring');
    const { view } = generateThroughMenu(b, 'actionLog', MEETING);
    expect(view.unreadable).toEqual(
      expect.arrayContaining([
        `Actions!${a1(3, col(ACTIONS, 'dueDate'))}: Date for Report "next month" is not a date; write it as dd/mm/yyyy.`,
        `Actions!${a1(5, col(ACTIONS, 'completedDate'))}: Completed "done last week" is not a date; write it as dd/mm/yyyy.`,
        `Forward Plan!${a1(2, col(FORWARD_PLAN, 'dueDate'))}: Due Meeting "the spring" is not a date; write it as dd/mm/yyyy.`,
      ]),
    );
    expect(view.unreadable).toHaveLength(3);
  });
});
