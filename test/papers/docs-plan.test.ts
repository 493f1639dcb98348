import {
  docsParagraphs,
  docsText,
  filledRowStarts,
  findSpots,
  insertable,
  planDocsFill,
  relayRequests,
  splitBySize,
  tableRequests,
} from '../../src/core/papers/docs-plan';
import { meetingOptions } from '../../src/core/papers/choose';
import { fallbackStyling, FALLBACK_STYLE_CALLS } from '../../src/core/papers/fallback';
import { buildPaper, type TableModel } from '../../src/core/papers/models';
import { checkTemplate } from '../../src/core/papers/placeholders';
import { data, MEETING } from './sample-board';

const para = (start: number, text: string) => ({
  startIndex: start,
  endIndex: start + text.length + 1,
  paragraph: { elements: [{ startIndex: start, endIndex: start + text.length + 1, textRun: { content: `${text}\n` } }] },
});

describe('planDocsFill (pure)', () => {
  it('reads paragraphs and cell paragraphs with their indexes; a non-text element keeps its width', () => {
    const content = [
      { endIndex: 1, sectionBreak: {} },
      para(1, 'Hi {{board}}'),
      { startIndex: 14, endIndex: 20, table: { tableRows: [{ tableCells: [{ content: [para(16, '{{venue}}')] }] }] } },
      {
        startIndex: 27,
        endIndex: 30,
        paragraph: {
          elements: [
            { startIndex: 27, endIndex: 28 },
            { startIndex: 28, endIndex: 30, textRun: { content: 'x\n' } },
          ],
        },
      },
    ];
    const ps = docsParagraphs(content);
    expect(ps).toEqual([
      { start: 1, text: 'Hi {{board}}', inTable: false },
      { start: 16, text: '{{venue}}', inTable: true },
      { start: 27, text: '\uFFFCx', inTable: false },
    ]);
    expect(docsText(ps)).toBe('Hi {{board}}\n{{venue}}\n\uFFFCx');
    expect(findSpots(ps).map((s) => [s.name, s.start, s.end])).toEqual([
      ['board', 4, 13],
      ['venue', 16, 25],
    ]);
  });

  it('edits from the end of the document to its start, text literally, so no index is used after an edit before it', () => {
    const paragraphs = docsParagraphs([para(1, '{{board}} – {{venue}}'), para(23, '{{action_table}}'), para(40, 'End {{venue}}')]);
    const paper = buildPaper('actionLog', { ...data, meetings: data.meetings.map((m) => ({ ...m, venue: 'Room $1 {{title}}\nSouth' })) }, MEETING);
    const { requests, inTable } = planDocsFill(paragraphs, checkTemplate(docsText(paragraphs), 'actionLog'), paper, 9);
    expect(inTable).toEqual([]);
    const positions = requests.map((r) => {
      const body = Object.values(r)[0] as { range?: { startIndex: number }; location?: { index: number } };
      return body.range?.startIndex ?? body.location?.index ?? Infinity;
    });
    const kinds = requests.map((r) => Object.keys(r)[0]);
    // The first requests are the last placeholder's (at 44): deleted, then the value inserted on one line.
    expect(requests.slice(0, 2)).toEqual([
      { deleteContentRange: { range: { startIndex: 44, endIndex: 53 } } },
      { insertText: { location: { index: 44 }, text: 'Room $1 {{title}} South' } },
    ]);
    expect(kinds.filter((k) => k === 'insertTable')).toHaveLength(1);
    // Every top-level edit (delete, insertText outside the table, insertTable) starts no later than the one before it.
    const table = kinds.indexOf('insertTable');
    const topLevel = positions.filter((_, i) => i < table || i > table + paper.tables.action_table!.cells.flat().filter(Boolean).length + 10);
    expect(topLevel.slice(0, 3)).toEqual([44, 44, 23]);
    expect(positions.at(-2)).toBe(1);
  });

  it('reports a table placeholder inside a template table', () => {
    const ps = docsParagraphs([
      para(1, '{{board}}'),
      { startIndex: 11, endIndex: 30, table: { tableRows: [{ tableCells: [{ content: [para(13, '{{action_table}}')] }] }] } },
    ]);
    expect(planDocsFill(ps, checkTemplate(docsText(ps), 'actionLog'), buildPaper('actionLog', data, MEETING), 9).inTable).toEqual(['action_table']);
  });

  it('puts a table in at the documented indexes: cells filled last to first, row starts worked out from the text', () => {
    const model: TableModel = {
      cells: [
        ['H1', 'H2'],
        ['a', 'b\nc'],
      ],
      headerRows: 1,
      backgrounds: [
        ['#d9d9d9', '#d9d9d9'],
        [undefined, '#b7e1cd'],
      ],
      boldRows: [0],
      columnWidths: [50, undefined],
    };
    const reqs = tableRequests(10, model, 9);
    expect(reqs[0]).toEqual({ insertTable: { rows: 2, columns: 2, location: { index: 10 } } });
    // Table at 11: cell (r, c) at 11 + 3 + r·5 + 2c.
    expect(reqs.slice(1, 5).map((r) => (r.insertText as { location: { index: number } }).location.index)).toEqual([21, 19, 16, 14]);
    expect(filledRowStarts(11, model.cells)).toEqual({ rows: [12, 12 + 1 + 4 + 4], end: 12 + 9 + 1 + 3 + 5 + 1 });
    expect(reqs.find((r) => r.pinTableHeaderRows)).toEqual({ pinTableHeaderRows: { tableStartLocation: { index: 11 }, pinnedHeaderRowsCount: 1 } });
    expect(reqs.filter((r) => r.updateTableColumnProperties)).toHaveLength(1);
    expect(reqs.filter((r) => r.updateTableCellStyle)).toHaveLength(2);
  });

  it('keeps only text the API takes; splits batches by size only, in order', () => {
    expect(insertable('a\r\nb\u0000c\u000bd\te')).toBe('a\nbcd\te');
    const reqs = Array.from({ length: 10 }, (_, i) => ({ insertText: { location: { index: 1 }, text: String(i) } }));
    const one = JSON.stringify(reqs[0]).length + 1;
    expect(splitBySize(reqs, 1_000_000)).toEqual([reqs]);
    expect(splitBySize(reqs, one * 4).map((b) => b.length)).toEqual([4, 4, 2]);
    expect(splitBySize(reqs, one * 4).flat()).toEqual(reqs);
  });
});

describe('fallbackStyling (pure)', () => {
  const rowsOf = (n: number): TableModel => ({
    cells: [['H', 'H'], ...Array.from({ length: n }, () => ['a', 'b'])],
    headerRows: 1,
    backgrounds: [['#d9d9d9', '#d9d9d9'], ...Array.from({ length: n }, () => ['#b7e1cd', '#b7e1cd'])],
    boldRows: [0],
  });

  it('styles everything when it fits the budget', () => {
    const s = fallbackStyling({ action_table: rowsOf(10) }, FALLBACK_STYLE_CALLS);
    expect(s.leftOut).toEqual([]);
    expect(s.colouredCells).toBe(22);
    expect(s.styles.action_table!.colourRow(5)).toBe(true);
  });

  it('keeps the header rows and the status key and leaves the row colours out when they do not fit, saying so', () => {
    const key: TableModel = { cells: [['', 'x']], headerRows: 0, backgrounds: [['#b7e1cd', undefined]], boldRows: [] };
    const s = fallbackStyling({ status_key: key, action_table: rowsOf(2000) }, FALLBACK_STYLE_CALLS);
    expect(s.styles.action_table!.colourRow(0)).toBe(true);
    expect(s.styles.action_table!.colourRow(1)).toBe(false);
    expect(s.styles.action_table!.boldRow(0)).toBe(true);
    expect(s.styles.status_key!.colourRow(0)).toBe(true);
    expect(s.colouredCells).toBe(3);
    expect(s.leftOut).toEqual(["the status colours of the 2000 rows of the action table (each row's status is written in words)"]);
  });
});

describe('relayRequests (pure)', () => {
  it("clears the Doc to its last new line, puts the template's paragraphs back with their styles; refuses a template with a table", () => {
    const styled = (start: number, text: string, named: string, textStyle: Record<string, unknown> = {}) => ({
      startIndex: start,
      endIndex: start + text.length + 1,
      paragraph: {
        elements: [{ startIndex: start, endIndex: start + text.length + 1, textRun: { content: `${text}\n`, textStyle } }],
        paragraphStyle: { namedStyleType: named },
      },
    });
    const template = [{ endIndex: 1, sectionBreak: {} }, styled(1, '{{title}}', 'HEADING_1', { bold: true }), styled(11, 'Body', 'NORMAL_TEXT')];
    const reqs = relayRequests(template, 500)!;
    expect(reqs[0]).toEqual({ deleteContentRange: { range: { startIndex: 1, endIndex: 499 } } });
    expect(reqs[1]).toEqual({ insertText: { location: { index: 1 }, text: '{{title}}\nBody' } });
    expect(
      reqs
        .filter((r) => r.updateParagraphStyle)
        .map((r) => (r.updateParagraphStyle as { paragraphStyle: { namedStyleType: string } }).paragraphStyle.namedStyleType),
    ).toEqual(['HEADING_1', 'NORMAL_TEXT']);
    expect(reqs.find((r) => r.updateTextStyle)).toEqual({
      updateTextStyle: { range: { startIndex: 1, endIndex: 11 }, textStyle: { bold: true }, fields: 'bold,italic,underline,fontSize,foregroundColor' },
    });
    // An empty Doc has nothing to delete.
    expect(relayRequests(template, 2)![0]).toEqual({ insertText: { location: { index: 1 }, text: '{{title}}\nBody' } });
    expect(relayRequests([...template, { startIndex: 16, endIndex: 30, table: { tableRows: [] } }], 500)).toBeUndefined();
  });
});

describe('meetingOptions (pure)', () => {
  it("lists the default first (the cursor's meeting, else the next), then later ones, then earlier ones latest first", () => {
    const m = (date: string) => ({ date, board: 'B', title: '', time: '', venue: '', attendees: [], apologies: [] });
    const all = [m('2012-01-19'), m('2012-04-26'), m('2012-03-15'), m('2011-11-10')];
    expect(meetingOptions(all, '2012-03-01').map((o) => o.date)).toEqual(['2012-03-15', '2012-04-26', '2012-01-19', '2011-11-10']);
    expect(meetingOptions(all, '2012-03-01')[0]!.label).toBe('Thursday 15th March 2012 – B (next)');
    expect(meetingOptions(all, '2012-03-01', '2012-01-19').map((o) => o.date)).toEqual(['2012-01-19', '2012-03-15', '2012-04-26', '2011-11-10']);
    expect(meetingOptions([], '2012-03-01')).toEqual([]);
  });
});
