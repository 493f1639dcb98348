/**
 * The three papers as plain data: text values for the text placeholders and 2-D string tables
 * (with the colours and bold rows they are to be styled with) for the table placeholders. The
 * Docs adapter turns each table into one `Body.insertTable` call plus styling.
 */
import { reconcileForwardPlan } from '../forward-plan';
import { formatLong, formatPlain, formatShort, formatWithWeekday, type IsoDate } from '../dates';
import type { Action, ForwardPlanItem, Meeting } from '../model';
import type { Settings } from '../settings';
import { STATUS_KEY, statusEntry } from '../status';
import type { PaperKind } from './placeholders';
import { compareByReference, findMeeting, nextMeeting, previousMeeting, selectActionLogRows, type ActionLogRow } from './selection';

export interface TableModel {
  /** Row 0 is the header when `headerRows` is 1. */
  readonly cells: string[][];
  readonly headerRows: 0 | 1;
  /** One entry per cell; `undefined` leaves the cell unstyled. */
  readonly backgrounds: (string | undefined)[][];
  /** Rows whose text is bold (the header row included when it has one). */
  readonly boldRows: readonly number[];
  /** Column widths in points (a page's text is about 450pt wide); `undefined` leaves the width to Docs. */
  readonly columnWidths?: readonly (number | undefined)[];
}

export const HEADER_BACKGROUND = '#d9d9d9';

export interface PaperData {
  readonly actions: readonly Action[];
  readonly meetings: readonly Meeting[];
  readonly forwardPlan: readonly ForwardPlanItem[];
  readonly settings: Pick<Settings, 'boardName' | 'paperTitle' | 'note'>;
  /** The outstanding recommendations' table (core/recommendations/monitoring.ts), when the action log lists them; none: nothing there. */
  readonly recommendationsTable?: TableModel;
}

/** A table placeholder filled with nothing: its line is emptied and no table goes in. */
export const NO_TABLE: TableModel = { cells: [], headerRows: 0, backgrounds: [], boldRows: [] };

export interface PaperModel {
  readonly kind: PaperKind;
  /** "Executive Board – Action Log – 18 March 2010". */
  readonly name: string;
  readonly text: Readonly<Record<string, string>>;
  readonly tables: Readonly<Record<string, TableModel>>;
  /** The rows the action log rule selected (for messages and tests). */
  readonly actionRows: readonly ActionLogRow[];
}

export const PAPER_NAMES: Readonly<Record<PaperKind, string>> = {
  actionLog: 'Action Log',
  agenda: 'Agenda',
  minutes: 'Draft Minutes',
  monitoring: 'Monitoring Report',
};

export function paperName(kind: PaperKind, board: string, date: IsoDate): string {
  return `${board} – ${PAPER_NAMES[kind]} – ${formatPlain(date)}`;
}

// ---------------------------------------------------------------------------------------------
// Tables.

function table(
  header: string[] | undefined,
  body: string[][],
  options: {
    rowBackground?: (bodyIndex: number) => string | undefined;
    cellBackground?: (bodyIndex: number, column: number) => string | undefined;
    boldBody?: (bodyIndex: number) => boolean;
    columnWidths?: (number | undefined)[];
  } = {},
): TableModel {
  const cells = header ? [header, ...body] : body;
  const offset = header ? 1 : 0;
  const width = Math.max(0, ...cells.map((r) => r.length));
  const backgrounds = cells.map((row, r) =>
    Array.from({ length: width }, (_, c) => {
      if (r < offset) return HEADER_BACKGROUND;
      return options.cellBackground?.(r - offset, c) ?? options.rowBackground?.(r - offset);
    }),
  );
  const boldRows: number[] = header ? [0] : [];
  body.forEach((_, i) => {
    if (options.boldBody?.(i)) boldRows.push(i + offset);
  });
  return {
    cells: cells.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')),
    headerRows: header ? 1 : 0,
    backgrounds,
    boldRows,
    ...(options.columnWidths ? { columnWidths: options.columnWidths } : {}),
  };
}

export const ACTION_TABLE_HEADER = ['Ref No and subject', 'Date of Meeting', 'Matters Arising/Actions', 'Responsible Officer', 'Status and commentary'];

/** "28.01.05 Item 3.2 Safeguarding Children". */
export function refCell(action: Action): string {
  return [action.ref, action.agendaItem, action.subject]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
}

/** "Status: Not yet due." — the status in words, so it never rests on the row's colour alone. */
export function statusLine(row: ActionLogRow): string {
  return `Status: ${statusEntry(row.status).label}${row.overdue ? ' (overdue)' : ''}.`;
}

/** The status in words, the commentary as typed, then one line the reader can act on: when it is due, or done. */
export function commentaryCell(row: ActionLogRow): string {
  const { action } = row;
  const lines = [statusLine(row), ...(action.commentary.trim() ? [action.commentary.trim()] : [])];
  if (row.status === 'completed' && action.completedDate) {
    lines.push(`Completed ${formatLong(action.completedDate)}.`);
  } else if (row.status !== 'decision') {
    if (!action.dueDate) {
      lines.push('Date for report to be agreed.');
    } else if (row.overdue) {
      lines.push(`Overdue: report was due ${formatLong(action.dueDate)}.`);
    } else {
      const first = action.firstDueDate && action.firstDueDate !== action.dueDate ? ` (first agreed for ${formatLong(action.firstDueDate)})` : '';
      lines.push(`Report due ${formatLong(action.dueDate)}${first}.`);
    }
  }
  return lines.join('\n');
}

export function actionTable(rows: readonly ActionLogRow[]): TableModel {
  return table(
    ACTION_TABLE_HEADER,
    rows.map((row) => [
      refCell(row.action),
      row.action.meetingDate ? formatShort(row.action.meetingDate) : '',
      row.action.text,
      row.action.responsible,
      commentaryCell(row),
    ]),
    // Each row in its status colour. The renderer styles all of them with one Docs API batchUpdate
    // (a request per block of colour), so a whole row costs no more calls than one cell.
    { rowBackground: (i) => rows[i]?.background, columnWidths: [85, 55, 130, 75, 105] },
  );
}

export const FORWARD_PLAN_HEADER = ['Source', 'Date', 'Item', 'Responsible Officer', 'Completion Date'];

export function completionCell(item: ForwardPlanItem): string {
  const due = item.dueDate ? `To be received ${formatLong(item.dueDate)}` : '';
  return [due, item.dueText.trim()].filter(Boolean).join('\n');
}

/** Open items, in the sheet's order (the secretariat's order). */
export function forwardPlanTable(items: readonly ForwardPlanItem[]): TableModel {
  const open = items.filter((i) => !i.done);
  return table(
    FORWARD_PLAN_HEADER,
    open.map((i) => [i.source, i.dateRaised ? formatShort(i.dateRaised) : '', i.item, i.responsible, completionCell(i)]),
    { columnWidths: [60, 55, 140, 85, 110] },
  );
}

/** A swatch of each status colour beside its label. */
export function statusKeyTable(): TableModel {
  return table(
    undefined,
    STATUS_KEY.map((e) => ['', e.label]),
    {
      cellBackground: (i, c) => (c === 0 ? STATUS_KEY[i]?.background : undefined),
      columnWidths: [30, 250],
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Agenda.

export interface AgendaItem {
  readonly number: string;
  readonly title: string;
  readonly lead: string;
}

export function agendaItems(data: PaperData, meeting: Meeting): AgendaItem[] {
  const previous = previousMeeting(data.meetings, meeting.date, meeting.board);
  const next = nextMeeting(data.meetings, meeting.date, meeting.board);
  const titles: { title: string; lead: string }[] = [
    { title: 'Welcome and apologies', lead: 'Chair' },
    {
      title: previous ? `Minutes of the last meeting (${formatLong(previous.date)}) and matters arising` : 'Minutes of the last meeting and matters arising',
      lead: 'Chair',
    },
    { title: data.settings.paperTitle || 'Action Log & Forward Plan', lead: '' },
    ...data.forwardPlan.filter((i) => !i.done && i.dueDate === meeting.date).map((i) => ({ title: i.item, lead: i.responsible })),
    { title: 'Any other business', lead: '' },
    { title: `Date of next meeting: ${next ? nextMeetingText(next) : 'to be confirmed'}`, lead: '' },
  ];
  return titles.map((t, i) => ({ number: `Item ${i + 1}`, ...t }));
}

export function agendaTable(items: readonly AgendaItem[]): TableModel {
  return table(
    ['Item', 'Business', 'Lead'],
    items.map((i) => [i.number, i.title, i.lead]),
    {
      columnWidths: [50, 280, 120],
    },
  );
}

export function nextMeetingText(m: Meeting): string {
  return [m.time.trim(), formatWithWeekday(m.date), m.venue.trim()].filter(Boolean).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Minutes.

export interface MinutesItem {
  /** The agenda item as typed in the Actions tab, e.g. "Item 3.2". */
  readonly item: string;
  readonly subject: string;
  readonly decisions: string[];
  readonly actions: string[];
}

/** The meeting's rows in the Actions tab, grouped by agenda item in reference order. */
export function minutesItems(actions: readonly Action[], date: IsoDate): MinutesItem[] {
  const rows = actions
    .filter((a) => a.meetingDate === date)
    .slice()
    .sort(compareByReference);
  const groups = new Map<string, { item: string; subjects: string[]; decisions: string[]; actions: string[] }>();
  for (const a of rows) {
    const key = a.agendaItem.trim().toLowerCase() || '(no item)';
    let g = groups.get(key);
    if (!g) {
      g = { item: a.agendaItem.trim() || 'Other business', subjects: [], decisions: [], actions: [] };
      groups.set(key, g);
    }
    const subject = a.subject.trim();
    if (subject && !g.subjects.includes(subject)) g.subjects.push(subject);
    if (a.isDecision) {
      g.decisions.push(a.text.trim());
    } else {
      const who = a.responsible.trim() ? ` Responsible: ${a.responsible.trim()}.` : '';
      // The date agreed at THIS meeting: the first date for report (a later deferral belongs to
      // a later meeting's minutes), else the date for report.
      const agreed = a.firstDueDate ?? a.dueDate;
      const when = agreed ? ` Report by ${formatLong(agreed)}.` : '';
      const ref = a.ref.trim() ? ` [${a.ref.trim()}]` : '';
      g.actions.push(`${a.text.trim()}${who}${when}${ref}`);
    }
  }
  return [...groups.values()].map((g) => ({ item: g.item, subject: g.subjects.join(' / '), decisions: g.decisions, actions: g.actions }));
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

/** One entry as it is; several numbered "(i) … (ii) …", one per line, as minutes are written. */
export function numbered(entries: readonly string[]): string {
  if (entries.length === 1) return entries[0] ?? '';
  return entries.map((e, i) => `(${ROMAN[i] ?? String(i + 1)}) ${e}`).join('\n');
}

export function minutesTable(items: readonly MinutesItem[]): TableModel {
  const body: string[][] = [];
  const bold: boolean[] = [];
  for (const it of items) {
    body.push([it.item, it.subject]);
    bold.push(true);
    if (it.decisions.length) {
      body.push(['Decision:', numbered(it.decisions)]);
      bold.push(false);
    }
    if (it.actions.length) {
      body.push(['Action:', numbered(it.actions)]);
      bold.push(false);
    }
  }
  if (!body.length) {
    body.push(['', 'No decisions or actions have been recorded for this meeting yet.']);
    bold.push(false);
  }
  return table(undefined, body, { boldBody: (i) => bold[i] ?? false, columnWidths: [70, 380] });
}

/** "Mike Jones - Chair, Leader of the Council" → ["Mike Jones", "Chair, Leader of the Council"]. */
export function splitAttendee(line: string): [string, string] {
  const m = /^(.*?)\s+[-–—]\s+(.*)$/.exec(line.trim()) ?? /^(.*?)\t+(.*)$/.exec(line.trim());
  return m ? [m[1]?.trim() ?? '', m[2]?.trim() ?? ''] : [line.trim(), ''];
}

export function attendeesTable(attendees: readonly string[]): TableModel {
  const rows = attendees
    .map((a) => a.trim())
    .filter(Boolean)
    .map(splitAttendee);
  return table(undefined, rows.length ? rows : [['To be recorded', '']], { columnWidths: [170, 280] });
}

/** "A, B and C." */
export function listInWords(names: readonly string[]): string {
  const clean = names.map((n) => n.trim()).filter(Boolean);
  if (!clean.length) return 'None.';
  if (clean.length === 1) return `${clean[0]}.`;
  return `${clean.slice(0, -1).join(', ')} and ${clean[clean.length - 1]}.`;
}

// ---------------------------------------------------------------------------------------------
// The whole paper.

const TITLES: Readonly<Record<PaperKind, (s: PaperData['settings']) => string>> = {
  actionLog: (s) => s.paperTitle || 'Action Log & Forward Plan',
  agenda: () => 'Agenda',
  minutes: () => 'Minutes',
  monitoring: () => 'Monitoring report',
};

export function buildPaper(kind: PaperKind, given: PaperData, meetingDate: IsoDate): PaperModel {
  const data: PaperData = { ...given, forwardPlan: reconcileForwardPlan(given.forwardPlan, given.actions, meetingDate) };
  const meeting = findMeeting(data.meetings, meetingDate);
  if (!meeting) throw new Error(`There is no meeting on ${formatShort(meetingDate)} in Meetings.`);
  const board = meeting.board.trim() || data.settings.boardName;
  const next = nextMeeting(data.meetings, meeting.date, meeting.board);
  const actionRows = kind === 'actionLog' ? selectActionLogRows(data.actions, data.meetings, meetingDate, meeting.board) : [];
  const text: Record<string, string> = {
    board,
    title: TITLES[kind](data.settings),
    meeting_date: formatWithWeekday(meetingDate),
    time: meeting.time,
    venue: meeting.venue,
    note: data.settings.note.replace(/\s*\n\s*/g, ' '),
    apologies: listInWords(meeting.apologies),
    next_meeting: next ? nextMeetingText(next) : 'To be confirmed',
  };
  // Tables are built lazily: a 2,000-row action log is not built for an agenda.
  const builders: Record<string, () => TableModel> = {
    status_key: statusKeyTable,
    action_table: () => actionTable(kind === 'actionLog' ? actionRows : selectActionLogRows(data.actions, data.meetings, meetingDate, meeting.board)),
    forward_plan_table: () => forwardPlanTable(data.forwardPlan),
    recommendations_outstanding: () => (kind === 'actionLog' && data.recommendationsTable) || NO_TABLE,
    agenda_items: () => agendaTable(agendaItems(data, meeting)),
    attendees: () => attendeesTable(meeting.attendees),
    minutes_items: () => minutesTable(minutesItems(data.actions, meetingDate)),
  };
  const tables: Record<string, TableModel> = {};
  for (const [name, build] of Object.entries(builders)) {
    let cached: TableModel | undefined;
    Object.defineProperty(tables, name, { enumerable: true, get: () => (cached ??= build()) });
  }
  return { kind, name: paperName(kind, board, meetingDate), text, tables, actionRows };
}
