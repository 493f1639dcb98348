/**
 * Turning rows read from a tab into validated records. Every value that cannot be read is a
 * Problem naming its cell; the record is still returned (with that field empty) so nothing a
 * user typed is dropped from view.
 */
import { addDays, formatShort, isPlausibleDate, SERIAL_EPOCH, type IsoDate } from './dates';
import { parseDay } from './parse-date';
import { normaliseRef } from './refs';
import { a1, ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS, type TabSpec } from './layout';
import * as z from 'zod/mini';
import {
  actionSchema,
  forwardPlanItemSchema,
  meetingSchema,
  officerSchema,
  type Action,
  type ForwardPlanItem,
  type Located,
  type Meeting,
  type Officer,
} from './model';
import type { Problem } from './problems';
import { isBlank, isDate, type CellValue, type HeaderMap, type RawRow } from './table';

/**
 * How the adapter turns a sheet `Date` into a calendar date in the spreadsheet's zone; its
 * `timeOfDay` ("14:00") reads a typed time in that zone too. Without it the script's zone (V8's
 * local time) is used, which is right only when the two zones are the same.
 */
export type DateReader = ((date: Date) => IsoDate) & { readonly timeOfDay?: (date: Date) => string };

interface RowReader {
  text(key: string): string;
  date(key: string): IsoDate | undefined;
  flag(key: string): boolean;
  list(key: string): string[];
}

function rowReader(tab: TabSpec, map: HeaderMap, raw: RawRow, readDate: DateReader, problems: Problem[]): RowReader {
  const cell = (key: string): CellValue | undefined => {
    const i = map.index.get(key);
    return i === undefined ? undefined : raw.cells[i];
  };
  const where = (key: string) => a1(raw.row, (map.index.get(key) ?? 0) + 1);
  const header = (key: string) => tab.columns.find((c) => c.key === key)?.header ?? key;
  return {
    text: (key) => {
      const v = cell(key);
      if (isBlank(v)) return '';
      if (isDate(v)) return dateOrTimeText(readDate, v);
      return String(v).trim();
    },
    date: (key) => {
      const v = cell(key);
      if (isBlank(v) || v === undefined) return undefined;
      // A date outside 1990–2100 is a slip, reported and not used: most often a number typed in a
      // date cell, which Sheets shows as a day of its calendar (2010 is 02/07/1905).
      const plausible = (iso: IsoDate): IsoDate | undefined => {
        if (isPlausibleDate(iso)) return iso;
        if (iso === TIME_ONLY_DAY) {
          problems.push({ sheet: tab.name, cell: where(key), message: `${header(key)} holds a time, not a date; write it as dd/mm/yyyy.` });
          return undefined;
        }
        problems.push({
          sheet: tab.name,
          cell: where(key),
          message: `${header(key)} ${formatShort(iso)} is not a plausible date — was a number typed? Write it as dd/mm/yyyy.`,
        });
        return undefined;
      };
      if (isDate(v)) return plausible(readDate(v));
      if (typeof v === 'number') {
        const shown =
          Number.isFinite(v) && v >= 1 && v < 2_958_466 ? ` (Sheets shows it as the date ${formatShort(addDays(SERIAL_EPOCH, Math.floor(v)))})` : '';
        problems.push({ sheet: tab.name, cell: where(key), message: `${header(key)} ${v} is a number, not a date${shown}; write it as dd/mm/yyyy.` });
        return undefined;
      }
      const parsed = parseDay(String(v));
      if (parsed) return plausible(parsed);
      problems.push({ sheet: tab.name, cell: where(key), message: `${header(key)} "${String(v)}" is not a date; write it as dd/mm/yyyy.` });
      return undefined;
    },
    flag: (key) => {
      const v = cell(key);
      if (typeof v === 'boolean') return v;
      const s = String(v ?? '')
        .trim()
        .toLowerCase();
      return s === 'yes' || s === 'y' || s === 'true' || s === 'x' || s === '✓';
    },
    list: (key) => splitList(String(cell(key) ?? '')),
  };
}

/** Sheets stores a time typed alone ("14:00") as that time on 30/12/1899. */
const TIME_ONLY_DAY = '1899-12-30';

/** A date typed into a text column reads as its date; a time typed there reads as "14:00", in the spreadsheet's zone. */
function dateOrTimeText(readDate: DateReader, date: Date): string {
  const iso = readDate(date);
  if (iso !== TIME_ONLY_DAY) return iso;
  if (readDate.timeOfDay) return readDate.timeOfDay(date);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export function splitList(text: string): string[] {
  return text
    .split(/\n|;|,(?![^()]*\))/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface ReadResult<T> {
  readonly records: Located<T>[];
  readonly problems: Problem[];
}

/**
 * Builds each row's record, then checks it against the model's zod schema: a value the model
 * rejects (a malformed reference, an email without "@") is a Problem at its cell, and the row
 * is still returned so nothing typed drops out of view.
 */
function readAll<T>(
  tab: TabSpec,
  map: HeaderMap,
  rows: RawRow[],
  readDate: DateReader,
  schema: z.ZodMiniType<T>,
  build: (r: RowReader, raw: RawRow, problems: Problem[]) => T | undefined,
): ReadResult<T> {
  const problems: Problem[] = [];
  const records: Located<T>[] = [];
  for (const raw of rows) {
    const record = build(rowReader(tab, map, raw, readDate, problems), raw, problems);
    if (!record) continue;
    const checked = z.safeParse(schema, record);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0] ?? '');
        const header = tab.columns.find((c) => c.key === key)?.header ?? key;
        const value = (record as Record<string, unknown>)[key];
        problems.push({ sheet: tab.name, cell: a1(raw.row, (map.index.get(key) ?? 0) + 1), message: `${header} "${String(value)}" ${issue.message}.` });
      }
    }
    records.push({ ...record, origin: { sheet: tab.name, row: raw.row } });
  }
  return { records, problems };
}

export function readActions(map: HeaderMap, rows: RawRow[], readDate: DateReader): ReadResult<Action> {
  const result = readActionRows(map, rows, readDate);
  return { records: result.records, problems: [...result.problems, ...duplicateRefProblems(map, result.records)] };
}

/**
 * A reference typed twice ("28.1.5" and "28.01.05" are one): every use after the first is
 * reported at its cell, naming the row of the first, so the secretariat can renumber one.
 */
function duplicateRefProblems(map: HeaderMap, actions: readonly Located<Action>[]): Problem[] {
  const firstRow = new Map<string, number>();
  const problems: Problem[] = [];
  for (const action of actions) {
    const key = normaliseRef(action.ref);
    if (!key) continue;
    const seen = firstRow.get(key);
    if (seen === undefined) {
      firstRow.set(key, action.origin.row);
      continue;
    }
    problems.push({
      sheet: ACTIONS.name,
      cell: a1(action.origin.row, (map.index.get('ref') ?? 0) + 1),
      message: `Ref No ${key} is already used in row ${seen}; references must be unique, so renumber one of them.`,
    });
  }
  return problems;
}

function readActionRows(map: HeaderMap, rows: RawRow[], readDate: DateReader): ReadResult<Action> {
  return readAll<Action>(ACTIONS, map, rows, readDate, actionSchema, (r, raw, problems) => {
    const action: Action = {
      ref: r.text('ref'),
      agendaItem: r.text('agendaItem'),
      subject: r.text('subject'),
      meetingDate: r.date('meetingDate'),
      text: r.text('text'),
      responsible: r.text('responsible'),
      isDecision: r.flag('isDecision'),
      firstDueDate: r.date('firstDueDate'),
      dueDate: r.date('dueDate'),
      commentary: r.text('commentary'),
      completedDate: r.date('completedDate'),
    };
    if (!action.ref) {
      problems.push({
        sheet: ACTIONS.name,
        cell: a1(raw.row, (map.index.get('ref') ?? 0) + 1),
        message: 'this row has no Ref No. Use "Record decisions and actions…" or type the next reference for its meeting.',
      });
    }
    if (action.completedDate && action.meetingDate && action.completedDate < action.meetingDate) {
      problems.push({
        sheet: ACTIONS.name,
        cell: a1(raw.row, (map.index.get('completedDate') ?? 0) + 1),
        message: `Completed ${formatShort(action.completedDate)} is before the action's own Date of Meeting ${formatShort(action.meetingDate)}; check the year (dd/mm/yyyy).`,
      });
    }
    return action;
  });
}

export function readMeetings(map: HeaderMap, rows: RawRow[], readDate: DateReader): ReadResult<Meeting> {
  return readAll<Meeting>(MEETINGS, map, rows, readDate, meetingSchema, (r, raw, problems) => {
    const date = r.date('date');
    if (!date) {
      if (!problems.some((p) => p.cell === a1(raw.row, (map.index.get('date') ?? 0) + 1))) {
        problems.push({ sheet: MEETINGS.name, cell: a1(raw.row, (map.index.get('date') ?? 0) + 1), message: 'this meeting has no date.' });
      }
      return undefined;
    }
    return {
      date,
      board: r.text('board'),
      title: r.text('title'),
      time: r.text('time'),
      venue: r.text('venue'),
      attendees: String(r.text('attendees'))
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      apologies: r.list('apologies'),
    };
  });
}

export function readForwardPlan(map: HeaderMap, rows: RawRow[], readDate: DateReader): ReadResult<ForwardPlanItem> {
  return readAll<ForwardPlanItem>(FORWARD_PLAN, map, rows, readDate, forwardPlanItemSchema, (r) => ({
    source: r.text('source'),
    dateRaised: r.date('dateRaised'),
    item: r.text('item'),
    responsible: r.text('responsible'),
    dueDate: r.date('dueDate'),
    dueText: r.text('dueText'),
    linkedRef: r.text('linkedRef'),
    done: r.flag('done'),
  }));
}

export function readOfficers(map: HeaderMap, rows: RawRow[], readDate: DateReader): ReadResult<Officer> {
  return readAll<Officer>(OFFICERS, map, rows, readDate, officerSchema, (r, raw, problems) => {
    const officer = { name: r.text('name'), email: r.text('email'), organisation: r.text('organisation') };
    if (!officer.name) {
      problems.push({ sheet: OFFICERS.name, cell: a1(raw.row, (map.index.get('name') ?? 0) + 1), message: 'this officer has no name.' });
      return undefined;
    }
    return officer;
  });
}
