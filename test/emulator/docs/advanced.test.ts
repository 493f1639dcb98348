import fc from 'fast-check';
import { CallLog } from '../calls';
import { hostRealm } from '../realm';
import { hexFromRgb, parseFieldMask, rgbFromHex } from './advanced';
import { createDocsEmulator } from './index';

function setup(advancedService?: boolean) {
  const calls = new CallLog();
  const { services, handle } = createDocsEmulator({ realm: hostRealm, calls, ...(advancedService === undefined ? {} : { advancedService }) });
  return {
    calls,
    handle,
    Docs: services.Docs as unknown as GoogleAppsScript.Docs,
    DocumentApp: services.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp,
  };
}

type Req = GoogleAppsScript.Docs.Schema.Request & { updateTableCellStyle?: unknown };
const paint = (index: number, row: number, column: number, rowSpan: number, columnSpan: number, rgbColor: object): Req => ({
  updateTableCellStyle: {
    tableRange: { tableCellLocation: { tableStartLocation: { index }, rowIndex: row, columnIndex: column }, rowSpan, columnSpan },
    tableCellStyle: { backgroundColor: { color: { rgbColor } } },
    fields: 'backgroundColor',
  },
});

describe('Docs advanced service emulator', () => {
  it('is absent when not enabled', () => {
    expect(setup(false).Docs).toBeUndefined();
    expect(setup().Docs).toBeDefined();
  });

  it('numbers the body as the Docs API does: section break [0,1), paragraph = text + new line, table and row and cell markers, table end marker', () => {
    const { Docs, handle } = setup();
    const id = handle.addDocument('T', [
      'Hello',
      {
        table: [
          ['ab', ''],
          ['c', 'de\nf'],
        ],
      },
      '',
    ]);
    const doc = Docs.Documents.get(id);
    const content = doc.body!.content!;
    expect(content[0]).toEqual({ endIndex: 1, sectionBreak: expect.any(Object) }); // startIndex 0 is omitted
    expect(content[1]).toMatchObject({
      startIndex: 1,
      endIndex: 7,
      paragraph: { elements: [{ startIndex: 1, endIndex: 7, textRun: { content: 'Hello\n' } }] },
    });
    const table = content[2]!;
    // table 7; row 0 at 8; cell (0,0) at 9, its paragraph 'ab\n' 10..13; cell (0,1) at 13, '\n' 14..15;
    // row 1 at 15; cell (1,0) at 16, 'c\n' 17..19; cell (1,1) at 19, 'de\n' 20..23, 'f\n' 23..25; end marker 25..26.
    expect(table.startIndex).toBe(7);
    expect(table.endIndex).toBe(26);
    expect(table.table).toMatchObject({ rows: 2, columns: 2 });
    const rows = table.table!.tableRows!;
    expect(rows.map((r) => [r.startIndex, r.endIndex])).toEqual([
      [8, 15],
      [15, 25],
    ]);
    expect(rows.flatMap((r) => r.tableCells!.map((c) => [c.startIndex, c.endIndex]))).toEqual([
      [9, 13],
      [13, 15],
      [16, 19],
      [19, 25],
    ]);
    expect(rows[1]!.tableCells![1]!.content!.map((p) => [p.startIndex, p.endIndex, p.paragraph!.elements![0]!.textRun!.content])).toEqual([
      [20, 23, 'de\n'],
      [23, 25, 'f\n'],
    ]);
    expect(content[3]).toMatchObject({ startIndex: 26, endIndex: 27 });
    expect(doc).toMatchObject({ documentId: id, title: 'T' });
  });

  it('an empty R×C table spans 2 + R(1 + 2C) indexes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.string({ maxLength: 8 }), (r, c, before) => {
        const { Docs, handle } = setup();
        const id = handle.addDocument('T', [before.replace(/[\n\r]/g, ''), { table: Array.from({ length: r }, () => Array.from({ length: c }, () => '')) }]);
        const [, p, t, last] = Docs.Documents.get(id).body!.content!;
        expect(t!.startIndex).toBe(p!.endIndex);
        expect(t!.endIndex! - t!.startIndex!).toBe(2 + r * (1 + 2 * c));
        expect(last!.startIndex).toBe(t!.endIndex);
      }),
      { numRuns: 40 },
    );
  });

  it('returns only the fields asked for, elements left empty as {} (the documented field-mask behaviour)', () => {
    const { Docs, handle } = setup();
    const id = handle.addDocument('T', ['Hello', { table: [['a']] }]);
    expect(Docs.Documents.get(id, { fields: 'body.content(startIndex,sectionBreak,table(rows,columns))' })).toEqual({
      body: { content: [{ sectionBreak: expect.any(Object) }, { startIndex: 1 }, { startIndex: 7, table: { rows: 1, columns: 1 } }, { startIndex: 13 }] },
    });
    expect(Docs.Documents.get(id, { fields: 'title,body.content(paragraph(elements(text_run(content))))' })).toEqual({
      title: 'T',
      body: {
        content: [{}, { paragraph: { elements: [{ textRun: { content: 'Hello\n' } }] } }, {}, { paragraph: { elements: [{ textRun: { content: '\n' } }] } }],
      },
    });
    expect(() => Docs.Documents.get(id, { fields: 'body.contents' })).toThrow(
      'API call to docs.documents.get failed with error: Invalid field selection body.contents',
    );
    expect(() => Docs.Documents.get(id, { fields: 'body.content(' })).toThrow('Invalid field selection');
    expect(() => Docs.Documents.get(id, { field: 'title' })).toThrow('Unknown name "field"');
  });

  it('puts the body under tabs with includeTabsContent', () => {
    const { Docs, handle } = setup();
    const id = handle.addDocument('T', ['Hello']);
    const got = Docs.Documents.get(id, { includeTabsContent: true, fields: 'tabs(documentTab(body.content(startIndex)))' }) as { tabs: unknown[] };
    expect(got).toEqual({ tabs: [{ documentTab: { body: { content: [{}, { startIndex: 1 }] } } }] });
  });

  it('colours a range of cells with updateTableCellStyle, seen by DocumentApp and the HTML export, and counts the calls', () => {
    const { Docs, handle, DocumentApp, calls } = setup();
    const id = handle.addDocument('T', [
      'Title',
      {
        table: [
          ['a', 'b', 'c'],
          ['d', 'e', 'f'],
          ['g', 'h', 'i'],
        ],
      },
    ]);
    const start = Docs.Documents.get(id, { fields: 'body.content(startIndex,table(rows))' }).body!.content![2]!.startIndex!;
    const reply = Docs.Documents.batchUpdate(
      { requests: [paint(start, 1, 0, 2, 2, { red: 183 / 255, green: 225 / 255, blue: 205 / 255 }), paint(start, 0, 2, 1, 1, { red: 1 })] },
      id,
    );
    expect(reply.replies).toEqual([{}, {}]);
    const table = handle.document(id).body.children[1]!;
    if (table.type !== 'TABLE') throw new Error('no table');
    expect(table.rows.map((r) => r.cells.map((c) => c.backgroundColor))).toEqual([
      [null, null, '#ff0000'],
      ['#b7e1cd', '#b7e1cd', null],
      ['#b7e1cd', '#b7e1cd', null],
    ]);
    expect(DocumentApp.openById(id).getBody().getChild(1).asTable().getCell(2, 1).getBackgroundColor()).toBe('#b7e1cd');
    expect(handle.toHtml(id)).toContain('<td style="background:#b7e1cd"><p>d</p></td>');
    const cell = Docs.Documents.get(id).body!.content![2]!.table!.tableRows![0]!.tableCells![2]!;
    expect(cell.tableCellStyle!.backgroundColor).toEqual({ color: { rgbColor: { red: 1 } } });
    expect(calls.byMethod('Docs.')).toEqual({ 'Docs.Documents.batchUpdate': 1, 'Docs.Documents.get': 2 });
  });

  it('fails a request whose table start location is not a table start, with the Docs API error, and applies nothing (atomic)', () => {
    const { Docs, handle } = setup();
    const id = handle.addDocument('T', [
      'Title',
      {
        table: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    ]);
    const start = 7;
    const before = handle.snapshot(id);
    expect(() => Docs.Documents.batchUpdate({ requests: [paint(start, 0, 0, 1, 1, { red: 1 }), paint(start + 1, 0, 0, 1, 1, { red: 1 })] }, id)).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].updateTableCellStyle: Invalid table start location. Must specify the start index of the table.',
    );
    expect(() => Docs.Documents.batchUpdate({ requests: [paint(1, 0, 0, 1, 1, { red: 1 })] }, id)).toThrow('Invalid table start location');
    expect(handle.snapshot(id)).toEqual(before);
    try {
      Docs.Documents.batchUpdate({ requests: [paint(0, 0, 0, 1, 1, { red: 1 })] }, id);
    } catch (e) {
      expect((e as Error).name).toBe('GoogleJsonResponseException');
    }
  });

  it('checks the range against the table, the spans, the colour and the fields', () => {
    const { Docs, handle } = setup();
    const id = handle.addDocument('T', [
      'Title',
      {
        table: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    ]);
    const bad = (r: Req) => () => Docs.Documents.batchUpdate({ requests: [r] }, id);
    expect(bad(paint(7, 1, 0, 2, 1, { red: 1 }))).toThrow(
      'Invalid requests[0].updateTableCellStyle: The table range (row 1, column 0, 2×1) is outside the 2×2 table.',
    );
    expect(bad(paint(7, 0, 1, 1, 2, { red: 1 }))).toThrow('outside the 2×2 table');
    expect(bad(paint(7, 0, 0, 0, 1, { red: 1 }))).toThrow('row span and a column span of at least 1');
    expect(bad(paint(7, 0, 0, 1, 1, { red: 1.5 }))).toThrow('Color values must be between 0 and 1.');
    expect(bad({ updateTableCellStyle: { tableStartLocation: { index: 7 }, tableCellStyle: {}, fields: '' } })).toThrow(
      'At least one field must be specified.',
    );
    expect(bad({ updateTableCellStyle: { tableStartLocation: { index: 7 }, tableCellStyle: {}, fields: 'colour' } })).toThrow('Invalid field: colour');
    expect(() => Docs.Documents.batchUpdate({ requests: [] }, id)).toThrow('Must specify at least one request.');
    expect(() => Docs.Documents.batchUpdate({ requests: [paint(7, 0, 0, 1, 1, {})] }, 'nope')).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Requested entity was not found.',
    );
    // Without a range: the whole table; an OptionalColor without a colour clears it.
    Docs.Documents.batchUpdate(
      {
        requests: [
          {
            updateTableCellStyle: {
              tableStartLocation: { index: 7 },
              tableCellStyle: { backgroundColor: { color: { rgbColor: { blue: 1 } } } },
              fields: 'backgroundColor',
            },
          } as Req,
        ],
      },
      id,
    );
    Docs.Documents.batchUpdate(
      {
        requests: [
          {
            updateTableCellStyle: {
              tableRange: { tableCellLocation: { tableStartLocation: { index: 7 }, rowIndex: 1, columnIndex: 1 }, rowSpan: 1, columnSpan: 1 },
              tableCellStyle: { backgroundColor: {} },
              fields: 'backgroundColor',
            },
          } as Req,
        ],
      },
      id,
    );
    const t = handle.document(id).body.children[1]!;
    expect(t.type === 'TABLE' && t.rows.map((r) => r.cells.map((c) => c.backgroundColor))).toEqual([
      ['#0000ff', '#0000ff'],
      ['#0000ff', null],
    ]);
  });

  it('refuses a document with DocumentApp changes not yet saved (the API would read the saved version)', () => {
    const { Docs, DocumentApp } = setup();
    const doc = DocumentApp.create('Draft');
    doc.getBody().appendParagraph('unsaved');
    expect(() => Docs.Documents.get(doc.getId())).toThrow(/not saved yet/);
    doc.saveAndClose();
    expect(Docs.Documents.get(doc.getId()).body!.content!.map((e) => e.paragraph?.elements?.[0]?.textRun?.content)).toEqual([undefined, '\n', 'unsaved\n']);
  });

  it('creates a blank document', () => {
    const { Docs, handle } = setup();
    const made = Docs.Documents.create({ title: 'New' });
    expect(handle.file(made.documentId!).name).toBe('New');
    expect(made.body!.content!.map((e) => e.endIndex)).toEqual([1, 2]);
  });

  it('converts colours both ways (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, '0')}`;
        expect(hexFromRgb(rgbFromHex(hex))).toBe(hex);
        expect(Object.values(rgbFromHex(hex)).every((v) => v > 0 && v <= 1)).toBe(true);
      }),
    );
  });

  it('parses field masks with dots, parentheses and snake_case', () => {
    const fail = (m: string): never => {
      throw new Error(m);
    };
    const mask = parseFieldMask('a.b_c(d,e.f),a.g', fail);
    expect(JSON.stringify(mask, (_k, v) => (v instanceof Map ? Object.fromEntries(v) : v))).toBe('{"a":{"bC":{"d":true,"e":{"f":true}},"g":true}}');
    expect(() => parseFieldMask('a,,b', fail)).toThrow('Invalid field selection');
  });

  describe('index edits in batchUpdate', () => {
    const texts = (handle: ReturnType<typeof setup>['handle'], id: string) =>
      handle.document(id).body.children.map((c) => (c.type === 'PARAGRAPH' ? c.text : `[table ${c.rows.length}×${c.rows[0]?.cells.length}]`));

    it('inserts text literally at an index, a new line starting a paragraph of the same style; deletes inside a paragraph', () => {
      const { Docs, handle } = setup();
      const id = handle.addDocument('T', [{ text: 'Hello {{x}} there', heading: 'HEADING1' }, 'End']);
      // 'Hello {{x}} there' is 1..18; {{x}} is 7..12.
      Docs.Documents.batchUpdate(
        {
          requests: [
            { deleteContentRange: { range: { startIndex: 7, endIndex: 12 } } },
            { insertText: { location: { index: 7 }, text: '$1 \\ {{y}}\nsecond' } },
          ],
        },
        id,
      );
      expect(texts(handle, id)).toEqual(['Hello $1 \\ {{y}}', 'second there', 'End']);
      expect(
        handle
          .document(id)
          .body.children.slice(0, 2)
          .map((c) => (c.type === 'PARAGRAPH' ? c.heading : '')),
      ).toEqual(['HEADING1', 'HEADING1']);
    });

    it('inserts a table with a new line before it, fills its cells at the documented indexes, styles and pins its header row', () => {
      const { Docs, handle, DocumentApp } = setup();
      const id = handle.addDocument('T', ['Intro', '', 'End']);
      // The empty paragraph is at 7; the table goes in at 8 (after the new line put before it).
      Docs.Documents.batchUpdate(
        {
          requests: [
            { insertTable: { rows: 2, columns: 2, location: { index: 7 } } },
            { insertText: { location: { index: 8 + 3 + 1 * 5 + 2 }, text: 'd' } },
            { insertText: { location: { index: 8 + 3 + 1 * 5 }, text: 'c\nc2' } },
            { insertText: { location: { index: 8 + 3 + 2 }, text: 'b' } },
            { insertText: { location: { index: 8 + 3 }, text: 'a' } },
            { pinTableHeaderRows: { tableStartLocation: { index: 8 }, pinnedHeaderRowsCount: 1 } },
            {
              updateTableColumnProperties: {
                tableStartLocation: { index: 8 },
                columnIndices: [1],
                tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 120, unit: 'PT' } },
                fields: 'widthType,width',
              },
            },
            // Row 0 is 9..15 ('a', 'b' filled); bold it.
            { updateTextStyle: { range: { startIndex: 9, endIndex: 15 }, textStyle: { bold: true }, fields: 'bold' } },
          ],
        } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
        id,
      );
      expect(texts(handle, id)).toEqual(['Intro', '', '[table 2×2]', '', 'End']);
      const table = handle.document(id).body.children[2]!;
      if (table.type !== 'TABLE') throw new Error('no table');
      expect(table.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text).join('/')))).toEqual([
        ['a', 'b'],
        ['c/c2', 'd'],
      ]);
      expect(table.rows.map((r) => r.cells.every((c) => c.paragraphs.every((p) => p.bold)))).toEqual([true, false]);
      expect(table.columnWidths).toEqual([null, 120]);
      expect(table.pinnedHeaderRows).toBe(1);
      expect(
        Docs.Documents.get(id).body!.content![3]!.table!.tableRows!.map((r) => (r.tableRowStyle as { tableHeader?: boolean }).tableHeader ?? false),
      ).toEqual([true, false]);
      expect(DocumentApp.openById(id).getBody().getChild(2).asTable().getCell(1, 0).getText()).toBe('c\nc2');
    });

    it('refuses an insertion that is not inside a paragraph, a deletion of the last new line or of part of a table, and applies nothing (atomic)', () => {
      const { Docs, handle } = setup();
      const id = handle.addDocument('T', ['Ab', { table: [['x']] }, 'End']);
      const before = handle.snapshot(id);
      // After the first request puts 'ok' in: 'okAb' 1..6; table at 6, row 7, cell 8, its paragraph 9..11, end marker 11; 'End' 12..16.
      const fails = (requests: object[]) =>
        expect(() => Docs.Documents.batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, id)).toThrow(
          /^API call to docs\.documents\.batchUpdate failed with error: Invalid requests\[1\]/,
        );
      fails([{ insertText: { location: { index: 1 }, text: 'ok' } }, { insertText: { location: { index: 8 }, text: 'x' } }]);
      fails([{ insertText: { location: { index: 1 }, text: 'ok' } }, { deleteContentRange: { range: { startIndex: 12, endIndex: 16 } } }]);
      fails([{ insertText: { location: { index: 1 }, text: 'ok' } }, { deleteContentRange: { range: { startIndex: 6, endIndex: 10 } } }]);
      expect(handle.snapshot(id)).toEqual(before);
    });
  });
});
