/**
 * Import gives references from the same register as a save: a number handed out before is never
 * given again, even after its row was deleted. On the bundle.
 */
import { recordInput, entry } from '../capture/helpers';
import { ACTIONS, commit, ok, preview, rows, westmoorBook } from './helpers';

const header = 'Ref No and subject\tDate of Meeting\tMatters Arising/Actions\tResponsible Officer\tCommentary';
const text = `${header}\nItem 3 Budget\t28/01/2010\tCirculate the revised budget to all partners\tJoy Massey\t`;

describe('Import… and the reference register', () => {
  it('a row without a reference gets the next number after those ever given, not after those still in the sheet', () => {
    const book = westmoorBook();
    expect(book.call<{ ok: boolean }>('captureSaveActions', recordInput([entry(), entry(), entry()])).ok).toBe(true);
    const wb = book.env.handles.workbook;
    // Someone deletes the three rows' contents by hand: 28.01.01–03 were given all the same.
    wb.setValues(
      ACTIONS.name,
      2,
      1,
      Array.from({ length: 3 }, () => Array.from({ length: ACTIONS.columns.length }, () => '')),
    );
    expect(rows(book, ACTIONS)).toHaveLength(0);
    const p = ok(preview(book, { text }));
    expect(p.actions.map((a) => a.ref)).toEqual(['28.01.04']);
    const r = ok(commit(book, { text }));
    expect(r.refs).toEqual(['28.01.04']);
    expect(rows(book, ACTIONS).map((a) => a.ref)).toEqual(['28.01.04']);
    // and a save after the import continues after it
    const next = book.call<{ ok: boolean; value: { refs: string[] } }>('captureSaveActions', recordInput([entry()]));
    expect(next.value.refs).toEqual(['28.01.05']);
  });
});
