/**
 * Local calendar days without a service call (core/local-dates): the same answers as formatting
 * the instant in the script's zone (here Intl, independent of the code under test), for every
 * day from 1900 to 2099 and across the clock changes.
 */
import fc from 'fast-check';
import { isoOfLocalDate, localMidnight } from '../../src/core/local-dates';

const ZONE = process.env.TZ ?? 'Europe/London';
const viaIntl = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
const isoArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('local dates in the script zone', () => {
  it('runs in the script zone (the harness sets TZ)', () => {
    expect(ZONE).toBe('Europe/London');
  });

  it('an instant reads as its calendar day in the zone', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (d) => {
        expect(isoOfLocalDate(d)).toBe(viaIntl(d));
      }),
    );
  });

  it('a day written as local midnight reads back as the same day, at midnight there', () => {
    fc.assert(
      fc.property(isoArb, (iso) => {
        const d = localMidnight(iso);
        expect(isoOfLocalDate(d)).toBe(iso);
        expect(viaIntl(d)).toBe(iso);
        expect([d.getHours(), d.getMinutes(), d.getSeconds()]).toEqual([0, 0, 0]);
      }),
    );
  });

  it('the days of the clock changes and years below 100 are kept', () => {
    expect(localMidnight('2010-03-28').toISOString()).toBe('2010-03-28T00:00:00.000Z');
    expect(localMidnight('2010-10-31').toISOString()).toBe('2010-10-30T23:00:00.000Z');
    expect(localMidnight('2010-06-01').toISOString()).toBe('2010-05-31T23:00:00.000Z');
    expect(isoOfLocalDate(new Date('2010-05-31T23:30:00Z'))).toBe('2010-06-01');
    expect(isoOfLocalDate(localMidnight('0050-01-02'))).toBe('0050-01-02');
  });
});
