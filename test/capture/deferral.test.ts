import { dateFromOldValue } from '../../src/core/capture/deferral';

describe('the old date of a hand-edited date for report', () => {
  it.each([
    ['40255', '2010-03-18'],
    ['40255.0', '2010-03-18'],
    ['18/03/2010', '2010-03-18'],
    ['18th March 2010', '2010-03-18'],
  ])('%s → %s', (old, iso) => expect(dateFromOldValue(old)).toBe(iso));

  it.each([undefined, '', 'to be agreed', 'next month'])('%j gives no date', (old) => {
    expect(dateFromOldValue(old)).toBeUndefined();
  });
});
