import type { Action, ForwardPlanItem } from '../../src/core/model';
import { detachedNote, detachedRef, isDetached, planLinkSync, reconcileForwardPlan } from '../../src/core/forward-plan';

const action = (over: Partial<Action>): Action =>
  ({
    ref: '17.09.04',
    agendaItem: '',
    subject: '',
    text: '',
    responsible: '',
    isDecision: false,
    commentary: '',
    meetingDate: '2026-09-17',
    ...over,
  }) as Action;
const item = (over: Partial<ForwardPlanItem>): ForwardPlanItem =>
  ({
    source: 'Executive',
    item: 'Report',
    responsible: '',
    dueText: '',
    linkedRef: '',
    done: false,
    ...over,
  }) as ForwardPlanItem;

describe('forward plan entries linked to actions', () => {
  it('follow the action when its date for report was changed by hand', () => {
    const [fp] = reconcileForwardPlan([item({ linkedRef: '17.9.4', dueDate: '2026-11-26' })], [action({ dueDate: '2027-01-28' })], '2026-11-23');
    expect(fp).toMatchObject({ dueDate: '2027-01-28', done: false });
  });

  it('are done once the action is completed by the date of the paper, not before', () => {
    const actions = [action({ dueDate: '2026-11-26', completedDate: '2026-11-20' })];
    expect(reconcileForwardPlan([item({ linkedRef: '17.09.04' })], actions, '2026-11-23')[0]!.done).toBe(true);
    expect(reconcileForwardPlan([item({ linkedRef: '17.09.04' })], actions, '2026-11-19')[0]!.done).toBe(false);
  });

  it('leave unlinked entries and unknown references as written', () => {
    const entries = [item({ dueText: 'Review at quarterly intervals' }), item({ linkedRef: '01.01.01', dueDate: '2027-03-01' })];
    expect(reconcileForwardPlan(entries, [action({ dueDate: '2027-01-28' })], '2026-11-23')).toEqual(entries);
  });
});

describe('entries whose action is gone (planLinkSync)', () => {
  const located = (over: Partial<ForwardPlanItem>, row: number) => ({ ...item(over), origin: { sheet: 'Forward Plan', row } });

  it('are detached with a note naming the reference, reported at the Linked Ref cell, and not written otherwise', () => {
    const items = [located({ linkedRef: '17.09.04', dueDate: '2026-11-26' }, 2), located({ linkedRef: '17.9.9', dueDate: '2026-11-26' }, 3)];
    const sync = planLinkSync(items, ['', 'Chair asked'], [action({ dueDate: '2027-01-28' })], '2026-11-23', 7);
    expect(sync.changes).toEqual([
      { row: 2, dueDate: '2027-01-28' },
      { row: 3, note: `${detachedNote('17.09.09')}\n\nChair asked` },
    ]);
    expect(sync).toMatchObject({ updated: 1, detached: 1 });
    expect(sync.problems).toEqual([{ sheet: 'Forward Plan', cell: 'G3', message: expect.stringContaining('linked action 17.09.09 no longer exists') }]);
  });

  it('stay detached when an action with that reference appears later, and are still reported', () => {
    const items = [located({ linkedRef: '17.09.04', dueDate: '2026-11-26' }, 5)];
    const sync = planLinkSync(items, [detachedNote('17.09.04')], [action({ dueDate: '2027-01-28', completedDate: '2026-11-01' })], '2026-11-23', 7);
    expect(sync.changes).toEqual([]);
    expect(sync.problems.map((p) => p.cell)).toEqual(['G5']);
    expect(reconcileForwardPlan(items, [action({ dueDate: '2027-01-28' })], '2026-11-23', (it) => isDetached(it.linkedRef, detachedNote('17.09.04')))).toEqual(
      items,
    );
  });

  it('follow the action they are linked to again once the Ref No is changed, and our note comes off', () => {
    const items = [located({ linkedRef: '17.09.04', dueDate: '2027-01-28' }, 2)];
    const sync = planLinkSync(items, [`${detachedNote('17.09.09')}\n\nChair asked`], [action({ dueDate: '2027-01-28' })], '2026-11-23', 7);
    expect(sync.changes).toEqual([{ row: 2, note: 'Chair asked' }]);
    expect(sync).toMatchObject({ updated: 0, detached: 0, problems: [] });
  });

  it('with `only`, consider just that reference and detach nothing', () => {
    const items = [located({ linkedRef: '17.09.04', dueDate: '2026-11-26' }, 2), located({ linkedRef: '01.01.01', dueDate: '2026-11-26' }, 3)];
    const sync = planLinkSync(items, ['', ''], [action({ dueDate: '2027-01-28' })], '2026-11-23', 7, '17.9.4');
    expect(sync.changes).toEqual([{ row: 2, dueDate: '2027-01-28' }]);
    expect(sync.detached).toBe(0);
  });

  it('a note that only looks like ours for another text is not ours', () => {
    expect(detachedRef('linked action 17.09.04 no longer exists')).toBeUndefined();
    expect(detachedRef(detachedNote('17.9.4'))).toBe('17.09.04');
    expect(isDetached('17.09.04', detachedNote('17.09.05'))).toBe(false);
  });
});
