/**
 * Assembles the emulated Apps Script environment of ONE execution: the globals the bundle sees
 * (SpreadsheetApp, PropertiesService, LockService, Utilities, Session, HtmlService, Logger,
 * console…), one CallLog, the fake clock, and the test-only handles.
 *
 * Two executions of the same script (two users, or a trigger running while someone uses the
 * menu) are two environments: create the second with `shareWith: first` so they share the
 * workbook, property stores, lock table and clock, while each keeps its own CallLog, user and
 * mode.
 *
 * Adding a service = one line in SERVICES below (its globals and handle types are inferred).
 */
import { CallLog } from './calls';
import { FakeClock } from './clock';
import { createDocsEmulator, type DocsHandle } from './docs';
import { GOOGLE_SHEETS } from './docs/drive';
import { createHtmlService } from './html';
import { createLockService, type LockHandle } from './lock';
import { createLogger } from './logger';
import { createMailEmulator, type MailHandle } from './mail';
import { createPropertiesService, type PropertiesHandle } from './properties';
import { hostRealm, type Realm } from './realm';
import { createSession } from './session';
import { createSpreadsheetEmulator, type WorkbookHandle } from './spreadsheet';
import { createScriptAppEmulator, type ScriptAppHandle } from './triggers';
import { createUi, type Mode, type UiHandle } from './ui';
import { createUtilities } from './utilities';

export type { Mode } from './ui';

export interface EnvironmentOptions {
  /** The realm of the code under test (the vm context's Date). Default: the host realm. */
  realm?: Realm;
  /**
   * 'ui': a menu item or dialog call (default). 'trigger': getUi() throws like Apps Script.
   * 'webapp': the web app (doGet, its page's calls): getUi() throws and getDocumentLock() is null,
   * as Apps Script documents for a web app.
   */
  mode?: Mode;
  /** The effective user's email. Default 'clerk@example.org'. */
  user?: string;
  /** What Session.getActiveUser().getEmail() returns ('' when hidden). Default: `user`. */
  activeUser?: string;
  /** Script (and spreadsheet) time zone. Default 'Europe/London'. */
  timeZone?: string;
  /** Where HtmlService finds `<name>.html`. Default `dist/`. */
  htmlDir?: string;
  /** False for a standalone script: no document lock, no document properties. Default true. */
  container?: boolean;
  /** Start of the fake clock (ISO with zone, or epoch ms). Ignored with `shareWith`. */
  now?: string | number;
  /**
   * The spreadsheet's name, id, locale (default en_GB) and time zone (default: the script's
   * `timeZone`; a different one models a sheet whose File ▸ Settings zone is not the manifest's).
   */
  spreadsheet?: { name?: string; id?: string; locale?: string; timeZone?: string };
  /** Another execution of the same script: share its workbook, stores, locks and clock. */
  shareWith?: { handles: object; clock: FakeClock };
  /** What ScriptApp.getService().getUrl() returns: the deployed web app's /exec URL, or null (not deployed). Default null. */
  webAppUrl?: string | null;
  /** False: the advanced Docs service is not enabled (no `Docs` global). Default true, as in appsscript.json. */
  docsAdvancedService?: boolean;
  /**
   * The OAuth scopes the user granted (appsscript.json `oauthScopes`, full URLs or short names):
   * DriveApp and DocumentApp then reach only what they allow — with `drive.file`, only files and
   * folders the script created. Default: unrestricted (as if `drive` were granted).
   */
  oauthScopes?: readonly string[];
}

/** What each service's installer gets. `handles` holds the handles of services listed before it. */
export interface ServiceContext {
  readonly realm: Realm;
  readonly calls: CallLog;
  readonly clock: FakeClock;
  readonly mode: Mode;
  readonly user: string;
  readonly activeUser: string;
  readonly timeZone: string;
  readonly htmlDir: string | undefined;
  readonly container: boolean;
  /** Names this execution (lock ownership). */
  readonly execution: string;
  readonly options: EnvironmentOptions;
  readonly handles: Readonly<Record<string, unknown>>;
  /** The handles of the environment to share state with, if any. */
  readonly shared: Readonly<Record<string, unknown>> | undefined;
}

export interface Installed<G extends object, H> {
  globals: G;
  handle: H;
  /** Runs when the execution ends (Apps Script releases its locks, …). */
  end?: () => void;
}

interface ServiceDefinition<N extends string, G extends object, H> {
  readonly name: N;
  readonly install: (ctx: ServiceContext) => Installed<G, H>;
}

function service<N extends string, G extends object, H>(name: N, install: (ctx: ServiceContext) => Installed<G, H>): ServiceDefinition<N, G, H> {
  return { name, install };
}

/** The handle another service registered, typed by the caller. */
export function handleOf<H>(from: Readonly<Record<string, unknown>> | undefined, name: string): H | undefined {
  return from?.[name] as H | undefined;
}

// ---------------------------------------------------------------------------------------------
// The services, in installation order (a service may use the handles of those above it).
// ---------------------------------------------------------------------------------------------
const SERVICES = [
  service('logger', ({ calls, clock }) => {
    const { logger, console, handle } = createLogger({ calls, now: () => clock.now() });
    return { globals: { Logger: logger, console }, handle };
  }),
  service('session', ({ calls, user, activeUser, timeZone }) => ({
    globals: { Session: createSession({ calls, user, activeUser, timeZone }).service },
    handle: { user, activeUser, timeZone },
  })),
  service('utilities', ({ realm, calls, clock }) => {
    const { service: Utilities, handle } = createUtilities({ realm, calls, clock });
    return { globals: { Utilities }, handle };
  }),
  service('properties', ({ realm, calls, user, container, shared }) => {
    const stores = handleOf<PropertiesHandle>(shared, 'properties')?.stores;
    const { service: PropertiesService, handle } = createPropertiesService({ realm, calls, user, container, stores });
    return { globals: { PropertiesService }, handle };
  }),
  service('lock', ({ realm, calls, clock, user, execution, container, mode, shared }) => {
    const table = handleOf<LockHandle>(shared, 'lock')?.table;
    // A web app runs outside the context of its document: no document lock (Apps Script returns null).
    const { service: LockService, handle } = createLockService({ realm, calls, clock, user, execution, container: container && mode !== 'webapp', table });
    return { globals: { LockService }, handle, end: handle.endExecution };
  }),
  service('html', ({ realm, calls, htmlDir }) => {
    const { service: HtmlService, handle } = createHtmlService({ realm, calls, htmlDir });
    return { globals: { HtmlService }, handle };
  }),
  service('ui', ({ realm, calls, mode }) => {
    const { handle } = createUi({ realm, calls, mode });
    return { globals: {}, handle };
  }),
  service('mail', ({ realm, calls, clock, shared }) => {
    const state = handleOf<MailHandle>(shared, 'mail')?.state;
    const { MailApp, handle } = createMailEmulator({ realm, calls, clock, state });
    return { globals: { MailApp }, handle };
  }),
  service('scriptApp', ({ realm, calls, user, timeZone, shared, options }) => {
    const table = handleOf<ScriptAppHandle>(shared, 'scriptApp')?.table;
    const { ScriptApp, handle } = createScriptAppEmulator({ realm, calls, user, scriptTimeZone: timeZone, table, webAppUrl: options.webAppUrl ?? null });
    return { globals: { ScriptApp }, handle };
  }),
  service('docs', ({ realm, calls, clock, shared, options }) => {
    const { services, handle } = createDocsEmulator({
      realm,
      calls,
      clock,
      shared: handleOf<DocsHandle>(shared, 'docs'),
      advancedService: options.docsAdvancedService,
      oauthScopes: options.oauthScopes,
    });
    return {
      globals: {
        DocumentApp: services.DocumentApp,
        DriveApp: services.DriveApp,
        MimeType: services.MimeType,
        ...(services.Docs ? { Docs: services.Docs } : {}),
      },
      handle,
    };
  }),
  service('workbook', ({ realm, calls, clock, timeZone, options, shared, handles }) => {
    const ui = handleOf<UiHandle>(handles, 'ui')!;
    const drive = handleOf<DocsHandle>(handles, 'docs')!;
    const { app, workbook } = createSpreadsheetEmulator({
      realm,
      calls,
      ui: () => ui.getUi(),
      timeZone: options.spreadsheet?.timeZone ?? timeZone,
      name: options.spreadsheet?.name,
      id: options.spreadsheet?.id,
      locale: options.spreadsheet?.locale,
      now: () => clock.now(),
      shared: handleOf<WorkbookHandle>(shared, 'workbook'),
      newFile: (name) => drive.addFile(name, GOOGLE_SHEETS),
    });
    return { globals: { SpreadsheetApp: app }, handle: workbook };
  }),
] as const;

// ---------------------------------------------------------------------------------------------

type Services = (typeof SERVICES)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every global the environment defines, by name. */
export type AppsScriptGlobals = UnionToIntersection<ReturnType<Services['install']>['globals']>;
/** The test-only handle of each service, by service name. */
export type Handles = { [S in Services as S['name']]: ReturnType<S['install']>['handle'] };

export interface AppsScriptEnvironment {
  readonly globals: AppsScriptGlobals;
  readonly calls: CallLog;
  readonly clock: FakeClock;
  readonly handles: Handles;
  readonly execution: string;
  readonly mode: Mode;
  readonly user: string;
  readonly timeZone: string;
  /** What Apps Script does when the execution ends: release locks. Idempotent. */
  endExecution(): void;
}

let executions = 0;

export function createAppsScript(options: EnvironmentOptions = {}): AppsScriptEnvironment {
  const shared = options.shareWith;
  const clock = shared?.clock ?? new FakeClock(options.now);
  const calls = new CallLog();
  const user = options.user ?? 'clerk@example.org';
  const handles: Record<string, unknown> = {};
  const ctx: ServiceContext = {
    realm: options.realm ?? hostRealm,
    calls,
    clock,
    mode: options.mode ?? 'ui',
    user,
    activeUser: options.activeUser ?? user,
    timeZone: options.timeZone ?? 'Europe/London',
    htmlDir: options.htmlDir,
    container: options.container ?? true,
    execution: `execution-${++executions}`,
    options,
    handles,
    shared: shared?.handles as Record<string, unknown> | undefined,
  };
  const globals: Record<string, unknown> = {};
  const ends: (() => void)[] = [];
  for (const definition of SERVICES as readonly ServiceDefinition<string, object, unknown>[]) {
    const installed = definition.install(ctx);
    for (const [name, value] of Object.entries(installed.globals)) {
      if (name in globals) throw new Error(`emulator: two services define the global ${name}`);
      globals[name] = value;
    }
    handles[definition.name] = installed.handle;
    if (installed.end) ends.push(installed.end);
  }
  return {
    globals: globals as AppsScriptGlobals,
    calls,
    clock,
    handles: handles as Handles,
    execution: ctx.execution,
    mode: ctx.mode,
    user,
    timeZone: ctx.timeZone,
    endExecution: () => ends.forEach((end) => end()),
  };
}

export type { UiHandle, LockHandle, PropertiesHandle };
