/** The pure parts of update requests: links, working days and bank holidays, items, mail. */
import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { base64UrlOfBytes, base64UrlOfText, checkToken, claimsFor, makeToken, sameText, textOfBase64Url, type Signer } from '../../src/core/updates/link';
import { bankHolidays, easterSunday, isWorkingDay, workingDaysBefore } from '../../src/core/updates/working-days';
import { deadline, meetingToRequest, requestMail } from '../../src/core/updates/request';
import { actionVersion, latestLine, officerItems, signature } from '../../src/core/updates/items';
import type { Action, ForwardPlanItem, Located, Meeting, Officer } from '../../src/core/model';
import { stampLine } from '../../src/core/capture/commentary';
import { toChase, updatesSummaryLines, type UpdateLogRow } from '../../src/core/updates/log';

const signer =
  (key: string): Signer =>
  (payload) =>
    base64UrlOfBytes([...createHmac('sha256', key).update(payload).digest()]);

describe('signed links', () => {
  const sign = signer('the secret');
  const token = makeToken(claimsFor('Janine Brown', '2010-03-18'), sign);

  it('a genuine link is accepted up to and including the meeting day, refused after', () => {
    expect(checkToken(token, sign, '2010-01-29')).toEqual({ ok: true, claims: { officer: 'Janine Brown', meeting: '2010-03-18', lastDay: '2010-03-18' } });
    expect(checkToken(token, sign, '2010-03-18').ok).toBe(true);
    expect(checkToken(token, sign, '2010-03-19')).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('another key, or any one character changed, is refused', () => {
    expect(checkToken(token, signer('another secret'), '2010-01-29')).toMatchObject({ ok: false, reason: 'forged' });
    fc.assert(
      fc.property(fc.nat(token.length - 1), fc.constantFrom(...'ABCXYZabcxyz0189-_.'), (i, ch) => {
        fc.pre(token[i] !== ch);
        const altered = token.slice(0, i) + ch + token.slice(i + 1);
        expect(checkToken(altered, sign, '2010-01-29').ok).toBe(false);
      }),
    );
  });

  it('rubbish is refused without throwing', () => {
    for (const t of [undefined, null, 42, '', '.', 'abc', 'a.b.c', `${'A'.repeat(2000)}.x`, '<script>.x']) {
      expect(checkToken(t, sign, '2010-01-29').ok).toBe(false);
    }
    // validly signed, but claims that do not make sense
    const bad = base64UrlOfText(JSON.stringify({ v: 1, o: 'X', m: '2010-03-18', l: '2011-01-01' }));
    expect(checkToken(`${bad}.${sign(bad)}`, sign, '2010-01-29')).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('base64url round-trips any text, and matches Node for bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => expect(textOfBase64Url(base64UrlOfText(s))).toBe(s)));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -128, max: 255 })), (bytes) => {
        expect(base64UrlOfBytes(bytes)).toBe(Buffer.from(bytes.map((b) => b & 255)).toString('base64url'));
      }),
    );
    expect(sameText('abc', 'abc')).toBe(true);
    expect(sameText('abc', 'abd')).toBe(false);
  });
});

describe('working days in England and Wales', () => {
  it('knows the bank holidays, substitutes and one-off days', () => {
    expect(easterSunday(2010)).toBe('2010-04-04');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect([...bankHolidays(2010)].sort()).toEqual([
      '2010-01-01',
      '2010-04-02',
      '2010-04-05',
      '2010-05-03',
      '2010-05-31',
      '2010-08-30',
      '2010-12-27',
      '2010-12-28',
    ]);
    expect([...bankHolidays(2022)].sort()).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-29',
      '2022-09-19',
      '2022-12-26',
      '2022-12-27',
    ]);
    expect([...bankHolidays(2016)].sort()).toEqual([
      '2016-01-01',
      '2016-03-25',
      '2016-03-28',
      '2016-05-02',
      '2016-05-30',
      '2016-08-29',
      '2016-12-26',
      '2016-12-27',
    ]);
    expect(bankHolidays(2020).has('2020-05-08')).toBe(true);
    expect(bankHolidays(2020).has('2020-05-04')).toBe(false);
    expect(bankHolidays(2023).has('2023-05-08')).toBe(true);
  });

  it('counts working days back from a meeting, skipping weekends and holidays', () => {
    expect(workingDaysBefore('2010-03-18', 5)).toBe('2010-03-11');
    expect(workingDaysBefore('2010-05-06', 5)).toBe('2010-04-28');
    expect(workingDaysBefore('2010-04-08', 3)).toBe('2010-04-01'); // Easter Monday and Good Friday skipped
    expect(workingDaysBefore('2010-03-18', 0)).toBe('2010-03-18');
    expect(isWorkingDay('2010-12-27')).toBe(false);
    expect(deadline('2010-03-18', 5).label).toBe('Thursday 11 March, 5 working days before the meeting');
    expect(deadline('2010-03-18', 1).label).toBe('Wednesday 17 March, 1 working day before the meeting');
    expect(deadline('2010-03-18', 5, '2010-03-11').short).toBe('Thursday 11 March');
    expect(deadline('2010-03-18', 5, '2010-03-12')).toMatchObject({
      short: 'as soon as possible',
      label: 'as soon as possible (the deadline, Thursday 11 March, 5 working days before the meeting, has passed)',
    });
  });

  it('the schedule picks the meeting whose request day is today, and none when switched off', () => {
    const meetings = [{ date: '2010-03-18' }, { date: '2010-04-29' }] as Meeting[];
    expect(meetingToRequest(meetings, '2010-03-04', 10)?.date).toBe('2010-03-18');
    expect(meetingToRequest(meetings, '2010-03-05', 10)).toBeUndefined();
    expect(meetingToRequest(meetings, '2010-03-04', 0)).toBeUndefined();
  });
});

const at = <T>(row: number, x: T): Located<T> => ({ ...x, origin: { sheet: 'Actions', row } });
const act = (over: Partial<Action>): Action => ({
  ref: '28.01.01',
  agendaItem: '3',
  subject: 'Budget',
  meetingDate: '2010-01-28',
  text: 'Do it',
  responsible: 'Janine Brown',
  isDecision: false,
  firstDueDate: '2010-03-18',
  dueDate: '2010-03-18',
  commentary: '',
  completedDate: undefined,
  ...over,
});
const officers: Located<Officer>[] = [
  at(2, { name: 'Gary Bowman', email: 'g@x.org', organisation: '' }),
  at(3, { name: 'Janine Brown', email: 'j@x.org', organisation: '' }),
];

describe("an officer's items", () => {
  it('her open actions only (named in any of the usual ways), and reports due at the meeting not already listed', () => {
    const actions = [
      at(2, act({ ref: '28.01.01', responsible: 'J Brown / Gary Bowman' })),
      at(3, act({ ref: '28.01.02', responsible: 'Gary Bowman' })),
      at(4, act({ ref: '28.01.03', completedDate: '2010-01-29' })),
      at(5, act({ ref: '28.01.04', isDecision: true })),
      at(6, act({ ref: '', text: 'No reference' })),
      at(7, act({ ref: '28.01.05', responsible: 'Brown, Janine', dueDate: '2010-02-01', commentary: 'old\n02/02/2010: newer' })),
    ];
    const fp: Located<ForwardPlanItem>[] = [
      at(2, {
        source: 'Board',
        dateRaised: undefined,
        item: 'Linked',
        responsible: 'Janine Brown',
        dueDate: '2010-03-18',
        dueText: '',
        linkedRef: '28.01.01',
        done: false,
      }),
      at(3, {
        source: 'Board',
        dateRaised: undefined,
        item: 'Annual report',
        responsible: 'Janine Brown',
        dueDate: '2010-03-18',
        dueText: '',
        linkedRef: '',
        done: false,
      }),
      at(4, {
        source: 'Board',
        dateRaised: undefined,
        item: 'Other meeting',
        responsible: 'Janine Brown',
        dueDate: '2010-04-29',
        dueText: '',
        linkedRef: '',
        done: false,
      }),
    ];
    const items = officerItems({ actions, forwardPlan: fp, officers }, 'Janine Brown', '2010-03-18', '2010-02-10');
    expect(items.actions.map((a) => [a.ref, a.overdue, a.latest])).toEqual([
      ['28.01.05', true, '02/02/2010: newer'],
      ['28.01.01', false, ''],
    ]);
    expect(items.reports.map((r) => r.item)).toEqual(['Annual report']);
  });

  it('the version changes with the commentary, date for report or completion', () => {
    const a = act({});
    expect(actionVersion(a)).toBe(actionVersion({ ...a, text: 'reworded' } as Action));
    expect(actionVersion(a)).not.toBe(actionVersion({ ...a, commentary: 'x' }));
    expect(actionVersion(a)).not.toBe(actionVersion({ ...a, dueDate: '2010-04-29' }));
    expect(actionVersion(a)).not.toBe(actionVersion({ ...a, completedDate: '2010-01-29' }));
    expect(latestLine('a\n\nb\n')).toBe('b');
  });

  it('signs as initial and surname', () => {
    expect(signature('Janine Brown')).toBe('J. Brown');
    expect(signature('Cllr Joy Massey')).toBe('J. Massey');
    expect(signature('Mary Anne Smith')).toBe('M. A. Smith');
    expect(signature('Secretariat')).toBe('Secretariat');
    expect(stampLine('2010-03-08', 'Report drafted;\n to EB in April', 'J. Brown')).toBe('08/03/2010 J. Brown: Report drafted; to EB in April');
  });
});

describe('the request email', () => {
  it('lists the items, escapes text in the HTML, and carries the link and deadline', () => {
    const items = officerItems(
      { actions: [at(2, act({ text: '<img src=x onerror=alert(1)>' }))], forwardPlan: [], officers },
      'Janine Brown',
      '2010-03-18',
      '2010-01-29',
    );
    const mail = requestMail(
      { officer: officers[1]!, items },
      { board: 'Executive Board', meeting: '2010-03-18', deadline: deadline('2010-03-18', 5), link: 'https://script.google.com/macros/s/x/exec?t=a.b' },
    );
    expect(mail.subject).toBe('Executive Board: your updates for 18/03/2010, by Thursday 11 March');
    expect(mail.text).toContain('by Thursday 11 March, 5 working days before the meeting');
    expect(mail.text).toContain('https://script.google.com/macros/s/x/exec?t=a.b');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('href="https://script.google.com/macros/s/x/exec?t=a.b"');
  });
});

describe('the Updates tab', () => {
  const row = (officer: string, over: Partial<UpdateLogRow> = {}): UpdateLogRow => ({
    row: 2,
    meeting: '2010-03-18',
    officer,
    email: '',
    asked: true,
    answered: false,
    chased: false,
    updates: 0,
    deadline: '2010-03-11',
    answeredOn: undefined,
    ...over,
  });
  const rows = [
    row('Gary Bowman'),
    row('Janine Brown', { answered: true, answeredOn: '2010-03-02', updates: 2 }),
    row('Joy Massey', { chased: true }),
    row('Old', { meeting: '2010-01-28' }),
  ];

  it('chases those asked who have not answered, once each', () => {
    const { chase, alreadyChased } = toChase(rows, '2010-03-18');
    expect(chase.map((r) => r.officer)).toEqual(['Gary Bowman']);
    expect(alreadyChased.map((r) => r.officer)).toEqual(['Joy Massey']);
  });

  it('the summary lines: the next meeting asked about; past the deadline, the list for the chair', () => {
    expect(updatesSummaryLines(rows, '2010-03-05')).toEqual([
      'Update requests for the meeting of 18/03/2010: 3 asked, 1 answered (Janine Brown on 02/03/2010); not yet answered: Gary Bowman, Joy Massey (deadline 11/03/2010).',
    ]);
    expect(updatesSummaryLines(rows, '2010-03-12')[1]).toBe(
      'For the chair: no update by the deadline (11/03/2010) from Gary Bowman, Joy Massey. Action Log ▸ Chase updates reminds those not yet reminded.',
    );
    expect(updatesSummaryLines(rows, '2010-03-19')).toEqual([]);
    expect(updatesSummaryLines([], '2010-03-05')).toEqual([]);
  });
});
