/**
 * Issue #11, point 3, on the bundle through the menu: the papers are accessible. The title and
 * sections are real headings (Heading 1/2), the table header row is a header row pinned to
 * repeat on every page, the status is written in words on every row as well as shown by colour,
 * text on every colour used has a contrast of at least 4.5:1, and the PDF copy keeps the
 * headings and the header row.
 */
import { contrastRatio, luminance, MIN_TEXT_CONTRAST } from '../../src/core/papers/contrast';
import { HEADER_BACKGROUND } from '../../src/core/papers/models';
import { STATUS_KEY, statusEntry } from '../../src/core/status';
import type { DocState, TableNode } from '../emulator/docs/model';
import { generateThroughMenu, menuBoard, setSetting, type BoardData } from './menu-board';
import { actions, EXPECTED_LOG, forwardPlan, MEETING, meetings } from './sample-board';

const sample: BoardData = { meetings, actions, forwardPlan };

function actionTable(doc: DocState): TableNode {
  const t = doc.body.children.find((c) => c.type === 'TABLE' && c.rows[0]?.cells[0]?.paragraphs[0]?.text === 'Ref No and subject');
  if (!t || t.type !== 'TABLE') throw new Error('no action table');
  return t;
}

describe('contrast (WCAG 2.1)', () => {
  it('computes the documented values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2); // the well-known just-failing grey
    expect(luminance('#ffffff')).toBe(1);
  });

  it("every status colour and the header grey carry text (black in the papers, the key's font colour in the sheet) at 4.5:1 or more", () => {
    for (const e of STATUS_KEY) {
      expect(contrastRatio('#000000', e.background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(contrastRatio(e.fontColor, e.background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
    expect(contrastRatio('#000000', HEADER_BACKGROUND)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });
});

describe.each([true, false])('accessible papers through the menu (advanced Docs service %s)', (docsApi) => {
  const b = menuBoard(sample, { docsApi });
  setSetting(b.workbook, 'Also save as PDF', 'Yes');
  const { view, docId: id } = generateThroughMenu(b, 'actionLog', MEETING);
  const doc = b.docs.document(id);

  it('has its title as the one Heading 1 and its sections as Heading 2', () => {
    const headings = doc.body.children.flatMap((c) => (c.type === 'PARAGRAPH' && c.heading !== 'NORMAL' ? [[c.heading, c.text]] : []));
    expect(headings.filter(([h]) => h === 'HEADING1')).toEqual([['HEADING1', 'Action Log & Forward Plan']]);
    expect(headings.filter(([h]) => h === 'HEADING2').map(([, t]) => t)).toEqual(['Thursday 15th March 2012', 'Key:', 'Please note:', 'Forward Plan']);
    // No heading level is skipped.
    const levels = headings.flatMap(([h]) => (/^HEADING(\d)$/.exec(h as string) ? [Number(/\d/.exec(h as string)![0])] : []));
    levels.forEach((l, i) => expect(l - (i ? Math.max(...levels.slice(0, i)) : 0)).toBeLessThanOrEqual(1));
  });

  it("gives the agenda and the minutes one Heading 1 each, the minutes' sections Heading 2", () => {
    const headingsOf = (kind: 'agenda' | 'minutes') =>
      b.docs
        .document(generateThroughMenu(b, kind, MEETING).docId)
        .body.children.flatMap((c) => (c.type === 'PARAGRAPH' && /^HEADING/.test(c.heading) ? [[c.heading, c.text]] : []));
    expect(headingsOf('agenda')).toEqual([['HEADING1', 'Agenda']]);
    expect(headingsOf('minutes')).toEqual([
      ['HEADING1', 'Minutes (draft)'],
      ['HEADING2', 'Attending:'],
      ['HEADING2', 'Business'],
    ]);
  });

  it('writes the status in words on every row, matching its colour', () => {
    const rows = actionTable(doc).rows.slice(1);
    expect(rows).toHaveLength(EXPECTED_LOG.length);
    rows.forEach((r, i) => {
      const entry = statusEntry(EXPECTED_LOG[i]![1] as never);
      expect(r.cells[4]!.paragraphs[0]!.text).toMatch(new RegExp(`^Status: ${entry.label}( \\(overdue\\))?\\.$`));
      expect(r.cells[0]!.backgroundColor).toBe(entry.background);
    });
  });

  it('has at least 4.5:1 contrast for the text of every cell of every table', () => {
    const tables = doc.body.children.filter((c): c is TableNode => c.type === 'TABLE');
    expect(tables.length).toBe(3);
    for (const t of tables) {
      for (const r of t.rows) {
        for (const c of r.cells) {
          for (const p of c.paragraphs) {
            if (!p.text) continue;
            expect(contrastRatio(p.foregroundColor ?? '#000000', c.backgroundColor ?? '#ffffff')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
          }
        }
      }
    }
  });

  it(
    docsApi
      ? 'pins the header row of each table with one, so it repeats on every page'
      : 'cannot pin the header row without the Docs API, and the dialog says so',
    () => {
      const headed = doc.body.children.filter(
        (c): c is TableNode => c.type === 'TABLE' && c.rows[0]!.cells.every((x) => x.backgroundColor === HEADER_BACKGROUND),
      );
      expect(headed.map((t) => t.rows[0]!.cells[0]!.paragraphs[0]!.text)).toEqual(['Ref No and subject', 'Source']);
      expect(headed.map((t) => t.pinnedHeaderRows)).toEqual(docsApi ? [1, 1] : [0, 0]);
      if (!docsApi) expect(view.leftOut).toContain('the header row repeating at the top of each page (DocumentApp cannot set it)');
    },
  );

  it('makes the PDF from the finished paper, keeping its headings (and the header rows when pinned)', () => {
    const pdf = b.docs.filesIn(b.folder).find((f) => f.mimeType === 'application/pdf')!;
    const text = b.docs.fileText(pdf.id);
    expect(text).toContain('/H1 (Action Log & Forward Plan)');
    expect(text).toContain('/H2 (Key:)');
    expect(text).toContain('/H2 (Forward Plan)');
    expect(text.includes('/TH (Ref No and subject)')).toBe(docsApi);
    expect(text).toContain('Status: Completed.');
    expect(view.pdfUrl).toContain(pdf.id);
  });
});
