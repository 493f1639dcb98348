/**
 * Per-execution context (one user's run of the script) and the registry that maps the
 * emulated objects handed to the code back to the workbook data they stand for.
 */
import { counted, type CallLog } from '../calls';
import { appsScriptException } from '../exception';
import { isDateValue, type Realm } from '../realm';
import { exception, type GridRange, type ProtectionData, type RuleData, type SheetState, type ValidationData, type WorkbookState } from './state';
import { StoredDate } from './values';

/** One user's cursor: the active sheet and selection (Sheets keeps one per user). */
export class Session {
  #sheet: SheetState | undefined;
  #range: GridRange | undefined;

  constructor(readonly book: WorkbookState) {}

  get activeSheet(): SheetState {
    if (!this.#sheet || this.#sheet.deleted) this.#sheet = this.book.sheets[0]!;
    return this.#sheet;
  }

  set activeSheet(sheet: SheetState) {
    this.#sheet = sheet;
  }

  get activeRange(): GridRange {
    const sheet = this.activeSheet;
    if (!this.#range || this.#range.sheet !== sheet) this.#range = { sheet, row: 1, col: 1, numRows: 1, numCols: 1 };
    return this.#range;
  }

  set activeRange(range: GridRange) {
    this.#sheet = range.sheet;
    this.#range = { ...range };
  }
}

export interface Ctx {
  readonly book: WorkbookState;
  readonly session: Session;
  readonly realm: Realm;
  readonly calls: CallLog;
  readonly ui: () => GoogleAppsScript.Base.Ui;
}

type Internal =
  | { kind: 'range'; grid: GridRange }
  | { kind: 'sheet'; sheet: SheetState }
  | { kind: 'validation'; data: ValidationData }
  | { kind: 'rule'; data: RuleData }
  | { kind: 'protection'; data: ProtectionData };

const registry = new WeakMap<object, Internal>();

/** Rethrows errors as Errors of the code's realm (so `e instanceof Error` holds inside a vm context). */
function realmErrors<T extends object>(impl: T, realm: Realm): T {
  if (realm.Date === Date) return impl;
  return new Proxy(impl, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj);
      if (typeof value !== 'function' || prop === 'constructor') return value;
      return function (...args: unknown[]) {
        try {
          return value.apply(obj, args);
        } catch (e) {
          if (!(e instanceof Error)) throw e;
          const converted = appsScriptException(e.message, realm);
          converted.name = e.name;
          throw converted;
        }
      };
    },
  });
}

/** Wraps an emulated object so its calls are counted, and remembers what it stands for. */
export function wrap<T extends object>(impl: T, ctx: Ctx, className: string, internal?: Internal): T {
  const proxy = counted(realmErrors(impl, ctx.realm), ctx.calls, 'SpreadsheetApp', className);
  if (internal) registry.set(proxy, internal);
  return proxy;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `${v.length && v[0] !== undefined ? describe(v[0]) : 'Object'}[]`;
  if (typeof v === 'string') return 'String';
  if (isDateValue(v)) return 'Date';
  if (typeof v === 'object' || typeof v === 'function') {
    const i = registry.get(v as object);
    return i ? i.kind[0]!.toUpperCase() + i.kind.slice(1) : 'Object';
  }
  return typeof v;
}

/** Apps Script's error for arguments of the wrong type. */
export function signatureError(className: string, method: string, args: readonly unknown[]): Error {
  return exception(`The parameters (${args.map(describe).join(',')}) don't match the method signature for SpreadsheetApp.${className}.${method}.`);
}

function lookup<K extends Internal['kind']>(kind: K, v: unknown, className: string, method: string, args: readonly unknown[]): Extract<Internal, { kind: K }> {
  const i = v !== null && typeof v === 'object' ? registry.get(v) : undefined;
  if (!i || i.kind !== kind) throw signatureError(className, method, args);
  return i as Extract<Internal, { kind: K }>;
}

export const gridOf = (v: unknown, cls: string, method: string, args: readonly unknown[]) => lookup('range', v, cls, method, args).grid;
export const sheetOf = (v: unknown, cls: string, method: string, args: readonly unknown[]) => lookup('sheet', v, cls, method, args).sheet;
export const validationOf = (v: unknown, cls: string, method: string, args: readonly unknown[]) => lookup('validation', v, cls, method, args).data;
export const ruleOf = (v: unknown, cls: string, method: string, args: readonly unknown[]) => lookup('rule', v, cls, method, args).data;

/** Internal form of a criteria argument received from the code: Dates → StoredDate, Ranges → GridRange. */
export function internalArg(v: unknown): unknown {
  if (isDateValue(v)) return new StoredDate(v.getTime());
  if (Array.isArray(v)) return v.map(internalArg);
  if (v !== null && typeof v === 'object') {
    const i = registry.get(v);
    if (i?.kind === 'range') return { ...i.grid };
  }
  return v;
}

/** Colours as Sheets reports them: lower-case #rrggbb. */
const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  grey: '#808080',
  gray: '#808080',
  purple: '#800080',
  pink: '#ffc0cb',
  lime: '#00ff00',
};
export function normaliseColour(c: string): string {
  const s = c.trim().toLowerCase();
  if (NAMED[s]) return NAMED[s]!;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  throw exception(`Emulator: unsupported colour ${JSON.stringify(c)} (use #rrggbb or a basic CSS name).`);
}
