/**
 * A forward-plan entry linked to an action (Linked Ref) takes its due date and done state from
 * that action, so the paper, the agenda and the action log cannot disagree however the action
 * was changed (dialog or hand edit).
 *
 * An entry whose action is gone (its row deleted, or its Ref No changed) is detached: a note on
 * its Linked Ref cell says so, and while that note names the reference in the cell the entry
 * follows no action, even one later given (or typed with) the same reference.
 */
import type { IsoDate } from './dates';
import { a1, FORWARD_PLAN } from './layout';
import type { Action, ForwardPlanItem, Located } from './model';
import type { Problem } from './problems';
import { normaliseRef } from './refs';

const NOTE_PREFIX = 'Action Log: linked action ';
const NOTE_MARK = /^Action Log: linked action (\S+) no longer exists/;

/** The note put on the Linked Ref cell of an entry whose action is gone. */
export function detachedNote(ref: string): string {
  return `${NOTE_PREFIX}${ref} no longer exists (its row was deleted or its Ref No changed), so this entry follows no action, not even a new one given ${ref}. To link it to another action, type that action's Ref No here.`;
}

/** The reference a Linked Ref note of ours marks as gone, if the note is ours. */
export function detachedRef(note: string): string | undefined {
  const m = NOTE_MARK.exec(note);
  return m ? (normaliseRef(m[1]!) ?? m[1]) : undefined;
}

/** Is the entry detached: its note marks the very reference its Linked Ref cell holds? */
export function isDetached(linkedRef: string, note: string): boolean {
  const marked = detachedRef(note);
  return marked !== undefined && marked === normaliseRef(linkedRef);
}

/** A note with ours added first (a user's own note is kept below it) or taken off. */
function withOurNote(note: string, ours: string | undefined): string {
  const first = note.split('\n\n')[0] ?? '';
  const theirs = detachedRef(first) !== undefined ? note.slice(first.length).replace(/^\n\n/, '') : note;
  return ours ? (theirs ? `${ours}\n\n${theirs}` : ours) : theirs;
}

function actionsByRef(actions: readonly Action[]): Map<string, Action> {
  const byRef = new Map<string, Action>();
  for (const a of actions) {
    const key = normaliseRef(a.ref);
    if (key) byRef.set(key, a);
  }
  return byRef;
}

/** Entries linked to an action follow it; `detached(item, i)` says which to leave as written. */
export function reconcileForwardPlan<T extends ForwardPlanItem>(
  items: readonly T[],
  actions: readonly Action[],
  asAt: IsoDate,
  detached: (item: T, index: number) => boolean = () => false,
): T[] {
  const byRef = actionsByRef(actions);
  return items.map((item, i) => {
    const key = item.linkedRef ? normaliseRef(item.linkedRef) : undefined;
    const action = key ? byRef.get(key) : undefined;
    if (!action || detached(item, i)) return item;
    return followAction(item, action, asAt);
  });
}

function followAction<T extends ForwardPlanItem>(item: T, action: Action, asAt: IsoDate): T {
  const completed = !!action.completedDate && action.completedDate <= asAt;
  return { ...item, dueDate: action.dueDate ?? item.dueDate, done: item.done || completed };
}

/** One entry's cells that change: only what differs from what is in the sheet. */
export interface EntryChange {
  /** 1-based sheet row. */
  readonly row: number;
  readonly dueDate?: IsoDate;
  readonly done?: boolean;
  /** The Linked Ref cell's new note ('' clears it). */
  readonly note?: string;
}

export interface LinkSync {
  readonly changes: EntryChange[];
  /** Entries whose due date or done changed to follow their action. */
  readonly updated: number;
  /** Entries detached by this sync (their action is gone). */
  readonly detached: number;
  /** Every detached entry, at its Linked Ref cell. */
  readonly problems: Problem[];
}

/**
 * What the Forward Plan sync changes. `notes[i]` is the note on items[i]'s Linked Ref cell;
 * `linkedRefColumn` is 1-based, for the messages. With `only` (the update dialog, which knows
 * one action) just the entries linked to that reference are considered, and none is detached.
 */
export function planLinkSync(
  items: readonly Located<ForwardPlanItem>[],
  notes: readonly string[],
  actions: readonly Action[],
  asAt: IsoDate,
  linkedRefColumn: number,
  only?: string,
): LinkSync {
  const byRef = actionsByRef(actions);
  const onlyKey = only === undefined ? undefined : (normaliseRef(only) ?? only.trim());
  const changes: EntryChange[] = [];
  const problems: Problem[] = [];
  let updated = 0;
  let detached = 0;
  items.forEach((item, i) => {
    const key = item.linkedRef ? normaliseRef(item.linkedRef) : undefined;
    if (!key || (onlyKey !== undefined && key !== onlyKey)) return;
    const note = notes[i] ?? '';
    const row = item.origin.row;
    const gone = () =>
      problems.push({
        sheet: FORWARD_PLAN.name,
        cell: a1(row, linkedRefColumn),
        message: `linked action ${key} no longer exists (its row was deleted or its Ref No changed), so this entry no longer follows it. Type the Ref No of the action it answers in this cell, or clear the cell.`,
      });
    if (isDetached(item.linkedRef, note)) {
      gone();
      return;
    }
    const action = byRef.get(key);
    if (!action) {
      if (onlyKey !== undefined) return;
      changes.push({ row, note: withOurNote(note, detachedNote(key)) });
      detached++;
      gone();
      return;
    }
    const next = followAction(item, action, asAt);
    const change: { -readonly [K in keyof EntryChange]: EntryChange[K] } = { row };
    if (next.dueDate && next.dueDate !== item.dueDate) change.dueDate = next.dueDate;
    if (next.done !== item.done) change.done = next.done;
    const changed = change.dueDate !== undefined || change.done !== undefined;
    if (changed) updated++;
    // A note of ours for another reference: the user linked the entry again, so it comes off.
    if (detachedRef(note) !== undefined) change.note = withOurNote(note, undefined);
    if (changed || change.note !== undefined) changes.push(change);
  });
  return { changes, updated, detached, problems };
}
