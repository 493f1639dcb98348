import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  daysInMonth,
  formatLong,
  formatPlain,
  formatShort,
  formatWithWeekday,
  isIsoDate,
  isoDate,
  monthName,
  ordinal,
  parts,
} from '../../src/core/dates';

/** ISO dates 1900–2099 made by the platform's Date, independent of the code under test. */
const isoDateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('dates: properties', () => {
  test('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -40000, max: 40000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(daysBetween(date, moved)).toBe(n);
        expect(addDays(moved, -n)).toBe(date);
      }),
    );
    fc.assert(fc.property(isoDateArb, isoDateArb, (a, b) => expect(addDays(a, daysBetween(a, b))).toBe(b)));
  });

  test('addDays agrees with the platform calendar (no time zone or DST shift)', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -1000, max: 1000 }), (date, n) => {
        const expected = new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(date, n)).toBe(expected);
      }),
    );
  });

  test('ISO strings compare as dates', () => {
    fc.assert(fc.property(isoDateArb, isoDateArb, (a, b) => expect(a < b).toBe(daysBetween(a, b) > 0)));
  });

  test('formatShort is dd/mm/yyyy of the same day', () => {
    fc.assert(
      fc.property(isoDateArb, (date) => {
        const short = formatShort(date);
        expect(short).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        const [dd, mm, yyyy] = short.split('/');
        expect(`${yyyy}-${mm}-${dd}`).toBe(date);
      }),
    );
  });

  test('parts and isoDate round-trip', () => {
    fc.assert(
      fc.property(isoDateArb, (date) => {
        const { year, month, day } = parts(date);
        expect(isoDate(year, month, day)).toBe(date);
      }),
    );
  });

  test('isIsoDate agrees with the platform about which days exist', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        expect(isIsoDate(isoDate(y, m, d))).toBe(real);
        expect(d <= daysInMonth(y, m)).toBe(real);
      }),
    );
  });
});

describe('dates: examples', () => {
  test('the board’s formats for Thursday 18th March 2010', () => {
    expect(formatShort('2010-03-18')).toBe('18/03/2010');
    expect(formatLong('2010-03-18')).toBe('18th March 2010');
    expect(formatWithWeekday('2010-03-18')).toBe('Thursday 18th March 2010');
    expect(formatPlain('2010-03-18')).toBe('18 March 2010');
    expect(formatShort('2010-01-05')).toBe('05/01/2010');
  });

  test.each([
    [1, 'st'],
    [2, 'nd'],
    [3, 'rd'],
    [4, 'th'],
    [11, 'th'],
    [12, 'th'],
    [13, 'th'],
    [21, 'st'],
    [22, 'nd'],
    [23, 'rd'],
    [24, 'th'],
    [30, 'th'],
    [31, 'st'],
  ])('ordinal(%i) is %s', (day, suffix) => {
    expect(ordinal(day)).toBe(suffix);
  });

  test('weekdays and month ends', () => {
    expect(formatWithWeekday('2009-04-30')).toBe('Thursday 30th April 2009');
    expect(formatWithWeekday('2010-02-01')).toBe('Monday 1st February 2010');
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2010, 2)).toBe(28);
    expect(daysInMonth(2012, 2)).toBe(29);
    expect(addDays('2010-02-28', 1)).toBe('2010-03-01');
    expect(addDays('2010-03-27', 2)).toBe('2010-03-29'); // over the clocks going forward
    expect(daysBetween('2009-11-05', '2010-03-18')).toBe(133);
  });

  test('isIsoDate rejects what is not a yyyy-mm-dd calendar day', () => {
    for (const bad of ['2010-02-29', '2010-13-01', '2010-00-10', '2010-3-18', '18/03/2010', '2010-03-18T00:00', '']) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(isIsoDate('2012-02-29')).toBe(true);
    expect(() => parts('18/03/2010')).toThrow('Not an ISO date');
  });

  test('monthName', () => {
    expect(monthName(1)).toBe('January');
    expect(monthName(12)).toBe('December');
    expect(monthName(13)).toBe('');
  });
});
