import { CallLog } from '../calls';
import { hostRealm } from '../realm';
import { createDocsEmulator } from './index';

function setup() {
  const calls = new CallLog();
  const { services, handle } = createDocsEmulator({ realm: hostRealm, calls });
  const DocumentApp = services.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp;
  const DriveApp = services.DriveApp as unknown as GoogleAppsScript.Drive.DriveApp;
  return { calls, handle, DocumentApp, DriveApp, MimeType: services.MimeType };
}

describe('DocumentApp emulator', () => {
  it('creates a document with one empty paragraph, in My Drive', () => {
    const { DocumentApp, handle } = setup();
    const doc = DocumentApp.create('Notes');
    expect(doc.getBody().getNumChildren()).toBe(1);
    expect(doc.getBody().getText()).toBe('');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(handle.file(doc.getId()).folderId).toBe(handle.rootFolderId);
  });

  it('appends, inserts, finds and replaces text per paragraph with regex patterns', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('T').getBody();
    body.appendParagraph('Dear {{name}},');
    body.insertParagraph(0, 'Heading').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    body.replaceText('\\{\\{name\\}\\}', 'Ms \\$1 Smith'); // an escaped $ is literal (replacement rules: next test)
    expect(body.getText()).toBe('Heading\n\nDear Ms $1 Smith,');
    const found = body.findText('Ms.*Smith')!;
    expect(found.getStartOffset()).toBe(5);
    expect(found.getEndOffsetInclusive()).toBe(15);
    expect(found.getElement().getParent().asParagraph().getText()).toBe('Dear Ms $1 Smith,');
    expect(body.findText('Smith', found)).toBeNull();
    expect(body.findText('Heading\\nDear')).toBeNull(); // never across paragraphs
    expect((body.getChild(0) as GoogleAppsScript.Document.Paragraph).getHeading()).toBe('HEADING1');
  });

  it('replaceText: $ and backslash in the replacement are special (Java rules, an assumption); the text never changes on an error', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('T').getBody();
    const p = body.appendParagraph('Venue: {{venue}}, board {{board}}');
    const q = body.appendParagraph('{{board}} again');
    body.replaceText('\\{\\{(ven)(ue)\\}\\}', '[$2$1] [$0] [$12] [\\$1 \\\\ \\x]');
    expect(p.getText()).toBe('Venue: [ueven] [{{venue}}] [ven2] [$1 \\ x], board {{board}}');
    for (const [replacement, message] of [
      ['Room $5 {{venue}}', 'No group 5'],
      ['Q1 $& Q2', 'Illegal group reference'],
      ['ends with \\', 'character to be escaped is missing'],
      ['$', 'Illegal group reference: group index is missing'],
      ['${who}', 'No group with name {who}'],
    ] as const) {
      expect(() => body.replaceText('\\{\\{board\\}\\}', replacement)).toThrow(message);
      expect(() => p.replaceText('\\{\\{board\\}\\}', replacement)).toThrow(message);
    }
    expect(p.getText()).toBe('Venue: [ueven] [{{venue}}] [ven2] [$1 \\ x], board {{board}}');
    expect(q.getText()).toBe('{{board}} again');
    p.replaceText('\\{\\{(?<b>board)\\}\\}', '${b}!');
    expect(p.getText()).toBe('Venue: [ueven] [{{venue}}] [ven2] [$1 \\ x], board board!');
    body.replaceText('no match here', '$9'); // no match: the replacement is never expanded
  });

  it('inserts a table from a 2-D array in place of a paragraph, and keeps a paragraph after a last table', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('T').getBody();
    const p = body.appendParagraph('{{table}}');
    body.appendParagraph('after');
    const index = body.getChildIndex(p);
    const table = body.insertTable(index, [
      ['A', 'B'],
      ['one\ntwo', ''],
    ]);
    expect(table.getNumRows()).toBe(2);
    expect(table.getCell(1, 0).getText()).toBe('one\ntwo');
    expect(table.getCell(1, 0).getNumChildren()).toBe(2);
    p.removeFromParent();
    expect(body.getText()).toBe('\nA\nB\none\ntwo\n\nafter');
    body.appendTable([['last']]);
    expect(body.getNumChildren()).toBe(5); // '', table, 'after', table, and the paragraph Docs keeps after it
    expect(body.getChild(4).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(() => body.insertTable(0, [['a'], ['b', 'c']])).toThrow('rows of different lengths');
  });

  it('refuses to remove the last paragraph of the body', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('T').getBody();
    expect(() => body.getParagraphs()[0]!.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
  });

  it('styles cells and rows, and counts every call', () => {
    const { DocumentApp, calls, handle } = setup();
    const doc = DocumentApp.create('T');
    const table = doc.getBody().appendTable([
      ['H1', 'H2'],
      ['a', 'b'],
    ]);
    table.getCell(1, 1).setBackgroundColor('#B7E1CD');
    table.getRow(0).editAsText().setBold(true);
    expect(table.getCell(1, 1).getBackgroundColor()).toBe('#b7e1cd');
    expect(() => table.getCell(0, 0).setBackgroundColor('green')).toThrow('Invalid argument: color');
    expect(calls.count('DocumentApp.TableCell.setBackgroundColor')).toBe(2);
    expect(calls.count('DocumentApp.Table.getCell')).toBe(3);
    const html = handle.toHtml(doc.getId());
    expect(html).toContain('<td style="background:#b7e1cd"><p>b</p></td>');
    expect(html).toContain('<td><p style="font-weight:bold">H1</p></td>');
  });

  it('a closed document cannot be used again; openById of a missing id throws', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('T');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(() => body.appendParagraph('x')).toThrow('Document is closed');
    expect(DocumentApp.openById(doc.getId()).getBody().getNumChildren()).toBe(1);
    expect(() => DocumentApp.openById('nope')).toThrow('Document is missing');
  });

  it('text edits: deleteText / insertText on a found range', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('T').getBody();
    body.appendParagraph('Cost: {{x}} each');
    const found = body.findText('\\{\\{x\\}\\}')!;
    const text = found.getElement().asText();
    text.deleteText(found.getStartOffset(), found.getEndOffsetInclusive());
    text.insertText(found.getStartOffset(), '$5');
    expect(body.getText()).toBe('\nCost: $5 each');
  });
});

describe('DriveApp emulator', () => {
  it('copies a document into a folder without touching the original', () => {
    const { DriveApp, DocumentApp, handle } = setup();
    const folder = handle.addFolder('Papers');
    const id = handle.addDocument('Template', [{ text: '{{board}}', heading: 'TITLE' }, { table: [['x']] }]);
    const before = handle.snapshot(id);
    const copy = DriveApp.getFileById(id).makeCopy('Paper', DriveApp.getFolderById(folder));
    expect(copy.getName()).toBe('Paper');
    expect(handle.file(copy.getId()).folderId).toBe(folder);
    DocumentApp.openById(copy.getId()).getBody().replaceText('\\{\\{board\\}\\}', 'Board');
    expect(handle.snapshot(id)).toEqual(before);
    expect(handle.document(id).revision).toBe(0);
    expect(handle.document(copy.getId()).body.children[0]).toMatchObject({ text: 'Board', heading: 'TITLE' });
  });

  it('saves a document as PDF into a folder as a recorded blob', () => {
    const { DriveApp, DocumentApp, handle, MimeType } = setup();
    const doc = DocumentApp.create('Minutes');
    doc.getBody().appendParagraph('Hello');
    const blob = DriveApp.getFileById(doc.getId()).getAs(MimeType.PDF);
    expect(blob.getContentType()).toBe('application/pdf');
    expect(blob.getName()).toBe('Minutes.pdf');
    const pdf = DriveApp.getRootFolder().createFile(blob);
    expect(handle.fileText(pdf.getId())).toContain('Hello');
    expect(handle.file(pdf.getId()).mimeType).toBe('application/pdf');
  });

  it('moves and trashes files, lists a folder, and reports unknown ids', () => {
    const { DriveApp, DocumentApp, handle } = setup();
    const folderId = handle.addFolder('Out');
    const doc = DocumentApp.create('A');
    const file = DriveApp.getFileById(doc.getId());
    file.moveTo(DriveApp.getFolderById(folderId));
    const files = DriveApp.getFolderById(folderId).getFiles();
    expect(files.hasNext() && files.next().getName()).toBe('A');
    file.setTrashed(true);
    expect(DriveApp.getFolderById(folderId).getFiles().hasNext()).toBe(false);
    expect(() => DriveApp.getFileById('missing')).toThrow('No item with the given ID');
    expect(() => DriveApp.getFolderById('missing')).toThrow('No item with the given ID');
  });
});
