import fc from 'fast-check';
import { asLiteralText } from '../../src/core/text-safety';
import { parseUserEntered } from '../emulator/spreadsheet/values';

/** What Sheets stores when the string is written with setValue into an Automatic cell. */
const stored = (text: string) => parseUserEntered(text, 'Europe/London');

describe('numbers in exponent form stay the text typed', () => {
  it.each(['1e5', '2E3', '1.5e-3', '-4E+2', '12e10%', '£3e2', '.5e1', '1,000e2'])('%s', (typed) => {
    expect(stored(typed)).toMatchObject({ kind: 'value', value: expect.any(Number) }); // what would happen unprotected
    expect(stored(asLiteralText(typed))).toEqual({ kind: 'value', value: typed });
  });

  it('words with an e between digits are left alone (Sheets keeps them as text anyway)', () => {
    for (const text of ['Item 1e', 'e5', '1e', 'Phase 2E', 'Route 1e5b']) {
      expect(asLiteralText(text)).toBe(text);
      expect(stored(text)).toEqual({ kind: 'value', value: text });
    }
  });

  it('any mix of digits, signs, points and e is stored exactly as typed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9eE.,+\- %£]{1,12}$/), (typed) => {
        expect(stored(asLiteralText(typed))).toEqual({ kind: 'value', value: typed });
      }),
      { numRuns: 2000 },
    );
  });

  it('so is any text at all, spaces before a sign included (" +0", " -5")', () => {
    for (const typed of [' +0', ' -5', '  =1+1']) expect(stored(asLiteralText(typed))).toEqual({ kind: 'value', value: typed });
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-zA-Z .,:/%£$€+\-'=@]{1,14}$/), (typed) => {
        expect(stored(asLiteralText(typed))).toEqual({ kind: 'value', value: typed });
      }),
      { numRuns: 3000 },
    );
  });
});
