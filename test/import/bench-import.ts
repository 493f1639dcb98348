/**
 * Import of a 5,000-row action log for `npm run bench`: the Spreadsheet calls of the preview and
 * of the import (a constant handful: one read per tab, one write per tab, whatever the rows),
 * and the pure core's time to read the Word HTML and plan the rows.
 */
import { blocksFromHtml } from '../../src/core/import/blocks';
import { planImport } from '../../src/core/import/plan';
import { timeIt } from '../bench/core-bench';
import { westmoorBook } from './helpers';

// Spread over the board's seven meetings: a meeting day holds at most 999 references, so 5,000
// rows over four meetings (1,250 each) would be refused, as a real log of that size never is.
const MEETINGS = ['25/06/09', '17.09.09', '05/11/09', '28.1.10', '18/03/10', '29.4.10', '16/06/11'];

/** A Word-style action log of `n` rows, with a repeated header every 40 rows and a continued row every 97. */
export function wordLogOf(n: number): string {
  const head = `<tr>${['Ref No and subject', 'Board and Date', 'Matters Arising/Actions', 'Responsible Officer', 'Commentary'].map((h) => `<td><p class=MsoNormal><b>${h}</b></p></td>`).join('')}</tr>`;
  const rows: string[] = [head];
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % 40 === 0) rows.push(head);
    const meeting = MEETINGS[i % MEETINGS.length]!;
    const [d, m] = meeting.split(/[/.]/);
    const ref = `${d!.padStart(2, '0')}.${m!.padStart(2, '0')}.${String(Math.floor(i / MEETINGS.length) + 1).padStart(2, '0')}`;
    rows.push(
      `<tr><td><p class=MsoNormal>${ref} Item ${1 + (i % 9)} Subject ${i}</p></td><td><p class=MsoNormal>Executive Board ${meeting}</p></td>` +
        `<td><p class=MsoNormal>Action number ${i} agreed by the board</p></td><td><p class=MsoNormal>${i % 3 ? 'Gary Bowman Janine Brown' : 'ALL Brian Mckinstrie'}</p></td>` +
        `<td><p class=MsoNormal>To be received at November 5th Executive Board.</p><p class=MsoNormal><i>Now deferred to March 18th 2010</i></p></td></tr>`,
    );
    if (i % 97 === 0) rows.push(`<tr><td></td><td></td><td><p class=MsoNormal>continued over the page</p></td><td></td><td></td></tr>`);
  }
  return `<html><body><table class=MsoTableGrid>${rows.join('\n')}</table></body></html>`;
}

export interface ImportBench {
  readonly rows: number;
  readonly previewCalls: number;
  readonly commitCalls: number;
  readonly commitBulk: number;
  readonly added: number;
  readonly coreMs: number;
  readonly commitEmulatorMs: number;
}

export function benchImport(rows = 5000): ImportBench {
  const html = wordLogOf(rows);
  const book = westmoorBook();
  book.env.calls.reset();
  const previewed = book.call<{ ok: boolean; message?: string }>('importPreview', { html });
  if (!previewed.ok) throw new Error(`bench: preview failed: ${previewed.message}`);
  const previewCalls = book.env.calls.total('SpreadsheetApp');
  book.env.calls.reset();
  const t0 = Date.now();
  const committed = book.call<{ ok: boolean; message?: string; value?: { added: { actions: number } } }>('importCommit', { html });
  const commitEmulatorMs = Date.now() - t0;
  if (!committed.ok) throw new Error(`bench: import failed: ${committed.message}`);
  const byMethod = book.env.calls.byMethod('SpreadsheetApp');
  const commitBulk = ['getValues', 'setValues'].reduce((n, m) => n + (byMethod[`SpreadsheetApp.Range.${m}`] ?? 0), 0);
  const state = {
    today: '2010-01-29',
    actions: [],
    forwardPlan: [],
    officers: ['Gary Bowman', 'Janine Brown', 'Brian Mckinstrie'],
    meetings: ['2009-06-25', '2009-09-17', '2009-11-05', '2010-01-28', '2010-03-18'].map((date) => ({ date, board: '', attendees: [], apologies: [] })),
  };
  const coreMs = timeIt(() => {
    planImport(blocksFromHtml(html), state);
  }, 3);
  return {
    rows,
    previewCalls,
    commitCalls: book.env.calls.total('SpreadsheetApp'),
    commitBulk,
    added: committed.value?.added.actions ?? 0,
    coreMs,
    commitEmulatorMs,
  };
}
