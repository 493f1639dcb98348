/**
 * Turning a validated dialog form into the records to write: pure, so every rule (references
 * in order, first date for report, linked forward plan entries, status at once) is tested
 * without a sheet. The adapter writes what these return in one block per tab.
 */
import { formatShort, type IsoDate } from '../dates';
import type { Action, ForwardPlanItem, Meeting, Officer } from '../model';
import { normaliseRef, nextRefs, refPrefix, RefsExhausted } from '../refs';
import { raiseRegister, type RefRegister } from '../ref-register';
import { OVERDUE_MARK } from '../status-block';
import { statusAsAt, statusEntry, type StatusResult } from '../status';
import { namesAnOfficer, peopleOf } from './people';
import { appendCommentary, dateChangeText, stampLine } from './commentary';
import type { MeetingForm, RecordForm, UpdateForm, ForwardPlanForm, FieldErrors } from './schemas';

/** A row for `appendRecords`: keys are column keys of the tab. */
export type RowRecord = Record<string, unknown>;

export class FormRejected extends Error {
  constructor(
    message: string,
    readonly fields: FieldErrors = {},
  ) {
    super(message);
    this.name = 'FormRejected';
  }
}

// --- Meetings ------------------------------------------------------------------------------

export interface MeetingPlan {
  readonly meeting: RowRecord;
  /** Officers rows to append: names typed that were not yet in Officers. */
  readonly officers: RowRecord[];
}

export function planMeeting(form: MeetingForm, existing: readonly Meeting[], officers: readonly Officer[]): MeetingPlan {
  const clash = existing.find((m) => m.date === form.date && m.board.toLowerCase() === form.board.toLowerCase());
  if (clash) {
    throw new FormRejected(`Nothing was saved: ${form.board} already has a meeting on ${formatShort(form.date)}.`, {
      date: `${form.board} already has a meeting on ${formatShort(form.date)}.`,
    });
  }
  // Only a name typed in this meeting that names no officer already (exactly, by initials, or as
  // one of several: the alerts' matcher) is added: "G Bowman" never becomes a second Gary Bowman.
  const people = peopleOf(officers.map((o) => o.name).filter(Boolean));
  const typed = new Set([...form.attendees, ...form.apologies].map((n) => n.toLowerCase()));
  const add = form.addOfficers.filter((n) => typed.has(n.toLowerCase()) && !namesAnOfficer(people, n));
  return {
    meeting: {
      date: form.date,
      board: form.board,
      title: form.title,
      time: form.time,
      venue: form.venue,
      attendees: form.attendees,
      apologies: form.apologies,
    },
    officers: add.map((name) => ({ name })),
  };
}

// --- Record decisions and actions ----------------------------------------------------------

export interface ActionsPlan {
  /** The references given, in the order of the form. */
  readonly refs: string[];
  readonly actions: RowRecord[];
  readonly forwardPlan: RowRecord[];
  /** The register of references given, raised to the sheet's and the new ones: write it before the rows. */
  readonly register: Map<string, number>;
}

/**
 * Rows for Actions (references given in form order after the highest ever given for the
 * meeting's day and month: the larger of the register and the sheet) and, for each action
 * reported back, a linked Forward Plan row.
 */
export function planActions(
  form: RecordForm,
  meeting: Meeting,
  existingRefs: readonly string[],
  today: IsoDate,
  register: RefRegister = new Map(),
): ActionsPlan {
  const entries = form.items.flatMap((item) => item.entries.map((entry) => ({ item, entry })));
  const prefix = refPrefix(meeting.date);
  let refs: string[];
  try {
    refs = nextRefs(meeting.date, existingRefs, entries.length, register.get(prefix) ?? 0);
  } catch (error) {
    if (!(error instanceof RefsExhausted)) throw error;
    throw new FormRejected(`Nothing was saved: ${error.message} Record these items under another meeting date, or ask the secretariat to renumber.`, {
      meetingDate: error.message,
    });
  }
  const actions: RowRecord[] = [];
  const forwardPlan: RowRecord[] = [];
  entries.forEach(({ item, entry }, i) => {
    const ref = refs[i]!;
    const isDecision = entry.kind === 'decision';
    const action: Action = {
      ref,
      agendaItem: item.agendaItem,
      subject: item.subject,
      meetingDate: meeting.date,
      text: entry.text,
      responsible: entry.responsible,
      isDecision,
      firstDueDate: entry.dueDate,
      dueDate: entry.dueDate,
      commentary: entry.commentary,
      completedDate: undefined,
    };
    actions.push({ ...action, ...statusCells(statusAsAt(action, today)) });
    if (entry.reportBack && entry.dueDate && !isDecision) {
      forwardPlan.push(linkedReport(action, entry.dueDate));
    }
  });
  return { refs, actions, forwardPlan, register: raiseRegister(register, [...existingRefs, ...refs]) };
}

/** The forward plan entry an action's "report back" puts on the plan. */
export function linkedReport(action: Action, dueDate: IsoDate): RowRecord {
  const item: ForwardPlanItem = {
    source: action.meetingDate ? `Meeting ${formatShort(action.meetingDate)}` : 'Action log',
    dateRaised: action.meetingDate,
    item: action.subject ? `${action.subject}: ${action.text}` : action.text,
    responsible: action.responsible,
    dueDate,
    dueText: '',
    linkedRef: action.ref,
    done: false,
  };
  return { ...item };
}

export function statusCells(result: StatusResult): { status: string; overdue: string } {
  return { status: statusEntry(result.status).label, overdue: result.overdue ? OVERDUE_MARK : '' };
}

// --- Update selected action ----------------------------------------------------------------

export interface ActionChange {
  /** Only the fields that change. */
  readonly commentary?: string;
  readonly dueDate?: IsoDate;
  readonly firstDueDate?: IsoDate;
  readonly completedDate?: IsoDate;
  readonly status: string;
  readonly overdue: string;
  /** The lines added to the commentary, for the confirmation. */
  readonly added: string[];
}

/**
 * What an update changes in the action's row: a dated commentary line appended (never
 * overwriting), the new date for report (the first date for report keeps the original date,
 * or takes the old one when it was empty), completion, and the status and overdue flag that follow.
 * An officer's update through their link is signed: the line carries their initial and surname.
 */
export function planUpdate(action: Action, form: UpdateForm, today: IsoDate, signedBy?: string): ActionChange {
  const lines: string[] = [];
  const dueChanges = form.dueDate !== undefined && form.dueDate !== action.dueDate;
  if (form.note) lines.push(stampLine(today, form.note, signedBy));
  else if (dueChanges) lines.push(stampLine(today, dateChangeText(action.dueDate, form.dueDate!), signedBy));
  else if (form.complete && !action.completedDate) lines.push(stampLine(today, 'Completed', signedBy));

  const next: Action = { ...action };
  const change: { -readonly [K in keyof ActionChange]?: ActionChange[K] } = {};
  if (lines.length) {
    next.commentary = lines.reduce(appendCommentary, action.commentary);
    change.commentary = next.commentary;
  }
  if (dueChanges) {
    next.dueDate = form.dueDate;
    change.dueDate = form.dueDate;
    if (!action.firstDueDate) {
      next.firstDueDate = action.dueDate ?? form.dueDate;
      change.firstDueDate = next.firstDueDate;
    }
  }
  if (form.complete && !action.completedDate) {
    next.completedDate = form.completedDate ?? today;
    if (action.meetingDate && next.completedDate < action.meetingDate) {
      // An action cannot be done before the meeting that agreed it: most likely a mistyped date.
      const message = `Completed on ${formatShort(next.completedDate)} is before the meeting of ${formatShort(action.meetingDate)} that agreed ${action.ref}.`;
      throw new FormRejected(`Nothing was saved: ${message}`, { completedDate: message });
    }
    change.completedDate = next.completedDate;
  }
  const cells = statusCells(statusAsAt(next, today));
  return { ...change, ...cells, added: lines };
}

/** Does the row at `row` still hold the action the dialog was opened on? */
export function sameRef(a: string, b: string): boolean {
  const na = normaliseRef(a);
  return na !== undefined ? na === normaliseRef(b) : a.trim() === b.trim();
}

// --- Add to forward plan -------------------------------------------------------------------

export function planForwardPlan(form: ForwardPlanForm, today: IsoDate, knownRefs: readonly string[]): RowRecord {
  if (form.linkedRef && !knownRefs.some((r) => sameRef(r, form.linkedRef))) {
    throw new FormRejected(`Nothing was saved: there is no action ${form.linkedRef} in the log.`, {
      linkedRef: `There is no action ${form.linkedRef} in the log.`,
    });
  }
  const item: ForwardPlanItem = {
    source: form.source,
    dateRaised: today,
    item: form.item,
    responsible: form.responsible,
    dueDate: form.dueDate,
    dueText: form.dueText,
    linkedRef: form.linkedRef ? (normaliseRef(form.linkedRef) ?? form.linkedRef) : '',
    done: false,
  };
  return { ...item };
}

// --- Choices offered by the dialogs --------------------------------------------------------

export interface MeetingChoice {
  readonly date: IsoDate;
  readonly label: string;
}

export function meetingLabel(m: Meeting): string {
  const what = [m.board, m.title].filter(Boolean).join(': ');
  return what ? `${formatShort(m.date)} — ${what}` : formatShort(m.date);
}

/** Meetings newest first, for "Record decisions and actions"; the default is the latest up to today. */
export function meetingChoices(meetings: readonly Meeting[]): MeetingChoice[] {
  return [...meetings].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).map((m) => ({ date: m.date, label: meetingLabel(m) }));
}

export function defaultMeeting(meetings: readonly Meeting[], today: IsoDate): IsoDate | undefined {
  return (
    meetings
      .map((m) => m.date)
      .filter((d) => d <= today)
      .sort()
      .pop() ?? meetings.map((m) => m.date).sort()[0]
  );
}

/** Meetings from today on, soonest first, for "due meeting". */
export function futureMeetings(meetings: readonly Meeting[], today: IsoDate): MeetingChoice[] {
  return meetings
    .filter((m) => m.date >= today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((m) => ({ date: m.date, label: meetingLabel(m) }));
}

export function officerNames(officers: readonly Officer[]): string[] {
  return [...new Set(officers.map((o) => o.name))].sort((a, b) => a.localeCompare(b));
}
