/** Which columns each operation needs, what a stop says, and when a header row is clearly one of our tabs. */
import { ACTIONS, ACTIONS_NEEDS, MEETINGS, OFFICERS, SETTINGS, TABS, FORWARD_PLAN } from '../../src/core/layout';
import { looksLikeTab, mapHeaders, missingColumns, missingColumnsMessage } from '../../src/core/table';

const headers = ACTIONS.columns.map((c) => c.header);

describe('the columns an operation needs', () => {
  it('every key named is a column of Actions', () => {
    const keys = new Set(ACTIONS.columns.map((c) => c.key));
    for (const list of Object.values(ACTIONS_NEEDS)) for (const k of list) expect(keys.has(k)).toBe(true);
  });

  it('status and digests both need the dates and the Decision box; digests also whose action it is', () => {
    expect([...ACTIONS_NEEDS.status].sort()).toEqual(['completedDate', 'dueDate', 'firstDueDate', 'isDecision']);
    for (const k of ACTIONS_NEEDS.status) expect(ACTIONS_NEEDS.digest).toContain(k);
    for (const k of ['ref', 'responsible']) expect(ACTIONS_NEEDS.digest).toContain(k);
  });

  it('a renamed Completed is missing for the status, and the message names it and says how to restore it', () => {
    const map = mapHeaders(
      ACTIONS,
      headers.map((h) => (h === 'Completed' ? 'Done on' : h)),
    );
    const missing = missingColumns(ACTIONS, map, ACTIONS_NEEDS.status);
    expect(missing.map((c) => c.header)).toEqual(['Completed']);
    expect(missingColumnsMessage(ACTIONS, missing, 'No status was written')).toBe(
      'No status was written: the Actions tab has no header for the column "Completed" (renamed or deleted?). ' +
        'Restore the header in row 1, or run Action Log ▸ Set up this sheet to restore it.',
    );
  });

  it('several missing columns are listed in the order the operation names them', () => {
    const map = mapHeaders(
      ACTIONS,
      headers.filter((h) => h !== 'Decision' && h !== 'Responsible Officer'),
    );
    const missing = missingColumns(ACTIONS, map, ACTIONS_NEEDS.digest);
    expect(missingColumnsMessage(ACTIONS, missing, 'No digest was sent today')).toContain('the columns "Decision" and "Responsible Officer"');
  });

  it('nothing is missing when every header is there, in any order', () => {
    const map = mapHeaders(ACTIONS, [...headers].reverse());
    expect(missingColumns(ACTIONS, map, ACTIONS_NEEDS.digest)).toEqual([]);
  });
});

describe('a header row that is clearly one of our tabs', () => {
  it('the Actions headers (all, or most) are the Actions tab; a few of them are not', () => {
    expect(looksLikeTab(ACTIONS, headers)).toBe(true);
    expect(looksLikeTab(ACTIONS, headers.slice(0, 8))).toBe(true);
    expect(looksLikeTab(ACTIONS, headers.slice(0, 7))).toBe(false);
    expect(looksLikeTab(ACTIONS, ['Ref No', 'Notes'])).toBe(false);
    expect(looksLikeTab(ACTIONS, [])).toBe(false);
  });

  it('no tab of ours is taken for another', () => {
    for (const tab of TABS) {
      for (const other of TABS) {
        expect(
          looksLikeTab(
            other,
            tab.columns.map((c) => c.header),
          ),
        ).toBe(tab === other);
      }
    }
  });

  it('small tabs need two of their three headers', () => {
    expect(looksLikeTab(OFFICERS, ['Name', 'Email'])).toBe(true);
    expect(looksLikeTab(OFFICERS, ['Name'])).toBe(false);
    expect(looksLikeTab(SETTINGS, ['setting', 'VALUE'])).toBe(true);
    expect(looksLikeTab(MEETINGS, ['Date', 'Item'])).toBe(false);
    expect(looksLikeTab(FORWARD_PLAN, ['Item', 'Responsible Officer', 'Date'])).toBe(false);
  });
});
