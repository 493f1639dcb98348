/**
 * Add review… end to end on the bundle: a review and its recommendations saved in one write below
 * the last row, text stored as text (a formula-like recommendation, "01" kept as typed), lead
 * officers matched against Officers with the alerts' matcher, Status and Overdue worked out at
 * once; refused whole, with nothing written, when the input is bad or the review is already there.
 */
import { OFFICERS, RECOMMENDATIONS } from '../../src/core/layout';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { grid, RC, REVIEW, ROWS } from './board';

type Answer<T> = { ok: true; value: T } | { ok: false; message: string; fields: Record<string, string> };
interface Saved {
  review: string;
  rows: number;
  firstRow: number;
  notes: string[];
}

function setUp(): LoadedBundle {
  const b = loadBundle({ now: '2011-02-01T09:00:00Z' });
  b.call('menuSetUp');
  b.env.handles.workbook.setValues(RECOMMENDATIONS.name, 2, 1, grid());
  b.env.handles.workbook.setValues(OFFICERS.name, 2, 1, [
    ['Gary Bowman', 'gary@example.org', ''],
    ['Janine Brown', 'janine@example.org', ''],
    ['Chris Ward', 'chris.w@example.org', ''],
    ['Carol Ward', 'carol.w@example.org', ''],
  ]);
  return b;
}
const values = (b: LoadedBundle) => b.env.handles.workbook.sheet(RECOMMENDATIONS.name).values;
const used = (b: LoadedBundle) => values(b).filter((r) => r.some((c) => c !== '' && c !== null && c !== undefined)).length;
const cell = (b: LoadedBundle, row: number, key: string) => values(b)[row - 1]![RC(key) - 1];
const rec = (fields: Record<string, string>) => ({
  number: '',
  recommendation: '',
  accepted: '',
  reason: '',
  leadOfficer: '',
  leadMember: '',
  deadline: '',
  ...fields,
});
const FORM = {
  review: 'Library Services',
  reviewBody: 'Communities Scrutiny Panel',
  dateReported: '10/01/2011',
  recommendations: [
    rec({ number: '01', recommendation: '=HYPERLINK("http://x") open on Sundays', accepted: 'Yes', leadOfficer: 'G Bowman', deadline: 'March 2011' }),
    rec({ number: '02', recommendation: 'Close the mobile library', accepted: 'No', reason: 'Rural users rely on it', leadMember: 'Cllr Ann Hughes' }),
    rec({ number: '3.1', recommendation: 'Review opening hours', leadOfficer: 'C Ward', deadline: '31/12/2010', accepted: 'Yes' }),
    rec({ number: '3.2', recommendation: 'Survey users', leadOfficer: 'Pat Nobody' }),
  ],
};

describe('Add review… (bundle)', () => {
  it('opens its dialog, which lists the officers', () => {
    const b = setUp();
    b.call('menuAddReview');
    expect(b.env.handles.ui.dialogs.at(-1)!.title).toBe('Add review');
    expect(b.call<Answer<{ officers: string[] }>>('recommendationAddReviewDialog')).toEqual({
      ok: true,
      value: { officers: ['Gary Bowman', 'Janine Brown', 'Chris Ward', 'Carol Ward'] },
    });
  });

  it('saves the review and its recommendations below the last row in one write, text as text, officers matched, statuses worked out', () => {
    const b = setUp();
    const before = used(b);
    expect(before).toBe(ROWS.length + 1);
    b.env.calls.reset();
    const r = b.call<Answer<Saved>>('recommendationSaveReview', FORM);
    expect(r.ok).toBe(true);
    const saved = (r as { value: Saved }).value;
    expect(saved).toMatchObject({ review: 'Library Services', rows: 4, firstRow: before + 1 });
    expect(b.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(1);
    expect(used(b)).toBe(before + 4);
    const first = before + 1;
    expect(cell(b, first, 'review')).toBe('Library Services');
    expect(cell(b, first, 'reviewBody')).toBe('Communities Scrutiny Panel');
    expect(Object.prototype.toString.call(cell(b, first, 'dateReported'))).toBe('[object Date]');
    expect(cell(b, first + 1, 'review')).toBe(''); // the review carries down, as typed by hand
    const shown = (row: number, key: string) => b.env.handles.workbook.cell(RECOMMENDATIONS.name, row, RC(key));
    expect(shown(first, 'number').display).toBe('01');
    expect(shown(first + 2, 'number').display).toBe('3.1');
    expect(shown(first, 'recommendation').display).toBe('=HYPERLINK("http://x") open on Sundays');
    expect(shown(first, 'recommendation').formula).toBe('');
    expect(cell(b, first, 'leadOfficer')).toBe('Gary Bowman'); // "G Bowman" matched
    expect(cell(b, first + 2, 'leadOfficer')).toBe('C Ward'); // fits two people: kept as typed
    expect(cell(b, first + 3, 'leadOfficer')).toBe('Pat Nobody');
    expect(saved.notes).toEqual([
      'Recommendation 3.1: “C Ward” fits more than one person on Officers; kept as typed.',
      'Recommendation 3.2: “Pat Nobody” is not on the Officers tab, so no digest will reach them; kept as typed.',
    ]);
    expect(cell(b, first, 'deadline')).toBe('March 2011');
    expect(cell(b, first, 'status')).toBe('Not yet due');
    expect(cell(b, first + 1, 'status')).toBe('Not accepted – closed');
    expect(cell(b, first + 2, 'overdue')).toBe('Yes');
    // The review is now one of the tab's: the monitoring report offers it.
    const dialog = b.call<Answer<{ meetings: { date: string }[] }>>('papersDialog', 'monitoring');
    expect(dialog.ok && dialog.value.meetings.map((m) => m.date)).toContain('Library Services');
  });

  it('refuses whole, writing nothing: a review already on the tab, a bad date, a deadline unreadable, an empty recommendation, a reason missing, two of the same number', () => {
    const b = setUp();
    const snapshot = JSON.stringify(values(b));
    const refuse = (form: unknown) => b.call<Answer<Saved>>('recommendationSaveReview', form);
    expect(refuse({ ...FORM, review: REVIEW.toUpperCase() })).toMatchObject({ ok: false, message: expect.stringContaining('already holds a review called') });
    const bad = refuse({
      ...FORM,
      dateReported: 'last month',
      recommendations: [rec({ number: '1', recommendation: 'B', deadline: 'when funds allow' }), rec({ number: '2', recommendation: '' })],
    });
    expect(bad.ok).toBe(false);
    expect(Object.keys((bad as { fields: Record<string, string> }).fields).sort()).toEqual([
      'dateReported',
      'recommendations.0.deadline',
      'recommendations.1.recommendation',
    ]);
    // Checked across the recommendations once each one reads.
    const cross = refuse({
      ...FORM,
      recommendations: [rec({ number: '1', recommendation: 'A', accepted: 'In part' }), rec({ number: '1', recommendation: 'B' })],
    });
    expect(cross).toMatchObject({
      ok: false,
      fields: {
        'recommendations.0.reason': 'Give the reason it is accepted in part.',
        'recommendations.1.number': 'No. 1 is also recommendation 1 of this form: give each its own number.',
      },
    });
    expect(refuse({ ...FORM, recommendations: [] })).toMatchObject({ ok: false });
    expect(JSON.stringify(values(b))).toBe(snapshot);
  });
});
