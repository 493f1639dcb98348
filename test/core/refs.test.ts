import fc from 'fast-check';
import { formatRef, nextRefs, normaliseRef, parseRef, refPrefix } from '../../src/core/refs';

const refPartsArb = fc.record({
  day: fc.integer({ min: 1, max: 31 }),
  month: fc.integer({ min: 1, max: 12 }),
  number: fc.integer({ min: 1, max: 999 }),
});
/** Meeting dates on a few days and months, so sequences are shared often. */
const meetingArb = fc
  .record({ year: fc.integer({ min: 2005, max: 2015 }), md: fc.constantFrom('01-28', '03-18', '09-17', '12-17') })
  .map(({ year, md }) => `${year}-${md}`);
/** What a References column may hold: good refs for those days, others, short forms and junk. */
const existingArb = fc.array(
  fc.oneof(
    refPartsArb.map(formatRef),
    fc.record({ md: fc.constantFrom([28, 1], [18, 3], [17, 9], [17, 12]), n: fc.integer({ min: 1, max: 200 }) }).map(
      ({ md, n }) => `${md[0]}.${md[1]}.${n}`, // "28.1.5": unpadded, as typed
    ),
    fc.constantFrom('', 'TBC', '28.01', '28.01.x', '32.01.01', '28.01.00'),
  ),
  { maxLength: 30 },
);

describe('parseRef and formatRef', () => {
  test('examples', () => {
    expect(parseRef('28.01.05')).toEqual({ day: 28, month: 1, number: 5 });
    expect(parseRef(' 28.1.5 ')).toEqual({ day: 28, month: 1, number: 5 });
    expect(parseRef('17.09.120')).toEqual({ day: 17, month: 9, number: 120 });
    expect(formatRef({ day: 6, month: 8, number: 22 })).toBe('06.08.22');
    expect(formatRef({ day: 6, month: 8, number: 120 })).toBe('06.08.120');
    expect(refPrefix('2010-01-28')).toBe('28.01');
  });

  test.each(['', '28.01', '28/01/05', '32.01.01', '00.01.01', '28.13.01', '28.00.01', '28.01.00', 'abc', '28.01.1234567'])(
    '%j is not a reference',
    (text) => {
      expect(parseRef(text)).toBeUndefined();
    },
  );

  test('property: parseRef(formatRef(x)) round-trips', () => {
    fc.assert(fc.property(refPartsArb, (ref) => expect(parseRef(formatRef(ref))).toEqual(ref)));
  });

  test('property: normaliseRef is the padded form, and idempotent', () => {
    fc.assert(
      fc.property(refPartsArb, (ref) => {
        const loose = `${ref.day}.${ref.month}.${ref.number}`;
        expect(normaliseRef(loose)).toBe(formatRef(ref));
        expect(normaliseRef(formatRef(ref))).toBe(formatRef(ref));
      }),
    );
  });

});

describe('nextRefs', () => {
  test('continues the sequence for the meeting’s day and month (example from the 28 January 2010 meeting)', () => {
    const existing = ['28.01.05', '28.1.19', '17.12.11', '28.01.x', '28.02.40'];
    expect(nextRefs('2010-01-28', existing, 2)).toEqual(['28.01.20', '28.01.21']);
    expect(nextRefs('2010-03-18', existing, 1)).toEqual(['18.03.01']);
    expect(nextRefs('2010-03-18', existing, 0)).toEqual([]);
  });

  test('property: never returns a reference already used (in any spelling)', () => {
    fc.assert(
      fc.property(meetingArb, existingArb, fc.integer({ min: 0, max: 20 }), (meeting, existing, count) => {
        const used = new Set(existing.map(normaliseRef).filter(Boolean));
        for (const ref of nextRefs(meeting, existing, count)) expect(used.has(ref)).toBe(false);
      }),
    );
  });

  test('property: returns `count` consecutive numbers with the meeting’s prefix, after the highest used', () => {
    fc.assert(
      fc.property(meetingArb, existingArb, fc.integer({ min: 0, max: 20 }), (meeting, existing, count) => {
        const refs = nextRefs(meeting, existing, count);
        expect(refs).toHaveLength(count);
        const parsed = refs.map((r) => parseRef(r));
        const prefix = refPrefix(meeting);
        for (const r of refs) expect(r.startsWith(`${prefix}.`)).toBe(true);
        parsed.forEach((p, i) => {
          if (i > 0) expect(p?.number).toBe((parsed[i - 1]?.number ?? NaN) + 1);
        });
        const highest = Math.max(
          0,
          ...existing.map((e) => parseRef(e)).filter((p) => p && `${formatRef(p).slice(0, 5)}` === prefix).map((p) => p?.number ?? 0),
        );
        if (count > 0) expect(parsed[0]?.number).toBe(highest + 1);
      }),
    );
  });

  test('property: meetings sharing a day and month in different years never share a reference', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(meetingArb, fc.integer({ min: 0, max: 15 })), { maxLength: 12 }), existingArb, (meetings, start) => {
        const all = [...start];
        for (const [meeting, count] of meetings) all.push(...nextRefs(meeting, all, count));
        const added = all.slice(start.length);
        expect(new Set(added).size).toBe(added.length);
        expect(new Set(added.map((r) => normaliseRef(r))).size).toBe(added.length);
      }),
    );
    // And the case the header comment promises, spelled out:
    const first = nextRefs('2009-01-28', [], 3);
    expect(first).toEqual(['28.01.01', '28.01.02', '28.01.03']);
    expect(nextRefs('2010-01-28', first, 2)).toEqual(['28.01.04', '28.01.05']);
  });

  // Once a day+month sequence passes 999 the new reference "28.01.1000" must still be read
  // back, or the next call would hand it out again.
  test('a sequence past 999 still never repeats a reference', () => {
    const once = nextRefs('2010-01-28', ['28.01.999'], 1);
    const twice = nextRefs('2011-01-28', ['28.01.999', ...once], 1);
    expect(twice).not.toEqual(once);
  });
});
