/**
 * Docs and Drive calls to render an action log of 50, 500 and 2,000 rows (for `npm run bench`).
 * The template exists already (first-use creation is counted separately); the forward plan has
 * 20 open items. Two styles are measured: each row in its status colour across all five cells
 * (what the product does) and only the first cell coloured (the cheapest DocumentApp allows).
 */
import { renderPaper, type DocsServices } from '../../src/adapters/docs/render';
import { addDays, type IsoDate } from '../../src/core/dates';
import type { Action, ForwardPlanItem, Meeting } from '../../src/core/model';
import { buildPaper, type PaperModel, type TableModel } from '../../src/core/papers/models';
import { defaultSettings } from '../../src/core/settings';
import { CallLog } from '../emulator/calls';
import { createDocsEmulator } from '../emulator/docs';
import { hostRealm } from '../emulator/realm';

export interface PapersBenchRow {
  readonly rows: number;
  readonly style: 'first cell';
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
    const kind = i % 5;
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

export function benchPapers(sizes: readonly number[] = [50, 500, 2000]): PapersBench {
  const calls = new CallLog();
  const { services, handle } = createDocsEmulator({ realm: hostRealm, calls });
  const docs: DocsServices = {
    DocumentApp: services.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp,
    DriveApp: services.DriveApp as unknown as GoogleAppsScript.Drive.DriveApp,
    pdfMimeType: services.MimeType.PDF,
  };
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
    calls.reset();
    renderPaper(docs, { paper, templateId, outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined });
    const byMethod = { ...calls.byMethod('DocumentApp'), ...calls.byMethod('DriveApp') };
    const top = Object.fromEntries(Object.entries(byMethod).sort((a, b) => b[1] - a[1]).slice(0, 5));
    results.push({ rows, style: 'first cell', docsCalls: calls.total('DocumentApp'), driveCalls: calls.total('DriveApp'), total: calls.total(), top });
  }
  return { results, templateCreation };
}

/** `node scripts/run-ts.mjs test/papers/bench-papers.ts` prints the table. */
export function main(): void {
  const { results, templateCreation } = benchPapers();
  console.log(`Action log rendering: Docs and Drive calls (template creation on first use: +${templateCreation} calls)`);
  for (const r of results) {
    console.log(`${String(r.rows).padStart(5)} rows, ${r.style.padEnd(10)}: ${r.total} calls (DocumentApp ${r.docsCalls}, DriveApp ${r.driveCalls}); most: ${JSON.stringify(r.top)}`);
  }
}
