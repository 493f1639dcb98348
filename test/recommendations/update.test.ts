/**
 * Update selected recommendation… end to end on the bundle: a dated progress line, a new
 * deadline kept as written, completion; found again by review and number at Save; refused whole,
 * with nothing written, when the row is gone, the input is bad or a cell would pass 50,000.
 */
import { RECOMMENDATIONS } from '../../src/core/layout';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { grid, RC, REVIEW, ROWS } from './board';

type Answer<T> = { ok: true; value: T } | { ok: false; message: string; fields: Record<string, string> };
interface Data {
  row: number;
  review: string;
  number: string;
  deadline: string;
  status: string;
  progress: string;
}

function setUp(): LoadedBundle {
  const bundle = loadBundle({ now: '2011-02-01T09:00:00Z' });
  bundle.call('menuSetUp');
  bundle.env.handles.workbook.setValues(RECOMMENDATIONS.name, 2, 1, grid());
  bundle.call('menuRefreshStatuses');
  return bundle;
}
const values = (b: LoadedBundle) => b.env.handles.workbook.sheet(RECOMMENDATIONS.name).values;
const cell = (b: LoadedBundle, row: number, key: string) => values(b)[row - 1]![RC(key) - 1];
const form = (d: Data, fields: Record<string, unknown>) => ({
  row: d.row,
  review: d.review,
  number: d.number,
  note: '',
  deadline: '',
  complete: false,
  completedDate: '',
  ...fields,
});

describe('Update selected recommendation…', () => {
  it('opens on the recommendation under the cursor, and says where to put it otherwise', () => {
    const b = setUp();
    b.env.handles.workbook.setActiveCell('Actions', 2, 2);
    b.call('menuUpdateRecommendation');
    expect(b.env.handles.ui.alerts.at(-1)!.prompt).toContain("Put the cursor on a recommendation's row in the Recommendations tab");
    expect(b.env.handles.ui.dialogs).toHaveLength(0);
    b.env.handles.workbook.setActiveCell(RECOMMENDATIONS.name, 2, 3);
    b.call('menuUpdateRecommendation');
    expect(b.env.handles.ui.dialogs.at(-1)!.title).toBe('Update selected recommendation');
    const data = b.call<Answer<Data>>('recommendationUpdateDialog');
    expect(data).toMatchObject({
      ok: true,
      value: { row: 2, review: REVIEW, number: '01', deadline: 'December 2010', status: 'Actions outstanding – no dates confirmed' },
    });
  });

  it('adds a dated progress line, moves the deadline (kept as written) and works out the status at once', () => {
    const b = setUp();
    b.env.handles.workbook.setActiveCell(RECOMMENDATIONS.name, 2, 3);
    const d = (b.call<Answer<Data>>('recommendationUpdateDialog') as { value: Data }).value;
    const before = values(b).map((r) => [...r]);
    const saved = b.call<Answer<unknown>>(
      'recommendationSaveUpdate',
      form(d, { note: 'Map agreed with partners; =publication next', deadline: 'April to June 2011' }),
    );
    expect(saved).toMatchObject({ ok: true, value: { status: 'Not yet due', overdue: false } });
    expect(cell(b, 2, 'progress')).toBe('14/10/2010: Two workshops held with partners\n01/02/2011: Map agreed with partners; =publication next');
    expect(cell(b, 2, 'deadline')).toBe('April to June 2011');
    expect(cell(b, 2, 'status')).toBe('Not yet due');
    expect(cell(b, 2, 'overdue')).toBe('');
    // Nothing else in the tab changed.
    const after = values(b);
    const changed = after.flatMap((r, i) => r.flatMap((v, j) => (JSON.stringify(v) !== JSON.stringify(before[i]![j]) ? [`${i + 1}:${j + 1}`] : [])));
    expect(changed.sort()).toEqual([`2:${RC('deadline')}`, `2:${RC('overdue')}`, `2:${RC('progress')}`, `2:${RC('status')}`].sort());
    // Complete, with no note: a dated "Completed" line and the date.
    const again = b.call<Answer<unknown>>('recommendationSaveUpdate', form(d, { complete: true, completedDate: '31/01/2011' }));
    expect(again).toMatchObject({ ok: true, value: { status: 'Completed' } });
    expect(
      String(cell(b, 2, 'progress'))
        .split('\n')
        .at(-1),
    ).toBe('01/02/2011: Completed');
    expect(b.env.handles.workbook.cell(RECOMMENDATIONS.name, 2, RC('completedDate')).display).toBe('31/01/2011');
  });

  it('finds the recommendation again by review and number when rows moved; refuses when it is gone, or the input is bad', () => {
    const b = setUp();
    const wb = b.env.handles.workbook;
    wb.setActiveCell(RECOMMENDATIONS.name, 3, 3);
    const d = (b.call<Answer<Data>>('recommendationUpdateDialog') as { value: Data }).value;
    expect(d.number).toBe('02');
    // Someone adds a recommendation above it meanwhile: 02 and the rest move down a row.
    wb.setValues(RECOMMENDATIONS.name, 3, 1, grid([{ number: '01a', recommendation: 'Added later', accepted: 'Yes' }, ...ROWS.slice(1)]));
    const ok = b.call<Answer<{ row: number }>>('recommendationSaveUpdate', form(d, { note: 'Route designed' }));
    expect(ok).toMatchObject({ ok: true, value: { row: 4 } });
    expect(cell(b, 4, 'progress')).toBe('01/02/2011: Route designed');
    expect(cell(b, 3, 'progress')).toBe('');
    // Renumbered meanwhile: nothing written.
    wb.setCell(RECOMMENDATIONS.name, 4, RC('number'), '2a');
    const snapshot = JSON.stringify(values(b));
    const gone = b.call<Answer<unknown>>('recommendationSaveUpdate', form(d, { note: 'Lost' }));
    expect(gone).toMatchObject({ ok: false });
    expect((gone as { message: string }).message).toBe(
      'Nothing was saved: no row of Recommendations holds recommendation 02 of “Tackling Worklessness” now (renumbered or deleted?). Close this dialog and choose the recommendation again.',
    );
    expect(JSON.stringify(values(b))).toBe(snapshot);
    // Bad input, checked again on the server: a deadline that is no date, nothing to save.
    const bad = b.call<Answer<unknown>>('recommendationSaveUpdate', { ...form(d, { deadline: 'when funds allow' }), number: '2a' });
    expect(bad).toMatchObject({ ok: false, fields: { deadline: expect.stringContaining('is not a day, a month or a span') } });
    const nothing = b.call<Answer<unknown>>('recommendationSaveUpdate', { ...form(d, {}), number: '2a' });
    expect(nothing).toMatchObject({ ok: false, fields: { note: 'Nothing to save: add a progress line, a new deadline, or tick completed.' } });
    // A completion before the review was reported is refused.
    const early = b.call<Answer<unknown>>('recommendationSaveUpdate', { ...form(d, { complete: true, completedDate: '01/01/2010' }), number: '2a' });
    expect(early).toMatchObject({ ok: false, fields: { completedDate: 'Completed on 01/01/2010 is before the review was reported on 14/06/2010.' } });
    expect(JSON.stringify(values(b))).toBe(snapshot);
  });

  it('refuses a save that would make Progress pass 50,000 characters, naming the cell', () => {
    const b = setUp();
    const wb = b.env.handles.workbook;
    wb.setCell(RECOMMENDATIONS.name, 3, RC('progress'), 'x'.repeat(49_990));
    wb.setActiveCell(RECOMMENDATIONS.name, 3, 3);
    const d = (b.call<Answer<Data>>('recommendationUpdateDialog') as { value: Data }).value;
    const snapshot = JSON.stringify(values(b));
    const r = b.call<Answer<unknown>>('recommendationSaveUpdate', form(d, { note: 'One more line' }));
    expect(r).toMatchObject({ ok: false });
    const col = String.fromCharCode(64 + RC('progress'));
    expect((r as { message: string }).message).toContain(`the Progress of recommendation 02 of “Tackling Worklessness” (Recommendations!${col}3)`);
    expect(JSON.stringify(values(b))).toBe(snapshot);
    expect(ROWS).toHaveLength(14);
  });
});
