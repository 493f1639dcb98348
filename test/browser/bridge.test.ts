/**
 * The google.script.run bridge of the dialog harness is as strict as Apps Script: a Date
 * argument (also inside an object or array) makes the call fail, and a Date in a server
 * function's answer reaches the page as null — so a dialog that relies on either fails here.
 */
import vm from 'node:vm';
import { bundleCode, setUpBook } from '../capture/helpers';
import { loadBundle } from '../harness/bundle';
import { pageValue, publicServerFunctions, useDialogBrowser } from './dialog-harness';

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

  it('has no method for a function ending in "_" (private in Apps Script): calling one fails in the page and runs nothing', async () => {
    // The real bundle plus one private and one public function that record being run.
    const code = `${bundleCode()}\nfunction wipeActions_() { globalThis.__ran = 'wipeActions_'; }\nfunction probePublic() { globalThis.__ran = 'probePublic'; return 'ok'; }\n`;
    const book = loadBundle({ code, now: '2010-01-29T10:00:00Z' });
    book.call('menuSetUp');
    expect(book.topLevelFunctions()).toEqual(expect.arrayContaining(['wipeActions_', 'probePublic', 'captureMeetingDialog']));
    expect(publicServerFunctions(book)).not.toContain('wipeActions_');
    const open = await dialogs.open('add-meeting', book);
    await open.page.waitForSelector('body[data-ready="yes"]');
    const before = open.calls.length;
    const outcome = await open.page.evaluate(() => {
      const run = (window as unknown as { google: { script: { run: Record<string, unknown> } } }).google.script.run;
      const kinds = [typeof run.wipeActions_, typeof run.noSuchFunction, typeof run.probePublic];
      let thrown = '';
      try {
        (run.wipeActions_ as () => void)();
      } catch (e) {
        thrown = `${(e as Error).name}: ${(e as Error).message}`;
      }
      return { kinds, thrown };
    });
    expect(outcome.kinds).toEqual(['undefined', 'undefined', 'function']);
    expect(outcome.thrown).toMatch(/^TypeError: .*is not a function/);
    expect(open.calls.length).toBe(before);
    expect((book.context as { __ran?: string }).__ran).toBeUndefined();
    // The public one does reach the server.
    const answer = await open.page.evaluate(
      () =>
        new Promise((resolve) => {
          const run = (window as unknown as { google: { script: { run: any } } }).google.script.run;
          run.withSuccessHandler(resolve).probePublic();
        }),
    );
    expect(answer).toBe('ok');
    expect(open.calls.slice(before)).toEqual(['probePublic']);
    expect((book.context as { __ran?: string }).__ran).toBe('probePublic');
  });

  it('hands the page null for an answer holding a Date (from any realm)', () => {
    const OtherDate = vm.runInNewContext('Date') as DateConstructor;
    expect(pageValue({ ok: true, value: { today: '2010-01-29' } })).toEqual({ ok: true, value: { today: '2010-01-29' } });
    expect(pageValue({ ok: true, value: { today: new OtherDate(0) } })).toBeNull();
    expect(pageValue([new Date(0)])).toBeNull();
    expect(pageValue(undefined)).toBeNull();
  });
});
