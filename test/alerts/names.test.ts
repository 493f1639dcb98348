import fc from 'fast-check';
import { createNameMatcher, levenshtein, normaliseName } from '../../src/core/alerts/names';

const OFFICERS = [
  { name: 'Gary Bowman' },
  { name: 'Janine Brown' },
  { name: 'Joy Massey' },
  { name: 'Henry Seaton' },
  { name: 'Cllr Steve Eling' },
  { name: 'Mary-Jane O’Neil' },
];
const match = createNameMatcher(OFFICERS);
const names = (text: string) => match(text).officers.map((i) => OFFICERS[i]!.name);

describe('names that match', () => {
  it.each([
    ['Gary Bowman', ['Gary Bowman']],
    ['gary   BOWMAN', ['Gary Bowman']],
    ['G Bowman', ['Gary Bowman']],
    ['G. Bowman', ['Gary Bowman']],
    ['Bowman, Gary', ['Gary Bowman']],
    ['Bowman, G', ['Gary Bowman']],
    ['Gary Bowman / Janine Brown', ['Gary Bowman', 'Janine Brown']],
    ['John Garrett/ Gary Bowman', ['Gary Bowman']],
    ['Gary Bowman Janine Brown', ['Gary Bowman', 'Janine Brown']],
    ['Gary Bowman, Janine Brown and Joy Massey', ['Gary Bowman', 'Janine Brown', 'Joy Massey']],
    ['Janine Brown & G Bowman; J Massey', ['Janine Brown', 'Gary Bowman', 'Joy Massey']],
    ['Steve Eling', ['Cllr Steve Eling']],
    ['Cllr Steve Eling', ['Cllr Steve Eling']],
    ['Councillor S Eling', ['Cllr Steve Eling']],
    ["mary-jane o'neil", ['Mary-Jane O’Neil']],
    ['Gary Bowman / G Bowman', ['Gary Bowman']],
  ])('%s', (text, expected) => {
    const m = match(text);
    expect(names(text)).toEqual(expected);
    expect(m.ambiguous).toEqual([]);
  });

  it('keeps the rest of a sentence as a note, not as a name', () => {
    const m = match('Joy Massey to report on trajectories at March 18 th 2010 meeting');
    expect(names('Joy Massey to report on trajectories at March 18 th 2010 meeting')).toEqual(['Joy Massey']);
    expect(m.unmatched).toEqual([]);
    expect(m.notes).toEqual(['to report on trajectories at March 18 th 2010 meeting']);
  });

  it('finds names among other words', () => {
    const m = match('Henry Seaton NAS meeting with LSP in Oct 2009');
    expect(m.officers).toEqual([3]);
    expect(m.unmatched).toEqual([]);
  });
});

describe('groups', () => {
  it.each([
    ['ALL Partners', ['ALL Partners']],
    ['TP Leads', ['TP Leads']],
    ['Thematic Partnership Chairs and Leads J Massey G Bowman', ['Thematic Partnership Chairs and Leads']],
  ])('%s is a group, so nobody is guessed', (text, groups) => {
    const m = match(text);
    expect(m.groups).toEqual(groups);
    expect(m.unmatched).toEqual([]);
    expect(names(text)).toEqual(text.includes('Massey') ? ['Joy Massey', 'Gary Bowman'] : []);
  });

  it('a group beside people keeps the people', () => {
    const m = match('Joy Massey Gary Bowman\nTP Leads');
    expect(names('Joy Massey Gary Bowman\nTP Leads')).toEqual(['Joy Massey', 'Gary Bowman']);
    expect(m.groups).toEqual(['TP Leads']);
  });

  it('an Officers row named like a group (with a list address) is matched as that row', () => {
    const withGroup = createNameMatcher([...OFFICERS, { name: 'TP Leads' }]);
    const m = withGroup('TP Leads');
    expect(m.officers).toEqual([OFFICERS.length]);
    expect(m.groups).toEqual([]);
  });
});

describe('names that almost match: reported with a suggestion, never used', () => {
  it.each([
    ['Janine Browne', 'Janine Brown'],
    ['Garry Bowman', 'Gary Bowman'],
    ['Bowman', 'Gary Bowman'],
    ['J Masey', 'Joy Massey'],
  ])('%s', (text, suggestion) => {
    const m = match(text);
    expect(m.officers).toEqual([]);
    expect(m.unmatched).toEqual([{ text, suggestions: [suggestion] }]);
  });

  it('a typo beside a good name: the good one matches, the typo is reported', () => {
    const m = match('Gary Bowman / Janine Browne');
    expect(names('Gary Bowman / Janine Browne')).toEqual(['Gary Bowman']);
    expect(m.unmatched).toEqual([{ text: 'Janine Browne', suggestions: ['Janine Brown'] }]);
  });
});

describe('names that match nobody', () => {
  it.each([
    ['Alan Dean', 'Alan Dean'],
    ['Karen Hindley', 'Karen Hindley'],
  ])('%s', (text, reported) => {
    const m = match(text);
    expect(m.officers).toEqual([]);
    expect(m.unmatched).toEqual([{ text: reported, suggestions: [] }]);
  });

  it('splits unknown people on separators and "and"', () => {
    const m = match('Gary Bowman Alan Dean/Janine Brown, Steve Smith and Karen Hindley');
    expect(m.officers).toEqual([0, 1]);
    expect(m.unmatched.map((u) => u.text)).toEqual(['Alan Dean', 'Steve Smith', 'Karen Hindley']);
  });

  it('empty text names nobody and reports nothing', () => {
    expect(match('  ')).toEqual({ officers: [], unmatched: [], ambiguous: [], groups: [], notes: [] });
  });
});

describe('ambiguous names', () => {
  const two = [{ name: 'Gary Bowman' }, { name: 'Graham Bowman' }, { name: 'Janine Brown' }];
  const m2 = createNameMatcher(two);
  it('an initial shared by two officers is ambiguous, not guessed', () => {
    const m = m2('G Bowman / Janine Brown');
    expect(m.officers).toEqual([2]);
    expect(m.ambiguous).toEqual([{ text: 'G Bowman', candidates: ['Gary Bowman', 'Graham Bowman'] }]);
  });
  it('the full name still picks one', () => {
    expect(m2('Graham Bowman').officers).toEqual([1]);
  });
  it('two rows with the same name are ambiguous', () => {
    const m = createNameMatcher([{ name: 'Joy Massey' }, { name: 'joy massey' }])('Joy Massey');
    expect(m.officers).toEqual([]);
    expect(m.ambiguous[0]?.candidates).toEqual(['Joy Massey', 'joy massey']);
  });
});

describe('properties', () => {
  const nameArb = fc.tuple(fc.stringMatching(/^[A-Z][a-z]{2,8}$/), fc.stringMatching(/^[A-Z][a-z]{2,10}$/)).map(([f, l]) => `${f} ${l}`);

  it('every officer is found by full name, in any case and spacing, among the others', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(nameArb, { minLength: 1, maxLength: 6, selector: (n) => n.toLowerCase() }),
        fc.constantFrom(' / ', ', ', ' ', ' and ', '\n'),
        (list, sep) => {
          const m = createNameMatcher(list.map((name) => ({ name })))(list.map((n) => (n.length % 2 ? n.toUpperCase() : n)).join(sep));
          expect(m.officers).toEqual(list.map((_, i) => i));
          expect(m.unmatched).toEqual([]);
        },
      ),
    );
  });

  it('never returns an officer whose surname is not in the text', () => {
    fc.assert(
      fc.property(fc.uniqueArray(nameArb, { minLength: 1, maxLength: 5 }), fc.string({ maxLength: 40 }), (list, text) => {
        const m = createNameMatcher(list.map((name) => ({ name })))(text);
        for (const i of m.officers) {
          const surname = list[i]!.split(' ')[1]!.toLowerCase();
          expect(normaliseName(text).split(' ')).toContain(surname);
        }
      }),
    );
  });

  it('levenshtein is a distance', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(levenshtein(a, b)).toBe(levenshtein(b, a));
        expect(levenshtein(a, a)).toBe(0);
        expect(levenshtein(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});
