import type { Action, ForwardPlanItem } from '../../src/core/model';
import { reconcileForwardPlan } from '../../src/core/forward-plan';

const action = (over: Partial<Action>): Action => ({
  ref: '17.09.04', agendaItem: '', subject: '', text: '', responsible: '', isDecision: false, commentary: '',
  meetingDate: '2026-09-17', ...over,
} as Action);
const item = (over: Partial<ForwardPlanItem>): ForwardPlanItem => ({
  source: 'Executive', item: 'Report', responsible: '', dueText: '', linkedRef: '', done: false, ...over,
} as ForwardPlanItem);

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
