/**
 * Opens a built dialog (dist/<name>.html, script inlined) in headless Chromium with
 * google.script.run bridged to the bundle running on the emulator, as Apps Script would serve it.
 * One browser per test file: `launchBrowser()` in beforeAll, `openDialog()` per test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DIST_DIR, type LoadedBundle } from '../harness/bundle';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ORIGIN = 'https://action-log-dialog.test';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const pages = new Map<string, string>();
/** The built page, read once (another run may be rebuilding dist/ meanwhile). */
export function builtDialog(name: string): string {
  let html = pages.get(name);
  if (!html) {
    const until = Date.now() + 10_000;
    for (;;) {
      try {
        html = readFileSync(join(DIST_DIR, `${name}.html`), 'utf8');
        break;
      } catch (e) {
        if (Date.now() > until) throw e;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      }
    }
    pages.set(name, html);
  }
  return html;
}

/**
 * A server function's answer as the page receives it: plain values only. An answer holding a
 * Date (from the bundle's realm or any other) reaches the success handler as null, as in Apps
 * Script, so a dialog that returns one fails its browser test.
 */
export function pageValue(value: unknown): unknown {
  const hasDate = (v: unknown): boolean =>
    Object.prototype.toString.call(v) === '[object Date]' || (typeof v === 'object' && v !== null && Object.values(v).some(hasDate));
  return value === undefined || hasDate(value) ? null : value;
}

/**
 * The server functions a page may call: the script's top-level functions except those whose name
 * ends in `_`, which Apps Script keeps private (google.script.run has no method for them).
 */
export function publicServerFunctions(book: LoadedBundle): string[] {
  return book.topLevelFunctions().filter((n) => !n.endsWith('_'));
}

/**
 * google.script.run as the page sees it: a chain of with…Handler, then the server function. Only
 * the public server functions are methods: calling any other name (a private `name_`, a typo) is a
 * TypeError in the page ("… is not a function"), as in Apps Script, and nothing reaches the server.
 */
const bridge = (callable: readonly string[]) => `(() => {
  const callable = new Set(${JSON.stringify(callable)});
  function runner(success, failure) {
    return new Proxy({}, {
      get(_, prop) {
        if (prop === 'withSuccessHandler') return (fn) => runner(fn, failure);
        if (prop === 'withFailureHandler') return (fn) => runner(success, fn);
        if (prop === 'withUserObject') return () => runner(success, failure);
        if (typeof prop !== 'string' || !callable.has(prop)) return undefined;
        return (...args) => {
          // Like google.script.run: only plain values cross; a Date (or a function), also inside
          // an object or array, makes the call fail at once. The replacer must look at holder[key]:
          // JSON.stringify has already turned a Date into a string (toJSON) by the time it sees v.
          const json = JSON.stringify(args, function (k, v) {
            const original = this[k];
            if (original instanceof Date || typeof original === 'function') throw new Error('Failed due to illegal value in property: ' + k);
            return v;
          });
          window.__gasCall(String(prop), json).then((raw) => {
            const answer = JSON.parse(raw);
            if ('error' in answer) { if (failure) failure(new Error(answer.error)); }
            else if (success) success(answer.value);
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(), host: { close: () => { window.__closed = true; } } } };
})();`;

export interface OpenDialog {
  readonly page: Page;
  /** Server functions the page called, in order. */
  readonly calls: string[];
  /** Errors thrown in the page (a broken page fails the test). */
  readonly errors: string[];
  /** Holds the answer to calls of `name` until `release()`: to see the "Saving…" state. */
  hold(name: string): { release(): void };
  /** The next call of `name` fails as google.script.run fails (its failure handler gets an Error with `message`). */
  failNext(name: string, message: string): void;
}

/** `html`: the page as the menu item output it (HtmlOutput.append'ed), when it differs from dist/<name>.html. */
export async function openDialog(browser: Browser, name: string, book: LoadedBundle, html?: string): Promise<OpenDialog> {
  return openHtml(browser, name, html ?? builtDialog(name), (fn, args) => book.call(fn, ...args), publicServerFunctions(book));
}

/**
 * Any page as Apps Script serves it (a dialog, or what the web app's doGet returned), with
 * google.script.run answered by `call` (a web app runs each call as an execution of its own).
 */
export async function openHtml(
  browser: Browser,
  name: string,
  html: string,
  call: (fn: string, args: unknown[]) => unknown,
  callable: readonly string[],
): Promise<OpenDialog> {
  const page = await browser.newPage();
  const calls: string[] = [];
  const errors: string[] = [];
  const holds = new Map<string, Promise<void>>();
  const failures = new Map<string, string>();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`unexpected ${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.exposeFunction('__gasCall', async (fn: string, argsJson: string) => {
    // The page's bridge offers only public functions; a page that reached past it gets no further.
    if (!callable.includes(fn)) return JSON.stringify({ error: `Script function not found: ${fn}` });
    calls.push(fn);
    const held = holds.get(fn);
    if (held) await held;
    const failure = failures.get(fn);
    if (failure !== undefined) {
      failures.delete(fn);
      return JSON.stringify({ error: failure });
    }
    try {
      return JSON.stringify({ value: pageValue(call(fn, JSON.parse(argsJson) as unknown[])) });
    } catch (e) {
      return JSON.stringify({ error: e instanceof Error ? e.message : String(e) });
    }
  });
  await page.addInitScript(bridge(callable));
  await page.route(`${ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${ORIGIN}/${name}.html`);
  return {
    page,
    calls,
    errors,
    failNext(fn, message) {
      failures.set(fn, message);
    },
    hold(fn) {
      let release!: () => void;
      holds.set(
        fn,
        new Promise<void>((r) => {
          release = r;
        }),
      );
      return {
        release: () => {
          holds.delete(fn);
          release();
        },
      };
    },
  };
}

/**
 * For a test file: one browser (beforeAll/afterAll); the dialog each test opens is closed after
 * it, and an error thrown in the page fails that test.
 */
export function useDialogBrowser(): {
  open(name: string, book: LoadedBundle, html?: string): Promise<OpenDialog>;
  openHtml(name: string, html: string, call: (fn: string, args: unknown[]) => unknown, callable: readonly string[]): Promise<OpenDialog>;
} {
  let browser: Browser | undefined;
  let current: OpenDialog | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const errors = current?.errors ?? [];
    await current?.page.close();
    current = undefined;
    expect(errors).toEqual([]);
  });
  return {
    async open(name, book, html) {
      if (!browser) throw new Error('useDialogBrowser: the browser did not start');
      current = await openDialog(browser, name, book, html);
      return current;
    },
    async openHtml(name, html, call, callable) {
      if (!browser) throw new Error('useDialogBrowser: the browser did not start');
      current = await openHtml(browser, name, html, call, callable);
      return current;
    },
  };
}
