/**
 * Runs the built bundle (dist/Code.js) the way Apps Script does: a fresh global scope with the
 * Apps Script services as globals, the script evaluated as 'Code.js', top-level functions called
 * by name. The context's `new Date()` and `Date.now()` follow the environment's fake clock.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import * as vm from 'node:vm';
import { createAppsScript, type AppsScriptEnvironment, type EnvironmentOptions } from '../emulator/index';
import { BoundaryCounter, countAtBoundary } from './boundary';

/** The project root: the nearest folder up with package.json (this file may run bundled from node_modules/.cache). */
export const ROOT = findRoot(__dirname);

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) || dir.includes(`${sep}node_modules`)) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`harness: no package.json above ${from}`);
    dir = up;
  }
  return dir;
}
export const DIST_DIR = join(ROOT, 'dist');
export const DIST_CODE = join(DIST_DIR, 'Code.js');

export interface LoadBundleOptions extends Omit<EnvironmentOptions, 'realm' | 'shareWith'> {
  /** Path of the bundle to run. Default dist/Code.js. */
  file?: string;
  /** Run this source instead of reading `file`. */
  code?: string;
  /** Another execution of the same script: share its workbook, stores, locks and clock. */
  shareWith?: LoadedBundle | AppsScriptEnvironment;
  /** Count every service call (and the rows each moves) at the vm boundary too: see `boundary`. */
  countAtBoundary?: boolean;
}

export interface LoadedBundle {
  /** The vm context: the bundle's global object. */
  readonly context: vm.Context;
  readonly env: AppsScriptEnvironment;
  /**
   * With `countAtBoundary`: every call the bundle made on a service object, counted where it
   * crosses into the emulator (independently of the emulator's own CallLog), with rows moved.
   */
  readonly boundary?: BoundaryCounter;
  /**
   * Calls a top-level function of the bundle by name, as Apps Script calls onOpen or a menu item.
   * When the outermost call returns (or throws), the execution ends: its locks are released.
   */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Names of the top-level functions the bundle defined (not the emulated services). */
  topLevelFunctions(): string[];
}

/** Source of a `Date` for the context whose no-argument forms read `now()`. */
const FAKE_DATE = `(function (now) {
  var RealDate = globalThis.Date; // not "Date": that name is the hoisted declaration below
  function Date(a, b, c, d, e, f, g) {
    if (!new.target) return new RealDate(now()).toString();
    return arguments.length === 0
      ? Reflect.construct(RealDate, [now()], new.target)
      : Reflect.construct(RealDate, Array.prototype.slice.call(arguments), new.target);
  }
  Date.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: Date, writable: true, configurable: true, enumerable: false });
  Date.now = function () { return now(); };
  Date.parse = RealDate.parse;
  Date.UTC = RealDate.UTC;
  Object.defineProperty(globalThis, 'Date', { value: Date, writable: true, configurable: true, enumerable: false });
  return Date;
})`;

/** Node reads TZ on assignment: local-time Date methods in the bundle follow the script's zone. */
function useTimeZone(timeZone: string): void {
  if (process.env.TZ !== timeZone) process.env.TZ = timeZone;
}

export function loadBundle(options: LoadBundleOptions = {}): LoadedBundle {
  const { file = DIST_CODE, code, shareWith, countAtBoundary: atBoundary, ...envOptions } = options;
  const source = code ?? readFileSync(file, 'utf8');
  const context = vm.createContext({});
  const shared = shareWith && 'env' in shareWith ? shareWith.env : shareWith;
  let env: AppsScriptEnvironment | undefined;
  const installDate = vm.runInContext(FAKE_DATE, context, { filename: 'harness-fake-date.js' }) as (now: () => number) => DateConstructor;
  const FakeDate = installDate(() => {
    if (!env) throw new Error('harness: the clock is not ready');
    return env.clock.now();
  });
  // The dialogs' HTML is the build's (dist/), wherever this file runs from (bundled by run-ts too).
  env = createAppsScript({ htmlDir: DIST_DIR, ...envOptions, realm: { Date: FakeDate }, shareWith: shared });
  useTimeZone(env.timeZone);
  const boundary = atBoundary ? new BoundaryCounter() : undefined;
  const globals = boundary ? countAtBoundary(env.globals as unknown as Record<string, unknown>, boundary) : env.globals;
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(context, name, { value, writable: true, configurable: true, enumerable: false });
  }
  const before = new Set(Object.getOwnPropertyNames(context));
  vm.runInContext(source, context, { filename: 'Code.js' });

  let depth = 0;
  const loaded: LoadedBundle = {
    context,
    env,
    ...(boundary ? { boundary } : {}),
    call<T>(name: string, ...args: unknown[]): T {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') {
        throw new Error(
          `harness: ${name} is not a top-level function of ${code ? 'the bundle' : file} (it is ${typeof fn}); top-level functions: ${loaded.topLevelFunctions().join(', ') || 'none'}`,
        );
      }
      useTimeZone(env!.timeZone);
      depth++;
      try {
        return fn(...args) as T;
      } finally {
        if (--depth === 0) env!.endExecution();
      }
    },
    topLevelFunctions: () =>
      Object.getOwnPropertyNames(context)
        .filter((n) => !before.has(n) && typeof (context as Record<string, unknown>)[n] === 'function')
        .sort(),
  };
  return loaded;
}
