/**
 * Issue #11, point 5, on the bundle through the menu: a paper made again for the same meeting
 * updates the Doc made before (same id and link, its history kept) — or, when it cannot, replaces
 * it (the old one in the Bin) — and says which; the dialog lists the meetings from Meetings, the
 * next one first; toasts say what is happening; the result names the Doc, the PDF and what was
 * left out.
 */
import { ACTIONS, MEETINGS } from '../../src/core/layout';
import type { DocState } from '../emulator/docs/model';
import { generateThroughMenu, menuBoard, setSetting, type BoardData } from './menu-board';
import { actions, BOARD, forwardPlan, MEETING, meetings } from './sample-board';

const sample: BoardData = { meetings, actions, forwardPlan };

/** What a reader sees: the text and style of every paragraph and cell (empty lines aside). */
const visible = (doc: DocState) =>
  doc.body.children.flatMap((c): unknown[] =>
    c.type === 'PARAGRAPH'
      ? c.text
        ? [{ text: c.text, heading: c.heading, bold: c.bold }]
        : []
      : [
          {
            pinned: c.pinnedHeaderRows,
            widths: c.columnWidths,
            rows: c.rows.map((r) =>
              r.cells.map((x) => ({
                text: x.paragraphs.map((p) => p.text).join('\n'),
                bg: x.backgroundColor,
                bold: x.paragraphs.every((p) => p.bold),
                size: x.paragraphs[0]!.fontSize,
              })),
            ),
          },
        ],
  );

const textColumn = ACTIONS.columns.findIndex((c) => c.key === 'text') + 1;

describe('making a paper again for the same meeting', () => {
  it('with the Docs API: updates the same Doc in place (same link, one Doc, its revision moved on), exactly as a fresh paper of the new data, and says so', () => {
    const b = menuBoard(sample);
    const first = generateThroughMenu(b, 'actionLog', MEETING);
    expect(first.view.outcome).toBe('new');
    const revision = b.docs.document(first.docId).revision;
    // The secretariat corrects an action between the two runs.
    b.workbook.setCell(ACTIONS.name, 2, textColumn, 'Partners to confirm their 2012/13 contributions by the end of March.');

    const second = generateThroughMenu(b, 'actionLog', MEETING);
    expect(second.docId).toBe(first.docId);
    expect(second.view.docUrl).toBe(first.view.docUrl);
    expect(second.view.outcome).toBe('updated');
    expect(second.view.outcomeText).toContain('updated in place: the same Doc and link');
    expect(b.docs.document(first.docId).revision).toBeGreaterThan(revision);
    const papers = b.docs.files().filter((f) => f.name === `${BOARD} – Action Log – 15 March 2012`);
    expect(papers.map((f) => [f.id, f.trashed])).toEqual([[first.docId, false]]);

    // The updated Doc is what a fresh paper of the corrected data would be.
    const fresh = menuBoard(sample);
    fresh.workbook.setCell(ACTIONS.name, 2, textColumn, 'Partners to confirm their 2012/13 contributions by the end of March.');
    const made = generateThroughMenu(fresh, 'actionLog', MEETING);
    expect(visible(b.docs.document(second.docId))).toEqual(visible(fresh.docs.document(made.docId)));
    expect(JSON.stringify(b.docs.snapshot(second.docId))).toContain('by the end of March.');
    expect(JSON.stringify(b.docs.snapshot(second.docId))).not.toContain('Partners to confirm their contributions to the pooled budget.');
  });

  it('with the Docs API and a PDF: the PDF is made afresh and the one before goes to the Bin', () => {
    const b = menuBoard(sample);
    setSetting(b.workbook, 'Also save as PDF', 'Yes');
    const first = generateThroughMenu(b, 'agenda', MEETING);
    const second = generateThroughMenu(b, 'agenda', MEETING);
    const pdfs = b.docs.filesIn(b.folder).filter((f) => f.mimeType === 'application/pdf');
    expect(pdfs.map((f) => f.trashed)).toEqual([true, false]);
    expect(second.view.pdfUrl).toContain(pdfs[1]!.id);
    expect(first.view.pdfUrl).toContain(pdfs[0]!.id);
    expect(second.docId).toBe(first.docId);
  });

  it.each([
    ['without the Docs API', false, false],
    ['with a template holding a table (it cannot be laid out again in place)', true, true],
  ])('%s: replaces the Doc — the old one in the Bin, one paper left — and says its link changed', (_, docsApi, tableTemplate) => {
    const b = menuBoard(sample, { docsApi });
    if (tableTemplate) {
      const id = b.docs.addDocument('Boxed template', ['{{board}}', { table: [['Meeting', '{{meeting_date}}']] }, '{{action_table}}']);
      setSetting(b.workbook, 'Action log template ID', id);
    }
    const first = generateThroughMenu(b, 'actionLog', MEETING);
    const second = generateThroughMenu(b, 'actionLog', MEETING);
    expect(second.docId).not.toBe(first.docId);
    expect(second.view.outcome).toBe('replaced');
    expect(second.view.outcomeText).toBe(
      'The action log made before for this meeting was replaced by a new Doc (the old one is in the Bin): its link has changed.',
    );
    expect(b.docs.file(first.docId).trashed).toBe(true);
    const live = b.docs.files().filter((f) => f.name === `${BOARD} – Action Log – 15 March 2012` && !f.trashed);
    expect(live.map((f) => f.id)).toEqual([second.docId]);
    // A third run replaces the second (the record follows the latest).
    const third = generateThroughMenu(b, 'actionLog', MEETING);
    expect(b.docs.file(second.docId).trashed).toBe(true);
    expect(
      b.docs
        .files()
        .filter((f) => f.name === `${BOARD} – Action Log – 15 March 2012` && !f.trashed)
        .map((f) => f.id),
    ).toEqual([third.docId]);
  });

  it('makes a new paper when the one before was put in the Bin by hand', () => {
    const b = menuBoard(sample);
    const first = generateThroughMenu(b, 'minutes', MEETING);
    b.docs.file(first.docId).trashed = true;
    const second = generateThroughMenu(b, 'minutes', MEETING);
    expect(second.docId).not.toBe(first.docId);
    expect(second.view.outcome).toBe('new');
  });
});

describe('the paper dialog', () => {
  it('opens from the menu, lists the meetings from Meetings with the next one first, and follows the cursor on Meetings', () => {
    const b = menuBoard(sample);
    const made = generateThroughMenu(b, 'agenda');
    expect(made.dialog.title).toBe('Generate agenda');
    expect(made.dialog.html).toContain('<select id="meeting"');
    expect(made.dialog.html).toContain('data-kind="agenda"');
    // Today is 1 March 2012: 15 March is next, then 26 April, then the past ones latest first.
    expect(made.options.map((o) => o.date)).toEqual(['2012-03-15', '2012-04-26', '2012-01-19', '2011-11-10', '2011-09-15']);
    expect(made.options[0]!.label).toBe(`Thursday 15th March 2012 – ${BOARD} (next)`);
    expect(made.options[2]!.label).toBe(`Thursday 19th January 2012 – ${BOARD} (past)`);
    expect(b.docs.file(made.docId).name).toBe(`${BOARD} – Agenda – 15 March 2012`);

    // On the Meetings tab, the row under the cursor comes first.
    const row = meetings.findIndex((m) => m.date === '2012-01-19') + 2;
    b.workbook.setActiveCell(MEETINGS.name, row, 1);
    b.bundle.env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MEETINGS.name)!.activate();
    const onRow = generateThroughMenu(b, 'minutes');
    expect(onRow.options[0]!.date).toBe('2012-01-19');
    expect(b.docs.file(onRow.docId).name).toBe(`${BOARD} – Draft Minutes – 19 January 2012`);
  });

  it('says what is happening with toasts, and the result names the Doc, the PDF and what was left out', () => {
    const b = menuBoard(sample, { docsApi: false });
    setSetting(b.workbook, 'Also save as PDF', 'Yes');
    const toastsBefore = b.workbook.toasts.length;
    const made = generateThroughMenu(b, 'actionLog', MEETING);
    expect(b.workbook.toasts.slice(toastsBefore).map((t) => [t.message, t.timeoutSeconds])).toEqual([
      ['Making the action log for Thursday 15th March 2012…', -1],
      [`Action Log ready: ${BOARD} – Action Log – 15 March 2012.`, 5],
    ]);
    expect(made.view.name).toBe(`${BOARD} – Action Log – 15 March 2012`);
    expect(made.view.docUrl).toBe(`https://docs.google.com/document/d/${made.docId}/edit`);
    expect(made.view.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/.+\/view/);
    expect(made.view.leftOut).toEqual(['the header row repeating at the top of each page (DocumentApp cannot set it)']);
    expect(made.view.docsApiHowTo).toContain('Extensions ▸ Apps Script, then Services (+) ▸ Google Docs API ▸ Add');
  });

  it('replaces the "Making…" toast when the paper cannot be made, and the dialog gets the reason', () => {
    const b = menuBoard(sample);
    setSetting(b.workbook, 'Agenda template ID', b.docs.addDocument('Bad', ['{{board}} {{no_such}}', '{{agenda_items}}']));
    const before = b.workbook.toasts.length;
    b.bundle.call('menuGenerateAgenda');
    const made = b.bundle.call<{ ok: boolean; message?: string }>('papersGenerate', 'agenda', MEETING);
    expect(made).toMatchObject({ ok: false, message: 'The agenda template cannot be used: Unknown placeholder: {{no_such}}. Nothing was created.' });
    expect(b.workbook.toasts.slice(before).map((t) => t.message)).toEqual([
      'Making the agenda for Thursday 15th March 2012…',
      'The agenda could not be made: the dialog says why.',
    ]);
  });
});
