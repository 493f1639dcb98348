/**
 * What every dialog does in the places a secretariat spends its day, in a real browser on the
 * bundle: typing while it loads, a save under way (nothing editable, Close asks), a load that
 * fails (Try again), plain words instead of Apps Script's text, select-all on a filled box,
 * Undo after Remove, error marks that survive Ctrl+Enter.
 */
import type { Page } from 'playwright-core';
import { FORWARD_PLAN, MEETINGS, rows, setUpBook } from '../capture/helpers';
import { useDialogBrowser } from './dialog-harness';

const dialogs = useDialogBrowser();
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const closed = (page: Page) => page.evaluate(() => Boolean((window as unknown as { __closed?: boolean }).__closed));
const message = (page: Page) => page.textContent('#message');

describe('loading', () => {
  it('typing while the dialog loads lands in the first field, and is kept once loaded', async () => {
    const open = await dialogs.open('add-meeting', setUpBook());
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    const gate = open.hold('captureMeetingDialog');
    await page.reload();
    await page.waitForFunction(() => document.getElementById('message')?.textContent?.startsWith('Loading'));
    expect(await activeId(page)).toBe('date');
    await page.keyboard.type('18/03/2010');
    gate.release();
    await page.waitForSelector('body[data-ready="yes"]');
    expect(await page.inputValue('#date')).toBe('18/03/2010');
    expect(await activeId(page)).toBe('date');
  });

  it('a load that fails says so in plain words, offers Try again, and works on the retry', async () => {
    const open = await dialogs.open('forward-plan', setUpBook());
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    open.failNext('captureForwardPlanDialog', 'ScriptError: Exceeded maximum execution time');
    await page.reload();
    await page.waitForSelector('#retry');
    const text = await message(page);
    expect(text).toBe('The script took too long and was stopped. Nothing was changed. Try again');
    expect(text).not.toMatch(/ScriptError|Exceeded/);
    expect(await page.isDisabled('#save')).toBe(true);
    expect(await page.getAttribute('body', 'data-ready')).toBeNull();
    await page.click('#retry');
    await page.waitForSelector('body[data-ready="yes"]');
    expect(await page.isEnabled('#save')).toBe(true);
    expect(await page.$('#retry')).toBeNull();
    expect(open.calls.filter((c) => c === 'captureForwardPlanDialog')).toHaveLength(3); // first open, the failure, the retry
  });
});

describe('saving', () => {
  async function fillPlan(page: Page) {
    await page.waitForSelector('body[data-ready="yes"]');
    await page.fill('#item', 'Annual report');
    await page.fill('#source', 'Board');
    await page.selectOption('#dueDate', '2010-03-18');
  }

  it('while a save is under way nothing can be edited, and Close asks before closing', async () => {
    const book = setUpBook();
    const open = await dialogs.open('forward-plan', book);
    const { page } = open;
    await fillPlan(page);
    const held = open.hold('captureSaveForwardPlan');
    await page.click('#save');
    await page.waitForFunction(() => (document.getElementById('save') as HTMLButtonElement).disabled);
    const editable = await page.$$eval('form input, form select, form textarea, form button', (cs) =>
      cs.filter((c) => !(c as HTMLInputElement).disabled).map((c) => c.id),
    );
    expect(editable).toEqual(['close']);
    await page.click('#close');
    expect(await closed(page)).toBe(false);
    expect(await message(page)).toContain('press Close again to close anyway');
    held.release();
    await page.waitForFunction(() => document.getElementById('message')?.className.includes('success'));
    expect(rows(book, FORWARD_PLAN).map((r) => r.item)).toEqual(['Annual report']);
    expect(await page.isEnabled('#item')).toBe(true);
    expect(await page.isEnabled('#dueDate')).toBe(true);
    await page.click('#close'); // saved: closes at once
    expect(await closed(page)).toBe(true);
  });

  it('a second press of Close during a save closes', async () => {
    const open = await dialogs.open('forward-plan', setUpBook());
    const { page } = open;
    await fillPlan(page);
    const held = open.hold('captureSaveForwardPlan');
    await page.click('#save');
    await page.waitForFunction(() => (document.getElementById('save') as HTMLButtonElement).disabled);
    await page.click('#close');
    await page.click('#close');
    expect(await closed(page)).toBe(true);
    held.release();
  });

  it('a save that fails in Apps Script is said in plain words, the typing kept, the sheet to be checked', async () => {
    const book = setUpBook();
    const open = await dialogs.open('forward-plan', book);
    const { page } = open;
    await fillPlan(page);
    open.failNext('captureSaveForwardPlan', 'ScriptError: Service Spreadsheets failed while accessing document with id 1x2y3z.');
    await page.click('#save');
    await page.waitForFunction(() => document.getElementById('message')?.className.includes('error'));
    const text = await message(page);
    expect(text).toBe(
      'The script stopped before it answered. It may or may not have been saved: look at the sheet before you save again (your typing is kept here).',
    );
    expect(await page.inputValue('#item')).toBe('Annual report');
    expect(await page.isEnabled('#save')).toBe(true);
  });
});

describe('typing', () => {
  it('Enter into a filled box selects its text, so typing replaces it; a click places the caret', async () => {
    const book = setUpBook();
    const open = await dialogs.open('add-meeting', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    expect(await page.inputValue('#board')).toBe('LSP Executive Board'); // filled in: the only board
    await page.keyboard.type('29/04/2010');
    await page.keyboard.press('Enter'); // to Time
    await page.keyboard.press('Enter'); // to Board
    expect(await activeId(page)).toBe('board');
    await page.keyboard.type('Health Board');
    expect(await page.inputValue('#board')).toBe('Health Board');
    await page.click('#board', { position: { x: 5, y: 10 } });
    await page.keyboard.press('End');
    await page.keyboard.type(' (West)');
    expect(await page.inputValue('#board')).toBe('Health Board (West)');
    await page.click('#save');
    await page.waitForFunction(() => document.getElementById('message')?.className.includes('success'));
    expect(rows(book, MEETINGS)[2]).toMatchObject({ board: 'Health Board (West)' });
  });

  it('Ctrl+Enter from a field in error that is not the first keeps its error mark', async () => {
    const open = await dialogs.open('forward-plan', setUpBook());
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    await page.selectOption('#dueDate', '2010-03-18');
    await page.click('#item');
    await page.keyboard.type('   '); // spaces only: still no item
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.getElementById('source')?.getAttribute('aria-invalid') === 'true');
    expect(await activeId(page)).toBe('source'); // the first error
    expect(await page.getAttribute('#item', 'aria-invalid')).toBe('true');
    expect(await page.textContent('[data-error-for="item"]')).toBe('Item is needed.');
    // typing in it is what clears it
    await page.fill('#item', 'Annual report');
    expect(await page.getAttribute('#item', 'aria-invalid')).toBeNull();
  });
});

describe('Remove and Undo', () => {
  it('record-actions: Remove item can be undone, with what was typed', async () => {
    const open = await dialogs.open('record-actions', setUpBook());
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    await page.click('#add-item');
    const second = page.locator('#items > .item').nth(1);
    await second.locator('[data-field="subject"]').fill('Housing');
    await second.locator('[data-field="text"]').fill('Report on void homes');
    expect(await second.locator('.remove-item').getAttribute('aria-label')).toBe('Remove item 2'); // starts with what it says
    await second.locator('.remove-item').click();
    expect(await page.locator('#items > .item').count()).toBe(1);
    expect(await message(page)).toBe('Agenda item 2 (Housing) removed. Undo');
    expect(await activeId(page)).toBe('undo');
    await page.keyboard.press('Enter');
    expect(await page.locator('#items > .item').count()).toBe(2);
    expect(await page.locator('#items > .item').nth(1).locator('[data-field="text"]').inputValue()).toBe('Report on void homes');
    expect(await message(page)).toBe('Agenda item 2 (Housing) is back.');
  });

  it('record-actions: a removed action comes back in its place', async () => {
    const open = await dialogs.open('record-actions', setUpBook());
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    const item = page.locator('#items > .item').first();
    await item.locator('[data-field="text"]').fill('First');
    await item.locator('.add-action').click();
    await item.locator('[data-field="text"]').nth(1).fill('Second');
    await item.locator('.remove-entry').first().click();
    expect(await item.locator('.entry').count()).toBe(1);
    expect(await message(page)).toBe('The action "First" removed. Undo');
    await page.click('#undo');
    const texts = await item.locator('[data-field="text"]').evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
    expect(texts).toEqual(['First', 'Second']);
  });
});
