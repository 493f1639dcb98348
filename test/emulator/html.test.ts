import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlOutputState } from './html';
import { createAppsScript } from './index';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'html-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('HtmlService', () => {
  it('reads <htmlDir>/<name>.html, with or without the extension', () => {
    const { globals } = createAppsScript({ htmlDir: dirWith({ 'Dialog.html': '<h1>Hi</h1>' }) });
    expect(globals.HtmlService.createHtmlOutputFromFile('Dialog').getContent()).toBe('<h1>Hi</h1>');
    expect(globals.HtmlService.createHtmlOutputFromFile('Dialog.html').getContent()).toBe('<h1>Hi</h1>');
  });

  it('throws Apps Script’s message for a missing file', () => {
    const { globals } = createAppsScript({ htmlDir: dirWith({}) });
    expect(() => globals.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });

  it('defaults to dist/', () => {
    const { handles } = createAppsScript();
    expect(handles.html.htmlDir).toBe(join(__dirname, '..', '..', 'dist'));
  });

  it('builds output with title, size and appended content', () => {
    const { globals, handles, calls } = createAppsScript();
    const out = globals.HtmlService.createHtmlOutput('<p>a</p>').setTitle('T').setWidth(300).setHeight(200);
    out.append('<b>trusted</b>').appendUntrusted('<script>x</script>');
    expect(out.getTitle()).toBe('T');
    expect([out.getWidth(), out.getHeight()]).toEqual([300, 200]);
    expect(out.getContent()).toBe('<p>a</p><b>trusted</b>&lt;script&gt;x&lt;/script&gt;');
    out.setXFrameOptionsMode(globals.HtmlService.XFrameOptionsMode.ALLOWALL);
    expect(htmlOutputState(out)).toMatchObject({ title: 'T', xFrameOptionsMode: 'ALLOWALL' });
    expect(handles.html.outputs).toHaveLength(1);
    expect(out.getBlob().getDataAsString()).toBe(out.getContent());
    expect(calls.count('HtmlService.HtmlOutput.setTitle')).toBe(1);
  });

  it('evaluates templates: <?= ?> escapes, <?!= ?> does not, <? ?> runs code', () => {
    const dir = dirWith({ 'List.html': '<h1><?= title ?></h1><? for (const a of items) { ?><li><?= a ?></li><? } ?><?!= raw ?>' });
    const { globals } = createAppsScript({ htmlDir: dir });
    const t = globals.HtmlService.createTemplateFromFile('List');
    t.title = 'Actions <due>';
    t.items = ['A & B', 'C'];
    t.raw = '<hr>';
    expect(t.evaluate().getContent()).toBe('<h1>Actions &lt;due&gt;</h1><li>A &amp; B</li><li>C</li><hr>');
  });
});
