/**
 * Import…, in a real browser: a paste carrying both clipboard flavours (text/html as Word puts
 * it, text/plain beside it) is previewed at once; a column and a proposed status are corrected,
 * a new officer ticked; Import writes once; a second Import adds nothing and says so.
 */
import { IMPORT_DIALOG } from '../../src/import/server';
import { sheetsActionLogText, wordActionLogHtml, wordActionLogText } from '../import/fixtures';
import { ACTIONS, OFFICERS, rows, westmoorBook } from '../import/helpers';
import { useDialogBrowser } from './dialog-harness';

const dialogs = useDialogBrowser();

describe('Import…, in a real browser', () => {
  it('paste, preview, correct, import; the same paste again adds nothing', async () => {
    const book = westmoorBook();
    const officersBefore = rows(book, OFFICERS).length;
    const open = await dialogs.open('import', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    expect(await page.textContent('#save')).toBe('Import');
    expect(await page.isDisabled('#save')).toBe(true); // nothing to import before a preview
    await page.evaluate(
      ([html, text]) => {
        const data = new DataTransfer();
        data.setData('text/html', html!);
        data.setData('text/plain', text!);
        document.getElementById('paste')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [wordActionLogHtml, wordActionLogText],
    );
    await page.waitForFunction(() => document.getElementById('summary')?.textContent?.startsWith('Import adds'));
    expect(await page.textContent('#summary')).toBe('Import adds 7 actions to Actions.');
    expect(await page.isEnabled('#save')).toBe(true);
    expect(await page.locator('ul.warnings li').allTextContents()).toEqual([
      'Table 1, row 8, Responsible Officer: “Chris” could be Chris Ward or Chris Hale, so it was given to nobody; write the full name in the Actions tab.',
      'Table 1, row 10, Commentary: “the July meeting” names a meeting that is not in Meetings after 28/01/2010; it was left out — type the date in the Actions tab afterwards.',
    ]);
    // Where each date came from is shown with the row.
    expect(await page.locator('#preview tbody tr').first().textContent()).toContain('Date for Report 18/03/2010: “March 18th 2010” (Commentary)');
    // Confirm the proposed "noted" status of the information-only row; tick one new person.
    await page.selectOption('select[aria-label="Status of Table 1, row 8"]', 'noted');
    await page.check('label.check:has-text("Brian Aldridge") input');
    await page.click('#save');
    await page.waitForFunction(() => document.getElementById('message')?.className.includes('success'));
    expect(await page.textContent('#message')).toBe('Imported 7 actions to Actions, 1 name to Officers.');
    const actions = rows(book, ACTIONS);
    expect(actions).toHaveLength(7);
    expect(actions.find((a) => a.ref === '28.01.07')).toMatchObject({ isDecision: true, status: 'Decisions' });
    expect(
      rows(book, OFFICERS)
        .map((o) => o.name)
        .slice(officersBefore),
    ).toEqual(['Brian Aldridge']);
    // The dialog previews again after the import: nothing left to add.
    expect(await page.textContent('#summary')).toBe('Nothing new to add: all 7 already in the sheet (imported before?).');
    expect(await page.isDisabled('#save')).toBe(true);
    expect(open.calls).toEqual(['importPreview', 'importCommit', 'importPreview']);
    expect(open.errors).toEqual([]);
  });

  it('at the size the server opens it, with the preview shown nothing overflows sideways and Import stays in view; a column can be re-mapped', async () => {
    const book = westmoorBook();
    const open = await dialogs.open('import', book);
    const { page } = open;
    await page.setViewportSize({ width: IMPORT_DIALOG.width, height: IMPORT_DIALOG.height });
    await page.waitForSelector('body[data-ready="yes"]');
    await page.fill('#paste', sheetsActionLogText);
    await page.click('#preview-button');
    await page.waitForFunction(() => document.getElementById('summary')?.textContent === 'Import adds 2 actions to Actions.');
    const layout = await page.evaluate(() => {
      const save = document.getElementById('save')!.getBoundingClientRect();
      const content = document.querySelector('.content')!;
      return {
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        contentSideways: content.scrollWidth - content.clientWidth,
        saveInView: save.top >= 0 && save.bottom <= window.innerHeight && save.right <= window.innerWidth,
      };
    });
    expect(layout).toEqual({ sideways: 0, contentSideways: 0, saveInView: true });
    // Commentary → not imported: the dates it gave are gone from the preview.
    expect(await page.locator('#preview tbody tr').first().textContent()).toContain('(Commentary)');
    await page.selectOption('#t1c4', '');
    await page.waitForFunction(() => !document.querySelector('#preview tbody tr')?.textContent?.includes('(Commentary)'));
    await page.click('#save');
    await page.waitForFunction(() => document.getElementById('message')?.className.includes('success'));
    expect(rows(book, ACTIONS).map((a) => a.commentary)).toEqual(['', '']);
    expect(open.errors).toEqual([]);
  });
});
