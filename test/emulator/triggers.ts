/**
 * ScriptApp's installable triggers, in memory: time-driven (`newTrigger(fn).timeBased()…`) and
 * spreadsheet (`forSpreadsheet(ss).onEdit()…`) builders, `getProjectTriggers` (only the current
 * user's, as in Apps Script), `deleteTrigger`, the `EventType` and `TriggerSource` enums, and
 * the limit of 20 triggers per user per script. The handle lists every user's triggers and
 * switches the current user.
 */
import { CallLog, counted } from './calls';
import { appsScriptException } from './exception';
import type { Realm } from './realm';

type S = typeof GoogleAppsScript.Script;
type ScriptApp = Pick<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'getProjectTriggers' | 'deleteTrigger' | 'getService' | 'EventType' | 'TriggerSource'>;
type Service = Pick<GoogleAppsScript.Script.Service, 'getUrl' | 'isEnabled'>;
type Trigger = Pick<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'>;
type TriggerBuilder = Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased' | 'forSpreadsheet'>;
type ClockTriggerBuilder = Pick<
  GoogleAppsScript.Script.ClockTriggerBuilder,
  'everyDays' | 'everyHours' | 'everyMinutes' | 'atHour' | 'nearMinute' | 'inTimezone' | 'after' | 'create'
>;
type SpreadsheetTriggerBuilder = Pick<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, 'onEdit' | 'onOpen' | 'onChange' | 'onFormSubmit' | 'create'>;

/** Apps Script enums print as their names; comparing by identity is what scripts do. */
export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' } as const;

export const TRIGGER_LIMIT = 20;
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export interface TriggerRecord {
  readonly id: string;
  readonly owner: string;
  readonly handler: string;
  readonly eventType: keyof typeof EventType;
  readonly source: keyof typeof TriggerSource;
  readonly sourceId: string;
  /** Clock triggers: the schedule as built. */
  readonly everyDays?: number;
  readonly everyHours?: number;
  readonly everyMinutes?: number;
  readonly atHour?: number;
  readonly nearMinute?: number;
  readonly timeZone?: string;
  readonly afterMs?: number;
}

/** Every user's triggers, shareable between executions (`shareWith`). */
export class TriggerTable {
  readonly triggers: TriggerRecord[] = [];
  nextId = 1000;
}

export interface ScriptAppHandle {
  readonly table: TriggerTable;
  /** Every user's triggers. */
  readonly triggers: TriggerRecord[];
  /** The user whose triggers `getProjectTriggers` returns and who owns new ones. */
  setUser(email: string): void;
  readonly user: string;
  /** Triggers for a handler (all users). */
  byHandler(handler: string): TriggerRecord[];
}

export interface ScriptAppEmulatorOptions {
  readonly calls: CallLog;
  readonly realm?: Realm;
  readonly user?: string;
  readonly spreadsheetId?: string;
  readonly scriptTimeZone?: string;
  readonly table?: TriggerTable;
  /** The deployed web app's URL (ScriptApp.getService().getUrl()); null when it is not deployed. */
  readonly webAppUrl?: string | null;
}

export function createScriptAppEmulator(options: ScriptAppEmulatorOptions): { ScriptApp: ScriptApp; handle: ScriptAppHandle } {
  const { calls, realm } = options;
  const table = options.table ?? new TriggerTable();
  const { triggers } = table;
  let user = options.user ?? 'owner@example.com';
  const ids = new WeakMap<object, string>();
  const fail = (message: string) => appsScriptException(message, realm);

  function add(record: Omit<TriggerRecord, 'id' | 'owner'>): Trigger {
    if (triggers.filter((t) => t.owner === user).length >= TRIGGER_LIMIT) throw fail(TOO_MANY_TRIGGERS);
    const full: TriggerRecord = { ...record, id: String(table.nextId++), owner: user };
    triggers.push(full);
    return wrap(full);
  }

  function wrap(t: TriggerRecord): Trigger {
    const obj: Trigger = {
      getHandlerFunction: () => t.handler,
      getUniqueId: () => t.id,
      getEventType: () => EventType[t.eventType] as unknown as GoogleAppsScript.Script.EventType,
      getTriggerSource: () => TriggerSource[t.source] as unknown as GoogleAppsScript.Script.TriggerSource,
      getTriggerSourceId: () => t.sourceId,
    };
    const proxy = counted(obj, calls, 'ScriptApp', 'Trigger');
    ids.set(proxy, t.id);
    return proxy;
  }

  function clockBuilder(handler: string): ClockTriggerBuilder {
    const self = () => proxy as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
    const s: { everyDays?: number; everyHours?: number; everyMinutes?: number; atHour?: number; nearMinute?: number; timeZone?: string; afterMs?: number } = {};
    const b: ClockTriggerBuilder = {
      everyDays(n) {
        if (!Number.isInteger(n) || n < 1) throw fail('Invalid argument: n');
        s.everyDays = n;
        return self();
      },
      everyHours(n) {
        if (![1, 2, 4, 6, 8, 12].includes(n)) throw fail('Invalid argument: hours. Must be 1, 2, 4, 6, 8 or 12.');
        s.everyHours = n;
        return self();
      },
      everyMinutes(n) {
        if (![1, 5, 10, 15, 30].includes(n)) throw fail('Invalid argument: minutes. Must be 1, 5, 10, 15 or 30.');
        s.everyMinutes = n;
        return self();
      },
      atHour(h) {
        if (!Number.isInteger(h) || h < 0 || h > 23) throw fail('Invalid argument: hour. Must be between 0 and 23.');
        s.atHour = h;
        return self();
      },
      nearMinute(m) {
        if (!Number.isInteger(m) || m < 0 || m > 59) throw fail('Invalid argument: minute');
        s.nearMinute = m;
        return self();
      },
      inTimezone(tz) {
        if (!isTimeZone(tz)) throw fail(`Invalid argument: timezone`);
        s.timeZone = tz;
        return self();
      },
      after(ms) {
        s.afterMs = ms;
        return self();
      },
      create() {
        const recurring = s.everyDays ?? s.everyHours ?? s.everyMinutes;
        if (recurring === undefined && s.afterMs === undefined)
          throw fail('Clock triggers must specify a recurrence (everyDays, everyHours, …) or a time (after, at).');
        if (s.atHour !== undefined && s.everyDays === undefined) throw fail('atHour can only be used with everyDays or everyWeeks.');
        return add({ handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: '', ...s, timeZone: s.timeZone ?? options.scriptTimeZone ?? 'Europe/London' });
      },
    };
    const proxy = counted(b, calls, 'ScriptApp', 'ClockTriggerBuilder');
    return proxy;
  }

  function spreadsheetBuilder(handler: string, sourceId: string): SpreadsheetTriggerBuilder {
    const self = () => proxy as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
    let eventType: 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE' | 'ON_FORM_SUBMIT' | undefined;
    const b: SpreadsheetTriggerBuilder = {
      onEdit: () => ((eventType = 'ON_EDIT'), self()),
      onOpen: () => ((eventType = 'ON_OPEN'), self()),
      onChange: () => ((eventType = 'ON_CHANGE'), self()),
      onFormSubmit: () => ((eventType = 'ON_FORM_SUBMIT'), self()),
      create() {
        if (!eventType) throw fail('Spreadsheet triggers must specify an event (onEdit, onOpen, onChange, onFormSubmit).');
        return add({ handler, eventType, source: 'SPREADSHEETS', sourceId });
      },
    };
    const proxy = counted(b, calls, 'ScriptApp', 'SpreadsheetTriggerBuilder');
    return proxy;
  }

  class TriggerBuilderEmulator implements TriggerBuilder {
    constructor(private readonly handler: string) {}
    timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
      return clockBuilder(this.handler) as GoogleAppsScript.Script.ClockTriggerBuilder;
    }
    forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
    forSpreadsheet(key: string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
    forSpreadsheet(target: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
      const id = typeof target === 'string' ? target : (options.spreadsheetId ?? 'spreadsheet-1');
      return spreadsheetBuilder(this.handler, id) as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
    }
  }

  class ScriptAppEmulator implements ScriptApp {
    readonly EventType = EventType as unknown as S['EventType'];
    readonly TriggerSource = TriggerSource as unknown as S['TriggerSource'];
    newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
      if (typeof functionName !== 'string' || functionName === '') throw fail('Invalid argument: functionName');
      return counted(new TriggerBuilderEmulator(functionName), calls, 'ScriptApp', 'TriggerBuilder') as unknown as GoogleAppsScript.Script.TriggerBuilder;
    }
    getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
      return triggers.filter((t) => t.owner === user).map(wrap) as GoogleAppsScript.Script.Trigger[];
    }
    /** The web app: its URL (ending /exec) once deployed, else null, as Apps Script documents. */
    getService(): GoogleAppsScript.Script.Service {
      const url = options.webAppUrl ?? null;
      const service: Service = { getUrl: () => url as string, isEnabled: () => url !== null };
      return counted(service, calls, 'ScriptApp', 'Service') as unknown as GoogleAppsScript.Script.Service;
    }
    deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
      const id = ids.get(trigger as object);
      const i = triggers.findIndex((t) => t.id === id);
      // Apps Script deletes only the current user's triggers; others are silently not found.
      if (i < 0 || triggers[i]?.owner !== user) throw fail('Trigger not found.');
      triggers.splice(i, 1);
    }
  }

  const handle: ScriptAppHandle = {
    table,
    triggers,
    setUser(email) {
      user = email;
    },
    get user() {
      return user;
    },
    byHandler(handler) {
      return triggers.filter((t) => t.handler === handler);
    },
  };

  return { ScriptApp: counted(new ScriptAppEmulator(), calls, 'ScriptApp', 'ScriptApp'), handle };
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
