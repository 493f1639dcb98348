import { ACTIONS } from '../../src/core/layout';
import { readActions, readMeetings, readOfficers } from '../../src/core/records';
import { MEETINGS, OFFICERS } from '../../src/core/layout';
import { parseDay } from '../../src/core/parse-date';
import { computeStatusBlock } from '../../src/core/status-block';
import { dataRows, headerProblems, mapHeaders } from '../../src/core/table';
import { asLiteralText } from '../../src/core/text-safety';

const headers = ACTIONS.columns.map((c) => c.header);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

function row(values: Partial<Record<string, unknown>>): unknown[] {
  return ACTIONS.columns.map((c) => values[c.key] ?? '');
}

describe('finding columns by header', () => {
  it('finds moved columns by name', () => {
    const shuffled = [...headers].reverse();
    const map = mapHeaders(ACTIONS, shuffled);
    expect(map.missing).toEqual([]);
    expect(map.index.get('ref')).toBe(headers.length - 1);
  });

  it('accepts the headings boards use in their own papers', () => {
    const map = mapHeaders(ACTIONS, ['Ref No and subject', 'Responsible Member/Officer']);
    expect(map.index.get('ref')).toBe(0);
    expect(map.index.get('responsible')).toBe(1);
  });

  it('reports a renamed header at its cell, naming both names', () => {
    const renamed = [...headers];
    renamed[headers.indexOf('Matters Arising/Actions')] = 'Actions text';
    const map = mapHeaders(ACTIONS, renamed);
    const problems = headerProblems(ACTIONS, map);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: 'Actions', cell: 'H1' });
    expect(problems[0]!.message).toContain('Matters Arising/Actions');
    expect(problems[0]!.message).toContain('Actions text');
  });

  it('reports a deleted header', () => {
    const cut = headers.slice(0, -1);
    const problems = headerProblems(ACTIONS, mapHeaders(ACTIONS, cut));
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining(`"${headers[headers.length - 1]}" is missing`)]);
  });
});

describe('reading action rows', () => {
  const map = mapHeaders(ACTIONS, headers);

  it('reads Date cells as calendar dates and keeps rows with bad values, reporting the cell', () => {
    const values = [
      row({ ref: '28.01.05', meetingDate: new Date('2010-01-28T00:00:00Z'), text: 'Report back', dueDate: 'next month' }),
      row({ text: 'An action nobody numbered', meetingDate: new Date('2010-01-28T00:00:00Z') }),
    ];
    const { records, problems } = readActions(map, dataRows(map, values as never), isoOf);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ ref: '28.01.05', meetingDate: '2010-01-28', dueDate: undefined, origin: { row: 2 } });
    expect(problems).toEqual([
      expect.objectContaining({ cell: 'L2', message: expect.stringContaining('"next month" is not a date') }),
      expect.objectContaining({ cell: 'A3', message: expect.stringContaining('no Ref No') }),
    ]);
  });

  it('checks each row against the model: a malformed reference is reported at its cell, the row kept', () => {
    const values = [row({ ref: '28-01-05', text: 'Typed with dashes' }), row({ ref: '28.1.5', text: 'Short form is fine' })];
    const { records, problems } = readActions(map, dataRows(map, values as never), isoOf);
    expect(records.map((r) => r.text)).toEqual(['Typed with dashes', 'Short form is fine']);
    expect(problems).toEqual([{ sheet: 'Actions', cell: 'A2', message: 'Ref No "28-01-05" is not a reference like 28.01.05 (meeting day.month.number).' }]);
  });

  it('reports a reference typed twice at its second cell, naming the first row', () => {
    const values = [row({ ref: '28.01.05', text: 'a' }), row({ ref: '28.01.06', text: 'b' }), row({ ref: '28.1.5', text: 'c' })];
    const { records, problems } = readActions(map, dataRows(map, values as never), isoOf);
    expect(records).toHaveLength(3);
    expect(problems).toEqual([
      { sheet: 'Actions', cell: 'A4', message: 'Ref No 28.01.05 is already used in row 2; references must be unique, so renumber one of them.' },
    ]);
  });

  it('skips blank rows but keeps row numbers true to the sheet', () => {
    const values = [row({ ref: '1.1.1', text: 'a' }), row({}), row({ ref: '1.1.2', text: 'b' })];
    const { records } = readActions(map, dataRows(map, values as never), isoOf);
    expect(records.map((r) => r.origin.row)).toEqual([2, 4]);
  });

  it('parses dates typed as text the British way', () => {
    expect(parseDay('18/03/2010')).toBe('2010-03-18');
    expect(parseDay('28.1.10')).toBe('2010-01-28');
    expect(parseDay('31/02/2010')).toBeUndefined();
    expect(parseDay('03/18/2010')).toBeUndefined();
  });
});

describe('the status block', () => {
  const map = mapHeaders(ACTIONS, headers);
  it('reports a hand-typed status and keeps it in the note, also on the next refresh', () => {
    const values = [row({ ref: '1.1.1', text: 'a', status: 'Done!' }), row({ ref: '1.1.2', text: 'b', isDecision: true })];
    const { records, problems: rowProblems } = readActions(map, dataRows(map, values as never), isoOf);
    const first = computeStatusBlock({
      actions: records,
      rowProblems,
      currentStatus: ['Done!', ''],
      currentNotes: ['', ''],
      firstRow: 2,
      rowCount: 2,
      statusColumn: headers.indexOf('Status') + 1,
      asAt: '2010-03-18',
    });
    expect(first.values).toEqual([
      ['Actions outstanding – no dates confirmed', ''],
      ['Decisions', ''],
    ]);
    expect(first.problems).toEqual([expect.objectContaining({ cell: 'D2', message: expect.stringContaining('"Done!" was typed by hand') })]);
    expect(first.notes[0]![0]).toContain('Typed here before: Done!');
    const second = computeStatusBlock({
      actions: records,
      rowProblems,
      currentStatus: [first.values[0]![0]!, 'Decisions'],
      currentNotes: [first.notes[0]![0]!, ''],
      firstRow: 2,
      rowCount: 2,
      statusColumn: headers.indexOf('Status') + 1,
      asAt: '2010-03-18',
    });
    expect(second.problems).toEqual([]);
    expect(second.notes[0]![0]).toContain('Typed here before: Done!');
  });

  it('reports "Completed" typed over the status of an action with no Completed date', () => {
    const values = [row({ ref: '1.1.1', text: 'a', dueDate: new Date('2010-04-01T00:00:00Z'), status: 'Completed' })];
    const { records } = readActions(map, dataRows(map, values as never), isoOf);
    const block = computeStatusBlock({
      actions: records,
      rowProblems: [],
      currentStatus: ['Completed'],
      currentNotes: [''],
      firstRow: 2,
      rowCount: 1,
      statusColumn: headers.indexOf('Status') + 1,
      asAt: '2010-03-18',
    });
    expect(block.values[0]![0]).toBe('Not yet due');
    expect(block.problems).toEqual([expect.objectContaining({ cell: 'D2', message: expect.stringContaining('"Completed" was typed by hand') })]);
    expect(block.notes[0]![0]).toContain('Typed here before: Completed');
  });

  it('does not report a status the script wrote earlier and the passing days have changed', () => {
    const values = [row({ ref: '1.1.1', text: 'a', dueDate: new Date('2010-03-01T00:00:00Z'), status: 'Not yet due' })];
    const { records } = readActions(map, dataRows(map, values as never), isoOf);
    const block = computeStatusBlock({
      actions: records,
      rowProblems: [],
      currentStatus: ['Not yet due'],
      currentNotes: [''],
      firstRow: 2,
      rowCount: 1,
      statusColumn: headers.indexOf('Status') + 1,
      asAt: '2010-03-18',
    });
    expect(block.problems).toEqual([]);
  });

  it('marks overdue rows and counts statuses', () => {
    const values = [row({ ref: '1.1.1', text: 'a', dueDate: new Date('2010-03-01T00:00:00Z') })];
    const { records } = readActions(map, dataRows(map, values as never), isoOf);
    const block = computeStatusBlock({
      actions: records,
      rowProblems: [],
      currentStatus: [''],
      currentNotes: [''],
      firstRow: 2,
      rowCount: 1,
      statusColumn: headers.indexOf('Status') + 1,
      asAt: '2010-03-18',
    });
    expect(block.values[0]).toEqual(['Actions outstanding – no dates confirmed', 'Yes']);
    expect(block.overdue).toBe(1);
    expect(block.counts.noDate).toBe(1);
  });
});

describe('text typed by users stays text', () => {
  it.each([
    ['=IMPORTXML("http://x")', '\'=IMPORTXML("http://x")'],
    ['+44 121 000', "'+44 121 000"],
    ['-', "'-"],
    ['@channel', "'@channel"],
    ['28.01.05', "'28.01.05"],
    ['TRUE', "'TRUE"],
    // Sheets reads these as a time or a date, not as the text typed:
    ['2:00pm', "'2:00pm"],
    ['2pm', "'2pm"],
    ['18 March 2010', "'18 March 2010"],
    ['18th Mar 2010', "'18th Mar 2010"],
    ['March 2010', "'March 2010"],
    // a leading apostrophe typed by the user is kept (Sheets would drop it as an input marker)
    ["'Twas agreed", "''Twas agreed"],
    ['Report to Exec board in March 2010', 'Report to Exec board in March 2010'],
    ['', ''],
  ])('%s', (input, stored) => {
    expect(asLiteralText(input)).toBe(stored);
  });
});

describe('reading officers', () => {
  it('reports an email address without "@" at its cell and keeps the officer', () => {
    const map = mapHeaders(OFFICERS, ['Name', 'Email', 'Organisation']);
    const values = [
      ['Gary Bowman', 'gary.bowman.example.gov.uk', 'Council'],
      ['Janine Brown', 'janine.brown@example.nhs.uk', 'Health'],
    ];
    const { records, problems } = readOfficers(map, dataRows(map, values as never), isoOf);
    expect(records.map((r) => r.name)).toEqual(['Gary Bowman', 'Janine Brown']);
    expect(problems).toEqual([{ sheet: 'Officers', cell: 'B2', message: 'Email "gary.bowman.example.gov.uk" is not an email address.' }]);
  });
});

describe('times typed into text columns', () => {
  it('read back as the time, not as 30/12/1899', () => {
    const map = mapHeaders(
      MEETINGS,
      MEETINGS.columns.map((c) => c.header),
    );
    const time = new Date(1899, 11, 30, 14, 0); // what getValues gives for "14:00" typed in a general cell
    const values = [MEETINGS.columns.map((c) => (c.key === 'date' ? new Date(2010, 2, 18) : c.key === 'time' ? time : ''))];
    const local = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const { records } = readMeetings(map, dataRows(map, values as never), local);
    expect(records[0]).toMatchObject({ date: '2010-03-18', time: '14:00' });
  });
});
