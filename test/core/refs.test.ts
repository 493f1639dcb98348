import fc from 'fast-check';
import { formatRef, isPastBound, MAX_REF_NUMBER, nextRefs, normaliseRef, parseRef, refPrefix, RefsExhausted } from '../../src/core/refs';
import { decodeRegister, encodeRegister, raiseRegister } from '../../src/core/ref-register';

const refPartsArb = fc.record({
  day: fc.integer({ min: 1, max: 31 }),
  month: fc.integer({ min: 1, max: 12 }),
  number: fc.integer({ min: 1, max: 999 }),
});
/** Meeting dates on a few days and months, so sequences are shared often. */
const meetingArb = fc
  .record({ year: fc.integer({ min: 2005, max: 2015 }), md: fc.constantFrom('01-28', '03-18', '09-17', '12-17') })
  .map(({ year, md }) => `${year}-${md}`);
/**
 * What a References column may hold: good refs for those days, others, short forms and junk.
 * Numbers stay below 800 so that the sequences below never reach the 999 bound (tested apart).
 */
const existingArb = fc.array(
  fc.oneof(
    refPartsArb.filter((r) => r.number < 800).map(formatRef),
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

  test.each(['', '28.01', '28/01/05', '32.01.01', '00.01.01', '28.13.01', '28.00.01', '28.01.00', 'abc', '28.01.1234567'])('%j is not a reference', (text) => {
    expect(parseRef(text)).toBeUndefined();
  });

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
          ...existing
            .map((e) => parseRef(e))
            .filter((p) => p && `${formatRef(p).slice(0, 5)}` === prefix)
            .map((p) => p?.number ?? 0),
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

  // A day+month sequence stops at MAX_REF_NUMBER (999) rather than hand out "28.01.1000"; a
  // number past it typed by hand is ignored for numbering (the reader reports it at its cell).
  test('never goes past 999, and ignores a hand-typed number past it', () => {
    expect(nextRefs('2010-01-28', ['28.01.998'], 1)).toEqual(['28.01.999']);
    expect(() => nextRefs('2010-01-28', ['28.01.998'], 2)).toThrow(RefsExhausted);
    expect(() => nextRefs('2011-01-28', ['28.01.999'], 1)).toThrow('28.01.999, the most a meeting day can have');
    expect(nextRefs('2010-01-28', ['28.01.03', '28.01.999999', '28.1.1000'], 1)).toEqual(['28.01.04']);
    expect(isPastBound('28.01.999999')).toBe(true);
    expect(isPastBound('28.01.999')).toBe(false);
    expect(isPastBound('junk')).toBe(false);
  });

  test('continues after the register when it is above the sheet (rows deleted), and after the sheet when it is above the register', () => {
    expect(nextRefs('2010-01-28', ['28.01.02'], 1, 7)).toEqual(['28.01.08']);
    expect(nextRefs('2010-01-28', ['28.01.09'], 1, 7)).toEqual(['28.01.10']);
    expect(nextRefs('2010-01-28', [], 2, 0)).toEqual(['28.01.01', '28.01.02']);
  });

  test('property: never returns a number at or below the register floor, nor one above 999', () => {
    fc.assert(
      fc.property(meetingArb, existingArb, fc.integer({ min: 0, max: 990 }), fc.integer({ min: 0, max: 9 }), (meeting, existing, floor, count) => {
        const refs = nextRefs(meeting, existing, count, floor);
        for (const r of refs) {
          const n = parseRef(r)!.number;
          expect(n).toBeGreaterThan(floor);
          expect(n).toBeLessThanOrEqual(MAX_REF_NUMBER);
        }
      }),
    );
  });
});

describe('the register of references given', () => {
  test('raised to the sheet, never lowered; only well-formed references within the bound count', () => {
    const start = new Map([['28.01', 7]]);
    const raised = raiseRegister(start, ['28.1.3', '28.01.12', '17.09.04', '28.01.999999', 'junk', '']);
    expect([...raised]).toEqual([
      ['28.01', 12],
      ['17.09', 4],
    ]);
    expect(raiseRegister(raised, ['28.01.02'])).toEqual(raised);
    expect(start.get('28.01')).toBe(7); // not changed in place
  });

  test('round-trips through its property text, in key order', () => {
    const register = new Map([
      ['28.01', 12],
      ['17.09', 4],
    ]);
    expect(encodeRegister(register)).toBe('{"17.09":4,"28.01":12}');
    expect(decodeRegister(encodeRegister(register))).toEqual(register);
  });

  test.each([null, '', 'not json', '[1,2]', '"28.01"', '{"28.01":"12","2801":3,"28.01x":4,"17.09":1000,"18.03":-1,"12.12":2.5}'])(
    'a damaged property %j reads as the entries it still holds that make sense',
    (text) => {
      expect(decodeRegister(text)).toEqual(new Map());
    },
  );

  test('a full register (every day of the year at 999) fits well inside one 9 KB property', () => {
    const refs: string[] = [];
    for (let m = 1; m <= 12; m++) for (let d = 1; d <= 31; d++) refs.push(`${d}.${m}.999`);
    const text = encodeRegister(raiseRegister(new Map(), refs));
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThan(6 * 1024);
    expect(decodeRegister(text).size).toBe(372);
  });
});
