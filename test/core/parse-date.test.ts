import fc from 'fast-check';
import { expandYear, findDateInText, findDatesInText, monthFromWord, parseBritishDate, type ParsedDate } from '../../src/core/parse-date';
import { daysInMonth, formatLong, formatPlain, formatShort, formatWithWeekday, isIsoDate, monthName } from '../../src/core/dates';

const day = (date: string): ParsedDate => ({ kind: 'day', date });

/** ISO dates 1900–2099, built without the code under test. */
const isoDateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('parseBritishDate: one day', () => {
  test.each([
    ['18/03/2010', '2010-03-18'],
    ['18.3.10', '2010-03-18'],
    ['17.09.09', '2009-09-17'],
    ['28.1.10', '2010-01-28'],
    ['28-1-10', '2010-01-28'],
    ['18th March 2010', '2010-03-18'],
    ['March 18th 2010', '2010-03-18'],
    ['March 18th, 2010', '2010-03-18'],
    ['march 18 th 2010', '2010-03-18'],
    ['Jan 28 th 2010', '2010-01-28'],
    ['18 Mar 2010', '2010-03-18'],
    ['18 Sept. 2010', '2010-09-18'],
    ['18 Janu 2010', '2010-01-18'],
    ['18-Mar-10', '2010-03-18'],
    ['18th of March 2010', '2010-03-18'],
    ['Thursday 18th March 2010', '2010-03-18'],
    ['Thurs, 18 March 2010', '2010-03-18'],
    ['Thursday March 18th 2010', '2010-03-18'],
    ['1 st April 2010', '2010-04-01'],
    ['24 th February 2009', '2009-02-24'],
    ['2010-03-18', '2010-03-18'],
    ['30th April 2009.', '2009-04-30'],
    ['  (18/03/2010)  ', '2010-03-18'],
    ['29/02/2012', '2012-02-29'],
    ['w/c 1 Feb 2010', '2010-02-01'],
    ['W/C 1st February 2010', '2010-02-01'],
    ['week commencing 1 Feb 2010', '2010-02-01'],
  ])('%s → %s', (text, iso) => {
    expect(parseBritishDate(text)).toEqual(day(iso));
  });
});

describe('parseBritishDate: a month or several', () => {
  test.each([
    ['Sept 2010', 2010, 9, '2010-09-01', '2010-09-30'],
    ['March 2010', 2010, 3, '2010-03-01', '2010-03-31'],
    ['Mar 2009', 2009, 3, '2009-03-01', '2009-03-31'],
    ['february 2012', 2012, 2, '2012-02-01', '2012-02-29'],
  ])('%s is the whole month', (text, year, month, from, to) => {
    expect(parseBritishDate(text)).toEqual({ kind: 'month', year, month, from, to });
  });

  test.each([
    ['June–Aug 2010', '2010-06-01', '2010-08-31'],
    ['June-August 2010', '2010-06-01', '2010-08-31'],
    ['June to August 2010', '2010-06-01', '2010-08-31'],
    ['March/April 2010', '2010-03-01', '2010-04-30'],
    ['October/November 2010', '2010-10-01', '2010-11-30'],
    ['June/July. 2010', '2010-06-01', '2010-07-31'],
    ['December 2010 – January 2011', '2010-12-01', '2011-01-31'],
  ])('%s is a range', (text, from, to) => {
    expect(parseBritishDate(text)).toEqual({ kind: 'range', from, to });
  });
});

describe('parseBritishDate: not a date', () => {
  test.each([
    ['31/02/2010', 'no 31st of February'],
    ['29/02/2010', '2010 is not a leap year'],
    ['00/01/2010', 'no day 0'],
    ['18/13/2010', 'no month 13'],
    ['31st April 2010', 'April has 30 days'],
    ['Friday 18th March 2010', '18 March 2010 was a Thursday: which did they mean?'],
    ['Dec–Jan 2011', 'December of which year?'],
    ['April/March 2010', 'a range backwards'],
    ['Mar 09', 'a month with a two-digit year could be 9 March'],
    ['18/03', 'no year'],
    ['29th April', 'no year and no today to resolve it'],
    ['w/c March 2010', 'a week commences on a day'],
    ['next month', ''],
    ['date to be agreed', ''],
    ['TBC', ''],
    ['', ''],
    ['To be received 18th March 2010', 'running text: use findDateInText'],
    ['18/03/2010 and 19/03/2010', 'two dates'],
    ['2010/11', 'a financial year'],
  ])('%s (%s)', (text) => {
    expect(parseBritishDate(text)).toBeUndefined();
  });
});

describe('two-digit years', () => {
  test('00–69 are 20xx and 70–99 are 19xx by default', () => {
    expect(parseBritishDate('17.09.69')).toEqual(day('2069-09-17'));
    expect(parseBritishDate('17.09.70')).toEqual(day('1970-09-17'));
    expect(parseBritishDate('1/1/00')).toEqual(day('2000-01-01'));
    expect(expandYear(99)).toBe(1999);
  });

  test('the pivot can be moved', () => {
    expect(parseBritishDate('17.09.60', { pivotYear: 50 })).toEqual(day('1960-09-17'));
    expect(parseBritishDate('17.09.49', { pivotYear: 50 })).toEqual(day('2049-09-17'));
    expect(parseBritishDate('17.09.99', { pivotYear: 100 })).toEqual(day('2099-09-17'));
  });

  test('a nonsense pivot or today is a programming error', () => {
    expect(() => parseBritishDate('17.09.09', { pivotYear: 101 })).toThrow(RangeError);
    expect(() => parseBritishDate('17.09.09', { pivotYear: 1.5 })).toThrow(RangeError);
    expect(() => parseBritishDate('17.09.09', { today: '18/03/2010' })).toThrow(RangeError);
  });

  test('property: dd.mm.yy with any pivot means the year in the pivot’s century window', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 0, max: 100 }), (iso, pivot) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const yy = y % 100;
        const expected = yy < pivot ? 2000 + yy : 1900 + yy;
        const parsed = parseBritishDate(`${d}.${m}.${String(yy).padStart(2, '0')}`, { pivotYear: pivot });
        expect(parsed).toEqual(day(`${expected}${iso.slice(4)}`));
      }),
    );
  });
});

describe('a day and month without a year', () => {
  test('is the next such date on or after today', () => {
    expect(parseBritishDate('29th April', { today: '2010-03-18' })).toEqual(day('2010-04-29'));
    expect(parseBritishDate('29th April', { today: '2010-04-29' })).toEqual(day('2010-04-29'));
    expect(parseBritishDate('29th April', { today: '2010-04-30' })).toEqual(day('2011-04-29'));
    expect(parseBritishDate('March 18 th', { today: '2010-01-28' })).toEqual(day('2010-03-18'));
  });

  test('29th February waits for a leap year', () => {
    expect(parseBritishDate('29th February', { today: '2010-03-18' })).toEqual(day('2012-02-29'));
  });

  test('a weekday that does not fit the resolved year is not accepted', () => {
    expect(parseBritishDate('Thursday 18th March', { today: '2010-03-01' })).toEqual(day('2010-03-18'));
    expect(parseBritishDate('Thursday 18th March', { today: '2010-03-19' })).toBeUndefined();
  });
});

describe('properties of parseBritishDate', () => {
  test('reads back every way the app writes a date', () => {
    fc.assert(
      fc.property(isoDateArb, (iso) => {
        for (const written of [iso, formatShort(iso), formatLong(iso), formatWithWeekday(iso), formatPlain(iso)]) {
          expect(parseBritishDate(written)).toEqual(day(iso));
        }
      }),
    );
  });

  test('any three-or-more-letter prefix of a month name is that month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1900, max: 2099 }), fc.nat(), (month, year, cut) => {
        const name = monthName(month);
        const word = name.slice(0, 3 + (cut % (name.length - 2)));
        expect(monthFromWord(word)).toBe(month);
        const last = daysInMonth(year, month);
        expect(parseBritishDate(`${word} ${year}`)).toEqual({
          kind: 'month',
          year,
          month,
          from: `${year}-${String(month).padStart(2, '0')}-01`,
          to: `${year}-${String(month).padStart(2, '0')}-${last}`,
        });
      }),
    );
  });

  test('a day past the end of its month is never a date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.nat(), (year, month, k) => {
        const last = daysInMonth(year, month);
        if (last === 31) return;
        const d = last + 1 + (k % (31 - last));
        expect(parseBritishDate(`${d}/${month}/${year}`)).toBeUndefined();
        expect(parseBritishDate(`${d}th ${monthName(month)} ${year}`)).toBeUndefined();
      }),
    );
  });

  /** Text assembled from the pieces dates are made of, so the property explores near-misses. */
  const wordy = fc
    .tuple(
      fc.constantFrom('', 'Thursday ', 'w/c ', 'Mon '),
      fc.integer({ min: 0, max: 35 }).map(String),
      fc.constantFrom('', 'th', ' st', 'nd'),
      fc.constantFrom(' ', '/', '.', '-', '–', ' of '),
      fc.oneof(fc.integer({ min: 0, max: 14 }).map(String), fc.constantFrom('march', 'Sept', 'feb', 'Dec', 'June', 'jun')),
      fc.constantFrom(' ', '/', '.', '-', '/April ', '–Aug ', ' 2009 to May ', ''),
      fc.constantFrom('2010', '09', '70', '1999', '', '20100'),
    )
    .chain((pieces) => fc.boolean().map((dropDay) => (dropDay ? pieces.slice(4) : pieces).join('')));
  const numeric = fc
    .tuple(fc.integer({ min: 0, max: 35 }), fc.constantFrom('/', '.', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom('10', '2010', '1899', '0'))
    .map(([d, sep, m, y]) => `${d}${sep}${m}${sep}${y}`);
  const dateLikeText = fc.oneof(wordy, numeric);

  test('whatever the text, the answer is undefined or a well-formed date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), dateLikeText), (text) => {
        const parsed = parseBritishDate(text);
        if (parsed === undefined) return;
        if (parsed.kind === 'day') expect(isIsoDate(parsed.date)).toBe(true);
        else {
          expect(isIsoDate(parsed.from) && isIsoDate(parsed.to)).toBe(true);
          expect(parsed.from < parsed.to).toBe(true);
        }
      }),
    );
  });
});

describe('findDateInText', () => {
  const today = '2010-03-18';

  test('examples from commentary', () => {
    expect(findDateInText('Now deferred to March 18th 2010')).toMatchObject({
      parsed: day('2010-03-18'),
      matchedText: 'March 18th 2010',
    });
    expect(findDateInText('Agreed to defer to Executive Meeting on 29th April', { today })).toMatchObject({
      parsed: day('2010-04-29'),
      matchedText: '29th April',
    });
    expect(findDateInText('Consultant to be appointed w/c 1 Feb 2010')).toMatchObject({
      parsed: day('2010-02-01'),
      matchedText: 'w/c 1 Feb 2010',
    });
    expect(findDateInText('an event on green businesses on Thursday March 18th', { today: '2010-03-01' })).toMatchObject({
      parsed: day('2010-03-18'),
      matchedText: 'Thursday March 18th',
    });
    expect(findDateInText('CYP becomes a statutory Board by 1 st April 2010.')).toMatchObject({
      parsed: day('2010-04-01'),
      matchedText: '1 st April 2010',
    });
    expect(findDateInText('Business Plans to be reported to LSP EB in March/April 2010')).toMatchObject({
      parsed: { kind: 'range', from: '2010-03-01', to: '2010-04-30' },
      matchedText: 'March/April 2010',
    });
    expect(findDateInText('Review at Quarterly Intervals. Next review due April 2010')?.parsed).toEqual({
      kind: 'month',
      year: 2010,
      month: 4,
      from: '2010-04-01',
      to: '2010-04-30',
    });
  });

  test('a day and month without a year needs today; without it the next date in the text is found', () => {
    const text = 'Proposals to be received at November 5th Executive Board. Now deferred to March 18th 2010';
    expect(findDateInText(text)?.parsed).toEqual(day('2010-03-18'));
    expect(findDateInText(text, { today: '2009-09-01' })).toMatchObject({ parsed: day('2009-11-05'), matchedText: 'November 5th' });
    expect(findDateInText('Agreed to defer to Executive Meeting on 29th April')).toBeUndefined();
  });

  test('findDatesInText lists every date in order, the current one usually last', () => {
    const found = findDatesInText('To be received 6 th August 2009 Agreed to defer to 17th September - further request to delay report until FURTHER NOTICE', {
      today: '2009-08-06',
    });
    expect(found.map((f) => [f.matchedText, f.parsed])).toEqual([
      ['6 th August 2009', day('2009-08-06')],
      ['17th September', day('2009-09-17')],
    ]);
    expect(findDatesInText('Reports to be received in October/November 2010 And January/February 2011').map((f) => f.parsed)).toEqual([
      { kind: 'range', from: '2010-10-01', to: '2010-11-30' },
      { kind: 'range', from: '2011-01-01', to: '2011-02-28' },
    ]);
  });

  test('numbers that are not dates are left alone', () => {
    const text =
      'Referrals had increased by 48% since 2008; 16-18 year olds; NI 152; 2010/11 and 2010-2013 plans; 0.5 staff; Item 3.2; see action 17.09.03 and ref 28.01.05';
    expect(findDateInText(text)).toBeUndefined();
    expect(findDateInText('no date confirmed, TBC, date to be agreed')).toBeUndefined();
  });

  test('a dotted date is still a date when not introduced as a reference', () => {
    expect(findDateInText('Meeting held 17.09.09 agreed this')?.parsed).toEqual(day('2009-09-17'));
  });

  test('property: a written date amid commentary is found as written', () => {
    const words = fc.array(
      fc.constantFrom('Now', 'deferred', 'to', 'the', 'Executive', 'Board', 'report', 'agreed', 'on', 'at', 'meeting', 'received', '–', 'and'),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(words, isoDateArb, fc.constantFrom(formatLong, formatShort, formatPlain), words, (before, iso, format, after) => {
        const written = format(iso);
        const text = [...before, written, ...after].join(' ');
        const found = findDateInText(text);
        expect(found?.parsed).toEqual(day(iso));
        expect(found?.matchedText).toBe(written);
        expect(found && text.slice(found.index, found.index + written.length)).toBe(written);
      }),
    );
  });
});
