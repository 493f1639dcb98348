/**
 * What a self-test scenario is given and how it reports. A scenario sees only Apps Script's own
 * services (as the product does) and the scratch files: it can run unchanged on a real account
 * and on the emulator. A scenario that could only be written by reaching into the emulator
 * would mean the emulator offers something Apps Script lacks.
 */
import type { IsoDate } from '../core/dates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Folder = GoogleAppsScript.Drive.Folder;

/** The services a scenario may use (each counted by the runner's meter). */
export interface SelfTestServices {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly DriveApp: GoogleAppsScript.Drive.DriveApp;
  readonly DocumentApp: GoogleAppsScript.Document.DocumentApp;
  /** The advanced Docs service; absent when it is not enabled. */
  readonly Docs?: GoogleAppsScript.Docs | undefined;
  readonly MailApp: GoogleAppsScript.Mail.MailApp;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly LockService: GoogleAppsScript.Lock.LockService;
}

export interface Difference {
  /** What was checked, in words ("Actions!A2 holds the reference as text"). */
  readonly what: string;
  readonly expected: string;
  readonly actual: string;
}

export interface ScenarioContext {
  /** The scratch spreadsheet: never the user's. */
  readonly ss: Spreadsheet;
  /** The scratch folder: every file a scenario makes goes here. */
  readonly folder: Folder;
  readonly services: SelfTestServices;
  /** Today in the scratch spreadsheet's time zone. */
  readonly today: IsoDate;
  readonly timeZone: string;
  /** What earlier scenarios left for later ones (the references given, …). */
  readonly shared: Record<string, unknown>;
  /** Records a file made by the scenario, so it goes to the bin at the end whatever happens. */
  scratch(fileId: string): void;
  /** Compares a result with what the product expects; a difference fails the scenario (it goes on). */
  check(what: string, actual: unknown, expected: unknown): void;
  /** Calls of one kind ("MailApp.sendEmail") made so far by this scenario. */
  calls(kind: string): number;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  /** The points the emulator has to guess at that this scenario settles on a real account. */
  readonly settles?: readonly string[];
  run(t: ScenarioContext): void;
}

/** A value as the report shows it: Dates as "Date(2010-03-18T00:00:00.000Z)", the rest as JSON. */
export function show(v: unknown): string {
  return JSON.stringify(canonical(v)) ?? String(v);
}

function canonical(v: unknown): unknown {
  if (Object.prototype.toString.call(v) === '[object Date]') {
    const t = (v as Date).getTime();
    return `Date(${Number.isNaN(t) ? 'invalid' : new Date(t).toISOString()})`;
  }
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = canonical((v as Record<string, unknown>)[k]);
    return out;
  }
  if (v === undefined) return null;
  return v;
}

export function same(a: unknown, b: unknown): boolean {
  return show(a) === show(b);
}

/** The kind of a cell value as a scenario compares it: 'text', 'number', 'boolean', 'date' or 'empty'. */
export function kindOf(v: unknown): string {
  if (v === '' || v === null || v === undefined) return 'empty';
  if (Object.prototype.toString.call(v) === '[object Date]') return 'date';
  if (typeof v === 'string') return 'text';
  return typeof v;
}
