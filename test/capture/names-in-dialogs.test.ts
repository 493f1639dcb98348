/**
 * Add meeting on the bundle: names that already mean an officer (exactly, by initials, or among
 * several in one entry) are never added to Officers, even when the page asks; a name that
 * matches nobody is added only when asked.
 */
import type { SaveResult } from '../../src/core/capture/schemas';
import type { SavedMeeting } from '../../src/core/capture/dialog-data';
import { MEETINGS, OFFICERS, rows, setUpBook } from './helpers';

const meeting = (over: Record<string, unknown>) => ({
  date: '29/04/2010',
  board: 'LSP Executive Board',
  title: '',
  time: '',
  venue: '',
  attendees: [],
  apologies: [],
  addOfficers: [],
  ...over,
});

describe('Add meeting: names matched against Officers before any is added', () => {
  it('does not add "G Bowman" or "Gary Bowman / Janine Brown", though asked; adds an explicitly ticked new name', () => {
    const book = setUpBook();
    const before = rows(book, OFFICERS).map((o) => o.name);
    expect(before).toEqual(['Gary Bowman', 'Janine Brown']);
    const r = book.call<SaveResult<SavedMeeting>>(
      'captureSaveMeeting',
      meeting({
        attendees: ['G Bowman', 'Gary Bowman / Janine Brown', 'bowman, gary', 'Ann New'],
        addOfficers: ['G Bowman', 'Gary Bowman / Janine Brown', 'bowman, gary', 'Ann New'],
      }),
    );
    expect(r).toMatchObject({ ok: true, value: { addedOfficers: ['Ann New'] } });
    expect(rows(book, OFFICERS).map((o) => o.name)).toEqual([...before, 'Ann New']);
    expect(rows(book, MEETINGS)).toHaveLength(3);
  });

  it('adds nobody when nothing is ticked, near misses included', () => {
    const book = setUpBook();
    const r = book.call<SaveResult<SavedMeeting>>('captureSaveMeeting', meeting({ attendees: ['Garry Bowman', 'G Bowman'], addOfficers: [] }));
    expect(r).toMatchObject({ ok: true, value: { addedOfficers: [] } });
    expect(rows(book, OFFICERS)).toHaveLength(2);
  });
});
