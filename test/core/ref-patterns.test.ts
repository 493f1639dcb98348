/** TextFinder patterns for the Ref No column (core/ref-patterns), against parseRef itself. */
import fc from 'fast-check';
import { numbersAbove, refsAbovePattern, sameRefPattern } from '../../src/core/ref-patterns';
import { MAX_REF_NUMBER, normaliseRef, parseRef } from '../../src/core/refs';

const matches = (pattern: string | undefined, text: string) => pattern !== undefined && new RegExp(pattern, 'i').test(text);

/** Ref No cells as people type them: padded or not, spaces, other days, junk. */
const refText = fc
  .tuple(
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 1_000_100 }),
    fc.boolean(),
    fc.boolean(),
    fc.constantFrom('', ' ', '  '),
  )
  .map(
    ([d, m, n, padDay, padNumber, space]) =>
      `${space}${padDay ? String(d).padStart(2, '0') : d}.${String(m).padStart(padDay ? 2 : 1, '0')}.${padNumber ? String(n).padStart(3, '0') : n}${space}`,
  );

describe('Ref No patterns', () => {
  it('numbersAbove matches exactly the whole numbers above the floor, up to 999', () => {
    for (const above of [0, 1, 5, 9, 10, 19, 99, 100, 309, 990, 998]) {
      const re = new RegExp(`^(?:${numbersAbove(above)})$`);
      for (let n = 0; n <= 1200; n++) expect([above, n, re.test(String(n))]).toEqual([above, n, n > above && n <= MAX_REF_NUMBER]);
    }
    expect(numbersAbove(999)).toBeUndefined();
  });

  it('refsAbovePattern: a cell matches exactly when parseRef reads it as that day, numbered above the floor and within the bound', () => {
    fc.assert(
      fc.property(refText, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 1000 }), (text, day, month, above) => {
        const prefix = `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}`;
        const r = parseRef(text);
        const expected = r !== undefined && r.day === day && r.month === month && r.number > above && r.number <= MAX_REF_NUMBER;
        expect(matches(refsAbovePattern(prefix, above), text)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('refsAbovePattern on the usual cases', () => {
    const p = refsAbovePattern('28.01', 5);
    expect(['28.01.06', '28.1.6', ' 28.01.10 ', '28.01.999', '28.01.0007'].filter((t) => matches(p, t))).toHaveLength(5);
    expect(['28.01.05', '28.01.5', '28.01.1000', '28.01.999999', '28.02.07', '8.01.07', '128.01.07', '28.01.07x'].filter((t) => matches(p, t))).toEqual([]);
    expect(refsAbovePattern('28.01', 999)).toBeUndefined();
  });

  it('sameRefPattern matches exactly the cells holding the same reference', () => {
    fc.assert(
      fc.property(refText, refText, (a, b) => {
        const same = normaliseRef(a) !== undefined ? normaliseRef(a) === normaliseRef(b) : a.trim() === b.trim();
        expect(matches(sameRefPattern(a), b)).toBe(same);
      }),
      { numRuns: 3000 },
    );
    expect(matches(sameRefPattern('28.01.05'), '28.1.5')).toBe(true);
    // Ref No text that is not a reference: the same text (the adapter searches with matchCase)
    expect(new RegExp(sameRefPattern('A.(1)')).test(' A.(1) ')).toBe(true);
    expect(new RegExp(sameRefPattern('A.(1)')).test('a.(1)')).toBe(false);
    expect(new RegExp(sameRefPattern('A.(1)')).test('AX(1)')).toBe(false);
  });
});
