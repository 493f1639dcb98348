import { CallLog, counted } from './calls';
import { appsScriptException } from './exception';
import type { Realm } from './realm';

type P = GoogleAppsScript.Properties.Properties;

export type EmulatedProperties = Pick<
  P,
  'getProperty' | 'setProperty' | 'setProperties' | 'getProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys'
>;
/** `getDocumentProperties()` returns null in a standalone script, as Apps Script does. */
export type EmulatedPropertiesService = Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
>;

/** Apps Script quotas: 9 KB per value, 500 KB per store. */
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

/** The stores, shareable between executions (user stores are per user email). */
export class PropertyStores {
  readonly document = new Map<string, string>();
  readonly script = new Map<string, string>();
  private readonly users = new Map<string, Map<string, string>>();

  user(email: string): Map<string, string> {
    let store = this.users.get(email);
    if (!store) {
      store = new Map();
      this.users.set(email, store);
    }
    return store;
  }
}

export interface PropertiesOptions {
  realm: Realm;
  calls: CallLog;
  user: string;
  /** False for a standalone script: getDocumentProperties() returns null. */
  container: boolean;
  stores?: PropertyStores;
}

export interface PropertiesHandle {
  stores: PropertyStores;
  /** This execution's user store. */
  readonly user: Map<string, string>;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function storeBytes(store: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += bytes(k) + bytes(v);
  return n;
}

function makeProperties(store: Map<string, string>, calls: CallLog, realm: Realm): EmulatedProperties {
  const check = (next: Map<string, string>) => {
    for (const v of next.values()) if (bytes(v) > MAX_VALUE_BYTES) throw appsScriptException(VALUE_TOO_LARGE, realm);
    if (storeBytes(next) > MAX_STORE_BYTES) throw appsScriptException(STORE_FULL, realm);
  };
  /** Writes are all-or-nothing: build the next state, check it, then commit. */
  const commit = (next: Map<string, string>) => {
    check(next);
    store.clear();
    for (const [k, v] of next) store.set(k, v);
  };
  const key = (k: unknown) => {
    if (k === null || k === undefined || String(k) === '') throw appsScriptException('Invalid argument: key', realm);
    return String(k);
  };
  let self: EmulatedProperties;
  const props: EmulatedProperties = {
    getProperty: (k: string) => store.get(key(k)) ?? null,
    setProperty(k: string, value: string) {
      if (value === null || value === undefined) throw appsScriptException('Invalid argument: value', realm);
      const next = new Map(store);
      next.set(key(k), String(value));
      commit(next);
      return self as P;
    },
    setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean) {
      const next = deleteAllOthers ? new Map<string, string>() : new Map(store);
      for (const [k, v] of Object.entries(properties)) next.set(key(k), String(v));
      commit(next);
      return self as P;
    },
    getProperties: () => Object.fromEntries(store),
    deleteProperty(k: string) {
      store.delete(key(k));
      return self as P;
    },
    deleteAllProperties() {
      store.clear();
      return self as P;
    },
    getKeys: () => [...store.keys()],
  } as EmulatedProperties;
  self = counted(props, calls, 'PropertiesService', 'Properties');
  return self;
}

export function createPropertiesService(options: PropertiesOptions): { service: EmulatedPropertiesService; handle: PropertiesHandle } {
  const { realm, calls, user, container } = options;
  const stores = options.stores ?? new PropertyStores();
  const service: EmulatedPropertiesService = {
    getDocumentProperties: () => (container ? makeProperties(stores.document, calls, realm) : null) as P,
    getScriptProperties: () => makeProperties(stores.script, calls, realm) as P,
    getUserProperties: () => makeProperties(stores.user(user), calls, realm) as P,
  };
  return {
    service: counted(service, calls, 'PropertiesService', 'PropertiesService'),
    handle: {
      stores,
      get user() {
        return stores.user(user);
      },
    },
  };
}
