/**
 * Import…, in a real browser: a paste carrying both clipboard flavours (text/html as Word puts
 * it, text/plain beside it) is previewed at once; a column and a proposed status are corrected,
 * a new officer ticked; Import writes once; a second Import adds nothing and says so.
 */
import { wordActionLogHtml, wordActionLogText } from '../import/fixtures';
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
    await page.evaluate(([html, text]) => {
      const data = new DataTransfer();
      data.setData('text/html', html!);
      data.setData('text/plain', text!);
      document.getElementById('paste')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, [wordActionLogHtml, wordActionLogText]);
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
    expect(rows(book, OFFICERS).map((o) => o.name).slice(officersBefore)).toEqual(['Brian Aldridge']);
    // The dialog previews again after the import: nothing left to add.
    expect(await page.textContent('#summary')).toBe('Nothing new to add: all 7 already in the sheet (imported before?).');
    expect(await page.isDisabled('#save')).toBe(true);
    expect(open.calls).toEqual(['importPreview', 'importCommit', 'importPreview']);
    expect(open.errors).toEqual([]);
  });
});
