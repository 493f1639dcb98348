/**
 * Which actions the action log shows "as at" a meeting — the board's practice, as the README
 * ("Which actions appear on the action log") says in words:
 *
 * 1. every action raised at an earlier meeting that is still outstanding as at the meeting date
 *    (not completed on or before it);
 * 2. every action completed since the previous meeting (after the previous meeting's date, on or
 *    before this one), and every action raised at the previous meeting and completed by now (even
 *    on the day of that meeting): shown once, in the "Completed" colour, then dropped;
 * 3. the decisions recorded at the previous meeting (shown once, in the "Decisions" colour).
 *
 * Rows are in reference order: meeting date, then the action's number at that meeting.
 * Actions raised at this meeting or later never appear (they belong to the next log).
 */
import type { IsoDate } from '../dates';
import type { Action, Meeting } from '../model';
import { parseRef } from '../refs';
import { isOutstanding, statusAsAt, statusEntry, type Status } from '../status';

export type SelectionReason = 'outstanding' | 'completedSinceLast' | 'decisionOfLast';

export interface ActionLogRow {
  readonly action: Action;
  readonly status: Status;
  readonly overdue: boolean;
  readonly background: string;
  readonly reason: SelectionReason;
}

/** Meetings of the same board (a meeting without a board name matches any), by date. */
function sameBoard(meetings: readonly Meeting[], board: string): Meeting[] {
  return meetings
    .filter((m) => !board || !m.board || m.board === board)
    .slice()
    .sort((a, b) => a.date.localeCompare(b.date));
}

export function previousMeeting(meetings: readonly Meeting[], date: IsoDate, board = ''): Meeting | undefined {
  const earlier = sameBoard(meetings, board).filter((m) => m.date < date);
  return earlier[earlier.length - 1];
}

export function nextMeeting(meetings: readonly Meeting[], date: IsoDate, board = ''): Meeting | undefined {
  return sameBoard(meetings, board).find((m) => m.date > date);
}

export function findMeeting(meetings: readonly Meeting[], date: IsoDate): Meeting | undefined {
  return meetings.find((m) => m.date === date);
}

/** Reference order: meeting date (undated last), then number at that meeting, then as typed. */
export function compareByReference(a: Action, b: Action): number {
  const da = a.meetingDate ?? '9999-12-31';
  const db = b.meetingDate ?? '9999-12-31';
  if (da !== db) return da < db ? -1 : 1;
  const na = parseRef(a.ref)?.number ?? Number.MAX_SAFE_INTEGER;
  const nb = parseRef(b.ref)?.number ?? Number.MAX_SAFE_INTEGER;
  if (na !== nb) return na - nb;
  return a.ref.localeCompare(b.ref);
}

export function selectActionLogRows(actions: readonly Action[], meetings: readonly Meeting[], meetingDate: IsoDate, board = ''): ActionLogRow[] {
  const previous = previousMeeting(meetings, meetingDate, board)?.date;
  const rows: ActionLogRow[] = [];
  for (const action of actions) {
    if (action.meetingDate && action.meetingDate >= meetingDate) continue;
    const result = statusAsAt(action, meetingDate);
    let reason: SelectionReason | undefined;
    if (action.isDecision) {
      if (previous && action.meetingDate === previous) reason = 'decisionOfLast';
    } else if (isOutstanding(result)) {
      reason = 'outstanding';
    } else if (action.completedDate && (!previous || action.completedDate > previous || action.meetingDate === previous)) {
      // Completed since the last log was made — or raised at the previous meeting itself (even if
      // completed that same day): that meeting's log came before it, so it has not been shown yet.
      reason = 'completedSinceLast';
    }
    if (!reason) continue;
    rows.push({
      action,
      status: result.status,
      overdue: result.overdue,
      background: statusEntry(result.status).background,
      reason,
    });
  }
  // Array.prototype.sort is stable: equal references keep the sheet's order.
  return rows.sort((a, b) => compareByReference(a.action, b.action));
}
