/** The import's pure parts: tables from the clipboard, headings, rows, dates, people, minutes. */
import fc from 'fast-check';
import { formatLong, formatShort, isIsoDate } from '../../src/core/dates';
import { findDatesInText, parseBritishDate } from '../../src/core/parse-date';
import { blocksFromHtml, blocksFromText } from '../../src/core/import/blocks';
import { dateCell, datesInText } from '../../src/core/import/dates';
import { isHeaderAgain, recogniseTable } from '../../src/core/import/headings';
import { createPeopleSplitter } from '../../src/core/import/people';
import { splitBoardAndDate, splitRefSubject, tableRows } from '../../src/core/import/rows';
import { ownerOf, parseMinutesText } from '../../src/core/minutes-import';
import { docIdOf } from '../../src/core/import/schema';
import { planImport } from '../../src/core/import/plan';

describe('blocks from the clipboard', () => {
  test('text/html: rows, cells, paragraphs, bullets and italic lines; Word markup skipped', () => {
    const html = `<html><head><style>p{}</style></head><body><!--[if gte mso 9]><xml>x</xml><![endif]-->
      <p>Before</p><table><tr><td><p>A&amp;B</p><p>second&nbsp;line</p></td><td>Done. <i>Deferred to May.</i> Then</td></tr>
      <tr><td><ul><li>one</li><li>two</li></ul></td><td><p class=MsoListParagraph>·&nbsp;&nbsp;bullet</p></td></tr></table><p>After</p></body></html>`;
    expect(blocksFromHtml(html)).toEqual([
      { kind: 'paragraph', text: 'Before' },
      {
        kind: 'table',
        rows: [
          [
            ['A&B', 'second line'],
            ['Done.', 'Deferred to May.', 'Then'],
          ],
          [['one', 'two'], ['bullet']],
        ],
      },
      { kind: 'paragraph', text: 'After' },
    ]);
  });

  test('text/plain: tabs, quoted multi-line cells with doubled quotes; text without tabs is paragraphs', () => {
    expect(blocksFromText('a\tb\r\n"x\ny"\t"say ""hi"""\n')).toEqual([
      {
        kind: 'table',
        rows: [
          [['a'], ['b']],
          [['x', 'y'], ['say "hi"']],
        ],
      },
    ]);
    expect(blocksFromText('Date: 1 May 2011\nAction:\nSam to go.')).toEqual([
      { kind: 'paragraph', text: 'Date: 1 May 2011' },
      { kind: 'paragraph', text: 'Action:' },
      { kind: 'paragraph', text: 'Sam to go.' },
    ]);
  });

  test('never throws on any text, and a table never has an empty row', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const b of [...blocksFromHtml(s), ...blocksFromText(s)]) if (b.kind === 'table') expect(b.rows.every((r) => r.length > 0)).toBe(true);
      }),
    );
  });
});

describe('headings in the forms boards use', () => {
  const shape = (...headings: string[]) => recogniseTable([headings.map((h) => [h])]);
  test.each([
    [
      ['Ref. no. and subject', 'Board and Date', 'Matters Arising/Actions', 'Responsible Member/Officer', 'Commentary'],
      'actions',
      ['refSubject', 'meeting', 'text', 'responsible', 'commentary'],
    ],
    [['Ref No', 'Date of Meeting', 'Action', 'Lead Officer', 'Date for Report'], 'actions', ['ref', 'meeting', 'text', 'responsible', 'dueDate']],
    [['Recommendation', 'Accepted', 'Deadline', 'Action taken'], 'recommendations', ['recommendation', 'accepted', 'deadline', 'actionTaken']],
    [['Recommendation', 'Response', 'Responsible Officer'], 'recommendations', ['recommendation', 'response', 'leadOfficer']],
    [['Recommendations', 'Responsible Officer', 'Date for Report'], 'actions', ['text', 'responsible', 'dueDate']],
    [['Source', 'Date', 'Item', 'Responsible Officer', 'Completion Date'], 'forwardPlan', ['source', 'dateRaised', 'item', 'responsible', 'completion']],
    [['Meeting', 'Item', 'Responsibility'], 'forwardPlan', ['meeting', 'item', 'responsible']],
  ])('%j', (headings, kind, columns) => {
    expect(shape(...headings)).toMatchObject({ kind, columns, headerRow: 0 });
  });

  test('a title row above the header is passed over; minutes tables are told by their first cells', () => {
    expect(recogniseTable([[['Action Log']], [['Ref No and subject'], ['Commentary']]])).toMatchObject({ kind: 'actions', headerRow: 1 });
    expect(
      recogniseTable([
        [['Item No. 1'], ['Welcome']],
        [['Decision:'], ['Agreed']],
        [['Action:'], ['Sam to go']],
      ]),
    ).toMatchObject({ kind: 'minutes' });
    expect(recogniseTable([[['Name'], ['Phone']]])).toMatchObject({ kind: 'ignore' });
  });

  test('the header row again at a page break', () => {
    expect(isHeaderAgain([['Ref No and subject'], ['Board and Date'], ['Commentary']], ['Ref No and subject', 'Board and Date', 'Commentary'])).toBe(true);
    expect(isHeaderAgain([['28.01.05'], ['Board and Date'], ['x']], ['Ref No and subject', 'Board and Date', 'Commentary'])).toBe(false);
  });
});

describe('rows as they are', () => {
  test('repeated headers skipped, a continued row merged (a cut sentence joined), empty rows ignored', () => {
    const h = ['Ref No and subject', 'Matters Arising/Actions'];
    const read = tableRows(
      [h.map((x) => [x]), [['28.01.05 X'], ['Report with the results of']], [[], []], h.map((x) => [x]), [[], ['the review.', 'Next line']]],
      0,
      ['refSubject', 'text'],
      h,
      ['refSubject'],
    );
    expect(read.repeatedHeaders).toEqual([4]);
    expect(read.merged).toEqual([[5, 2]]);
    expect(read.rows.map((r) => r.cells.get('text'))).toEqual([['Report with the results of the review.', 'Next line']]);
  });

  test.each([
    ['28.01.05 Item 3.2 Safeguarding Children', { ref: '28.01.05', item: '3.2', subject: 'Safeguarding Children' }],
    ['28.1.5 – Item No. 4 (b): Budget.', { ref: '28.1.5', item: '4(b)', subject: 'Budget' }],
    ['17.09.03 Worklessness', { ref: '17.09.03', item: '', subject: 'Worklessness' }],
    ['Item 6 Compact', { ref: '', item: '6', subject: 'Compact' }],
  ])('%s', (text, expected) => expect(splitRefSubject(text)).toEqual(expected));

  test('board and date in one cell', () => {
    expect(splitBoardAndDate(['Executive Board', '25/06/09'])).toEqual({ board: 'Executive Board', date: '2009-06-25', dateText: '25/06/09' });
    expect(splitBoardAndDate(['Executive Board'])).toEqual({ board: 'Executive Board', dateText: '' });
  });
});

describe('dates as boards write them', () => {
  const ctx = { meetingDate: '2009-06-25', meetings: ['2009-06-25', '2009-11-05', '2010-03-18', '2010-04-29'] };
  test.each([
    ['25/06/09', '2009-06-25'],
    ['28.1.10', '2010-01-28'],
    ['17.09.09', '2009-09-17'],
    ['18th March 2010', '2010-03-18'],
    ['1 st April 2010', '2010-04-01'],
    ['March 18 th', '2010-03-18'],
    ['w/c 1 Feb 2010', '2010-02-01'],
    ['November 5th', '2009-11-05'],
    ['March 2010', '2010-03-18'],
    ['Mar 2009', '2009-03-31'],
    ['March/April 2010', '2010-03-18'],
    ['June–Aug 2010', '2010-08-31'],
    ['May or June', '2010-06-30'],
    ['29th April', '2010-04-29'],
  ])('%s in a row of 25/06/2009 counts as %s', (text, date) => {
    expect(dateCell(text, ctx).date?.date).toBe(date);
  });

  test('a month or span is kept as written; what cannot be read is said', () => {
    expect(dateCell('March/April 2010', ctx).date).toMatchObject({ kind: 'range', phrase: 'March/April 2010' });
    expect(dateCell('TBC', ctx)).toEqual({ unreadable: '“TBC” is not a date' });
    expect(dateCell('29th April', { meetings: [] })).toEqual({ unreadable: '“29th April” has no year, and the row has no meeting date to take it from' });
  });

  test('dates in commentary, in order, with the phrase; the March meeting and the next meeting', () => {
    const got = datesInText('Proposals to be received at November 5th Executive Board. Now deferred to March 18th 2010', ctx);
    expect(got.dates.map((d) => [d.date, d.phrase])).toEqual([
      ['2009-11-05', 'November 5th'],
      ['2010-03-18', 'March 18th 2010'],
    ]);
    expect(datesInText('Deferred to the March meeting', ctx).dates.map((d) => d.date)).toEqual(['2010-03-18']);
    expect(datesInText('To the next meeting', ctx).dates.map((d) => d.date)).toEqual(['2009-11-05']);
    expect(datesInText('To the July meeting', ctx)).toEqual({
      dates: [],
      unreadable: ['“the July meeting” names a meeting that is not in Meetings after 25/06/2009'],
    });
  });

  const isoDay = fc
    .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2068-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const dateish = fc
    .tuple(
      fc.constantFrom('', 'w/c ', 'the ', 'Thursday '),
      fc.integer({ min: 0, max: 40 }).map(String),
      fc.constantFrom('', 'th', ' st', ' rd'),
      fc.constantFrom(' ', '/', '.', '-', ' of '),
      fc.constantFrom('March', 'Mar', 'may', 'June–Aug', 'May or June', '13', '02'),
      fc.constantFrom('', ' 2010', '/10', ' meeting', ' 20100'),
    )
    .map((p) => p.join(''));

  test('property: the date reader never throws, whatever the text and the meeting date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), dateish), fc.option(isoDay, { nil: undefined }), (text, meetingDate) => {
        const c = { meetingDate, meetings: meetingDate ? [meetingDate] : [] };
        expect(() => parseBritishDate(text, { today: meetingDate })).not.toThrow();
        expect(() => findDatesInText(text, { today: meetingDate })).not.toThrow();
        const found = datesInText(text, c);
        const cell = dateCell(text, c);
        for (const d of [...found.dates, ...(cell.date ? [cell.date] : [])]) expect(isIsoDate(d.date)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: every day it returns formats back to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), dateish), fc.option(isoDay, { nil: undefined }), (text, today) => {
        const parsed = parseBritishDate(text, { today });
        const days = [parsed, ...findDatesInText(text, { today }).map((f) => f.parsed)].filter((p) => p?.kind === 'day');
        for (const p of days) {
          if (p?.kind !== 'day') continue;
          expect(parseBritishDate(formatShort(p.date))).toEqual(p);
          expect(parseBritishDate(formatLong(p.date))).toEqual(p);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('people in one cell', () => {
  const split = createPeopleSplitter(['Brian Mckinstrie', 'Joy Massey', 'Chris Ward', 'Chris Hale', 'Gary Bowman']);
  test('two people without a separator, known or not', () => {
    expect(split('Brian Aldridge Kevin Griffiths')).toMatchObject({
      responsible: 'Brian Aldridge / Kevin Griffiths',
      newPeople: ['Brian Aldridge', 'Kevin Griffiths'],
    });
    expect(split('Gary Bowman Joy Massey')).toMatchObject({ responsible: 'Gary Bowman / Joy Massey', people: ['Gary Bowman', 'Joy Massey'], newPeople: [] });
  });
  test('a group and a person; a name that fits two; a task after the name', () => {
    expect(split('ALL Brian Mckinstrie')).toMatchObject({
      responsible: 'ALL Partners / Brian Mckinstrie',
      groups: ['ALL Partners'],
      people: ['Brian Mckinstrie'],
    });
    expect(split('Chris')).toMatchObject({ people: [], ambiguous: [{ text: 'Chris', candidates: ['Chris Ward', 'Chris Hale'] }] });
    expect(split('Joy Massey to report on trajectories at March 18 th 2010 meeting')).toMatchObject({
      responsible: 'Joy Massey',
      notes: ['to report on trajectories at March 18 th 2010 meeting'],
    });
  });
});

describe('minutes in both shapes', () => {
  test('an Action: heading with one sentence per action; statements that are not actions are said, not imported', () => {
    const m = parseMinutesText(
      [
        'Date: 12 May 2011, 10:00 to 12:00',
        'Present: Sam Okoro and Chris Ward',
        'Item 1: Terms of reference',
        'Action:',
        'Sam Okoro to circulate the revised terms of reference.',
        'The June agenda will include a general item.',
        'Item 2: AOB',
      ].join('\n'),
    );
    expect(m.meeting).toEqual({ date: '2011-05-12', dateText: '12 May 2011', time: '10:00 to 12:00', attendees: ['Sam Okoro', 'Chris Ward'], apologies: [] });
    expect(m.items).toEqual([
      { number: '1', title: 'Terms of reference', decisions: [], actions: ['Sam Okoro to circulate the revised terms of reference.'] },
      { number: '2', title: 'AOB', decisions: [], actions: [] },
    ]);
    expect(m.warnings).toEqual(['Item 1: “The June agenda will include a general item.” names nobody to do it, so it was not imported as an action.']);
  });
  test.each([
    ['Chris Ward to write to the funding body', 'Chris Ward'],
    ['(ii) Priya Nair to report to the June meeting', 'Priya Nair'],
    ['The June agenda will include a general item', ''],
    ['All partners to sign up', 'All partners'],
    ['It was agreed to wait', ''],
  ])('owner of "%s"', (sentence, owner) => expect(ownerOf(sentence)).toBe(owner));
});

test('a Doc address or id', () => {
  expect(docIdOf('https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUv/edit#heading=h.1')).toBe('1AbCdEfGhIjKlMnOpQrStUv');
  expect(docIdOf('not a url')).toBeUndefined();
});

describe('planImport: rows with no action', () => {
  const meetings = ['2010-01-28', '2010-04-29', '2010-07-29'].map((date) => ({ date, board: '', attendees: [], apologies: [] }));
  const wb = { today: '2010-06-01', actions: [], forwardPlan: [], officers: ['Gary Bowman'], meetings };
  const paste = blocksFromText(
    [
      'Ref No\tDate of Meeting\tAction\tResponsible Officer\tCommentary',
      '28.01.01\t28/01/2010\tFull report and action plan to be brought\tGary Bowman\t"Deferred.\nFull report and action plan received 18/03/2010"',
      '28.01.02\t28/01/2010\tReview at quarterly intervals\tGary Bowman\t',
      '28.01.03\t28/01/2010\tCirculate the plan\tGary Bowman\t',
    ].join('\n'),
  );

  test('proposals are offered, and used only when confirmed', () => {
    const plain = planImport(paste, wb);
    expect(plain.preview.actions.map((a) => [a.ref, a.proposal?.status, a.confirmed])).toEqual([
      ['28.01.01', 'completed', 'action'],
      ['28.01.02', 'recurring', 'action'],
      ['28.01.03', undefined, 'action'],
    ]);
    expect(plain.writes.actions.map((a) => a.completedDate)).toEqual([undefined, undefined, undefined]);
    const confirmed = planImport(paste, wb, { statuses: { t1r2: 'completed', t1r3: 'recurring', t1r4: 'noted' } });
    expect(confirmed.writes.actions.map((a) => [a.ref, a.completedDate, a.dueDate, a.status])).toEqual([
      ['28.01.01', '2010-03-18', '2010-03-18', 'Completed'],
      ['28.01.02', undefined, '2010-07-29', 'Not yet due'], // the next quarter's meeting from today
      ['28.01.03', undefined, undefined, 'Actions outstanding – no dates confirmed'], // no proposal: nothing to confirm
    ]);
  });
});

describe('planImport: de-duplication', () => {
  const wb = {
    today: '2010-06-01',
    actions: [{ ref: '', meetingDate: '2010-01-28', agendaItem: '3', text: 'Noted.' }],
    forwardPlan: [],
    officers: [],
    meetings: [{ date: '2010-01-28', board: 'Executive Board', attendees: [], apologies: [] }],
  };
  test('by reference, else by meeting, item and text: the same words under two items are two rows', () => {
    const paste = blocksFromText(
      [
        'Ref No\tItem\tDate of Meeting\tAction',
        '\t3\t28/01/2010\tNoted.', // in the sheet already (no reference: by meeting, item and text)
        '\t4\t28/01/2010\tNoted.', // another item: new
        '28.01.07\t5\t28/01/2010\tCirculate the plan',
        '28.1.7\t6\t28/01/2010\tCirculate the plan again', // the same reference twice in the paste
      ].join('\n'),
    );
    const { preview, writes } = planImport(paste, wb);
    expect(preview.actions.map((a) => a.duplicate)).toEqual([
      'the same action of the same meeting and item is already in the Actions tab',
      undefined,
      undefined,
      '28.01.07 is also in Table 1, row 4',
    ]);
    expect(writes.actions.map((a) => [a.ref, a.agendaItem])).toEqual([
      ['28.01.08', '4'],
      ['28.01.07', '5'],
    ]);
  });

  test('minutes of a meeting already in Meetings (short board name) add no second Meetings row', () => {
    const html = '<p>Westmoor Executive Board</p><p>Date: 28 January 2010</p><p>Item 1: Budget</p><p>Action:</p><p>Sam Okoro to circulate the budget.</p>';
    expect(planImport(blocksFromHtml(html), wb).preview.meetings[0]?.duplicate).toBe('the meeting of 28/01/2010 is already in the Meetings tab');
  });
});

describe('planImport never throws', () => {
  const pieces = [
    '<table>',
    '<tr>',
    '<td>',
    '</td>',
    '</tr>',
    '</table>',
    '<p>',
    '</p>',
    '\t',
    '\n',
    'Ref No and subject',
    'Commentary',
    'Date: 12 May 2011',
    'Action:',
    'Decision:',
    'Item No. 3',
    '28.01.05 Item 3',
    'Executive Board 25/06/09',
    'Chris',
    'ALL',
    'March 2010',
    'next meeting',
    'the June meeting',
    'Source',
    'Completion Date',
    'Meeting',
    'Item',
    'Responsibility',
  ];
  const soup = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((xs) => xs.join(''));
  test('property: any paste gives a preview, whatever its shape', () => {
    const wb = {
      today: '2010-06-01',
      actions: [],
      forwardPlan: [],
      officers: ['Chris Ward', 'Chris Hale'],
      meetings: [{ date: '2010-06-17', board: '', attendees: [], apologies: [] }],
    };
    fc.assert(
      fc.property(soup, (text) => {
        for (const blocks of [blocksFromHtml(text), blocksFromText(text)]) {
          const { preview, writes } = planImport(blocks, wb);
          expect(writes.actions.length).toBe(preview.counts.actions);
        }
      }),
      { numRuns: 500 },
    );
  });
});
