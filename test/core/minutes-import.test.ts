import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphsOf, parseMinutesText, splitEntries, splitNames } from '../../src/core/minutes-import';

/** An invented board's minutes in the shape of a Word extraction (tabs between cells, <p> leftovers). */
const harrowfield = readFileSync(join(__dirname, 'fixtures', 'harrowfield-minutes.txt'), 'utf8');

describe('parseMinutesText on the Harrowfield minutes', () => {
  const minutes = parseMinutesText(harrowfield);

  test('reads the header fields and the attendance table (one attendee a row, the "(Apologies)" rows left out), not the signature block', () => {
    expect(minutes.meeting).toEqual({
      date: '2010-09-14',
      dateText: 'Tuesday 14th September 2010',
      time: '10.00am',
      venue: 'Committee Room 2, Harrowfield Town Hall',
      apologies: ['Karen Whitlock', 'Dr Imran Saeed', 'Tom Brierley', 'Lucy Dunmore'],
      attendees: [
        'Cllr Margaret Okafor - Chair, Cabinet Member for Health, Harrowfield Borough Council',
        'Dr Peter Lindqvist - Vice Chair, Harrowfield Primary Care Trust',
        'Sunita Bhatt - Director of Public Health',
        'Gareth Owens - Harrowfield Voluntary Action',
      ],
    });
  });

  test('finds every item with its title (the first paragraph of the cell)', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome and apologies'],
      ['2', 'Minutes of the meeting held on 8th June 2010 and matters arising'],
      ['3', 'Joint Strategic Needs Assessment & Health Inequalities'],
      ['4', 'Healthy Weight Strategy – consultation response'],
      ['5', 'Winter Pressures Plan 2010/11'],
      ['6', 'Alcohol Harm Reduction'],
      ['7', "Carers' Strategy Refresh"],
      ['8', 'Any other business'],
    ]);
  });

  test('items with nothing decided or to do have empty lists (narrative and "None." are not imported)', () => {
    for (const n of ['1', '4', '8']) {
      const item = minutes.items.find((i) => i.number === n);
      expect(item).toMatchObject({ decisions: [], actions: [] });
    }
  });

  test('a decision row', () => {
    expect(minutes.items[1]?.decisions).toEqual(['The minutes of the meeting held on 8 th June 2010 were agreed as a correct record.']);
  });

  test('sub-actions (i) (ii) (iii) continued over page breaks are separate actions; "section 4 (iii)" is not a marker', () => {
    const item = minutes.items[2];
    expect(item?.decisions).toEqual(['The Board endorsed the refreshed JSNA and asked that it be published on the partnership website by 1st October 2010.']);
    expect(item?.actions).toEqual([
      'Sunita Bhatt to circulate the JSNA summary to all partners by 24th September 2010.',
      'Each partner to nominate a lead officer for health inequalities, as set out in section 4 (iii) of the report, and notify Hannah Price.',
      'A report on progress against the inequalities targets to be brought to the meeting in December 2010.',
    ]);
  });

  test('one row labelled both Decision and Action: first paragraph the decision, the rest actions, with a warning', () => {
    expect(minutes.items[4]).toMatchObject({
      decisions: ['The Board approved the Winter Pressures Plan subject to the amendments agreed at the meeting.'],
      actions: [
        'Dr Lindqvist to confirm the vaccination uptake target with the PCT Board.',
        'Partners to cascade the winter messages through their staff newsletters during November.',
      ],
    });
  });

  test('a numbered list in a <ul> loses its "; and" joints; a sentence cut by a page break is rejoined', () => {
    expect(minutes.items[5]).toMatchObject({
      decisions: [
        'The Board agreed the three priorities for 2010/11',
        'The Board noted the funding gap for the community alcohol service',
        'The Board delegated approval of the final action plan to the Chair and Vice Chair.',
      ],
      actions: [
        'Gareth Owens to work with the Director of Public Health on a joint bid to the Harrowfield Community Fund; the outcome to be reported to the Board at its meeting in March 2011.',
      ],
    });
  });

  test('list items are separate actions', () => {
    expect(minutes.items[6]?.actions).toEqual([
      "Owen Lloyd to set up a carers' reference group.",
      "Partners to identify carers' champions in each organisation.",
    ]);
  });

  test('warns about what it guessed or left out', () => {
    expect(minutes.warnings).toEqual([
      'Item 4: “See above” was not imported as an action.',
      'Item 5: one row held decisions and actions; the first paragraph was taken as the decision and the rest as actions.',
    ]);
  });

  test('Windows line endings read the same', () => {
    expect(parseMinutesText(harrowfield.replace(/\n/g, '\r\n'))).toEqual(minutes);
  });
});

describe('parseMinutesText edge cases', () => {
  test('an unreadable meeting date is kept as text and reported', () => {
    const m = parseMinutesText('Date: to be confirmed\nItem No. 1\tWelcome');
    expect(m.meeting.date).toBeUndefined();
    expect(m.meeting.dateText).toBe('to be confirmed');
    expect(m.warnings).toEqual(['The meeting date “to be confirmed” is not a date.']);
  });

  test('Decision/Action rows before any item, and header-like lines after the first item, are ignored', () => {
    const m = parseMinutesText(['Action:\tNot under an item', 'Item No. 1\tWelcome', 'Venue: somewhere else', 'Date:'].join('\n'));
    expect(m.meeting).toEqual({ apologies: [] });
    expect(m.items).toEqual([{ number: '1', title: 'Welcome', decisions: [], actions: [] }]);
  });

  test('a line that is neither an item, a label nor a continuation ends the row', () => {
    const m = parseMinutesText(
      ['Item No. 1\tAOB', 'Action:\tClerk to circulate the dates', 'Details of next meeting: 2.00pm', '\tVenue to be confirmed'].join('\n'),
    );
    expect(m.items[0]?.actions).toEqual(['Clerk to circulate the dates']);
  });

  test('item numbers such as 3.1 and 5 (b), and plural labels', () => {
    const m = parseMinutesText(
      ['<p>Item 3.1</p>\t<p>Performance.</p>', 'Actions:\tReport back.', 'Item No. 5 (b)\tEqualities', 'Decisions:\tNoted.'].join('\n'),
    );
    expect(m.items).toEqual([
      { number: '3.1', title: 'Performance', decisions: [], actions: ['Report back.'] },
      { number: '5(b)', title: 'Equalities', decisions: ['Noted.'], actions: [] },
    ]);
  });
});

describe('helpers', () => {
  test('splitNames', () => {
    expect(splitNames('A Jones, B Smith and C Brown.')).toEqual(['A Jones', 'B Smith', 'C Brown']);
    expect(splitNames('A Jones & B Smith')).toEqual(['A Jones', 'B Smith']);
    expect(splitNames('A Jones')).toEqual(['A Jones']);
    expect(splitNames('None.')).toEqual([]);
  });

  test('splitEntries splits only at the next numeral in sequence, after punctuation or a paragraph break', () => {
    expect(splitEntries(['(i) one; see (iii). (ii) two, (iv) not next'])).toEqual(['one; see (iii).', 'two, (iv) not next']);
    expect(splitEntries(['(i) one under section 3 (ii) of the Act.'])).toEqual(['one under section 3 (ii) of the Act.']);
    expect(splitEntries(['(i) one;', '(ii) two; and (iii) three.'])).toEqual(['one', 'two', 'three.']);
    expect(splitEntries(['No markers (i) here'])).toEqual(['No markers (i) here']);
    expect(splitEntries(['It was agreed;', '• a', '• b'])).toEqual(['It was agreed; • a • b']);
  });

  test('paragraphsOf strips markup and decodes entities', () => {
    expect(paragraphsOf('<p>Tom &amp; Jerry&#39;s <i>report</i>.</p> <ul><li>one</li></ul>')).toEqual(["Tom & Jerry's report.", '• one']);
  });
});
