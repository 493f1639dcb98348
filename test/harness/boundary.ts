/**
 * An independent counter at the vm boundary: every call the bundle makes on an object it got
 * from an Apps Script global (SpreadsheetApp, DocumentApp, Docs, DriveApp, MailApp,
 * PropertiesService, LockService, Utilities, HtmlService, ScriptApp, Session, …) is counted by
 * the global it came from, whatever the emulator itself counts, together with the rows each
 * transfer moves (a 2-D read or write: the rows of the array; a single cell: one row).
 *
 * It does not rely on the emulator wrapping its objects: objects handed back to the bundle are
 * wrapped here (cached, so identity holds), and wrapped objects passed back into a service are
 * unwrapped first. Only plain objects are wrapped; arrays of values, Dates, Maps and the like
 * pass through untouched.
 */

/** Methods that move cell data: a 2-D array read or written. */
const GRID_READ =
  /^get(Values|DisplayValues|Notes|Formulas|FormulasR1C1|Backgrounds|FontColors|FontWeights|FontLines|FontStyles|NumberFormats|RichTextValues|DataValidations|HorizontalAlignments|VerticalAlignments|WrapStrategies|TextStyles)$/;
const GRID_WRITE =
  /^set(Values|Notes|Formulas|FormulasR1C1|Backgrounds|FontColors|FontWeights|FontLines|FontStyles|NumberFormats|RichTextValues|DataValidations|HorizontalAlignments|VerticalAlignments|WrapStrategies|TextStyles)$/;
const CELL_MOVE = /^(getValue|setValue|getDisplayValue|getNote|setNote|getFormula|setFormula)$/;

export interface TransferLog {
  /** `Global.method` → calls. */
  readonly calls: Map<string, number>;
  /** `Global.method` → rows moved by those calls. */
  readonly rows: Map<string, number>;
}

export class BoundaryCounter {
  readonly calls = new Map<string, number>();
  readonly rows = new Map<string, number>();
  /** The largest single transfer, in rows (a read of the whole tab shows up here). */
  largestTransfer = 0;

  reset(): void {
    this.calls.clear();
    this.rows.clear();
    this.largestTransfer = 0;
  }

  /** Calls made on objects that came from `global` (e.g. 'SpreadsheetApp'); all when omitted. */
  total(global?: string): number {
    return sum(this.calls, global);
  }

  /** Rows moved by transfers on objects that came from `global`. */
  rowsMoved(global = 'SpreadsheetApp'): number {
    return sum(this.rows, global);
  }

  count(key: string): number {
    return this.calls.get(key) ?? 0;
  }

  /** Calls by global: { SpreadsheetApp: 12, PropertiesService: 3, … }. */
  byService(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, v] of this.calls) {
      const g = k.slice(0, k.indexOf('.'));
      out[g] = (out[g] ?? 0) + v;
    }
    return out;
  }

  byMethod(global?: string): Record<string, number> {
    return Object.fromEntries([...this.calls].filter(([k]) => !global || k.startsWith(`${global}.`)).sort(([a], [b]) => a.localeCompare(b)));
  }

  record(global: string, method: string, rows: number): void {
    const key = `${global}.${method}`;
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
    if (rows > 0) {
      this.rows.set(key, (this.rows.get(key) ?? 0) + rows);
      if (rows > this.largestTransfer) this.largestTransfer = rows;
    }
  }
}

function sum(map: Map<string, number>, global?: string): number {
  let n = 0;
  for (const [k, v] of map) if (!global || k.startsWith(`${global}.`)) n += v;
  return n;
}

function tag(value: unknown): string {
  return Object.prototype.toString.call(value);
}

/** Rows a call moved, from its name, arguments and result. */
export function rowsMoved(method: string, args: readonly unknown[], result: unknown): number {
  if (GRID_READ.test(method)) return Array.isArray(result) ? result.length : 0;
  if (GRID_WRITE.test(method)) return Array.isArray(args[0]) ? (args[0] as unknown[]).length : 0;
  if (CELL_MOVE.test(method)) return 1;
  return 0;
}

/**
 * The globals as the bundle should see them: each one wrapped so that every call on it, or on
 * anything reached from it, is recorded in `counter` under the global's name.
 */
export function countAtBoundary(
  globals: Record<string, unknown>,
  counter: BoundaryCounter,
  skip: ReadonlySet<string> = new Set(['console', 'Logger']),
): Record<string, unknown> {
  const proxies = new WeakMap<object, object>();
  const targets = new WeakMap<object, object>();
  const unwrap = (v: unknown): unknown => {
    if (v && typeof v === 'object') {
      const t = targets.get(v);
      if (t) return t;
      if (Array.isArray(v) && v.some((x) => x && typeof x === 'object' && targets.has(x))) return v.map(unwrap);
    }
    return v;
  };
  const wrap = (value: unknown, global: string): unknown => {
    if (!value || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      // Sheet[], Range[], … get their elements wrapped; a grid of values is left as it is.
      return value.length && value.every((x) => x && typeof x === 'object' && !Array.isArray(x) && tag(x) === '[object Object]')
        ? value.map((x) => wrap(x, global))
        : value;
    }
    if (tag(value) !== '[object Object]') return value;
    const known = proxies.get(value);
    if (known) return known;
    const proxy = new Proxy(value, {
      get(target, prop) {
        const v = Reflect.get(target, prop, target);
        if (typeof prop !== 'string') return v;
        if (typeof v === 'function') {
          return function (this: unknown, ...args: unknown[]) {
            const plain = args.map(unwrap);
            let result: unknown;
            try {
              result = (v as (...a: unknown[]) => unknown).apply(target, plain);
            } finally {
              // A call that throws was still a round trip.
              counter.record(global, prop, rowsMoved(prop, plain, result));
            }
            return result === target ? proxy : wrap(result, global);
          };
        }
        return wrap(v, global);
      },
    });
    proxies.set(value, proxy);
    targets.set(proxy, value);
    return proxy;
  };
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(globals)) out[name] = skip.has(name) ? value : wrap(value, name);
  return out;
}
