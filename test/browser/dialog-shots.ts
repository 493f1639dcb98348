/**
 * Screenshots of every capture dialog as a user sees it, at the size the server opens it with
 * (DIALOGS in src/capture/server.ts): loaded, with a validation error shown, and with an empty
 * workbook (the empty states). For looking at the dialogs, not a test.
 *
 *   node scripts/build.mjs && node scripts/run-ts.mjs test/browser/dialog-shots.ts OUT_DIR
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DIALOGS } from '../../src/capture/server';
import { OFFICERS, entry, recordInput, setUpBook } from '../capture/helpers';
import { launchBrowser, openDialog } from './dialog-harness';

type Dialog = (typeof DIALOGS)[keyof typeof DIALOGS];
type Book = ReturnType<typeof setUpBook>;

async function shoot(browser: Browser, d: Dialog, book: Book, out: string, state: string, act?: (page: Page) => Promise<void>): Promise<void> {
  const open = await openDialog(browser, d.file, book);
  const { page } = open;
  await page.setViewportSize({ width: d.width, height: d.height });
  await page.waitForSelector('body[data-ready="yes"]', { timeout: 5000 }).catch(() => undefined);
  if (act) await act(page);
  await page.waitForTimeout(100);
  const file = join(out, `${d.file}-${state}.png`);
  await page.screenshot({ path: file });
  if (open.errors.length) console.error(`${file}: page errors: ${open.errors.join('; ')}`);
  console.log(file);
  await page.close();
}

/** A workbook with the product set up but no officers (the empty state). */
function emptyBook(): Book {
  const book = setUpBook();
  const officers = book.env.handles.workbook.sheet(OFFICERS.name).values;
  book.env.handles.workbook.setValues(
    OFFICERS.name,
    2,
    1,
    officers.slice(1).map((r) => r.map(() => '')),
  );
  return book;
}

export async function main(args: string[]): Promise<void> {
  process.env.TZ = 'Europe/London';
  const out = args[0] ?? 'out/dialog-shots';
  mkdirSync(out, { recursive: true });
  const browser = await launchBrowser();
  try {
    const save = (page: Page) => page.click('#save');

    await shoot(browser, DIALOGS.addMeeting, setUpBook(), out, 'loaded');
    await shoot(browser, DIALOGS.addMeeting, setUpBook(), out, 'error', async (page) => {
      await page.fill('#date', '31/02/2010');
      await page.fill('#attendee-name', 'Gary Bowman');
      await page.press('#attendee-name', 'Enter');
      await page.fill('#attendee-name', 'Ann New');
      await page.press('#attendee-name', 'Enter');
      await save(page);
    });
    await shoot(browser, DIALOGS.addMeeting, emptyBook(), out, 'empty');

    await shoot(browser, DIALOGS.recordActions, setUpBook(), out, 'loaded');
    await shoot(browser, DIALOGS.recordActions, setUpBook(), out, 'error', async (page) => {
      await page.locator('[data-field="agendaItem"]').fill('4');
      await page.locator('[data-field="text"]').first().fill('Circulate the compact to all partners');
      await page.locator('[data-field="dueDate"]').first().fill('31/02/2010');
      await save(page);
    });
    await shoot(browser, DIALOGS.recordActions, emptyBook(), out, 'empty');

    const withAction = () => {
      const book = setUpBook();
      book.call(
        'captureSaveActions',
        recordInput([
          entry({ text: 'Circulate the draft compact to all partners for comment', dueDate: '18/03/2010', commentary: '28/01/2010: Draft sent to the chairs' }),
        ]),
      );
      book.env.handles.workbook.setActiveCell('Actions', 2, 5);
      return book;
    };
    await shoot(browser, DIALOGS.updateAction, withAction(), out, 'loaded');
    await shoot(browser, DIALOGS.updateAction, withAction(), out, 'error', async (page) => {
      await page.fill('#dueDate', '18th of never');
      await save(page);
    });

    await shoot(browser, DIALOGS.forwardPlan, setUpBook(), out, 'loaded');
    await shoot(browser, DIALOGS.forwardPlan, setUpBook(), out, 'error', async (page) => {
      await page.fill('#item', 'Annual report');
      await save(page);
    });
    await shoot(browser, DIALOGS.forwardPlan, emptyBook(), out, 'empty');
  } finally {
    await browser.close();
  }
}
