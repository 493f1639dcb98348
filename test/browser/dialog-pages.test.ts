/**
 * The built dialog pages (dist/<name>.html) and what every dialog shares: the inlined
 * stylesheet and script, Save off until loaded, focus on the first field, Enter, Ctrl+Enter,
 * Escape, errors linked to their fields, empty states.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { DIALOGS } from '../../src/capture/server';
import { ROOT } from '../harness/bundle';
import { OFFICERS, entry, recordInput, refs, rows, FORWARD_PLAN, setUpBook } from '../capture/helpers';
import { builtDialog, useDialogBrowser } from './dialog-harness';

const SRC_HTML = join(ROOT, 'src/html');
const pages = readdirSync(SRC_HTML)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));
const withClient = pages.filter((name) => existsSync(join(ROOT, 'src/client', `${name}.ts`)));

describe('the built pages', () => {
  it('are the four capture dialogs at least', () => {
    expect(withClient).toEqual(expect.arrayContaining(['add-meeting', 'forward-plan', 'record-actions', 'update-action']));
  });

  it.each(pages)('%s.html has every build marker replaced', (name) => {
    const html = builtDialog(name);
    expect(html).not.toContain('<!-- client-script -->');
    expect(html).not.toContain('<!-- dialog-styles -->');
    expect(html).not.toContain('<!-- dialog-footer -->');
  });

  it.each(withClient)('%s.html carries the shared stylesheet and its own script inline', (name) => {
    const html = builtDialog(name);
    expect(html.match(/<!-- [a-z-]+ -->/g) ?? []).toEqual([]); // a marker the build does not know
    const inline = (tag: string) => [...html.matchAll(new RegExp(`<${tag}>([^]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
    expect(inline('style').filter((css) => css.includes('.dialog { display: flex;'))).toHaveLength(1); // src/html/partials/dialog.css
    expect(inline('script').filter((js) => js.includes('google.script.run'))).toHaveLength(1);
    expect(/<(?:link|script)[^>]+(?:href|src)=/.test(html)).toBe(false); // nothing fetched: Apps Script serves one file
  });

  it('only pages and the bundle are pushed: no partial reaches dist/ (clasp status)', async () => {
    const expected = ['dist/Code.js', 'dist/appsscript.json', ...pages.map((p) => `dist/${p}.html`)].sort();
    let pushed: string[] = [];
    // Another run may be rebuilding dist/ (the build empties it first): look again before failing.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules/.bin/clasp'), ['status', '--json'], { cwd: ROOT });
      pushed = (JSON.parse(stdout) as { filesToPush: string[] }).filesToPush.slice().sort();
      if (JSON.stringify(pushed) === JSON.stringify(expected)) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(pushed).toEqual(expected);
  });
});

const dialogs = useDialogBrowser();

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const closed = (page: Page) => page.evaluate(() => Boolean((window as unknown as { __closed?: boolean }).__closed));

function bookWithAction() {
  const book = setUpBook();
  book.call('captureSaveActions', recordInput([entry({ text: 'Circulate the compact', dueDate: '18/03/2010' })]));
  book.env.handles.workbook.setActiveCell('Actions', 2, 5);
  return book;
}

function bookWithoutOfficers() {
  const book = setUpBook();
  const officers = book.env.handles.workbook.sheet(OFFICERS.name).values.slice(1);
  book.env.handles.workbook.setValues(
    OFFICERS.name,
    2,
    1,
    officers.map((r) => r.map(() => '')),
  );
  return book;
}

describe('every dialog, in a real browser', () => {
  it.each([
    ['add-meeting', 'captureMeetingDialog', 'date'],
    ['forward-plan', 'captureForwardPlanDialog', 'item'],
    ['update-action', 'captureUpdateDialog', 'note'],
  ])('%s: Save is off while loading; then on, with the first field focused', async (name, load, first) => {
    // The hold must be in place before the page asks: open, hold, then reload.
    const open = await dialogs.open(name, bookWithAction());
    await open.page.waitForSelector('body[data-ready="yes"]');
    const gate = open.hold(load);
    await open.page.reload();
    await open.page.waitForFunction(() => document.getElementById('message')?.textContent?.startsWith('Loading'));
    expect(await open.page.isDisabled('#save')).toBe(true);
    gate.release();
    await open.page.waitForSelector('body[data-ready="yes"]');
    expect(await open.page.isEnabled('#save')).toBe(true);
    expect(await activeId(open.page)).toBe(first);
  });

  it.each(Object.values(DIALOGS))('$file: at the size the server opens it, nothing overflows sideways and Save is in view', async (d) => {
    const open = await dialogs.open(d.file, bookWithAction());
    const { page } = open;
    await page.setViewportSize({ width: d.width, height: d.height });
    await page.waitForSelector('body[data-ready="yes"]');
    if (d.file === 'record-actions') for (let i = 0; i < 3; i += 1) await page.click('#add-item'); // a long form scrolls inside
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
  });

  it('record-actions: focus starts on the first item number when the meeting is chosen for you', async () => {
    const open = await dialogs.open('record-actions', setUpBook());
    await open.page.waitForSelector('body[data-ready="yes"]');
    expect(await open.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field)).toBe('agendaItem');
  });

  it('Escape closes an untouched dialog through google.script.host.close', async () => {
    const open = await dialogs.open('forward-plan', setUpBook());
    await open.page.waitForSelector('body[data-ready="yes"]');
    expect(await closed(open.page)).toBe(false);
    await open.page.keyboard.press('Escape');
    expect(await closed(open.page)).toBe(true);
  });

  it('Escape over unsaved typing asks for a second Escape; while saving it does nothing', async () => {
    const book = setUpBook();
    const open = await dialogs.open('forward-plan', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    await page.fill('#item', 'Annual report');
    await page.keyboard.press('Escape');
    expect(await closed(page)).toBe(false);
    expect(await page.textContent('#message')).toContain('press Esc again');
    await page.fill('#source', 'Board'); // typing again disarms it
    await page.keyboard.press('Escape');
    expect(await closed(page)).toBe(false);

    await page.selectOption('#dueDate', '2010-03-18');
    const held = open.hold('captureSaveForwardPlan');
    await page.click('#save');
    await page.waitForFunction(() => (document.getElementById('save') as HTMLButtonElement).disabled);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await closed(page)).toBe(false);
    held.release();
    await page.waitForFunction(() => document.getElementById('message')?.className.includes('success'));
    expect(rows(book, FORWARD_PLAN).map((r) => r.item)).toEqual(['Annual report']);
    await page.keyboard.press('Escape'); // saved: nothing to lose
    expect(await closed(page)).toBe(true);
  });

  it('long forms: Enter moves to the next box and saves nothing; Ctrl+Enter saves', async () => {
    const book = setUpBook();
    const open = await dialogs.open('record-actions', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    await page.keyboard.type('3.2');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field)).toBe('subject');
    await page.keyboard.type('Healthy weight');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field)).toBe('kind');
    await page.locator('[data-field="text"]').fill('Circulate the plan');
    expect(open.calls).toEqual(['captureRecordDialog']);
    await page.locator('[data-field="text"]').press('Control+Enter');
    await page.waitForSelector('#saved li.ref');
    expect(refs(book)).toEqual(['28.01.01']);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field)).toBe('agendaItem'); // ready for the next
  });

  it('short forms: Enter in a one-line box saves', async () => {
    const book = bookWithAction();
    const open = await dialogs.open('update-action', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    await page.fill('#dueDate', '29/04/2010');
    await page.press('#dueDate', 'Enter');
    await page.waitForFunction(() => document.getElementById('message')?.className.includes('success'));
    expect(open.calls).toEqual(['captureUpdateDialog', 'captureSaveUpdate', 'captureUpdateDialog']);
  });

  it('an error is tied to its field for screen readers, and clears as the field is corrected', async () => {
    const open = await dialogs.open('add-meeting', setUpBook());
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    await page.fill('#date', '31/02/2010');
    await page.click('#save');
    await page.waitForFunction(() => document.getElementById('date')?.getAttribute('aria-invalid') === 'true');
    expect(await activeId(page)).toBe('date');
    const describedBy = await page.getAttribute('#date', 'aria-describedby');
    expect(await page.textContent(`#${describedBy}`)).toContain('"31/02/2010" is not a date');
    expect(await page.getAttribute('#message', 'aria-live')).toBe('polite');
    // every control in the form has a label
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('form input, form select, form textarea')]
        .filter((c) => !c.labels?.length)
        .map((c) => c.id || c.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    await page.fill('#date', '18/03/2010');
    expect(await page.getAttribute('#date', 'aria-invalid')).toBeNull();
    expect(await page.textContent('[data-error-for="date"]')).toBe('');
  });

  it('update-action: the completion date is off until "Mark completed" is ticked, then today', async () => {
    const open = await dialogs.open('update-action', bookWithAction());
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    expect(await page.isDisabled('#completedDate')).toBe(true);
    await page.check('#complete');
    expect(await page.isEnabled('#completedDate')).toBe(true);
    expect(await page.inputValue('#completedDate')).toBe('29/01/2010');
  });

  it.each([
    ['add-meeting', /No officers yet/],
    ['record-actions', /No officers yet.*Officers tab/],
    ['forward-plan', /No officers yet.*Officers tab/],
  ])('%s: with no officers, says so and where to add them', async (name, notice) => {
    const open = await dialogs.open(name, bookWithoutOfficers());
    await open.page.waitForSelector('body[data-ready="yes"]');
    expect(await open.page.textContent('#notice')).toMatch(notice);
  });

  it('with officers, no notice is shown', async () => {
    const open = await dialogs.open('forward-plan', setUpBook());
    await open.page.waitForSelector('body[data-ready="yes"]');
    expect(await open.page.isVisible('#notice')).toBe(false);
  });
});
