/**
 * The Docs adapter against the DocumentApp/DriveApp emulator, in process: templates, copies,
 * tables and their colours, errors that leave nothing behind.
 */
import { renderPaper, type DocsServices } from '../../src/adapters/docs/render';
import type { PaperKind } from '../../src/core/papers/placeholders';
import { buildPaper } from '../../src/core/papers/models';
import { statusEntry } from '../../src/core/status';
import type { DocState } from '../emulator/docs/model';
import { emulatedDocs, stopRunawaySearches } from './emulated-docs';
import { data, EXPECTED_LOG, MEETING } from './sample-board';

/** The advanced Docs service enabled (as the manifest asks) unless `docsApi` is false. */
function setup(docsApi = true) {
  const logged: string[] = [];
  const { calls, services, handle, docs } = emulatedDocs({ advancedService: docsApi, log: (m) => logged.push(m) });
  const folder = handle.addFolder('Board papers');
  return { calls, handle, docs, folder, logged, services };
}

function tables(doc: DocState) {
  return doc.body.children.filter((c) => c.type === 'TABLE');
}

function tableStartingWith(doc: DocState, firstCell: string) {
  const t = tables(doc).find((x) => x.rows[0]?.cells[0]?.paragraphs[0]?.text === firstCell);
  if (!t) throw new Error(`no table starting with ${firstCell}`);
  return t;
}

describe('renderPaper', () => {
  it('creates the default template on first use, records it, and renders the action log into the folder', () => {
    const { handle, docs, folder } = setup();
    const recorded: string[] = [];
    const paper = buildPaper('actionLog', data, MEETING);
    const result = renderPaper(docs, { paper, templateId: '', outputFolderId: folder, savePdf: false, recordTemplateId: (id) => recorded.push(id) });

    expect(recorded).toEqual([result.createdTemplateId]);
    expect(handle.file(result.createdTemplateId!).folderId).toBe(folder);
    expect(handle.file(result.docId)).toMatchObject({
      name: 'Northfield Partnership Executive Board – Action Log – 15 March 2012',
      folderId: folder,
      trashed: false,
    });

    const doc = handle.document(result.docId);
    const text = doc.body.children.filter((c) => c.type === 'PARAGRAPH').map((p) => p.text);
    expect(text.slice(0, 3)).toEqual(['Northfield Partnership Executive Board', 'Action Log & Forward Plan', 'Thursday 15th March 2012']);
    expect(JSON.stringify(handle.snapshot(result.docId))).not.toMatch(/\{\{/);

    const log = tableStartingWith(doc, 'Ref No and subject');
    const body = log.rows.slice(1);
    expect(body.map((r) => r.cells[0]!.paragraphs[0]!.text.split(' ')[0])).toEqual(EXPECTED_LOG.map((e) => e[0]));
    body.forEach((r, i) => {
      const colour = statusEntry(EXPECTED_LOG[i]![1] as never).background;
      expect(r.cells.map((c) => c.backgroundColor)).toEqual(Array(5).fill(colour));
    });
    expect(log.rows[0]!.cells.every((c) => c.paragraphs.every((p) => p.bold))).toBe(true);

    const key = tables(doc)[0]!;
    expect(key.rows.map((r) => r.cells[1]!.paragraphs[0]!.text)[0]).toBe('Completed');
    expect(key.rows.map((r) => r.cells[0]!.backgroundColor)).toEqual(['#b7e1cd', '#c9daf8', '#fce8b2', '#f4c7c3', '#d9d2e9']);
    expect(tableStartingWith(doc, 'Source').rows).toHaveLength(5);
  });

  it('copies a recorded template without changing it, and saves a PDF with a link', () => {
    const { handle, docs, folder } = setup();
    const first = renderPaper(docs, {
      paper: buildPaper('agenda', data, MEETING),
      templateId: '',
      outputFolderId: folder,
      savePdf: false,
      recordTemplateId: () => undefined,
    });
    const templateId = first.createdTemplateId!;
    const before = handle.snapshot(templateId);
    const revision = handle.document(templateId).revision;

    const result = renderPaper(docs, {
      paper: buildPaper('agenda', data, MEETING),
      templateId,
      outputFolderId: folder,
      savePdf: true,
      recordTemplateId: () => {
        throw new Error('must not record');
      },
    });
    expect(handle.snapshot(templateId)).toEqual(before);
    expect(handle.document(templateId).revision).toBe(revision);
    expect(result.createdTemplateId).toBeUndefined();
    const pdf = handle.filesIn(folder).find((f) => f.mimeType === 'application/pdf')!;
    expect(pdf.name).toBe('Northfield Partnership Executive Board – Agenda – 15 March 2012.pdf');
    expect(result.pdfUrl).toContain(pdf.id);
    expect(handle.fileText(pdf.id)).toContain('Annual review of the Partnership Compact');
  });

  it.each([true, false])("names the PDF after the paper, a full stop in the board's name included (Docs API %s)", (docsApi) => {
    const { handle, docs, folder, calls } = setup(docsApi);
    const plain = renderPaper(docs, {
      paper: buildPaper('agenda', data, MEETING),
      templateId: '',
      outputFolderId: folder,
      savePdf: true,
      recordTemplateId: () => undefined,
    });
    expect(handle.file(plain.pdfId!).name).toBe(`${plain.name}.pdf`);
    expect(calls.count('DriveApp.Blob.setName')).toBe(0); // getAs names it so already
    const dotted = { ...data, meetings: data.meetings.map((m) => ({ ...m, board: "St. Anne's Board" })) };
    const withDot = renderPaper(docs, {
      paper: buildPaper('agenda', dotted, MEETING),
      templateId: '',
      outputFolderId: folder,
      savePdf: true,
      recordTemplateId: () => undefined,
    });
    expect(handle.file(withDot.pdfId!).name).toBe("St. Anne's Board – Agenda – 15 March 2012.pdf");
    expect(withDot.pdfUrl).toBe(`https://drive.google.com/file/d/${withDot.pdfId}/view`);
  });

  it('reports unknown and missing placeholders by name and creates nothing', () => {
    const { handle, docs, folder } = setup();
    const templateId = handle.addDocument('My template', ['{{board}} – {{meetingdate}}', '{{forward_plan_table}}', 'End']);
    const filesBefore = handle.files().length;
    expect(() =>
      renderPaper(docs, {
        paper: buildPaper('actionLog', data, MEETING),
        templateId,
        outputFolderId: folder,
        savePdf: true,
        recordTemplateId: () => undefined,
      }),
    ).toThrow('The action log template cannot be used: Unknown placeholder: {{meetingdate}}. Missing placeholder: {{action_table}}. Nothing was created.');
    expect(handle.files()).toHaveLength(filesBefore);
  });

  it('says which setting to fix when the template or folder cannot be opened', () => {
    const { handle, docs, folder } = setup();
    const sheetId = handle.addFile('A spreadsheet', 'application/vnd.google-apps.spreadsheet');
    const req = { paper: buildPaper('minutes', data, MEETING), outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined };
    expect(() => renderPaper(docs, { ...req, templateId: sheetId })).toThrow(
      /^The minutes template could not be opened \(Settings: Minutes template ID = emu-file-0001\)/,
    );
    expect(() => renderPaper(docs, { ...req, templateId: '', outputFolderId: 'gone' })).toThrow(
      /^The output folder in Settings \(Output folder ID = gone\) could not be opened/,
    );
    expect(handle.files()).toHaveLength(1);
  });

  it.each([true, false])('refuses a table placeholder inside a table (Docs API %s): nothing is left (the DocumentApp way trashes its copy)', (docsApi) => {
    const { handle, docs, folder } = setup(docsApi);
    const templateId = handle.addDocument('Boxed', ['{{title}}', { table: [['{{minutes_items}}']] }]);
    expect(() =>
      renderPaper(docs, { paper: buildPaper('minutes', data, MEETING), templateId, outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined }),
    ).toThrow(
      /^\{\{minutes_items\}\} is inside a table (\(or another element\) )?of the template; it becomes a table, so put it on a line of its own in the main text of the template\./,
    );
    expect(handle.filesIn(folder).every((f) => f.trashed)).toBe(true);
    // The Docs API way finds it in the template it read, before copying anything.
    expect(handle.filesIn(folder)).toHaveLength(docsApi ? 0 : 1);
  });

  it.each([true, false])('puts text holding $ and \\ in literally, and keeps a table placeholder that ends the document (Docs API %s)', (docsApi) => {
    const { handle, docs, folder } = setup(docsApi);
    const templateId = handle.addDocument('T', ['Venue: {{venue}}', '{{minutes_items}}']);
    const paper = buildPaper('minutes', { ...data, meetings: data.meetings.map((m) => ({ ...m, venue: 'Room $1 \\ B' })) }, MEETING);
    const result = renderPaper(docs, { paper, templateId, outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined });
    const doc = handle.document(result.docId);
    expect(doc.body.children[0]).toMatchObject({ text: 'Venue: Room $1 \\ B' });
    // The Docs API puts a new line before a table it inserts: an empty paragraph before it.
    expect(doc.body.children.map((c) => c.type)).toEqual(docsApi ? ['PARAGRAPH', 'PARAGRAPH', 'TABLE', 'PARAGRAPH'] : ['PARAGRAPH', 'TABLE', 'PARAGRAPH']);
  });

  describe('user text is never read as a template', () => {
    const hostile = {
      ...data,
      meetings: data.meetings.map((m) => ({ ...m, board: 'Board $1 \\ {{title}}', venue: 'Room $5 {{venue}}' })),
      actions: data.actions.map((a) =>
        a.ref === '10.11.02' ? { ...a, text: 'See {{forward_plan_table}} and {{action_table}} below', commentary: 'Costs: $& and {{note}}' } : a,
      ),
      settings: { ...data.settings, paperTitle: 'Log {{board}} $&', note: 'Note \\1 {{status_key}}' },
    };

    it.each([true, false])(
      'Docs API %s: a template with placeholders in a table cell and twice on a line gets each value literally, each table once, in bounded searches',
      (docsApi) => {
        const { handle, docs, folder, calls } = setup(docsApi);
        stopRunawaySearches(calls);
        const templateId = handle.addDocument('Hostile', [
          '{{board}}',
          '{{title}} / {{venue}} / {{title}}',
          { table: [['Board: {{board}}', '{{meeting_date}}']] },
          '{{note}}',
          '{{status_key}}',
          '{{action_table}}',
          '{{forward_plan_table}}',
          'End',
        ]);
        const paper = buildPaper('actionLog', hostile, MEETING);
        const result = renderPaper(docs, { paper, templateId, outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined });
        const doc = handle.document(result.docId);
        const paragraphs = doc.body.children.flatMap((c) => (c.type === 'PARAGRAPH' && c.text ? [c.text] : []));
        expect(paragraphs).toEqual(['Board $1 \\ {{title}}', 'Log {{board}} $& / Room $5 {{venue}} / Log {{board}} $&', 'Note \\1 {{status_key}}', 'End']);
        const all = tables(doc);
        expect(all).toHaveLength(4); // the template's own, the key, the action log, the forward plan: each once
        expect(all[0]!.rows[0]!.cells.map((c) => c.paragraphs[0]!.text)).toEqual(['Board: Board $1 \\ {{title}}', 'Thursday 15th March 2012']);
        const log = tableStartingWith(doc, 'Ref No and subject');
        const row = log.rows.find((r) => r.cells[0]!.paragraphs[0]!.text.startsWith('10.11.02'))!;
        expect(row.cells[2]!.paragraphs.map((p) => p.text)).toEqual(['See {{forward_plan_table}} and {{action_table}} below']);
        expect(row.cells[4]!.paragraphs[1]!.text).toBe('Costs: $& and {{note}}');
        expect(log.rows).toHaveLength(EXPECTED_LOG.length + 1);
        expect(tables(doc).filter((t) => t.rows[0]?.cells[0]?.paragraphs[0]?.text === 'Source')).toHaveLength(1);
        log.rows
          .slice(1)
          .forEach((r, i) => expect(r.cells.map((c) => c.backgroundColor)).toEqual(Array(5).fill(statusEntry(EXPECTED_LOG[i]![1] as never).background)));
        if (docsApi) {
          // Read once, filled in one batch: no search at all, user text only ever inserted literally.
          expect(calls.byMethod('Docs.')).toEqual({ 'Docs.Documents.batchUpdate': 1, 'Docs.Documents.get': 1 });
          expect(calls.total('DocumentApp')).toBe(0);
        } else {
          // One search per placeholder occurrence whose value is not inert (board 2, title 2, venue 1, note 1) or that is a table (3).
          expect(calls.count('DocumentApp.Body.findText')).toBe(9);
          expect(calls.count('DocumentApp.Body.replaceText')).toBe(1); // meeting_date, the only inert value
          expect(calls.count('DocumentApp.Body.insertTable')).toBe(3);
        }
        expect(result.cellStyling).toBe(docsApi ? 'docs-api' : 'per-cell');
      },
    );

    it('never hands user text to replaceText (whose replacement treats $ and \\ as special) on the DocumentApp way', () => {
      const { handle, docs, folder, services, calls } = setup(false);
      stopRunawaySearches(calls);
      const replacements: string[] = [];
      const app = services.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp;
      const spying: DocsServices = {
        ...docs,
        DocumentApp: new Proxy(app, {
          get: (target, prop) =>
            prop === 'openById'
              ? (id: string) => {
                  const d = target.openById(id);
                  const body = d.getBody();
                  const replaceText = body.replaceText.bind(body);
                  body.replaceText = (pattern: string, replacement: string) => (replacements.push(replacement), replaceText(pattern, replacement));
                  return new Proxy(d, { get: (t, p) => (p === 'getBody' ? () => body : Reflect.get(t, p)) });
                }
              : Reflect.get(target, prop),
        }),
      };
      const paper = buildPaper('minutes', hostile, MEETING);
      const result = renderPaper(spying, { paper, templateId: '', outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined });
      expect(replacements.length).toBeGreaterThan(0);
      expect(replacements.filter((r) => /[{}$\\]/.test(r))).toEqual([]);
      const text = handle
        .document(result.docId)
        .body.children.filter((c) => c.type === 'PARAGRAPH')
        .map((c) => c.text);
      expect(text).toContain('Venue: Room $5 {{venue}}.');
      expect(text).toContain('Details of next meeting: 2.00pm, Thursday 26th April 2012, Room $5 {{venue}}.');
      expect(text[0]).toBe('Board $1 \\ {{title}}');
    });

    it('refuses a template with more placeholders than the ceiling, by number, and creates nothing', () => {
      const { handle, docs, folder } = setup();
      const templateId = handle.addDocument('Huge', ['{{action_table}}', ...Array.from({ length: 201 }, () => '{{board}}')]);
      const files = handle.files().length;
      expect(() =>
        renderPaper(docs, {
          paper: buildPaper('actionLog', hostile, MEETING),
          templateId,
          outputFolderId: folder,
          savePdf: false,
          recordTemplateId: () => undefined,
        }),
      ).toThrow('The action log template cannot be used: The template holds 202 placeholders; at most 200 are allowed: remove some. Nothing was created.');
      expect(handle.files()).toHaveLength(files);
    });
  });

  describe('cell colours', () => {
    const visible = (doc: DocState) =>
      doc.body.children.flatMap((c): unknown[] =>
        c.type === 'PARAGRAPH'
          ? c.text
            ? [{ text: c.text, heading: c.heading }]
            : []
          : [
              {
                rows: c.rows.map((r) =>
                  r.cells.map((x) => ({
                    text: x.paragraphs.map((p) => p.text).join('\n'),
                    bg: x.backgroundColor,
                    bold: x.paragraphs.every((p) => p.bold),
                    size: x.paragraphs[0]!.fontSize,
                  })),
                ),
                widths: c.columnWidths,
              },
            ],
      );

    it.each(['actionLog', 'agenda', 'minutes'] as PaperKind[])(
      '%s: the Docs API way gives the text, tables, colours, bold and widths the DocumentApp way gives, in one get and one batchUpdate and no DocumentApp call',
      (kind) => {
        const api = setup(true);
        const templateId = renderPaper(api.docs, {
          paper: buildPaper(kind, data, MEETING),
          templateId: '',
          outputFolderId: api.folder,
          savePdf: false,
          recordTemplateId: () => undefined,
        }).createdTemplateId!;
        api.calls.reset();
        const viaApi = renderPaper(api.docs, {
          paper: buildPaper(kind, data, MEETING),
          templateId,
          outputFolderId: api.folder,
          savePdf: false,
          recordTemplateId: () => undefined,
        });
        const plain = setup(false);
        const perCell = renderPaper(plain.docs, {
          paper: buildPaper(kind, data, MEETING),
          templateId: '',
          outputFolderId: plain.folder,
          savePdf: false,
          recordTemplateId: () => undefined,
        });

        expect(viaApi.cellStyling).toBe(kind === 'minutes' ? 'none' : 'docs-api');
        expect(viaApi).toMatchObject({ docsApi: true, leftOut: [] });
        expect(perCell).toMatchObject({ docsApi: false, leftOut: ['the header row repeating at the top of each page (DocumentApp cannot set it)'] });
        expect(perCell.cellStyling).toBe(kind === 'minutes' ? 'none' : 'per-cell');
        expect(visible(api.handle.document(viaApi.docId))).toEqual(visible(plain.handle.document(perCell.docId)));
        expect(api.calls.byMethod('Docs.')).toEqual({ 'Docs.Documents.batchUpdate': 1, 'Docs.Documents.get': 1 });
        expect(api.calls.total('DocumentApp')).toBe(0);
        expect(api.calls.total('DriveApp')).toBeLessThanOrEqual(4); // folder, template file, copy, its id
        expect(plain.calls.total('Docs.')).toBe(0);
        if (kind !== 'minutes') expect(plain.calls.count('DocumentApp.TableCell.setBackgroundColor')).toBeGreaterThan(0);
        expect(plain.logged).toEqual(['Paper made with DocumentApp because the advanced Docs service is off.']);
        expect(api.logged).toEqual([]);
      },
    );

    it('colours the action log rows by status through the Docs API, seen by DocumentApp and the HTML export', () => {
      const { handle, docs, folder, services } = setup();
      const result = renderPaper(docs, {
        paper: buildPaper('actionLog', data, MEETING),
        templateId: '',
        outputFolderId: folder,
        savePdf: false,
        recordTemplateId: () => undefined,
      });
      const log = tableStartingWith(handle.document(result.docId), 'Ref No and subject');
      log.rows.slice(1).forEach((r, i) => {
        expect(r.cells.map((c) => c.backgroundColor)).toEqual(Array(5).fill(statusEntry(EXPECTED_LOG[i]![1] as never).background));
      });
      expect(log.rows[0]!.cells.every((c) => c.backgroundColor === '#d9d9d9')).toBe(true);
      // DocumentApp reads what the Docs API wrote (the same document).
      const reopened = (services.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp).openById(result.docId).getBody();
      const index = handle.document(result.docId).body.children.indexOf(log);
      expect(reopened.getChild(index).asTable().getCell(1, 0).getBackgroundColor()).toBe(statusEntry(EXPECTED_LOG[0]![1] as never).background);
      expect(handle.toHtml(result.docId)).toContain(`<td style="background:${statusEntry(EXPECTED_LOG[0]![1] as never).background}">`);
    });

    it('reads the template once and sends one batch: a request per block of colour, the header rows pinned', () => {
      const { docs, folder } = setup();
      const gets: unknown[][] = [];
      const updates: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest[] = [];
      const real = docs.Docs!;
      const spy: DocsServices = {
        ...docs,
        Docs: {
          Documents: {
            get: (...args: unknown[]) => (gets.push(args), (real.Documents.get as (...a: unknown[]) => GoogleAppsScript.Docs.Schema.Document)(...args)),
            batchUpdate: (resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, id: string) => (
              updates.push(resource),
              real.Documents.batchUpdate(resource, id)
            ),
          },
        } as unknown as GoogleAppsScript.Docs,
      };
      const paper = buildPaper('actionLog', data, MEETING);
      const result = renderPaper(spy, { paper, templateId: '', outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined });
      expect(gets).toEqual([[result.createdTemplateId]]);
      expect(updates).toHaveLength(1);
      const requests = updates[0]!.requests as Record<
        string,
        { tableRange?: { rowSpan: number; columnSpan: number }; fields?: string; pinnedHeaderRowsCount?: number }
      >[];
      const styles = requests.flatMap((r) => (r.updateTableCellStyle ? [r.updateTableCellStyle] : []));
      // Status key: 5 rows of distinct colours; each table's header: one request; action rows: one per run of a colour.
      const runs = EXPECTED_LOG.filter(
        (e, i) => i === 0 || statusEntry(e[1] as never).background !== statusEntry(EXPECTED_LOG[i - 1]![1] as never).background,
      ).length;
      expect(styles).toHaveLength(5 + 2 + runs);
      expect(styles.every((r) => r.fields === 'backgroundColor')).toBe(true);
      expect(styles.filter((r) => r.tableRange!.columnSpan === 5)).toHaveLength(2 + runs);
      expect(requests.filter((r) => r.pinTableHeaderRows).map((r) => r.pinTableHeaderRows!.pinnedHeaderRowsCount)).toEqual([1, 1]); // forward plan, action log
      expect(requests.filter((r) => r.insertTable)).toHaveLength(3);
    });

    it("finds the inserted table after a template table of the same size, and leaves the template's table alone", () => {
      const { handle, docs, folder } = setup();
      const paper = buildPaper('actionLog', data, MEETING);
      const keyRows = paper.tables['status_key']!.cells.length;
      const ownTable = Array.from({ length: keyRows }, () => ['x', 'y']);
      const templateId = handle.addDocument('With a table', ['{{board}}', { table: ownTable }, '{{status_key}}', '{{action_table}}', '{{forward_plan_table}}']);
      const result = renderPaper(docs, { paper, templateId, outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined });
      expect(result.cellStyling).toBe('docs-api');
      const [own, key] = tables(handle.document(result.docId));
      expect(own!.rows.flatMap((r) => r.cells.map((c) => c.backgroundColor))).toEqual(ownTable.flat().map(() => null));
      expect(key!.rows.map((r) => r.cells[0]!.backgroundColor)).toEqual(['#b7e1cd', '#c9daf8', '#fce8b2', '#f4c7c3', '#d9d2e9']);
    });

    it('falls back to DocumentApp when the Docs API cannot be used, says so, and colours the same', () => {
      const { handle, docs, folder, logged, calls } = setup();
      const failing: DocsServices = {
        ...docs,
        Docs: {
          Documents: {
            get: () => {
              throw new Error('API call to docs.documents.get failed with error: Google Docs API has not been used in project 123 before or it is disabled.');
            },
          },
        } as unknown as GoogleAppsScript.Docs,
      };
      const result = renderPaper(failing, {
        paper: buildPaper('actionLog', data, MEETING),
        templateId: '',
        outputFolderId: folder,
        savePdf: false,
        recordTemplateId: () => undefined,
      });
      expect(result).toMatchObject({ cellStyling: 'per-cell', docsApi: false });
      expect(logged).toEqual([
        'Paper made with DocumentApp because the Docs API could not be used (API call to docs.documents.get failed with error: Google Docs API has not been used in project 123 before or it is disabled.).',
      ]);
      const key = tables(handle.document(result.docId))[0]!;
      expect(key.rows.map((r) => r.cells[0]!.backgroundColor)).toEqual(['#b7e1cd', '#c9daf8', '#fce8b2', '#f4c7c3', '#d9d2e9']);
      expect(calls.count('DocumentApp.TableCell.setBackgroundColor')).toBeGreaterThan(0);
      expect(handle.file(result.docId).trashed).toBe(false);
    });

    it('when the batch is refused, trashes that copy and makes the paper with DocumentApp from a fresh one', () => {
      const { handle, docs, folder, logged } = setup();
      const real = docs.Docs!;
      const refusing: DocsServices = {
        ...docs,
        Docs: {
          Documents: {
            get: (id: string) => real.Documents.get(id),
            batchUpdate: () => {
              throw new Error('API call to docs.documents.batchUpdate failed with error: Request payload size exceeds the limit');
            },
          },
        } as unknown as GoogleAppsScript.Docs,
      };
      const result = renderPaper(refusing, {
        paper: buildPaper('agenda', data, MEETING),
        templateId: '',
        outputFolderId: folder,
        savePdf: false,
        recordTemplateId: () => undefined,
      });
      expect(result.docsApi).toBe(false);
      expect(logged[0]).toMatch(/^Paper made with DocumentApp because the Docs API could not be used \(API call to docs.documents.batchUpdate failed/);
      const papers = handle.filesIn(folder).filter((f) => f.name === result.name);
      expect(papers.map((f) => f.trashed)).toEqual([true, false]);
      expect(tables(handle.document(result.docId)).every((t) => t.rows[0]!.cells.every((c) => c.backgroundColor === '#d9d9d9'))).toBe(true);
    });
  });
});
