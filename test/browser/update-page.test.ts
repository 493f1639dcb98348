/**
 * The officers' update page in headless Chromium: opened through the bundle's doGet on the
 * emulator with the link from the request email, google.script.run answered by web app
 * executions (no UI, no document lock, as the deploying user). The officer adds an update and
 * marks an action complete; the sheet shows both, dated and signed, and the status changes.
 */
import { publicServerFunctions, useDialogBrowser } from './dialog-harness';
import { action, allCells, craftedToken, requestUpdates, setUpBoard, tokenFor, WEB_APP_URL, type Board } from '../updates/helpers';
import { doGetEvent } from '../emulator/webapp';

const browser = useDialogBrowser();

function openPage(board: Board, token: string) {
  const html = board
    .web()
    .call<GoogleAppsScript.HTML.HtmlOutput>('doGet', doGetEvent(`${WEB_APP_URL}?t=${token}`))
    .getContent();
  return browser.openHtml('update-page', html, (fn, args) => board.web().call(fn, ...args), publicServerFunctions(board.web()));
}

describe("the officers' update page, in a real browser", () => {
  it('shows only her items; a progress line and a completion are saved, dated and signed, and the status follows', async () => {
    const board = setUpBoard();
    requestUpdates(board);
    const open = await openPage(board, tokenFor(board, 'janine.brown@example.org'));
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    expect(await page.textContent('#title')).toBe('Your updates, Janine Brown');
    expect(await page.textContent('#lead')).toContain('by Thursday 11 March, 5 working days before the meeting');
    expect(await page.locator('form.item').evaluateAll((forms) => forms.map((f) => f.getAttribute('data-ref')))).toEqual(['28.01.01', '28.01.03']);
    expect(await page.locator('#reports li').allTextContents()).toEqual(['Annual report of the partnership (Board)']);

    const first = page.locator('form.item[data-ref="28.01.01"]');
    await first.locator('[data-field="note"]').fill('Report drafted; to EB in April <b>bold</b>');
    await first.locator('button.save').click();
    await first.locator('.item-message.success').waitFor();
    expect(await first.locator('.saved-lines').textContent()).toContain('29/01/2010 J. Brown: Report drafted; to EB in April <b>bold</b>');
    expect(await first.locator('.saved-lines b').count()).toBe(0); // shown as text, never as HTML

    const third = page.locator('form.item[data-ref="28.01.03"]');
    await third.locator('[data-field="complete"]').check();
    await third.locator('button.save').click();
    await third.locator('.item-message.success').waitFor();
    expect(await third.locator('.saved-lines').textContent()).toContain('Status: Completed');
    expect(await third.locator('button.save').isDisabled()).toBe(true);

    expect(action(board, '28.01.01').commentary).toBe('29/01/2010 J. Brown: Report drafted; to EB in April <b>bold</b>');
    expect(action(board, '28.01.01').status).toBe('Not yet due');
    const done = action(board, '28.01.03');
    expect(done.commentary).toBe('29/01/2010 J. Brown: Completed');
    expect(done.status).toBe('Completed');
    expect((done.completedDate as Date).toISOString().slice(0, 10)).toBe('2010-01-29');
    expect(open.calls).toEqual(['updatesPageData', 'updatesSave', 'updatesSave']);
  });

  it('a row changed by someone else while the page was open: the new text is shown, nothing written until she confirms', async () => {
    const board = setUpBoard();
    requestUpdates(board);
    const open = await openPage(board, tokenFor(board, 'janine.brown@example.org'));
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    board.clerk.call('captureSaveUpdate', { row: 2, ref: '28.01.01', note: 'Deferred to April', dueDate: '29/04/2010', complete: false, completedDate: '' });
    const before = allCells(board);
    const first = page.locator('form.item[data-ref="28.01.01"]');
    await first.locator('[data-field="note"]').fill('Report drafted');
    await first.locator('button.save').click();
    await first.locator('.changed').waitFor();
    expect(await first.locator('.changed').textContent()).toContain('29/01/2010: Deferred to April');
    expect(await first.locator('.changed').textContent()).toContain('29/04/2010');
    expect(allCells(board)).toBe(before);
    expect(await first.locator('[data-field="note"]').inputValue()).toBe('Report drafted'); // her typing is kept
    await first.locator('button.save').click(); // confirms
    await first.locator('.item-message.success').waitFor();
    expect(action(board, '28.01.01').commentary).toBe('29/01/2010: Deferred to April\n29/01/2010 J. Brown: Report drafted');
  });

  it('a forged link shows the refusal page and the page has no items', async () => {
    const board = setUpBoard();
    requestUpdates(board);
    const open = await openPage(board, craftedToken({ o: 'Janine Brown', m: '2010-03-18', l: '2010-03-18' }, 'guessed'));
    expect(await open.page.textContent('#refusal')).toMatch(/not one the Action Log issued/);
    expect(await open.page.locator('form').count()).toBe(0);
    expect(open.calls).toEqual([]);
  });
});
