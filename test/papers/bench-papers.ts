/**
 * Docs and Drive calls to render an action log of 50, 500 and 2,000 rows (for `npm run bench`).
 * The template exists already (first-use creation is counted separately); the forward plan has
 * 20 open items. The status colour goes on the first cell of each row. Two ways of setting the
 * colours are measured: the advanced Docs service (one `Documents.get` + one
 * `Documents.batchUpdate` per 500 blocks of colour) and, as when that service is not enabled,
 * DocumentApp cell by cell (`getCell` + `setBackgroundColor`). "Docs calls" counts DocumentApp
 * and the Docs API together.
 */
import { renderPaper, type CellStyling } from '../../src/adapters/docs/render';
import { addDays, type IsoDate } from '../../src/core/dates';
import type { Action, ForwardPlanItem, Meeting } from '../../src/core/model';
import { colourRects } from '../../src/core/papers/cell-runs';
import { buildPaper } from '../../src/core/papers/models';
import { defaultSettings } from '../../src/core/settings';
import { emulatedDocs } from './emulated-docs';

export interface PapersBenchRow {
  readonly rows: number;
  /** How the cell colours were set. */
  readonly style: string;
  readonly docsCalls: number;
  readonly driveCalls: number;
  readonly total: number;
  /** The five most frequent calls. */
  readonly top: Record<string, number>;
}

export interface PapersBench {
  readonly results: PapersBenchRow[];
  /** Calls to create the default template on first use (once per paper kind). */
  readonly templateCreation: number;
}

const MEETING: IsoDate = '2012-03-15';

function board(rows: number) {
  const meetings: Meeting[] = Array.from({ length: 12 }, (_, i) => ({
    date: addDays(MEETING, (i - 10) * 42), board: 'Bench Board', title: 'Executive Board', time: '2.00pm', venue: 'Civic Centre', attendees: [], apologies: [],
  }));
  const earlier = meetings.filter((m) => m.date < MEETING).map((m) => m.date);
  const actions: Action[] = Array.from({ length: rows }, (_, i) => {
    const meetingDate = earlier[i % earlier.length]!;
    // Rows are listed by reference (meeting, then number): vary the status along that order, so
    // neighbouring rows mostly differ in colour — the worst case for merging colour blocks.
    const kind = Math.floor(i / earlier.length) % 5;
    const [, mm, dd] = meetingDate.split('-');
    return {
      ref: `${dd}.${mm}.${String(Math.floor(i / earlier.length) + 1).padStart(2, '0')}`,
      agendaItem: `Item ${1 + (i % 7)}`, subject: `Subject ${i}`, meetingDate,
      text: `Action ${i}: partners to report on progress with the plan.`, responsible: 'Officer A / Officer B', isDecision: false,
      commentary: kind === 0 ? 'Progress reported.\nFurther report requested.' : '',
      ...(kind === 1 ? { dueDate: addDays(MEETING, 42) } : {}),
      ...(kind === 2 ? { firstDueDate: addDays(MEETING, -42), dueDate: addDays(MEETING, 42) } : {}),
      ...(kind === 3 ? { dueDate: addDays(MEETING, -10) } : {}),
    };
  });
  const forwardPlan: ForwardPlanItem[] = Array.from({ length: 20 }, (_, i) => ({
    source: 'Executive', dateRaised: earlier[i % earlier.length]!, item: `Report ${i}`, responsible: 'Officer C',
    dueDate: addDays(MEETING, 42 * (1 + (i % 3))), dueText: '', linkedRef: '', done: false,
  }));
  return { actions, meetings, forwardPlan, settings: defaultSettings() };
}

const STYLE_LABELS: Record<CellStyling, string> = { 'docs-api': 'Docs API', 'per-cell': 'per cell', none: 'none' };

export function benchPapers(sizes: readonly number[] = [50, 500, 2000]): PapersBench {
  const { calls, handle, docs } = emulatedDocs();
  const { Docs: _withoutDocs, ...perCell } = docs;
  const folder = handle.addFolder('Bench');
  let templateId = '';
  calls.reset();
  renderPaper(docs, { paper: buildPaper('actionLog', board(1), MEETING), templateId: '', outputFolderId: folder, savePdf: false, recordTemplateId: (id) => (templateId = id) });
  const firstUse = calls.total();
  calls.reset();
  renderPaper(docs, { paper: buildPaper('actionLog', board(1), MEETING), templateId, outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined });
  const templateCreation = firstUse - calls.total();

  const results: PapersBenchRow[] = [];
  for (const rows of sizes) {
    const paper = buildPaper('actionLog', board(rows), MEETING);
    if (paper.actionRows.length !== rows) throw new Error(`bench board selects ${paper.actionRows.length} of ${rows} rows`);
    for (const services of [docs, perCell]) {
      calls.reset();
      const result = renderPaper(services, { paper, templateId, outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined });
      const byMethod = { ...calls.byMethod('DocumentApp'), ...calls.byMethod('Docs.'), ...calls.byMethod('DriveApp') };
      const top = Object.fromEntries(Object.entries(byMethod).sort((a, b) => b[1] - a[1]).slice(0, 5));
      const docsCalls = calls.total('DocumentApp') + calls.total('Docs.');
      const blocks = Object.values(paper.tables).reduce((n, t) => n + colourRects(t.backgrounds).length, 0);
      const style = result.cellStyling === 'docs-api' ? `${STYLE_LABELS['docs-api']} (${blocks} requests)` : STYLE_LABELS[result.cellStyling];
      results.push({ rows, style, docsCalls, driveCalls: calls.total('DriveApp'), total: calls.total(), top });
    }
  }
  return { results, templateCreation };
}

/** `node scripts/run-ts.mjs test/papers/bench-papers.ts` prints the table. */
export function main(): void {
  const { results, templateCreation } = benchPapers();
  console.log(`Action log rendering: Docs and Drive calls (template creation on first use: +${templateCreation} calls)`);
  for (const r of results) {
    console.log(`${String(r.rows).padStart(5)} rows, ${r.style.padEnd(24)}: ${r.total} calls (DocumentApp + Docs API ${r.docsCalls}, DriveApp ${r.driveCalls}); most: ${JSON.stringify(r.top)}`);
  }
}
