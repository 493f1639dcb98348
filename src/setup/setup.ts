/**
 * "Set up this sheet": creates what is missing and repairs what was damaged, idempotently.
 * It never deletes or moves a user's row or column and never writes into a cell a user typed:
 * it writes header cells that are empty or hold a renamed header of ours, a missing column's
 * header beyond every used column, setting rows below the last used row, the status key on its
 * own tab, and formats, validations, rules and protections. A renamed tab is renamed back.
 */
import { a1, ACTIONS, columnLetter, RECOMMENDATIONS, SETTINGS, SETUP_TABS, type ColumnSpec, type TabSpec } from '../core/layout';
import { RECOMMENDATION_EXTRA_KEY } from '../core/recommendations/status';
import { STATUS_KEY } from '../core/status';
import type { Problem } from '../core/problems';
import { SETTING_SPECS } from '../core/settings';
import { isBlank, mapHeaders } from '../core/table';
import { UserFacingError } from '../adapters/ui';
import { findTabs } from '../adapters/sheets/workbook';
import { isOurFormula, ruleSpecs } from './rules';
import { ensureKeyTab, removeOldKey, statusKeyNote } from './status-key';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetUpReport {
  created: string[];
  repaired: string[];
  problems: Problem[];
}

const HEADER_BACKGROUND = '#e8eaed';
const PROTECTION_PREFIX = 'Action Log:';

export function setUpWorkbook(ss: Spreadsheet): SetUpReport {
  const report: SetUpReport = { created: [], repaired: [], problems: [] };
  // Every tab is found (by name, else by its header row) before anything is written.
  const found = findTabs(ss, SETUP_TABS);
  const unsure = SETUP_TABS.map((t) => found.get(t.key)).filter((f) => f?.candidates);
  if (unsure.length) throw new UserFacingError(`Nothing was changed: ${unsure.map((f) => f!.problem!.message).join(' ')}`);
  const sheets = new Map<string, Sheet>();
  for (const tab of SETUP_TABS) {
    const hit = found.get(tab.key);
    let sheet = hit?.sheet;
    if (sheet && hit?.renamedFrom) {
      sheet.setName(tab.name);
      report.repaired.push(`the tab "${hit.renamedFrom}" renamed back to "${tab.name}" (it has the ${tab.name} headers)`);
    }
    if (!sheet) {
      sheet = ss.insertSheet(tab.name, ss.getSheets().length);
      report.created.push(`the ${tab.name} tab`);
    }
    sheets.set(tab.key, sheet);
  }
  for (const tab of SETUP_TABS) {
    const sheet = sheets.get(tab.key)!;
    if (tab === ACTIONS) removeOldKey(sheet, report);
    const positions = ensureHeaders(sheet, tab, report);
    formatColumns(ss, sheet, tab, positions);
    protectOwnedColumns(sheet, tab, positions);
    if (tab === ACTIONS) applyStatusRules(sheet, tab, positions);
    if (tab === RECOMMENDATIONS) applyStatusRules(sheet, tab, positions, [...STATUS_KEY, ...RECOMMENDATION_EXTRA_KEY]);
    if (tab === SETTINGS) ensureSettingsRows(sheet, report);
  }
  ensureKeyTab(ss, report);
  removeEmptyDefaultTab(ss, new Set([...sheets.values()].map((sh) => sh.getSheetId())), report);
  return report;
}

/** The tab a new spreadsheet starts with. */
const DEFAULT_TAB = 'Sheet1';

/**
 * A new spreadsheet's "Sheet1", left empty beside the Action Log's tabs, is removed: it holds
 * nothing (no value in any cell) and is not one of ours. A Sheet1 with anything in it stays.
 */
function removeEmptyDefaultTab(ss: Spreadsheet, ours: Set<number>, report: SetUpReport): void {
  const sheet = ss.getSheetByName(DEFAULT_TAB);
  if (!sheet || ours.has(sheet.getSheetId()) || ss.getSheets().length < 2) return;
  if (sheet.getLastRow() !== 0 || sheet.getLastColumn() !== 0) return;
  ss.deleteSheet(sheet);
  report.repaired.push(`the empty "${DEFAULT_TAB}" tab removed`);
}

/**
 * Finds each column by name; restores a renamed header in place, adds a missing one after the
 * last used column (header or data). Only header cells that change are written.
 */
function ensureHeaders(sheet: Sheet, tab: TabSpec, report: SetUpReport): Map<string, number> {
  const lastColumn = sheet.getLastColumn();
  const width = Math.max(lastColumn, tab.columns.length);
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const headerRange = sheet.getRange(1, 1, 1, width);
  const read = headerRange.getValues()[0] ?? [];
  const header = read.map((v) => (isBlank(v) ? '' : String(v)));
  const before = [...header];
  const map = mapHeaders(tab, header);
  const positions = new Map<string, number>();
  for (const [key, index] of map.index) positions.set(key, index + 1);
  // A missing column goes after every used column, so it never lands on a user's data.
  let next = Math.max(lastUsed(header), lastColumn) + 1;
  const fresh = header.every((h) => h === '');
  tab.columns.forEach((col, i) => {
    if (positions.has(col.key)) return;
    const expected = i + 1;
    const there = header[expected - 1] ?? '';
    const takenByOurs = [...positions.values()].includes(expected);
    if (!takenByOurs && there !== '' && map.unknown.some((u) => u.column === expected)) {
      report.repaired.push(`${tab.name}!${a1(1, expected)}: header "${there}" restored to "${col.header}"`);
      header[expected - 1] = col.header;
      positions.set(col.key, expected);
    } else if (!takenByOurs && there === '' && (fresh || expected <= lastColumn)) {
      header[expected - 1] = col.header;
      positions.set(col.key, expected);
      if (!fresh) report.repaired.push(`${tab.name}!${a1(1, expected)}: header "${col.header}" added`);
    } else {
      while (header[next - 1]) next += 1;
      header[next - 1] = col.header;
      positions.set(col.key, next);
      report.repaired.push(`${tab.name}!${a1(1, next)}: missing column "${col.header}" added`);
    }
  });
  for (const u of map.unknown) {
    if (header[u.column - 1] === u.header) {
      report.problems.push({
        sheet: tab.name,
        cell: a1(1, u.column),
        message: `the column "${u.header}" is not one of the Action Log's; it is kept and ignored.`,
      });
    }
  }
  const finalWidth = Math.max(lastUsed(header), ...positions.values());
  header.length = finalWidth;
  for (let i = 0; i < finalWidth; i++) header[i] = header[i] ?? '';
  if (finalWidth > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), finalWidth - sheet.getMaxColumns());
  // Write only the header cells that change (runs of them): a user's own header, or a formula
  // in one, is never rewritten.
  for (let i = 0; i < finalWidth;) {
    if (header[i] === (before[i] ?? '')) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < finalWidth && header[j + 1] !== (before[j + 1] ?? '')) j++;
    sheet.getRange(1, i + 1, 1, j - i + 1).setValues([header.slice(i, j + 1)]);
    i = j + 1;
  }
  const range = sheet.getRange(1, 1, 1, finalWidth);
  range.setFontWeight('bold').setWrap(true).setBackground(HEADER_BACKGROUND).setVerticalAlignment('middle');
  // Our headers get their help as a note; a user's header keeps its own note.
  const oldNotes = range.getNotes()[0] ?? [];
  const notes = header.map((h, i) => {
    const col = tab.columns.find((c) => c.header === h);
    if (!col) return oldNotes[i] ?? '';
    if (col.key === 'status' && tab === RECOMMENDATIONS) return recommendationKeyNote(col.help ?? '');
    return col.key === 'status' && tab === ACTIONS ? statusKeyNote(col.help ?? '') : (col.help ?? '');
  });
  range.setNotes([notes]);
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  freezeSubject(sheet, tab, positions);
  return positions;
}

/**
 * Actions: Ref No and Subject stay in view when scrolling right (frozen up to Subject, when it
 * is among the first few columns as set up). A wider freeze the user chose is left as it is.
 */
function freezeSubject(sheet: Sheet, tab: TabSpec, positions: Map<string, number>): void {
  if (tab !== ACTIONS) return;
  const upTo = Math.max(positions.get('ref') ?? 0, positions.get('subject') ?? 0);
  if (upTo > 0 && upTo <= 4 && sheet.getFrozenColumns() < upTo) sheet.setFrozenColumns(upTo);
}

function lastUsed(header: string[]): number {
  let last = 0;
  header.forEach((h, i) => {
    if (h !== '') last = i + 1;
  });
  return last;
}

/** Widths, number formats and data validation, one call per column (constant in the number of rows). */
function formatColumns(ss: Spreadsheet, sheet: Sheet, tab: TabSpec, positions: Map<string, number>): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  // Wrapping and top alignment suit every column: one call each for the whole body.
  sheet
    .getRange(2, 1, rows, Math.max(...positions.values()))
    .setWrap(true)
    .setVerticalAlignment('top');
  for (const col of tab.columns) {
    const at = positions.get(col.key);
    if (at === undefined) continue;
    sheet.setColumnWidth(at, col.width);
    const body = sheet.getRange(2, at, rows, 1);
    const format = numberFormat(col);
    if (format) body.setNumberFormat(format);
    const rule = validation(col);
    if (rule) body.setDataValidation(rule);
    else if (col.kind === 'officer') removeOldOfficerRule(body);
  }
}

function numberFormat(col: ColumnSpec): string | undefined {
  if (col.asText) return '@';
  switch (col.kind) {
    case 'date':
      return 'dd/mm/yyyy';
    case 'timestamp':
      return 'dd/mm/yyyy hh:mm';
    case 'ref':
      return '@';
    default:
      return undefined;
  }
}

const ACCEPTED = RECOMMENDATIONS.columns.find((c) => c.key === 'accepted');

/** The rule for a column's cells (Responsible Officer has none: it takes several names, checked against Officers by Refresh). */
function validation(col: ColumnSpec): GoogleAppsScript.Spreadsheet.DataValidation | undefined {
  if (col === ACCEPTED)
    return SpreadsheetApp.newDataValidation()
      .requireValueInList(['Yes', 'No', 'In part'], true)
      .setAllowInvalid(true)
      .setHelpText('Yes, No or In part.')
      .build();
  switch (col.kind) {
    case 'date':
      return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText('Enter a date as dd/mm/yyyy, e.g. 18/03/2010.').build();
    case 'checkbox':
      return SpreadsheetApp.newDataValidation().requireCheckbox().build();
    case 'email':
      return SpreadsheetApp.newDataValidation()
        .requireTextIsEmail()
        .setAllowInvalid(true)
        .setHelpText('An email address, e.g. gary.bowman@example.gov.uk')
        .build();
    default:
      return undefined;
  }
}

/**
 * Older set-ups put an Officers dropdown on Responsible Officer, which Sheets marks invalid on
 * every "A / B" cell. It is removed where it is ours (its help text); a user's own rule stays.
 * Names that match nobody are now said in the cell's note by Refresh statuses.
 */
const OLD_OFFICER_HELP = 'Pick an officer, or type several names separated by "/".';
function removeOldOfficerRule(body: GoogleAppsScript.Spreadsheet.Range): void {
  if (body.getDataValidation()?.getHelpText() === OLD_OFFICER_HELP) body.setDataValidation(null);
}

/** Owned columns get a warning (not a lock): a stray edit is noticed, the owner can still fix things. */
function protectOwnedColumns(sheet: Sheet, tab: TabSpec, positions: Map<string, number>): void {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).filter((p) => p.getDescription().startsWith(PROTECTION_PREFIX));
  const wanted = tab.columns
    .filter((c) => c.owned && positions.has(c.key))
    .map((c) => {
      const letter = columnLetter(positions.get(c.key)!);
      return { description: `${PROTECTION_PREFIX} ${tab.name} ${c.header} is filled in by the script`, a1: `${letter}2:${letter}${sheet.getMaxRows()}` };
    });
  const kept = new Set<string>();
  for (const p of existing) {
    const key = `${p.getDescription()}|${p.getRange().getA1Notation()}`;
    if (wanted.some((w) => `${w.description}|${w.a1}` === key) && !kept.has(key)) kept.add(key);
    else p.remove();
  }
  for (const w of wanted) {
    if (kept.has(`${w.description}|${w.a1}`)) continue;
    sheet.getRange(w.a1).protect().setDescription(w.description).setWarningOnly(true);
  }
}

/** The Recommendations Status header's note: the actions' key and the two states of a recommendation's own. */
function recommendationKeyNote(help: string): string {
  return [
    statusKeyNote(help),
    `• ${RECOMMENDATION_EXTRA_KEY[0].label}: the recommendation was not accepted (its reason in Reason)`,
    `• ${RECOMMENDATION_EXTRA_KEY[1].label}: no response (Accepted and Response empty) two months after the Date Reported`,
  ].join('\n');
}

/** The status colours as conditional formats; the overdue flag reddens the date for report (the Deadline on Recommendations). */
function applyStatusRules(sheet: Sheet, tab: TabSpec, positions: Map<string, number>, key: Parameters<typeof ruleSpecs>[1] = STATUS_KEY): void {
  const cols = {
    status: positions.get('status')!,
    overdue: positions.get('overdue')!,
    dueDate: positions.get(tab === RECOMMENDATIONS ? 'deadline' : 'dueDate')!,
    lastColumn: Math.max(...tab.columns.map((c) => positions.get(c.key) ?? 0)),
    maxRows: sheet.getMaxRows(),
  };
  const theirs = sheet.getConditionalFormatRules().filter((rule) => {
    const condition = rule.getBooleanCondition();
    const values = condition?.getCriteriaValues() ?? [];
    return !(values.length === 1 && typeof values[0] === 'string' && isOurFormula(values[0]));
  });
  const ours = ruleSpecs(cols, key).map((spec) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setBackground(spec.background)
      .setFontColor(spec.fontColor)
      .setBold(spec.bold)
      .setRanges([sheet.getRange(2, spec.fromColumn, cols.maxRows - 1, spec.toColumn - spec.fromColumn + 1)])
      .build(),
  );
  sheet.setConditionalFormatRules([...ours, ...theirs]);
}

/** Adds any setting row that is missing; never changes a value the user set. */
function ensureSettingsRows(sheet: Sheet, report: SetUpReport): void {
  const last = Math.max(sheet.getLastRow(), 1);
  const labels = sheet
    .getRange(1, 1, last, 1)
    .getValues()
    .map((r) => String(r[0]).trim().toLowerCase());
  const missing = SETTING_SPECS.filter((s) => !labels.includes(s.label.toLowerCase()));
  if (missing.length === 0) return;
  sheet.getRange(last + 1, 1, missing.length, 3).setValues(missing.map((s) => [s.label, s.defaultValue, s.about]));
  sheet.getRange(2, 2, last + missing.length - 1, 1).setNumberFormat('@');
  if (last > 1) report.repaired.push(`${missing.length} missing setting(s) added to ${SETTINGS.name}`);
}
