import fc from 'fast-check';
import { isOutstanding, STATUS_KEY, STATUSES, statusAsAt, statusEntry, statusFromLabel, type Trackable } from '../../src/core/status';

/**
 * Dates within about two months, so that generated dates often coincide: the rules turn on
 * "before", "on" and "after", and equal dates are where mistakes hide.
 */
const dateArb = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2010, 0, 1 + n)).toISOString().slice(0, 10));
const itemArb: fc.Arbitrary<Trackable> = fc.record({
  isDecision: fc.boolean(),
  completedDate: fc.option(dateArb, { nil: undefined }),
  firstDueDate: fc.option(dateArb, { nil: undefined }),
  dueDate: fc.option(dateArb, { nil: undefined }),
});
const actionArb = itemArb.map((i) => ({ ...i, isDecision: false }));

const completedBy = (item: Trackable, asAt: string) => item.completedDate !== undefined && item.completedDate <= asAt;

describe('statusAsAt: properties', () => {
  test('a decision is always a decision, never overdue', () => {
    fc.assert(
      fc.property(itemArb, dateArb, (item, asAt) => {
        expect(statusAsAt({ ...item, isDecision: true }, asAt)).toEqual({ status: 'decision', overdue: false });
      }),
    );
  });

  test('an action completed on or before the "as at" date is completed, whatever its other dates', () => {
    fc.assert(
      fc.property(actionArb, dateArb, (item, asAt) => {
        fc.pre(completedBy(item, asAt));
        expect(statusAsAt(item, asAt)).toEqual({ status: 'completed', overdue: false });
      }),
    );
  });

  test('an action completed after the "as at" date was still outstanding then (a paper shows it as it stood)', () => {
    fc.assert(
      fc.property(actionArb, dateArb, (item, asAt) => {
        fc.pre(item.completedDate !== undefined && item.completedDate > asAt);
        expect(statusAsAt(item, asAt).status).not.toBe('completed');
      }),
    );
  });

  test('overdue ⇔ outstanding and the date for report is before the "as at" date', () => {
    fc.assert(
      fc.property(itemArb, dateArb, (item, asAt) => {
        const outstanding = !item.isDecision && !completedBy(item, asAt);
        const result = statusAsAt(item, asAt);
        expect(result.overdue).toBe(outstanding && item.dueDate !== undefined && item.dueDate < asAt);
        expect(isOutstanding(result)).toBe(outstanding);
      }),
    );
  });

  test('never "not yet due" once the date for report has passed', () => {
    fc.assert(
      fc.property(itemArb, dateArb, (item, asAt) => {
        fc.pre(item.dueDate !== undefined && item.dueDate < asAt);
        expect(statusAsAt(item, asAt).status).not.toBe('notYetDue');
      }),
    );
  });

  test('"date for report agreed" means: first date reached, a different current date not yet passed', () => {
    fc.assert(
      fc.property(actionArb, dateArb, (item, asAt) => {
        fc.pre(!completedBy(item, asAt));
        const agreed = statusAsAt(item, asAt).status === 'dateAgreed';
        const { firstDueDate: first, dueDate: due } = item;
        expect(agreed).toBe(first !== undefined && due !== undefined && first <= asAt && due >= asAt && first !== due);
      }),
    );
  });

  test('an outstanding action with no date for report has no date confirmed and is not overdue', () => {
    fc.assert(
      fc.property(actionArb, dateArb, (item, asAt) => {
        fc.pre(!completedBy(item, asAt));
        expect(statusAsAt({ ...item, dueDate: undefined }, asAt)).toEqual({ status: 'noDate', overdue: false });
      }),
    );
  });

  test('moving "as at" later never makes an overdue item not overdue, unless it was completed', () => {
    fc.assert(
      fc.property(itemArb, dateArb, dateArb, (item, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        fc.pre(statusAsAt(item, earlier).overdue);
        const after = statusAsAt(item, later);
        expect(after.overdue || after.status === 'completed').toBe(true);
      }),
    );
  });

  test('the status is always one in the key', () => {
    fc.assert(
      fc.property(itemArb, dateArb, (item, asAt) => {
        expect(STATUSES).toContain(statusAsAt(item, asAt).status);
      }),
    );
  });
});

describe('statusAsAt: the board’s paper for Thursday 18th March 2010', () => {
  const meeting = '2010-03-18';

  test('25.06.11 "Proposals to be received at November 5th Executive Board. Now deferred to March 18th 2010"', () => {
    const item = { isDecision: false, firstDueDate: '2009-11-05', dueDate: '2010-03-18' };
    // As at the meeting day itself, 18 March is today, not passed: the first date (5 Nov) has
    // passed and a new date was agreed, so amber "date for report agreed", not overdue.
    expect(statusAsAt(item, meeting)).toEqual({ status: 'dateAgreed', overdue: false });
    // The day after, the agreed date has passed without a report: red, and overdue.
    expect(statusAsAt(item, '2010-03-19')).toEqual({ status: 'noDate', overdue: true });
    // Before 5 November it was simply not yet due.
    expect(statusAsAt(item, '2009-10-01')).toEqual({ status: 'notYetDue', overdue: false });
    // Once the report is received at the meeting it is completed on the paper for that day.
    expect(statusAsAt({ ...item, completedDate: meeting }, meeting)).toEqual({ status: 'completed', overdue: false });
  });

  test('06.08.24 "to be reported March 2010. Agreed to defer to Executive Meeting on 29th April"', () => {
    const item = { isDecision: false, firstDueDate: '2010-03-18', dueDate: '2010-04-29' };
    // Deferred at the meeting its first date fell on: carried past its first date with a new
    // date agreed, so amber on that day's paper already.
    expect(statusAsAt(item, meeting)).toEqual({ status: 'dateAgreed', overdue: false });
    expect(statusAsAt(item, '2010-03-17')).toEqual({ status: 'notYetDue', overdue: false });
    expect(statusAsAt(item, '2010-03-19')).toEqual({ status: 'dateAgreed', overdue: false });
    expect(statusAsAt(item, '2010-04-29')).toEqual({ status: 'dateAgreed', overdue: false });
    expect(statusAsAt(item, '2010-04-30')).toEqual({ status: 'noDate', overdue: true });
  });

  test('17.09.03 "this meeting will take place later in 2010. Further details to be advised": no date confirmed', () => {
    expect(statusAsAt({ isDecision: false, firstDueDate: undefined, dueDate: undefined }, meeting)).toEqual({
      status: 'noDate',
      overdue: false,
    });
  });

  test('28.01.12 "to report on trajectories at March 18th 2010 meeting": due today, not yet due', () => {
    expect(statusAsAt({ isDecision: false, dueDate: '2010-03-18' }, meeting)).toEqual({ status: 'notYetDue', overdue: false });
  });

  test('a date brought forward (first date later than the current one) is simply not yet due until it passes', () => {
    const item = { isDecision: false, firstDueDate: '2010-06-17', dueDate: '2010-04-29' };
    expect(statusAsAt(item, meeting)).toEqual({ status: 'notYetDue', overdue: false });
    expect(statusAsAt(item, '2010-05-01')).toEqual({ status: 'noDate', overdue: true });
  });

  test('a decision with dates is still a decision', () => {
    expect(statusAsAt({ isDecision: true, dueDate: '2009-01-01' }, meeting)).toEqual({ status: 'decision', overdue: false });
  });
});

describe('the status key', () => {
  test('every status has one entry, and its label reads back', () => {
    expect(STATUS_KEY.map((e) => e.status).sort()).toEqual([...STATUSES].sort());
    for (const status of STATUSES) expect(statusFromLabel(statusEntry(status).label)).toBe(status);
  });

  test('labels as typed or printed in the paper’s key are recognised', () => {
    expect(statusFromLabel('Actions outstanding date for report agreed')).toBe('dateAgreed');
    expect(statusFromLabel('actions outstanding - no dates confirmed')).toBe('noDate');
    expect(statusFromLabel('  NOT YET DUE ')).toBe('notYetDue');
    expect(statusFromLabel('Decisions')).toBe('decision');
    expect(statusFromLabel('Done')).toBeUndefined();
  });

  test('colours are hex and distinct', () => {
    for (const e of STATUS_KEY) {
      expect(e.background).toMatch(/^#[0-9a-f]{6}$/);
      expect(e.fontColor).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(new Set(STATUS_KEY.map((e) => e.background)).size).toBe(STATUS_KEY.length);
  });

  test('statusEntry refuses an unknown status', () => {
    expect(() => statusEntry('late' as never)).toThrow('Unknown status late');
  });
});
