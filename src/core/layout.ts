/**
 * The workbook's tabs and columns, in the board's own words. Adapters find columns by header
 * name (never by position alone), so a moved column still reads right and a renamed one is
 * reported with its cell address.
 */
export type ColumnKind = 'text' | 'date' | 'checkbox' | 'officer' | 'email' | 'status' | 'ref' | 'timestamp';

export interface ColumnSpec {
  readonly key: string;
  readonly header: string;
  readonly kind: ColumnKind;
  readonly width: number;
  /** Written by the script; protected with a warning so a stray edit is noticed. */
  readonly owned?: boolean;
  /** Shown as the header cell's note. */
  readonly help?: string;
  /** Kept as typed (number format "@"): a deadline "March 2011" or a number "01" never becomes a date or a number. */
  readonly asText?: boolean;
}

export interface TabSpec {
  readonly key: TabKey;
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
}

/** 'updates' is the update requests' own tab (src/core/updates/log.ts), made when the first request is sent, not by Set up. */
export type TabKey = 'actions' | 'meetings' | 'forwardPlan' | 'officers' | 'settings' | 'updates' | 'recommendations';

export const ACTIONS: TabSpec = {
  key: 'actions',
  name: 'Actions',
  columns: [
    { key: 'ref', header: 'Ref No', kind: 'ref', width: 80, owned: true, help: 'Given by the script: meeting day.month.number, e.g. 28.01.05' },
    { key: 'agendaItem', header: 'Item', kind: 'text', width: 70, help: 'Agenda item, e.g. Item 3.2' },
    { key: 'subject', header: 'Subject', kind: 'text', width: 180 },
    { key: 'status', header: 'Status', kind: 'status', width: 210, owned: true, help: 'Worked out by the script from the dates; do not type here' },
    { key: 'overdue', header: 'Overdue', kind: 'status', width: 70, owned: true },
    {
      key: 'lastUpdated',
      header: 'Last Updated',
      kind: 'timestamp',
      width: 125,
      owned: true,
      help: 'When a dialog or an edit last changed the row; filled in by the script',
    },
    { key: 'meetingDate', header: 'Date of Meeting', kind: 'date', width: 100 },
    { key: 'text', header: 'Matters Arising/Actions', kind: 'text', width: 360 },
    { key: 'responsible', header: 'Responsible Officer', kind: 'officer', width: 170, help: 'One or more names from Officers, separated by "/"' },
    { key: 'isDecision', header: 'Decision', kind: 'checkbox', width: 70, help: 'Tick when the row records a decision rather than an action' },
    { key: 'firstDueDate', header: 'First Date for Report', kind: 'date', width: 100, help: 'The date first agreed; kept when the report is deferred' },
    { key: 'dueDate', header: 'Date for Report', kind: 'date', width: 100 },
    { key: 'commentary', header: 'Commentary', kind: 'text', width: 320 },
    { key: 'completedDate', header: 'Completed', kind: 'date', width: 100, help: 'The date the action was completed' },
  ],
};

export const MEETINGS: TabSpec = {
  key: 'meetings',
  name: 'Meetings',
  columns: [
    { key: 'date', header: 'Date', kind: 'date', width: 100 },
    { key: 'board', header: 'Board', kind: 'text', width: 180 },
    { key: 'title', header: 'Title', kind: 'text', width: 200 },
    { key: 'time', header: 'Time', kind: 'text', width: 70 },
    { key: 'venue', header: 'Venue', kind: 'text', width: 220 },
    { key: 'attendees', header: 'Attendees', kind: 'text', width: 320, help: 'One per line: Name - Role, Organisation' },
    { key: 'apologies', header: 'Apologies', kind: 'text', width: 220, help: 'Names separated by commas or new lines' },
  ],
};

export const FORWARD_PLAN: TabSpec = {
  key: 'forwardPlan',
  name: 'Forward Plan',
  columns: [
    { key: 'source', header: 'Source', kind: 'text', width: 110 },
    { key: 'dateRaised', header: 'Date', kind: 'date', width: 100 },
    { key: 'item', header: 'Item', kind: 'text', width: 320 },
    { key: 'responsible', header: 'Responsible Officer', kind: 'officer', width: 170 },
    { key: 'dueDate', header: 'Due Meeting', kind: 'date', width: 100 },
    {
      key: 'dueText',
      header: 'Completion Date',
      kind: 'text',
      width: 260,
      help: 'Free text when there is no meeting date, e.g. Review at quarterly intervals',
    },
    { key: 'linkedRef', header: 'Linked Ref', kind: 'ref', width: 80, help: 'The Ref No of the action this report answers, e.g. 28.01.05' },
    { key: 'done', header: 'Done', kind: 'checkbox', width: 60 },
  ],
};

export const OFFICERS: TabSpec = {
  key: 'officers',
  name: 'Officers',
  columns: [
    { key: 'name', header: 'Name', kind: 'text', width: 180 },
    { key: 'email', header: 'Email', kind: 'email', width: 240 },
    { key: 'organisation', header: 'Organisation', kind: 'text', width: 220 },
  ],
};

export const SETTINGS: TabSpec = {
  key: 'settings',
  name: 'Settings',
  columns: [
    { key: 'setting', header: 'Setting', kind: 'text', width: 220, owned: true },
    { key: 'value', header: 'Value', kind: 'text', width: 320 },
    { key: 'about', header: 'About', kind: 'text', width: 420, owned: true },
  ],
};

/**
 * Scrutiny and review recommendations (issue 10): one row per recommendation, each naming its
 * review (a row whose Review is blank belongs to the review above it). Status and Overdue are
 * worked out by the script (core/recommendations/status.ts) with the same key as actions.
 */
export const RECOMMENDATIONS: TabSpec = {
  key: 'recommendations',
  name: 'Recommendations',
  columns: [
    { key: 'review', header: 'Review', kind: 'text', width: 200, help: 'The review’s title; leave blank on the rows below to keep the same review' },
    { key: 'reviewBody', header: 'Review Body', kind: 'text', width: 160, help: 'Who made the review, e.g. Overview and Scrutiny Committee' },
    { key: 'dateReported', header: 'Date Reported', kind: 'date', width: 100, help: 'The date the review was reported; the response is due two months later' },
    { key: 'number', header: 'No.', kind: 'text', width: 60, asText: true, help: 'As the review numbers it, e.g. 01, 5 or 3.2' },
    { key: 'recommendation', header: 'Recommendation', kind: 'text', width: 360 },
    { key: 'status', header: 'Status', kind: 'status', width: 210, owned: true, help: 'Worked out by the script; do not type here' },
    { key: 'overdue', header: 'Overdue', kind: 'status', width: 70, owned: true },
    { key: 'accepted', header: 'Accepted', kind: 'text', width: 90, help: 'Yes, No or In part' },
    { key: 'reason', header: 'Reason', kind: 'text', width: 220, help: 'Why the recommendation was not accepted, or accepted only in part' },
    { key: 'response', header: 'Response', kind: 'text', width: 300 },
    { key: 'proposedAction', header: 'Proposed Action', kind: 'text', width: 300 },
    { key: 'leadOfficer', header: 'Lead Officer', kind: 'officer', width: 170, help: 'One or more names from Officers, separated by "/"' },
    { key: 'leadMember', header: 'Lead Member', kind: 'text', width: 170 },
    {
      key: 'deadline',
      header: 'Deadline',
      kind: 'text',
      width: 120,
      asText: true,
      help: 'Kept as written: a day (31/03/2011), a month (March 2011) or a span (April to June 2011); a month or span counts as its last day',
    },
    { key: 'progress', header: 'Progress', kind: 'text', width: 320, help: 'One dated line per update, e.g. 14/10/2010: Two workshops held with partners' },
    { key: 'completedDate', header: 'Completed', kind: 'date', width: 100, help: 'The date the recommendation was completed' },
  ],
};

export const TABS: readonly TabSpec[] = [ACTIONS, MEETINGS, FORWARD_PLAN, OFFICERS, SETTINGS];

/** The tabs Set up makes and repairs: every tab above, and Recommendations (read only by the work on recommendations). */
export const SETUP_TABS: readonly TabSpec[] = [...TABS, RECOMMENDATIONS];

export function column(tab: TabSpec, key: string): ColumnSpec {
  const found = tab.columns.find((c) => c.key === key);
  if (!found) throw new Error(`No column "${key}" in ${tab.name}`);
  return found;
}

/** 1-based column number → letters, as in A1 notation. */
export function columnLetter(index1: number): string {
  let n = index1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, column1: number): string {
  return `${columnLetter(column1)}${row}`;
}

/**
 * The Actions columns each operation reads or writes, in one place. An operation with one of
 * them missing does nothing and says which header to restore: it never guesses.
 */
export const ACTIONS_NEEDS = {
  /** Working out a status and the overdue flag (core/status.ts `statusAsAt`). */
  status: ['isDecision', 'firstDueDate', 'dueDate', 'completedDate'],
  /** Where Refresh statuses and the daily run write. */
  refreshWrites: ['status', 'overdue'],
  /** Where a hand edit writes. */
  editWrites: ['status', 'overdue', 'lastUpdated'],
  /** A digest: the status columns, whose action (reference and text) and for whom. */
  digest: ['isDecision', 'firstDueDate', 'dueDate', 'completedDate', 'ref', 'text', 'responsible'],
} as const satisfies Record<string, readonly string[]>;

/** The tab that holds the status key, owned by the script (see setup/status-key.ts). */
export const KEY_TAB_NAME = 'Status Key';
