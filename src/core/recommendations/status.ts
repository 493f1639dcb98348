/**
 * Recommendations (issue 10), read from the Recommendations tab and given the same status key
 * and overdue flag as actions (core/status.ts `statusAsAt`, through `Trackable`), with two
 * states of their own:
 *
 * - a recommendation not accepted is closed ("Not accepted – closed"), its reason kept;
 * - a review with no response (no Accepted, no Response) two months after it was reported
 *   shows "Response overdue" (Local Government Act 2000 s9FE), and is overdue.
 *
 * The deadline is kept as written ("March 2011", "April to June 2011") and counts as the
 * import counts a month or span (core/import/dates.ts): the board's meeting in it, else its
 * last day. Pure: no Apps Script.
 */
import { daysBetween, daysInMonth, formatShort, isPlausibleDate, isoDate, parts, type IsoDate } from '../dates';
import { dateCell } from '../import/dates';
import { a1, RECOMMENDATIONS } from '../layout';
import type { Problem } from '../problems';
import type { DateReader } from '../records';
import { isOutstanding, statusAsAt, statusEntry, statusFromLabel, type Status } from '../status';
import { OVERDUE_MARK } from '../status-block';
import { isBlank, isDate, type CellValue, type HeaderMap } from '../table';

export type Acceptance = 'yes' | 'no' | 'inPart';

/** The two states a recommendation has beyond the actions' key, with their colours (contrast at least 4.5:1). */
export const NOT_ACCEPTED_LABEL = 'Not accepted – closed';
export const RESPONSE_OVERDUE_LABEL = 'Response overdue';
export const RECOMMENDATION_EXTRA_KEY = [
  { label: NOT_ACCEPTED_LABEL, background: '#d9d9d9', fontColor: '#262626' },
  { label: RESPONSE_OVERDUE_LABEL, background: '#f4c7c3', fontColor: '#990000' },
] as const;

/** The executive's response is due this many months after the report (LGA 2000 s9FE). */
export const RESPONSE_MONTHS = 2;

export interface Recommendation {
  /** 1-based sheet row. */
  readonly row: number;
  readonly review: string;
  readonly reviewBody: string;
  readonly dateReported?: IsoDate | undefined;
  /** As the review numbers it: "01", "5", "3.2". */
  readonly number: string;
  readonly recommendation: string;
  readonly accepted?: Acceptance | undefined;
  readonly reason: string;
  readonly response: string;
  readonly proposedAction: string;
  readonly leadOfficer: string;
  readonly leadMember: string;
  /** As written. */
  readonly deadline: string;
  /** What the deadline counts as. */
  readonly deadlineDate?: IsoDate | undefined;
  readonly progress: string;
  readonly completedDate?: IsoDate | undefined;
}

export interface RecommendationStatus {
  /** The label written in Status. */
  readonly label: string;
  /** The actions' status it counts as, when it is one of theirs. */
  readonly status?: Status | undefined;
  readonly overdue: boolean;
  /** Closed: completed, or not accepted. */
  readonly closed: boolean;
}

/** "Yes", "Y", "Accepted", "No", "Rejected", "In part", "Partly", "Partially"… */
export function parseAccepted(text: string): Acceptance | 'unreadable' | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.\s]+/g, ' ')
    .trim();
  if (t === '') return undefined;
  if (/^(yes|y|accepted|agreed)$/.test(t)) return 'yes';
  if (/^(no|n|not accepted|rejected|declined)$/.test(t)) return 'no';
  if (/^(in part|part|partly|partially|partially accepted|accepted in part)$/.test(t)) return 'inPart';
  return 'unreadable';
}

/** The same day `months` later, or that month's last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The day after which a review with no response is "Response overdue". */
export function responseDue(dateReported: IsoDate): IsoDate {
  return addMonths(dateReported, RESPONSE_MONTHS);
}

export function recommendationStatus(rec: Recommendation, asAt: IsoDate): RecommendationStatus {
  if (rec.completedDate && rec.completedDate <= asAt) return { label: statusEntry('completed').label, status: 'completed', overdue: false, closed: true };
  if (rec.accepted === 'no') return { label: NOT_ACCEPTED_LABEL, overdue: false, closed: true };
  if (rec.accepted === undefined && rec.response === '') {
    if (rec.dateReported && responseDue(rec.dateReported) < asAt) return { label: RESPONSE_OVERDUE_LABEL, overdue: true, closed: false };
    if (!rec.deadlineDate) return { label: statusEntry('notYetDue').label, status: 'notYetDue', overdue: false, closed: false };
  }
  const result = statusAsAt({ isDecision: false, completedDate: rec.completedDate, dueDate: rec.deadlineDate }, asAt);
  return { label: statusEntry(result.status).label, status: result.status, overdue: result.overdue, closed: !isOutstanding(result) };
}

export interface RecommendationsRead {
  readonly recommendations: Recommendation[];
  readonly problems: Problem[];
  /** Per body row (0-based from row 2): it holds a recommendation. */
  readonly hasRecommendation: boolean[];
  /** Some deadline is a month or span, so what it counts as depends on the board's meetings. */
  readonly periodDeadlines: boolean;
}

/**
 * The tab's body rows read into recommendations. A row holds one when it has a No. or a
 * Recommendation; a row with a blank Review belongs to the review above it (title, body and
 * date reported carry down). Each cell that cannot be read is a Problem naming it.
 */
export function readRecommendations(
  map: HeaderMap,
  body: readonly (readonly CellValue[])[],
  readDate: DateReader,
  meetings: readonly IsoDate[] = [],
): RecommendationsRead {
  const problems: Problem[] = [];
  const recommendations: Recommendation[] = [];
  const hasRecommendation: boolean[] = [];
  let periodDeadlines = false;
  let review = { title: '', body: '', date: undefined as IsoDate | undefined };
  body.forEach((cells, i) => {
    const row = i + 2;
    const at = (key: string) => `${a1(row, (map.index.get(key) ?? 0) + 1)}`;
    const raw = (key: string): CellValue | undefined => {
      const index = map.index.get(key);
      return index === undefined ? undefined : cells[index];
    };
    const text = (key: string): string => {
      const v = raw(key);
      if (isBlank(v) || v === undefined) return '';
      if (isDate(v)) return formatShort(readDate(v));
      return String(v).trim();
    };
    const date = (key: string, header: string): IsoDate | undefined => {
      const v = raw(key);
      if (isBlank(v) || v === undefined) return undefined;
      if (isDate(v)) {
        const iso = readDate(v);
        if (isPlausibleDate(iso)) return iso;
        problems.push({
          sheet: RECOMMENDATIONS.name,
          cell: at(key),
          message: `${header} ${formatShort(iso)} is not a plausible date — was a number typed? Write it as dd/mm/yyyy.`,
        });
        return undefined;
      }
      problems.push({ sheet: RECOMMENDATIONS.name, cell: at(key), message: `${header} "${String(v)}" is not a date; write it as dd/mm/yyyy.` });
      return undefined;
    };
    if (text('review') !== '') review = { title: text('review'), body: text('reviewBody'), date: date('dateReported', 'Date Reported') };
    const holds = text('number') !== '' || text('recommendation') !== '';
    hasRecommendation.push(holds);
    if (!holds) return;
    const number = text('number');
    const name = `recommendation ${number || `in row ${row}`}${review.title ? ` of “${review.title}”` : ''}`;
    const acceptedText = text('accepted');
    const accepted = parseAccepted(acceptedText);
    if (accepted === 'unreadable')
      problems.push({
        sheet: RECOMMENDATIONS.name,
        cell: at('accepted'),
        message: `Accepted "${acceptedText}" is not Yes, No or In part; write one of those.`,
      });
    const reason = text('reason');
    if ((accepted === 'no' || accepted === 'inPart') && reason === '')
      problems.push({
        sheet: RECOMMENDATIONS.name,
        cell: at('reason'),
        message: `${name} is ${accepted === 'no' ? 'not accepted' : 'accepted in part'} but gives no reason; write the reason in Reason.`,
      });
    const deadline = text('deadline');
    let deadlineDate: IsoDate | undefined;
    const v = raw('deadline');
    if (v !== undefined && isDate(v)) deadlineDate = date('deadline', 'Deadline');
    else if (deadline !== '') {
      const read = dateCell(deadline, { meetingDate: review.date, meetings });
      if (read.date) {
        deadlineDate = read.date.date;
        if (read.date.kind !== 'day') periodDeadlines = true;
      } else
        problems.push({
          sheet: RECOMMENDATIONS.name,
          cell: at('deadline'),
          message: `Deadline ${read.unreadable ?? `“${deadline}” is not a date`}; write a day (31/03/2011), a month (March 2011) or a span (April to June 2011).`,
        });
    }
    recommendations.push({
      row,
      review: review.title,
      reviewBody: review.body,
      dateReported: review.date,
      number,
      recommendation: text('recommendation'),
      accepted: accepted === 'unreadable' ? undefined : accepted,
      reason,
      response: text('response'),
      proposedAction: text('proposedAction'),
      leadOfficer: text('leadOfficer'),
      leadMember: text('leadMember'),
      deadline,
      deadlineDate,
      progress: text('progress'),
      completedDate: date('completedDate', 'Completed'),
    });
  });
  return { recommendations, problems, hasRecommendation, periodDeadlines };
}

/** The Status and Overdue cells of a recommendation, as the refresh writes them. */
export function statusCells(rec: Recommendation, asAt: IsoDate): [string, string] {
  const s = recommendationStatus(rec, asAt);
  return [s.label, s.overdue ? OVERDUE_MARK : ''];
}

/**
 * A Status someone typed by hand: not a label the script writes, or "Completed" with no
 * Completed date (the script writes it only with one). It is reported, and kept in the note.
 */
export function handTypedStatus(rec: Recommendation, typed: CellValue): boolean {
  if (isBlank(typed)) return false;
  const text = String(typed).trim();
  if (text === NOT_ACCEPTED_LABEL || text === RESPONSE_OVERDUE_LABEL) return false;
  const status = statusFromLabel(text);
  return !status || (status === 'completed' && !rec.completedDate);
}

/** Days late, for the digest: past the deadline, or past the response's due date. */
export function daysLate(rec: Recommendation, asAt: IsoDate): number {
  const s = recommendationStatus(rec, asAt);
  if (!s.overdue) return 0;
  const due = s.label === RESPONSE_OVERDUE_LABEL && rec.dateReported ? responseDue(rec.dateReported) : rec.deadlineDate;
  if (!due) return 0;
  return Math.max(0, daysBetween(due, asAt));
}

/** The last line of Progress: the latest news. */
export function latestProgress(progress: string): string {
  const lines = progress
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? '';
}
