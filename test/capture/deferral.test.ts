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

describe('an implausible old value is never taken for the first date agreed', () => {
  it.each(['2010', '2010.0', '1', '99999', '18/03/1905', '01/01/2101', '31/12/1989'])('%s gives no date', (old) => {
    expect(dateFromOldValue(old)).toBeUndefined();
  });

  it('keeps the first and last plausible days', () => {
    expect(dateFromOldValue('32874')).toBe('1990-01-01');
    expect(dateFromOldValue('73415')).toBe('2100-12-31');
    expect(dateFromOldValue('32873')).toBeUndefined();
    expect(dateFromOldValue('73416')).toBeUndefined();
  });
});
