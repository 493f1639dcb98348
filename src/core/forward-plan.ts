/**
 * A forward-plan entry linked to an action (Linked Ref) takes its due date and done state from
 * that action, so the paper, the agenda and the action log cannot disagree however the action
 * was changed (dialog or hand edit).
 */
import type { IsoDate } from './dates';
import type { Action, ForwardPlanItem } from './model';
import { normaliseRef } from './refs';

export function reconcileForwardPlan<T extends ForwardPlanItem>(items: readonly T[], actions: readonly Action[], asAt: IsoDate): T[] {
  const byRef = new Map<string, Action>();
  for (const a of actions) {
    const key = normaliseRef(a.ref);
    if (key) byRef.set(key, a);
  }
  return items.map((item) => {
    const key = item.linkedRef ? normaliseRef(item.linkedRef) : undefined;
    const action = key ? byRef.get(key) : undefined;
    if (!action) return item;
    const completed = !!action.completedDate && action.completedDate <= asAt;
    return { ...item, dueDate: action.dueDate ?? item.dueDate, done: item.done || completed };
  });
}
