/**
 * Reading the workbook (one getValues per tab) and writing records (one setValues per block).
 * Columns are found by header name; see core/table.ts.
 */
import { describeCell, firstTooLong, tooLongMessage } from '../../core/cell-limit';
import type { IsoDate } from '../../core/dates';
import { ACTIONS, FORWARD_PLAN, KEY_TAB_NAME, MEETINGS, OFFICERS, SETTINGS, SETUP_TABS, TABS, type TabKey, type TabSpec } from '../../core/layout';
import type { Action, ForwardPlanItem, Located, Meeting, Officer } from '../../core/model';
import type { Problem } from '../../core/problems';
import { readActions, readForwardPlan, readMeetings, readOfficers, type DateReader } from '../../core/records';
import { parseSettings, SETTING_SPECS, type SettingIssue, type Settings } from '../../core/settings';
import { dataRows, headerProblems, isBlank, isDate, looksLikeTab, mapHeaders, type CellValue, type HeaderMap } from '../../core/table';
import { asLiteralText } from '../../core/text-safety';
import { UserFacingError } from '../ui';
import { dateReader, dateWriter } from './dates';
import { lastRecordRow } from './ref-finder';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface WorkbookRead {
  actions: Located<Action>[];
  meetings: Located<Meeting>[];
  forwardPlan: Located<ForwardPlanItem>[];
  officers: Located<Officer>[];
  settings: Settings;
  settingIssues: SettingIssue[];
  problems: Problem[];
  timeZone: string;
  /** Per tab read, the keys of its columns whose header is missing (renamed or deleted). */
  missing?: Partial<Record<TabKey, readonly string[]>>;
}

export interface TabRead {
  readonly sheet: Sheet;
  readonly values: CellValue[][];
  readonly map: HeaderMap;
}

/** An operation stopped, with nothing written, because columns it reads or writes are missing. */
export class LayoutError extends UserFacingError {
  /** Keys of every column of the tab whose header is missing. */
  readonly missing: readonly string[];
  constructor(message: string, missing: readonly string[]) {
    super(message);
    this.name = 'LayoutError';
    this.missing = missing;
  }
}

export interface FoundTab {
  readonly sheet?: Sheet;
  /** The tab's present name when it was found by its header row rather than by its name. */
  readonly renamedFrom?: string;
  /** Why it was not found, or that it was renamed. */
  readonly problem?: Problem;
  /** Not found because several tabs have its header row (none is guessed). */
  readonly candidates?: readonly string[];
}

/**
 * Finds each tab by its name, else by a header row that is clearly its own (a renamed
 * "Actions 2010"). Tabs named as another of ours are never taken. Two candidates for one tab
 * are reported, never guessed between. The other tabs are looked at only when a name is missing.
 */
export function findTabs(ss: Spreadsheet, tabs: readonly TabSpec[]): Map<TabKey, FoundTab> {
  const found = new Map<TabKey, FoundTab>();
  const lost: TabSpec[] = [];
  for (const tab of tabs) {
    const sheet = ss.getSheetByName(tab.name);
    if (sheet) found.set(tab.key, { sheet });
    else lost.push(tab);
  }
  if (lost.length === 0) return found;
  const ours = new Set([...SETUP_TABS.map((t) => t.name), KEY_TAB_NAME].map((n) => n.toLowerCase()));
  const others = ss
    .getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName() }))
    .filter((c) => !ours.has(c.name.toLowerCase()))
    .map((c) => {
      const width = c.sheet.getLastColumn();
      return { ...c, header: width > 0 ? (c.sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : [] };
    });
  const taken = new Set<string>();
  for (const tab of lost) {
    const like = others.filter((c) => !taken.has(c.name) && looksLikeTab(tab, c.header));
    const [only] = like;
    if (only && like.length === 1) {
      taken.add(only.name);
      found.set(tab.key, {
        sheet: only.sheet,
        renamedFrom: only.name,
        problem: {
          sheet: only.name,
          cell: 'A1',
          message: `this tab has the ${tab.name} headers, so it was read as the "${tab.name}" tab, which is missing (renamed?). Rename it back to "${tab.name}", or run Action Log ▸ Set up this sheet to do so.`,
        },
      });
    } else if (like.length > 1) {
      found.set(tab.key, {
        candidates: like.map((c) => c.name),
        problem: {
          sheet: tab.name,
          cell: 'A1',
          message: `the "${tab.name}" tab is missing, and the tabs ${like.map((c) => `"${c.name}"`).join(' and ')} all have its headers, so none was read. Rename the one that holds the ${tab.name} to "${tab.name}" and run Action Log ▸ Set up this sheet again.`,
        },
      });
    } else {
      found.set(tab.key, {
        problem: {
          sheet: tab.name,
          cell: 'A1',
          message: `the "${tab.name}" tab is missing (deleted or renamed?). Run Action Log ▸ Set up this sheet to recreate it.`,
        },
      });
    }
  }
  return found;
}

export function findTab(ss: Spreadsheet, tab: TabSpec): FoundTab {
  return findTabs(ss, [tab]).get(tab.key) ?? {};
}

/** One tab's values and header map; undefined (with a Problem) when the tab is missing. A renamed tab is read, and reported. */
export function readTab(ss: Spreadsheet, tab: TabSpec, problems: Problem[]): TabRead | undefined {
  const { sheet, problem } = findTab(ss, tab);
  if (problem) problems.push(problem);
  if (!sheet) return undefined;
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const map = mapHeaders(tab, values[0] ?? []);
  problems.push(...headerProblems(tab, map));
  return { sheet, values, map };
}

export function readWorkbook(ss: Spreadsheet, tabs: readonly TabKey[] = TABS.map((t) => t.key)): WorkbookRead {
  const timeZone = ss.getSpreadsheetTimeZone();
  const readDate = dateReader(timeZone);
  const problems: Problem[] = [];
  const want = new Set(tabs);
  const result: WorkbookRead = {
    actions: [],
    meetings: [],
    forwardPlan: [],
    officers: [],
    settings: parseSettings({}).settings,
    settingIssues: [],
    problems,
    timeZone,
  };
  const load = <T>(
    tab: TabSpec,
    reader: (m: HeaderMap, rows: ReturnType<typeof dataRows>, d: DateReader) => { records: Located<T>[]; problems: Problem[] },
  ): Located<T>[] => {
    if (!want.has(tab.key)) return [];
    const read = readTab(ss, tab, problems);
    if (!read) return [];
    result.missing = { ...result.missing, [tab.key]: read.map.missing.map((c) => c.key) };
    const out = reader(read.map, dataRows(read.map, read.values.slice(1)), readDate);
    problems.push(...out.problems);
    return out.records;
  };
  result.actions = load(ACTIONS, readActions);
  result.meetings = load(MEETINGS, readMeetings);
  result.forwardPlan = load(FORWARD_PLAN, readForwardPlan);
  result.officers = load(OFFICERS, readOfficers);
  if (want.has('settings')) {
    const parsed = readSettings(ss, readDate, problems);
    result.settings = parsed.settings;
    result.settingIssues = parsed.issues;
  }
  return result;
}

function readSettings(ss: Spreadsheet, readDate: DateReader, problems: Problem[]): { settings: Settings; issues: SettingIssue[] } {
  const read = readTab(ss, SETTINGS, problems);
  const raw: Partial<Record<keyof Settings, string>> = {};
  if (read) {
    const labelCol = read.map.index.get('setting') ?? 0;
    const valueCol = read.map.index.get('value') ?? 1;
    for (const row of read.values.slice(1)) {
      const spec = SETTING_SPECS.find(
        (s) =>
          s.label.toLowerCase() ===
          String(row[labelCol] ?? '')
            .trim()
            .toLowerCase(),
      );
      const value = row[valueCol];
      if (spec) raw[spec.key] = isDate(value) ? readDate(value) : isBlank(value) ? '' : String(value);
    }
  }
  return parseSettings(raw);
}

/** Records one setting's value (e.g. a template id the product created). */
export function writeSetting(ss: Spreadsheet, key: keyof Settings, value: string): void {
  const spec = SETTING_SPECS.find((s) => s.key === key);
  if (!spec) throw new Error(`Unknown setting ${String(key)}`);
  const sheet = ss.getSheetByName(SETTINGS.name);
  if (!sheet) throw new UserFacingError(`The "${SETTINGS.name}" tab is missing. Run Action Log ▸ Set up this sheet first.`);
  const lastRow = Math.max(sheet.getLastRow(), 1);
  const labels = sheet.getRange(1, 1, lastRow, 1).getValues();
  const i = labels.findIndex((r) => String(r[0]).trim().toLowerCase() === spec.label.toLowerCase());
  // Set-up formats the Value column as plain text ('@'), where the value is stored as written.
  if (i >= 0)
    sheet
      .getRange(i + 1, 2)
      .setNumberFormat('@')
      .setValue(value);
  else
    sheet
      .getRange(lastRow + 1, 1, 1, 3)
      .setNumberFormat('@')
      .setValues([[spec.label, value, spec.about]]);
}

/** A record's value for the sheet: dates as Date, user text as literal text. */
export function toCell(tab: TabSpec, key: string, value: unknown, writeDate: (iso: IsoDate) => Date): CellValue {
  const kind = tab.columns.find((c) => c.key === key)?.kind;
  if (value === undefined || value === null) return '';
  if (kind === 'date' && typeof value === 'string') return value === '' ? '' : writeDate(value);
  if (typeof value === 'boolean' || typeof value === 'number' || isDate(value)) return value;
  // Set-up formats Ref No as plain text ('@'), where an apostrophe would be kept as a character.
  if (kind === 'ref') return String(value);
  // A column Set up formats as plain text (Recommendations' No. and Deadline) keeps "01" and
  // "March 2011" as typed without an apostrophe, which such a cell would show; text that would
  // start a formula still gets one.
  if (tab.columns.find((c) => c.key === key)?.asText && typeof value === 'string' && !/^\s*[=+\-@]/.test(value)) return value;
  if (Array.isArray(value)) return asLiteralText(value.join('\n'));
  return asLiteralText(String(value));
}

/** The header row, to its last filled cell: one read of row 1 ("1:1", so no getLastColumn first). */
export function readHeader(sheet: Sheet): CellValue[] {
  const row = (sheet.getRange('1:1').getValues()[0] ?? []) as CellValue[];
  let width = row.length;
  while (width > 1 && isBlank(row[width - 1])) width--;
  return row.slice(0, Math.max(width, 1));
}

/**
 * Appends records below the last row in one setValues, each value in the column its header
 * names (so moved columns are respected); other columns are left blank. Throws a readable error
 * when a needed header is missing rather than writing into the wrong column, or when a value is
 * longer than a cell holds (before anything is written).
 */
export function appendRecords(
  ss: Spreadsheet,
  tab: TabSpec,
  records: readonly Record<string, unknown>[],
  known?: { readonly sheet: Sheet; readonly header: readonly CellValue[]; readonly lastRow: number },
): { firstRow: number } {
  const sheet = known?.sheet ?? ss.getSheetByName(tab.name);
  if (!sheet) throw new UserFacingError(`The "${tab.name}" tab is missing. Run Action Log ▸ Set up this sheet to recreate it.`);
  // The header row and the last rows only (never the whole tab): where our columns' data ends
  // (something typed beside the data can make getLastRow() larger than the last record).
  const header = known?.header ?? readHeader(sheet);
  const map = mapHeaders(tab, header);
  const needed = new Set(records.flatMap((r) => Object.keys(r)));
  const missing = map.missing.filter((c) => needed.has(c.key));
  if (missing.length) {
    throw new UserFacingError(
      `Nothing was saved: the ${tab.name} tab has no "${missing.map((c) => c.header).join('", "')}" column. Run Action Log ▸ Set up this sheet to restore it.`,
    );
  }
  const width = Math.max(0, ...map.index.values()) + 1;
  const firstRow = lastRecordRow(sheet, width, known?.lastRow ?? sheet.getLastRow()) + 1;
  if (records.length === 0) return { firstRow };
  const writeDate = dateWriter(ss.getSpreadsheetTimeZone());
  const rows = records.map((record) => {
    const row: CellValue[] = new Array(width).fill('');
    for (const [key, value] of Object.entries(record)) {
      const i = map.index.get(key);
      if (i !== undefined) row[i] = toCell(tab, key, value, writeDate);
    }
    return row;
  });
  const long = firstTooLong(rows);
  if (long) {
    const ref = String(records[long.row]?.ref ?? '');
    throw new UserFacingError(tooLongMessage(describeCell(tab, map, long.column, firstRow + long.row, ref), long.length));
  }
  if (firstRow + rows.length - 1 > sheet.getMaxRows()) {
    sheet.insertRowsAfter(sheet.getMaxRows(), firstRow + rows.length - 1 - sheet.getMaxRows());
  }
  sheet.getRange(firstRow, 1, rows.length, width).setValues(rows);
  return { firstRow };
}
