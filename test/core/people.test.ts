import { describeUnmatched, namesAnOfficer, peopleOf, proposePeople } from '../../src/core/capture/people';

const people = peopleOf(['Gary Bowman', 'Janine Brown', 'Helen Okafor', 'David Ashworth']);

describe('people typed in a dialog, matched with the alerts matcher', () => {
  it('uses the officer for an exact or initials match', () => {
    expect(proposePeople(people, 'G Bowman')).toEqual([{ kind: 'officer', typed: 'G Bowman', name: 'Gary Bowman' }]);
    expect(proposePeople(people, 'gary  bowman')).toEqual([{ kind: 'officer', typed: 'gary  bowman', name: 'Gary Bowman' }]);
    expect(proposePeople(people, 'Bowman, Gary')).toEqual([{ kind: 'officer', typed: 'Bowman, Gary', name: 'Gary Bowman' }]);
  });

  it('offers a near miss as "did you mean", never as the officer', () => {
    expect(proposePeople(people, 'Garry Bowman')).toEqual([{ kind: 'near', typed: 'Garry Bowman', suggestions: ['Gary Bowman'] }]);
  });

  it('splits several names in one entry', () => {
    expect(proposePeople(people, 'Gary Bowman / Janine Brown')).toEqual([
      { kind: 'officer', typed: 'Gary Bowman', name: 'Gary Bowman' },
      { kind: 'officer', typed: 'Janine Brown', name: 'Janine Brown' },
    ]);
    expect(proposePeople(people, 'David Ashworth / Zoe Quinn').map((p) => p.kind)).toEqual(['officer', 'new']);
  });

  it('keeps a group and a new name as typed', () => {
    expect(proposePeople(people, 'ALL Partners')).toEqual([{ kind: 'group', typed: 'ALL Partners' }]);
    expect(proposePeople(people, 'Zoe Quinn')).toEqual([{ kind: 'new', typed: 'Zoe Quinn' }]);
    expect(proposePeople(people, '  ')).toEqual([]);
  });

  it('knows when a text names an officer already', () => {
    expect(namesAnOfficer(people, 'G Bowman')).toBe(true);
    expect(namesAnOfficer(people, 'Gary Bowman / Janine Brown')).toBe(true);
    expect(namesAnOfficer(people, 'Garry Bowman')).toBe(false);
    expect(namesAnOfficer(people, 'Zoe Quinn')).toBe(false);
  });

  it('describes the names that match nobody, for a note', () => {
    expect(describeUnmatched(proposePeople(people, 'David Ashworth / Helen Okafor'))).toBe('');
    expect(describeUnmatched(proposePeople(people, 'Garry Bowman / Zoe Quinn'))).toBe(
      'Not in Officers: "Garry Bowman" (did you mean Gary Bowman?), "Zoe Quinn".',
    );
    expect(describeUnmatched(proposePeople(people, 'ALL Partners'))).toBe('');
  });
});
