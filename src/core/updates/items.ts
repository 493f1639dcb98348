/**
 * What an officer is asked about for a meeting, and may update through their link: their
 * outstanding actions (not decisions, not completed, with a reference), matched to the Officers
 * tab by the same name rules as the alerts, and the forward-plan reports due at that meeting
 * that are theirs and not linked to one of those actions. Pure.
 */
import { formatShort, type IsoDate } from '../dates';
import type { Action, ForwardPlanItem, Located, Officer } from '../model';
import { createNameMatcher } from '../alerts/names';
import { isOutstanding, statusAsAt, statusEntry } from '../status';
import { normaliseRef } from '../refs';

export interface OfficerAction {
  readonly ref: string;
  readonly row: number;
  readonly subject: string;
  readonly text: string;
  readonly dueDate: IsoDate | undefined;
  readonly status: string;
  readonly overdue: boolean;
  /** The last line of the commentary: the latest news. */
  readonly latest: string;
  /** Changes when the row's commentary, date for report or completion changes. */
  readonly version: string;
}

export interface OfficerReport {
  readonly row: number;
  readonly item: string;
  readonly source: string;
}

export interface OfficerItems {
  readonly actions: OfficerAction[];
  readonly reports: OfficerReport[];
}

/** The officer of the Officers tab with this name (case and spacing ignored). */
export function findOfficer<O extends Officer>(officers: readonly O[], name: string): O | undefined {
  const key = squash(name);
  return officers.find((o) => squash(o.name) === key);
}

const squash = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Is `officerName` among the people `responsible` names? */
export function isResponsible(responsible: string, officers: readonly Officer[], officerName: string, matcher = createNameMatcher(officers)): boolean {
  const index = officers.findIndex((o) => squash(o.name) === squash(officerName));
  return index >= 0 && matcher(responsible).officers.includes(index);
}

/** The version of an action's row the page was built from: the fields an update reads and writes. */
export function actionVersion(a: Pick<Action, 'commentary' | 'dueDate' | 'completedDate'>): string {
  const text = `${a.dueDate ?? ''}\u0001${a.completedDate ?? ''}\u0001${a.commentary}`;
  // FNV-1a, 32 bits, as 8 hex digits: a change detector, not a secret.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${h.toString(16).padStart(8, '0')}`;
}

export function latestLine(commentary: string): string {
  const lines = commentary
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? '';
}

export function isOpenAction(a: Action, today: IsoDate): boolean {
  return !a.isDecision && !a.completedDate && a.ref.trim() !== '' && isOutstanding(statusAsAt(a, today));
}

export function officerItems(
  input: { actions: readonly Located<Action>[]; forwardPlan: readonly Located<ForwardPlanItem>[]; officers: readonly Officer[] },
  officerName: string,
  meeting: IsoDate,
  today: IsoDate,
  matcher = createNameMatcher(input.officers),
): OfficerItems {
  const mine = (responsible: string) => isResponsible(responsible, input.officers, officerName, matcher);
  const actions = input.actions
    .filter((a) => isOpenAction(a, today) && mine(a.responsible))
    .map((a): OfficerAction => {
      const s = statusAsAt(a, today);
      return {
        ref: a.ref,
        row: a.origin.row,
        subject: a.subject,
        text: a.text,
        dueDate: a.dueDate,
        status: statusEntry(s.status).label,
        overdue: s.overdue,
        latest: latestLine(a.commentary),
        version: actionVersion(a),
      };
    })
    .sort((x, y) => ((x.dueDate ?? '9999') < (y.dueDate ?? '9999') ? -1 : (x.dueDate ?? '9999') > (y.dueDate ?? '9999') ? 1 : x.row - y.row));
  const listed = new Set(input.actions.map((a) => normaliseRef(a.ref) ?? a.ref));
  const reports = input.forwardPlan
    .filter((f) => !f.done && f.dueDate === meeting && mine(f.responsible) && !(f.linkedRef && listed.has(normaliseRef(f.linkedRef) ?? f.linkedRef)))
    .map((f) => ({ row: f.origin.row, item: f.item, source: f.source || (f.dateRaised ? `Raised ${formatShort(f.dateRaised)}` : '') }));
  return { actions, reports };
}

/** "Janine Brown" → "J. Brown"; "Cllr Joy Massey" → "J. Massey"; one word stays as it is. */
export function signature(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(cllr|councillor|mr|mrs|ms|miss|dr|prof)\.?$/i.test(w));
  if (words.length < 2) return words[0] ?? name.trim();
  const last = words[words.length - 1]!;
  return `${words
    .slice(0, -1)
    .map((w) => `${w[0]!.toUpperCase()}.`)
    .join(' ')} ${last}`;
}
