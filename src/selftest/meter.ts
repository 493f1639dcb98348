/**
 * Counts and times the service calls the self-test makes, on the real services as on the
 * emulator: each service object is wrapped in a Proxy whose methods record "Service.method",
 * the wall time of the call and, for a 2-D read or write, the rows it moved. What a call
 * returns (a Sheet, a Range, a builder…) is wrapped too, so a whole chain is counted; what is
 * passed back to a service (a Range to `setRanges`, a Folder to `moveTo`) is unwrapped first,
 * because Apps Script's own objects accept only their own kind.
 *
 * Pure: no Apps Script globals (the services are handed in).
 */

export interface CallStat {
  count: number;
  /** Wall time of all these calls, in milliseconds. */
  ms: number;
  /** Rows moved by 2-D reads and writes (getValues, setValues, …); 0 for other calls. */
  rows: number;
}

export type CallStats = Record<string, CallStat>;

export class CallMeter {
  readonly #stats = new Map<string, CallStat>();
  constructor(readonly now: () => number) {}

  record(kind: string, ms: number, rows: number): void {
    const s = this.#stats.get(kind) ?? { count: 0, ms: 0, rows: 0 };
    s.count += 1;
    s.ms += ms;
    s.rows += rows;
    this.#stats.set(kind, s);
  }

  /** A copy of the counts so far. */
  snapshot(): CallStats {
    const out: CallStats = {};
    for (const [k, v] of [...this.#stats].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = { ...v };
    return out;
  }

  /** What was counted after `before` (a snapshot). */
  since(before: CallStats): CallStats {
    const out: CallStats = {};
    for (const [k, v] of Object.entries(this.snapshot())) {
      const b = before[k] ?? { count: 0, ms: 0, rows: 0 };
      if (v.count > b.count) out[k] = { count: v.count - b.count, ms: v.ms - b.ms, rows: v.rows - b.rows };
    }
    return out;
  }
}

/** Methods every object has: not service calls, never counted. */
const NOT_CALLS = new Set(['toString', 'valueOf', 'toJSON', 'constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString']);

const targets = new WeakMap<object, object>();

function isDate(v: unknown): boolean {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function holdsWrapped(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  return targets.has(v) || (Array.isArray(v) && v.some(holdsWrapped));
}

/** A wrapped object's own target (anything else as it is), arrays element by element (copied only when they hold one). */
export function unwrap(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  const t = targets.get(v);
  if (t) return t;
  return Array.isArray(v) && holdsWrapped(v) ? v.map(unwrap) : v;
}

function rowsMoved(args: readonly unknown[], result: unknown): number {
  if (Array.isArray(result) && Array.isArray(result[0])) return result.length;
  const first = args[0];
  if (Array.isArray(first) && Array.isArray(first[0])) return first.length;
  return 0;
}

export interface MeterOptions {
  /**
   * Also wrap object-valued properties (the advanced Docs service's `Docs.Documents`), counted
   * as "Docs.Documents.get". Off for the built-in services, whose properties are enums.
   */
  readonly properties?: boolean;
}

/** `target` with every method call counted in `meter` under `${label}.${method}`. */
export function metered<T extends object>(target: T, label: string, meter: CallMeter, options: MeterOptions = {}): T {
  if (targets.has(target)) return target;
  const wrapResult = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object' || isDate(v)) return v;
    if (Array.isArray(v)) return v.some((x) => x !== null && typeof x === 'object' && !isDate(x)) ? v.map(wrapResult) : v;
    return metered(v, label, meter);
  };
  const proxy = new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (typeof prop !== 'string') return value;
      if (typeof value === 'function') {
        if (NOT_CALLS.has(prop)) return value;
        return function meteredCall(...args: unknown[]) {
          const plain = args.map(unwrap);
          const t0 = meter.now();
          let result: unknown;
          try {
            result = (value as (...a: unknown[]) => unknown).apply(obj, plain);
          } finally {
            meter.record(`${label}.${prop}`, meter.now() - t0, rowsMoved(plain, result));
          }
          return wrapResult(result);
        };
      }
      if (options.properties && value !== null && typeof value === 'object' && !isDate(value) && !Array.isArray(value)) {
        return metered(value, `${label}.${prop}`, meter, options);
      }
      return value;
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/** The service globals the self-test counts (those that cost a round trip). */
export const METERED_GLOBALS = ['SpreadsheetApp', 'DriveApp', 'DocumentApp', 'Docs', 'MailApp', 'ScriptApp', 'LockService', 'PropertiesService'] as const;

export interface GlobalsSwap {
  /** The globals replaced by counted ones. */
  readonly metered: string[];
  /** Globals that exist but could not be replaced: their calls from product code are not counted. */
  readonly unmetered: string[];
  restore(): void;
}

/**
 * Replaces each service global by a counted one, so product code that reaches a global
 * (`SpreadsheetApp.flush()`, `LockService.getDocumentLock()`) is counted too. Where Apps Script
 * refuses the replacement, the global is left and listed in `unmetered` (the report says so).
 */
export function meterGlobals(global: Record<string, unknown>, meter: CallMeter): GlobalsSwap {
  const saved: [string, unknown][] = [];
  const unmetered: string[] = [];
  for (const name of METERED_GLOBALS) {
    const original = global[name];
    if (original === undefined || original === null || (typeof original !== 'object' && typeof original !== 'function')) continue;
    const wrapped = metered(original as object, name, meter, { properties: name === 'Docs' });
    try {
      global[name] = wrapped;
    } catch {
      /* a read-only global: checked below */
    }
    if (global[name] === wrapped) saved.push([name, original]);
    else unmetered.push(name);
  }
  return {
    metered: saved.map(([n]) => n),
    unmetered,
    restore() {
      for (const [name, original] of saved) {
        try {
          global[name] = original;
        } catch {
          /* nothing more can be done */
        }
      }
    },
  };
}
