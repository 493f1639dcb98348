import type { SaveResult } from '../../src/core/capture/schemas';
import type { SavedActions } from '../../src/core/capture/dialog-data';
import { ACTIONS, entry, recordInput, refs, rows, secondEditor, setUpBook } from './helpers';

type Saved = SaveResult<SavedActions>;

describe('two editors saving for the same meeting at once', () => {
  it('the second waits its turn: distinct, consecutive references and no row lost', () => {
    const first = setUpBook();
    const second = secondEditor(first);
    const inside: Saved[] = [];
    // The moment the first editor holds the lock (before it has read anything), the second saves.
    const stop = first.env.handles.lock.onAcquire(() => {
      stop();
      inside.push(second.call<Saved>('captureSaveActions', recordInput([entry({ text: 'B1' }), entry({ text: 'B2' })])));
    });
    const a = first.call<Saved>('captureSaveActions', recordInput([entry({ text: 'A1' }), entry({ text: 'A2' })]));
    expect(a).toMatchObject({ ok: true, value: { refs: ['28.01.01', '28.01.02'] } });
    // The second editor was told, in words, and wrote nothing meanwhile.
    expect(inside).toEqual([{ ok: false, message: expect.stringMatching(/Another editor .* saving .* Nothing was changed; please try again/), fields: {} }]);
    expect(second.env.handles.lock.timedOut).toHaveLength(1);
    expect(second.env.calls.count('SpreadsheetApp.Range.setValues')).toBe(0);
    // It tries again once the first has finished.
    const b = second.call<Saved>('captureSaveActions', recordInput([entry({ text: 'B1' }), entry({ text: 'B2' })]));
    expect(b).toMatchObject({ ok: true, value: { refs: ['28.01.03', '28.01.04'] } });
    expect(rows(first, ACTIONS).map((r) => [r.ref, r.text])).toEqual([
      ['28.01.01', 'A1'],
      ['28.01.02', 'A2'],
      ['28.01.03', 'B1'],
      ['28.01.04', 'B2'],
    ]);
  });

  it('many alternating saves never repeat a reference', () => {
    const first = setUpBook();
    const second = secondEditor(first);
    for (let i = 0; i < 5; i++) {
      expect(first.call<Saved>('captureSaveActions', recordInput([entry({ text: `A${i}` })])).ok).toBe(true);
      expect(second.call<Saved>('captureSaveActions', recordInput([entry({ text: `B${i}` }), entry({ text: `B${i}'` })])).ok).toBe(true);
    }
    const all = refs(first);
    expect(all).toHaveLength(15);
    expect(new Set(all).size).toBe(15);
    expect(all).toEqual(Array.from({ length: 15 }, (_, i) => `28.01.${String(i + 1).padStart(2, '0')}`));
  });

  it('when the lock cannot be had, says so and writes nothing', () => {
    const book = setUpBook();
    book.env.handles.lock.holdElsewhere('script', 'the daily alert run');
    const result = book.call<Saved>('captureSaveActions', recordInput([entry()]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toMatch(/at |Error|\.js/);
    expect(refs(book)).toEqual([]);
  });
});
