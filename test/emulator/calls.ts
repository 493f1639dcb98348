/**
 * Counts every call the code under test makes into an emulated Apps Script service, by
 * "Service.Class.method". Service round trips are what cost time in Apps Script, so these
 * counts are what tests and `npm run bench` assert and report.
 */
export type ServiceName =
  | 'SpreadsheetApp'
  | 'DocumentApp'
  | 'DriveApp'
  | 'MailApp'
  | 'ScriptApp'
  | 'PropertiesService'
  | 'LockService'
  | 'Utilities'
  | 'Session'
  | 'HtmlService'
  | 'UrlFetchApp'
  | 'Logger'
  | 'Docs';

export class CallLog {
  private readonly counts = new Map<string, number>();

  record(service: ServiceName, className: string, method: string): void {
    const key = `${service}.${className}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Calls by key; `prefix` narrows to a service ("SpreadsheetApp") or class. */
  byMethod(prefix = ''): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, v] of [...this.counts].sort(([a], [b]) => a.localeCompare(b))) {
      if (k.startsWith(prefix)) out[k] = v;
    }
    return out;
  }

  total(prefix = ''): number {
    return Object.values(this.byMethod(prefix)).reduce((a, b) => a + b, 0);
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  reset(): void {
    this.counts.clear();
  }
}

/**
 * Wraps an emulated object so each method call is recorded. Getters and fields pass through;
 * enum-like objects (SpreadsheetApp.ProtectionType, …) should not be wrapped.
 */
export function counted<T extends object>(target: T, log: CallLog, service: ServiceName, className: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      return function (this: unknown, ...args: unknown[]) {
        log.record(service, className, prop);
        return value.apply(obj, args);
      };
    },
  });
}
