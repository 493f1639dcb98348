import fc from 'fast-check';
import { defaultMeetingDate, resolveMeetingInput } from '../../src/core/papers/choose';
import {
  ACTION_TABLE_HEADER,
  agendaItems,
  buildPaper,
  FORWARD_PLAN_HEADER,
  HEADER_BACKGROUND,
  listInWords,
  minutesItems,
  numbered,
  paperName,
  refCell,
  splitAttendee,
} from '../../src/core/papers/models';
import {
  checkTemplate,
  isInertReplacement,
  listPlaceholders,
  MAX_PLACEHOLDER_OCCURRENCES,
  oneLine,
  placeholderCounts,
  planFill,
  rightToLeft,
  templateProblems,
} from '../../src/core/papers/placeholders';
import { compareByReference, previousMeeting, selectActionLogRows } from '../../src/core/papers/selection';
import { DEFAULT_TEMPLATES } from '../../src/core/papers/templates';
import type { Action } from '../../src/core/model';
import { statusEntry } from '../../src/core/status';
import { actions, BOARD, data, EXPECTED_LOG, MEETING, meetings, PREVIOUS } from './sample-board';

describe('action log selection rule', () => {
  const rows = selectActionLogRows(actions, meetings, MEETING, BOARD);

  it('selects outstanding, completed-since-last and last meeting decisions, in reference order', () => {
    expect(rows.map((r) => [r.action.ref, r.status, r.reason])).toEqual(EXPECTED_LOG);
  });

  it('colours each row by its status as at the meeting', () => {
    for (const r of rows) expect(r.background).toBe(statusEntry(r.status).background);
    expect(rows.find((r) => r.action.ref === '10.11.05')?.overdue).toBe(true);
  });

  it("drops what was completed before the previous meeting, older decisions and this meeting's own rows", () => {
    const refs = rows.map((r) => r.action.ref);
    expect(refs).not.toContain('15.09.07');
    expect(refs).not.toContain('15.09.09');
    expect(refs.some((r) => r.startsWith('15.03.'))).toBe(false);
  });

  it('shows a completed action once: on the next log it is gone', () => {
    const next = selectActionLogRows(actions, meetings, '2012-04-26', BOARD).map((r) => r.action.ref);
    expect(next).not.toContain('10.11.06');
    expect(next).not.toContain('19.01.04');
    expect(next).not.toContain('19.01.01'); // decisions of January are not decisions of the previous meeting
    expect(next).toContain('19.01.05'); // completed 20 March: after 15 March, so shown once on April's log
    expect(next).toContain('15.03.01'); // March's decisions now appear
  });

  it('finds the previous meeting of the same board', () => {
    expect(previousMeeting(meetings, MEETING, BOARD)?.date).toBe(PREVIOUS);
    expect(previousMeeting([...meetings, { ...meetings[0]!, date: '2012-02-01', board: 'Another Board' }], MEETING, BOARD)?.date).toBe(PREVIOUS);
  });

  it('property: every outstanding earlier action appears exactly once, and the rows are sorted', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2012-0${1 + (d % 5)}-${String(d).padStart(2, '0')}`);
    const arb = fc.array(
      fc.record({
        n: fc.integer({ min: 1, max: 40 }),
        meetingDate: fc.constantFrom('2011-11-10', PREVIOUS, MEETING),
        dueDate: fc.option(day, { nil: undefined }),
        completedDate: fc.option(day, { nil: undefined }),
        isDecision: fc.boolean(),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const list: Action[] = specs.map((s, i) => ({
          ref: `${s.meetingDate.slice(8)}.${s.meetingDate.slice(5, 7)}.${String(s.n).padStart(2, '0')}`,
          agendaItem: '',
          subject: `s${i}`,
          meetingDate: s.meetingDate,
          text: '',
          responsible: '',
          isDecision: s.isDecision,
          dueDate: s.dueDate,
          completedDate: s.completedDate,
          commentary: '',
        }));
        const selected = selectActionLogRows(list, meetings, MEETING, BOARD);
        for (let i = 1; i < selected.length; i++) {
          expect(compareByReference(selected[i - 1]!.action, selected[i]!.action)).toBeLessThanOrEqual(0);
        }
        for (const a of list) {
          const count = selected.filter((r) => r.action === a).length;
          const outstanding = !a.isDecision && a.meetingDate! < MEETING && !(a.completedDate && a.completedDate <= MEETING);
          if (outstanding) expect(count).toBe(1);
          if (a.meetingDate === MEETING) expect(count).toBe(0);
          if (a.isDecision) expect(count).toBe(a.meetingDate === PREVIOUS ? 1 : 0);
        }
      }),
    );
  });
});

describe('right on every row (pure)', () => {
  const base = actions.find((a) => a.ref === '15.03.02')!;

  it('shows an action completed on the day of its own meeting once, on the next log, then never', () => {
    const done = { ...base, completedDate: MEETING };
    const all = [...actions.filter((a) => a !== base), done];
    const later = [...meetings, { ...meetings.at(-1)!, date: '2012-06-21' }];
    expect(selectActionLogRows(all, later, MEETING, BOARD).some((r) => r.action === done)).toBe(false); // raised there: not on its own log
    expect(
      selectActionLogRows(all, later, '2012-04-26', BOARD)
        .filter((r) => r.action === done)
        .map((r) => [r.status, r.reason]),
    ).toEqual([['completed', 'completedSinceLast']]);
    expect(selectActionLogRows(all, later, '2012-06-21', BOARD).some((r) => r.action === done)).toBe(false);
  });

  it('minutes give the date for report agreed at that meeting: the first date, not a later deferral', () => {
    const deferred = { ...base, firstDueDate: '2012-04-26', dueDate: '2012-06-21' };
    const [item] = minutesItems([deferred], MEETING);
    expect(item!.actions[0]).toContain('Report by 26th April 2012.');
    expect(item!.actions[0]).not.toContain('21st June');
    expect(minutesItems([{ ...base, dueDate: '2012-06-21' }], MEETING)[0]!.actions[0]).toContain('Report by 21st June 2012.');
  });
});

describe('action and forward plan tables', () => {
  const paper = buildPaper('actionLog', data, MEETING);

  it('names the paper with the board and plain date', () => {
    expect(paper.name).toBe(`${BOARD} – Action Log – 15 March 2012`);
    expect(paperName('minutes', 'Executive Board', '2010-03-18')).toBe('Executive Board – Draft Minutes – 18 March 2010');
  });

  it('fills the text placeholders', () => {
    expect(paper.text).toMatchObject({ board: BOARD, title: 'Action Log & Forward Plan', meeting_date: 'Thursday 15th March 2012' });
  });

  it('builds the action table: header, "ref item subject", dd/mm/yyyy and each row in its colour', () => {
    const t = paper.tables.action_table!;
    expect(t.cells[0]).toEqual(ACTION_TABLE_HEADER);
    expect(t.headerRows).toBe(1);
    expect(t.cells[1]).toEqual([
      '15.09.03 Item 4 Youth Employment',
      '15/09/2011',
      'Report on apprenticeships offered by partners.',
      'Ruth Okafor / Alan Marsh',
      'Status: Actions outstanding – date for report agreed.\nDeferred from 10th November to allow the survey to close.\nReport due 15th March 2012 (first agreed for 10th November 2011).',
    ]);
    expect(t.cells.slice(1).map((r) => r[0]!.split(' ')[0])).toEqual(EXPECTED_LOG.map((e) => e[0]));
    expect(t.backgrounds[0]).toEqual(Array(5).fill(HEADER_BACKGROUND));
    EXPECTED_LOG.forEach(([, status], i) => expect(t.backgrounds[i + 1]).toEqual(Array(5).fill(statusEntry(status as never).background)));
    expect(t.boldRows).toEqual([0]);
    const overdue = t.cells.find((r) => r[0]!.startsWith('10.11.05'))!;
    expect(overdue[4]).toBe('Status: Actions outstanding – no dates confirmed (overdue).\nOverdue: report was due 19th January 2012.');
    expect(t.cells.find((r) => r[0]!.startsWith('10.11.02'))![4]).toContain('Date for report to be agreed.');
    expect(t.cells.find((r) => r[0]!.startsWith('10.11.06'))![4]).toBe('Status: Completed.\nFigures circulated by email.\nCompleted 2nd February 2012.');
    // The status in words on every row, matching the row's colour (never colour alone).
    t.cells
      .slice(1)
      .forEach((r, i) => expect(r[4]!.split('\n')[0]).toMatch(new RegExp(`^Status: ${statusEntry(EXPECTED_LOG[i]![1] as never).label}( \\(overdue\\))?\\.$`)));
  });

  it('ref cell leaves out what is blank', () => {
    expect(refCell({ ...actions[0]!, agendaItem: '', subject: 'Budget' })).toBe('19.01.10 Budget');
  });

  it('builds the forward plan: open items, "To be received" for meeting dates, free text otherwise', () => {
    const t = paper.tables.forward_plan_table!;
    expect(t.cells).toEqual([
      FORWARD_PLAN_HEADER,
      ['Executive', '15/09/2011', 'Annual review of the Partnership Compact', 'Liz Carter', 'To be received 15th March 2012'],
      ['Executive', '10/11/2011', 'Health inequalities action plan', 'Priya Shah', 'To be received 26th April 2012\nDeferred from March'],
      ['Executive', '19/01/2012', 'Safeguarding Adults Board annual report', 'Tom Ellis / Ruth Okafor', 'To be received 15th March 2012'],
      ['', '', 'Audit of play areas', 'Parks Team', 'Review at quarterly intervals'],
    ]);
  });

  it('status key: a swatch in each colour beside its label', () => {
    const t = paper.tables.status_key!;
    expect(t.cells.map((r) => r[1])).toEqual([
      'Completed',
      'Not yet due',
      'Actions outstanding – date for report agreed',
      'Actions outstanding – no dates confirmed',
      'Decisions',
    ]);
    expect(t.backgrounds.map((r) => r[0])).toEqual(['#b7e1cd', '#c9daf8', '#fce8b2', '#f4c7c3', '#d9d2e9']);
    expect(t.backgrounds.every((r) => r[1] === undefined)).toBe(true);
  });

  it('throws a readable message for a date that is not a meeting', () => {
    expect(() => buildPaper('agenda', data, '2012-03-16')).toThrow('There is no meeting on 16/03/2012 in Meetings.');
  });
});

describe('agenda', () => {
  it('standing items, reports due at this meeting with their officers, AOB, next meeting', () => {
    const meeting = meetings.find((m) => m.date === MEETING)!;
    expect(agendaItems(data, meeting)).toEqual([
      { number: 'Item 1', title: 'Welcome and apologies', lead: 'Chair' },
      { number: 'Item 2', title: 'Minutes of the last meeting (19th January 2012) and matters arising', lead: 'Chair' },
      { number: 'Item 3', title: 'Action Log & Forward Plan', lead: '' },
      { number: 'Item 4', title: 'Annual review of the Partnership Compact', lead: 'Liz Carter' },
      { number: 'Item 5', title: 'Safeguarding Adults Board annual report', lead: 'Tom Ellis / Ruth Okafor' },
      { number: 'Item 6', title: 'Any other business', lead: '' },
      { number: 'Item 7', title: 'Date of next meeting: 2.00pm, Thursday 26th April 2012, Council Chamber, Civic Centre, Northfield', lead: '' },
    ]);
  });

  it('says "to be confirmed" when no later meeting is planned', () => {
    const meeting = meetings.find((m) => m.date === '2012-04-26')!;
    expect(agendaItems(data, meeting).at(-1)?.title).toBe('Date of next meeting: to be confirmed');
  });
});

describe('draft minutes', () => {
  it("groups the meeting's rows by agenda item with Decision: and Action: rows", () => {
    expect(minutesItems(actions, MEETING)).toEqual([
      {
        item: 'Item 3',
        subject: 'Compact Review',
        decisions: ['The revised Compact was agreed.'],
        actions: [
          'Publish the Compact on the partnership website. Responsible: Liz Carter. Report by 26th April 2012. [15.03.02]',
          'Each partner to name a Compact champion. Responsible: ALL Partners. [15.03.03]',
        ],
      },
      {
        item: 'Item 4',
        subject: 'Safeguarding Adults annual report',
        decisions: [],
        actions: ['Report on the review of referral pathways. Responsible: Tom Ellis. Report by 21st June 2012. [15.03.04]'],
      },
    ]);
  });

  it('lays the items out as the minutes do', () => {
    const paper = buildPaper('minutes', data, MEETING);
    const t = paper.tables.minutes_items!;
    expect(t.cells.map((r) => r[0])).toEqual(['Item 3', 'Decision:', 'Action:', 'Item 4', 'Action:']);
    expect(t.cells[2]![1]).toMatch(/^\(i\) Publish the Compact.*\n\(ii\) Each partner/);
    expect(t.boldRows).toEqual([0, 3]);
    expect(paper.text.apologies).toBe('Gareth Lloyd, Sandra Voss and Imran Qureshi.');
    expect(paper.tables.attendees!.cells[0]).toEqual(['Cllr Margaret Dunne', 'Chair, Leader of Northfield Council']);
    expect(paper.name).toBe(`${BOARD} – Draft Minutes – 15 March 2012`);
  });

  it('helpers', () => {
    expect(listInWords([])).toBe('None.');
    expect(listInWords(['A'])).toBe('A.');
    expect(numbered(['x'])).toBe('x');
    expect(splitAttendee('Jo Bloggs')).toEqual(['Jo Bloggs', '']);
  });
});

describe('placeholders', () => {
  it('lists placeholders once each, in order', () => {
    expect(listPlaceholders('{{board}} {{ title }}\n{{board}} {{x}}')).toEqual(['board', 'title', 'x']);
  });

  it('reports unknown ones by name, required ones missing and tables not on their own line', () => {
    const check = checkTemplate('{{board}} {{boad}}\nSee {{action_table}} below\n{{forward_plan}}', 'actionLog');
    expect(check.unknown).toEqual(['boad', 'forward_plan']);
    expect(check.missing).toEqual([]);
    expect(check.notAlone).toEqual(['action_table']);
    expect(templateProblems(check)).toEqual([
      'Unknown placeholders: {{boad}}, {{forward_plan}}.',
      '{{action_table}} must be on a line of its own (it becomes a table).',
    ]);
    expect(templateProblems(checkTemplate('{{board}}', 'minutes'))).toEqual(['Missing placeholder: {{minutes_items}}.']);
  });

  it('counts each placeholder line by line, never across lines (a search never crosses paragraphs)', () => {
    expect(placeholderCounts('{{venue}} and {{ venue }}\n{{board}} {{venue}}\n{{\nboard}}')).toEqual({ venue: 3, board: 1 });
    expect(checkTemplate('{{{board}}}\n{{action_table}}', 'actionLog').counts).toEqual({ board: 1, action_table: 1 });
  });

  it('refuses a template with more placeholders than the ceiling, by number', () => {
    const text = `{{action_table}}\n${'{{board}} '.repeat(MAX_PLACEHOLDER_OCCURRENCES)}`;
    const check = checkTemplate(text, 'actionLog');
    expect(check.tooMany).toBe(MAX_PLACEHOLDER_OCCURRENCES + 1);
    expect(templateProblems(check)).toEqual([
      `The template holds ${MAX_PLACEHOLDER_OCCURRENCES + 1} placeholders; at most ${MAX_PLACEHOLDER_OCCURRENCES} are allowed: remove some.`,
    ]);
    expect(checkTemplate(`{{action_table}}\n${'{{board}} '.repeat(MAX_PLACEHOLDER_OCCURRENCES - 1)}`, 'actionLog').tooMany).toBe(0);
  });

  it('only text with no brace, $ or backslash goes through replaceText; everything else is found, as often as the template holds it', () => {
    expect(['Committee Room 2', '', 'Thursday 15th March 2012'].map(isInertReplacement)).toEqual([true, true, true]);
    expect(['Room $5', 'a {{venue}}', 'C:\\papers', 'x } y', '{'].map(isInertReplacement)).toEqual([false, false, false, false, false]);
    expect(oneLine('a\r\nb\nc\rd')).toBe('a b c d');
    const check = checkTemplate('{{board}}\n{{title}} {{venue}} {{venue}}\n{{action_table}}\n{{meeting_date}}\n{{forward_plan_table}}\n{{nope}}', 'actionLog');
    expect(planFill(check, { board: 'Board $1 \\ {{title}}', title: 'Action Log', venue: 'Room $5 {{venue}}', meeting_date: 'Thursday\n15th' })).toEqual({
      replaceAll: [
        { name: 'title', value: 'Action Log' },
        { name: 'meeting_date', value: 'Thursday 15th' },
      ],
      find: [
        { name: 'board', kind: 'text', count: 1, value: 'Board $1 \\ {{title}}' },
        { name: 'venue', kind: 'text', count: 2, value: 'Room $5 {{venue}}' },
        { name: 'action_table', kind: 'table', count: 1, value: '' },
        { name: 'forward_plan_table', kind: 'table', count: 1, value: '' },
      ],
    });
  });

  it('edits found spots right to left, so no edit moves an offset still to be used', () => {
    const spots = [
      { name: 'a', start: 3, end: 9 },
      { name: 'b', start: 20, end: 28 },
      { name: 'c', start: 3, end: 7 },
      { name: 'd', start: 0, end: 1 },
    ];
    expect(rightToLeft(spots).map((s) => s.name)).toEqual(['b', 'a', 'c', 'd']);
    // Applied to one line, the result is each value in place of its own placeholder, literally.
    const line = '{{venue}} / {{board}} / {{venue}}';
    const found = [...line.matchAll(/\{\{(\w+)\}\}/g)].map((m) => ({ name: m[1]!, start: m.index, end: m.index + m[0].length - 1 }));
    const values: Record<string, string> = { venue: 'Room $5 {{venue}}', board: '$& {{board}}' };
    let text = line;
    for (const s of rightToLeft(found)) text = text.slice(0, s.start) + values[s.name] + text.slice(s.end + 1);
    expect(text).toBe('Room $5 {{venue}} / $& {{board}} / Room $5 {{venue}}');
  });

  it('every default template passes its own check', () => {
    for (const [kind, blocks] of Object.entries(DEFAULT_TEMPLATES)) {
      const text = blocks.map((b) => b.text).join('\n');
      expect(templateProblems(checkTemplate(text, kind as never))).toEqual([]);
    }
  });
});

describe('choosing the meeting', () => {
  it('defaults to the cursor row, else the next meeting on or after today, else the latest', () => {
    expect(defaultMeetingDate(meetings, '2012-03-01')).toBe(MEETING);
    expect(defaultMeetingDate(meetings, MEETING)).toBe(MEETING);
    expect(defaultMeetingDate(meetings, '2012-03-01', PREVIOUS)).toBe(PREVIOUS);
    expect(defaultMeetingDate(meetings, '2013-01-01')).toBe('2012-04-26');
    expect(defaultMeetingDate([], '2013-01-01')).toBeUndefined();
  });

  it('reads the typed date or reports why not', () => {
    expect(resolveMeetingInput('  ', meetings, MEETING)).toEqual({ ok: true, date: MEETING });
    expect(resolveMeetingInput('19/01/2012', meetings, MEETING)).toEqual({ ok: true, date: PREVIOUS });
    expect(resolveMeetingInput('banana', meetings, MEETING)).toEqual({ ok: false, message: '"banana" is not a date: type it as dd/mm/yyyy, e.g. 18/03/2010.' });
    const missing = resolveMeetingInput('16/03/2012', meetings, MEETING);
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.message).toMatch(/^There is no meeting on 16\/03\/2012 in Meetings\. Meetings include: .*15\/03\/2012/);
  });
});
