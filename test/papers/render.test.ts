/**
 * The Docs adapter against the DocumentApp/DriveApp emulator, in process: templates, copies,
 * tables and their colours, errors that leave nothing behind.
 */
import { renderPaper, type DocsServices } from '../../src/adapters/docs/render';
import { buildPaper } from '../../src/core/papers/models';
import { statusEntry } from '../../src/core/status';
import { CallLog } from '../emulator/calls';
import { createDocsEmulator } from '../emulator/docs';
import type { DocState } from '../emulator/docs/model';
import { hostRealm } from '../emulator/realm';
import { data, EXPECTED_LOG, MEETING } from './sample-board';

function setup() {
  const calls = new CallLog();
  const { services, handle } = createDocsEmulator({ realm: hostRealm, calls });
  const docs: DocsServices = {
    DocumentApp: services.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp,
    DriveApp: services.DriveApp as unknown as GoogleAppsScript.Drive.DriveApp,
    pdfMimeType: services.MimeType.PDF,
  };
  const folder = handle.addFolder('Board papers');
  return { calls, handle, docs, folder };
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
    expect(handle.file(result.docId)).toMatchObject({ name: 'Northfield Partnership Executive Board – Action Log – 15 March 2012', folderId: folder, trashed: false });

    const doc = handle.document(result.docId);
    const text = doc.body.children.filter((c) => c.type === 'PARAGRAPH').map((p) => p.text);
    expect(text.slice(0, 3)).toEqual(['Northfield Partnership Executive Board', 'Action Log & Forward Plan', 'Thursday 15th March 2012']);
    expect(JSON.stringify(handle.snapshot(result.docId))).not.toMatch(/\{\{/);

    const log = tableStartingWith(doc, 'Ref No and subject');
    const body = log.rows.slice(1);
    expect(body.map((r) => r.cells[0]!.paragraphs[0]!.text.split(' ')[0])).toEqual(EXPECTED_LOG.map((e) => e[0]));
    body.forEach((r, i) => {
      const colour = statusEntry(EXPECTED_LOG[i]![1] as never).background;
      expect(r.cells.map((c) => c.backgroundColor)).toEqual([colour, null, null, null, null]);
    });
    expect(log.rows[0]!.cells.every((c) => c.paragraphs.every((p) => p.bold))).toBe(true);

    const key = tables(doc)[0]!;
    expect(key.rows.map((r) => r.cells[1]!.paragraphs[0]!.text)[0]).toBe('Completed');
    expect(key.rows.map((r) => r.cells[0]!.backgroundColor)).toEqual(['#b7e1cd', '#c9daf8', '#fce8b2', '#f4c7c3', '#d9d2e9']);
    expect(tableStartingWith(doc, 'Source').rows).toHaveLength(5);
  });

  it('copies a recorded template without changing it, and saves a PDF with a link', () => {
    const { handle, docs, folder } = setup();
    const first = renderPaper(docs, { paper: buildPaper('agenda', data, MEETING), templateId: '', outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined });
    const templateId = first.createdTemplateId!;
    const before = handle.snapshot(templateId);
    const revision = handle.document(templateId).revision;

    const result = renderPaper(docs, { paper: buildPaper('agenda', data, MEETING), templateId, outputFolderId: folder, savePdf: true, recordTemplateId: () => { throw new Error('must not record'); } });
    expect(handle.snapshot(templateId)).toEqual(before);
    expect(handle.document(templateId).revision).toBe(revision);
    expect(result.createdTemplateId).toBeUndefined();
    const pdf = handle.filesIn(folder).find((f) => f.mimeType === 'application/pdf')!;
    expect(pdf.name).toBe('Northfield Partnership Executive Board – Agenda – 15 March 2012.pdf');
    expect(result.pdfUrl).toContain(pdf.id);
    expect(handle.fileText(pdf.id)).toContain('Annual review of the Partnership Compact');
  });

  it('reports unknown and missing placeholders by name and creates nothing', () => {
    const { handle, docs, folder } = setup();
    const templateId = handle.addDocument('My template', ['{{board}} – {{meetingdate}}', '{{forward_plan_table}}', 'End']);
    const filesBefore = handle.files().length;
    expect(() =>
      renderPaper(docs, { paper: buildPaper('actionLog', data, MEETING), templateId, outputFolderId: folder, savePdf: true, recordTemplateId: () => undefined }),
    ).toThrow('The action log template cannot be used: Unknown placeholder: {{meetingdate}}. Missing placeholder: {{action_table}}. Nothing was created.');
    expect(handle.files()).toHaveLength(filesBefore);
  });

  it('says which setting to fix when the template or folder cannot be opened', () => {
    const { handle, docs, folder } = setup();
    const sheetId = handle.addFile('A spreadsheet', 'application/vnd.google-apps.spreadsheet');
    const req = { paper: buildPaper('minutes', data, MEETING), outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined };
    expect(() => renderPaper(docs, { ...req, templateId: sheetId })).toThrow(/^The minutes template could not be opened \(Settings: Minutes template ID = emu-file-0001\)/);
    expect(() => renderPaper(docs, { ...req, templateId: '', outputFolderId: 'gone' })).toThrow(/^The output folder in Settings \(Output folder ID = gone\) could not be opened/);
    expect(handle.files()).toHaveLength(1);
  });

  it('trashes the copy when filling it fails (a table placeholder inside a table)', () => {
    const { handle, docs, folder } = setup();
    const templateId = handle.addDocument('Boxed', ['{{title}}', { table: [['{{minutes_items}}']] }]);
    expect(() =>
      renderPaper(docs, { paper: buildPaper('minutes', data, MEETING), templateId, outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined }),
    ).toThrow();
    expect(handle.filesIn(folder).every((f) => f.trashed)).toBe(true);
    expect(handle.filesIn(folder)).toHaveLength(1);
  });

  it('puts text holding $ and \\ in literally, and keeps a table placeholder that ends the document', () => {
    const { handle, docs, folder } = setup();
    const templateId = handle.addDocument('T', ['Venue: {{venue}}', '{{minutes_items}}']);
    const paper = buildPaper('minutes', { ...data, meetings: data.meetings.map((m) => ({ ...m, venue: 'Room $1 \\ B' })) }, MEETING);
    const result = renderPaper(docs, { paper, templateId, outputFolderId: folder, savePdf: false, recordTemplateId: () => undefined });
    const doc = handle.document(result.docId);
    expect(doc.body.children[0]).toMatchObject({ text: 'Venue: Room $1 \\ B' });
    expect(doc.body.children.map((c) => c.type)).toEqual(['PARAGRAPH', 'TABLE', 'PARAGRAPH']);
  });
});
