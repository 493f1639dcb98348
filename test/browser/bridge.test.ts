/**
 * The google.script.run bridge of the dialog harness is as strict as Apps Script: a Date
 * argument (also inside an object or array) makes the call fail, and a Date in a server
 * function's answer reaches the page as null — so a dialog that relies on either fails here.
 */
import vm from 'node:vm';
import { setUpBook } from '../capture/helpers';
import { pageValue, useDialogBrowser } from './dialog-harness';

const dialogs = useDialogBrowser();

describe('google.script.run in the dialog harness', () => {
  it('refuses a Date argument, as Apps Script does, and calls nothing', async () => {
    const book = setUpBook();
    const open = await dialogs.open('add-meeting', book);
    await open.page.waitForSelector('body[data-ready="yes"]');
    const before = open.calls.length;
    const outcome = await open.page.evaluate(() => {
      const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => void> } } }).google.script.run;
      const results: string[] = [];
      for (const arg of [new Date(), { date: new Date() }, [1, new Date()]]) {
        try {
          run.captureMeetingDialog!(arg);
          results.push('sent');
        } catch (e) {
          results.push(String((e as Error).message));
        }
      }
      return results;
    });
    expect(outcome).toEqual([expect.stringMatching(/illegal value/), expect.stringMatching(/illegal value/), expect.stringMatching(/illegal value/)]);
    expect(open.calls.length).toBe(before);
  });

  it('hands the page null for an answer holding a Date (from any realm)', () => {
    const OtherDate = vm.runInNewContext('Date') as DateConstructor;
    expect(pageValue({ ok: true, value: { today: '2010-01-29' } })).toEqual({ ok: true, value: { today: '2010-01-29' } });
    expect(pageValue({ ok: true, value: { today: new OtherDate(0) } })).toBeNull();
    expect(pageValue([new Date(0)])).toBeNull();
    expect(pageValue(undefined)).toBeNull();
  });
});
