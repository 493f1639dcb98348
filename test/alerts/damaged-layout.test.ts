/**
 * The daily run with a damaged Actions layout, against the emulated MailApp and properties and a
 * stand-in workbook reader: a column the digests are built on is missing → no digest at all and
 * a summary that says why; a missing Status column alone does not stop the digests; an empty
 * Actions tab is never "nobody has an action overdue". (test/e2e/layout.test.ts does the same
 * through the bundle on the emulated sheet.)
 */
import { dailyRun, type WorkbookAccess } from '../../src/alerts/run';
import { buildSummary } from '../../src/core/alerts/summary';
import { planAlerts } from '../../src/core/alerts/digest';
import { LayoutError } from '../../src/adapters/sheets/workbook';
import { createAppsScript } from '../emulator/index';
import { action, officer, settings, workbook } from './helpers';

const ss = {
  getSpreadsheetTimeZone: () => 'Europe/London',
  getUrl: () => 'https://docs.google.com/spreadsheets/d/abc/edit',
  getSheetByName: () => ({ getSheetId: () => 7 }),
} as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
const officers = [officer('Gary Bowman', 'gary@example.org', 2)];
const actions = [action({ ref: '01.01.01', responsible: 'Gary Bowman', dueDate: '2025-03-01' }, 2)];

function run(refresh: WorkbookAccess['refreshStatuses'], missingOnRead: string[] = []) {
  const env = createAppsScript({ now: '2025-03-10T07:00:00Z', mode: 'trigger' });
  const logs: string[] = [];
  const asked: string[][] = [];
  dailyRun(
    ss,
    {
      mail: env.globals.MailApp,
      properties: env.globals.PropertiesService.getDocumentProperties(),
      lock: env.globals.LockService.getDocumentLock(),
      log: (m) => logs.push(m),
      allowedDomains: ['example.org'],
    },
    {
      refreshStatuses: refresh,
      readWorkbook: (_ss, tabs) => {
        asked.push([...(tabs ?? [])]);
        return { ...workbook(tabs?.includes('actions') ? actions : [], officers), missing: { actions: missingOnRead } };
      },
      today: () => '2025-03-10',
    },
  );
  env.endExecution();
  return { sent: env.handles.mail.sent, logs, asked };
}

describe('the daily run with a damaged Actions layout', () => {
  it('Completed renamed (the refresh stops): no digest, the Actions tab is not read again, the summary and log say why', () => {
    const { sent, logs, asked } = run(() => {
      throw new LayoutError('No status was written: …', ['completedDate']);
    });
    expect(sent.map((m) => m.to)).toEqual(['sec@example.org']);
    expect(asked).toEqual([['officers', 'settings']]);
    expect(sent[0]!.body).toContain('No digest was sent today: the Actions tab has no header for the column "Completed"');
    expect(sent[0]!.body).not.toContain('ACTIONS BY STATUS');
    expect(logs.join('\n')).toContain('No digest was sent today');
  });

  it('Responsible Officer renamed (the refresh went ahead): no digest either', () => {
    const { sent } = run(() => ({ problems: [], actions, missing: ['responsible'] }));
    expect(sent.map((m) => m.to)).toEqual(['sec@example.org']);
    expect(sent[0]!.body).toContain('"Responsible Officer"');
  });

  it('only Status missing: statuses are not written, but the digests are built from the dates and sent', () => {
    const { sent, asked } = run(() => {
      throw new LayoutError('No status was written: the Actions tab has no header for the column "Status"', ['status']);
    });
    expect(asked).toEqual([['actions', 'officers', 'settings']]);
    expect(sent.map((m) => m.to).sort()).toEqual(['gary@example.org', 'sec@example.org']);
    expect(sent.find((m) => m.to === 'sec@example.org')!.body).toContain('No status was written');
  });

  it('the refresh failed for another reason and the re-read finds a digest column missing: no digest', () => {
    const { sent } = run(() => {
      throw new Error('Service unavailable');
    }, ['ref']);
    expect(sent.map((m) => m.to)).toEqual(['sec@example.org']);
    expect(sent[0]!.body).toContain('"Ref No"');
  });
});

describe('the summary', () => {
  const outcome = { sentNow: [], sentEarlier: [], deferred: [], failed: [], quotaAtStart: 100 };
  it('with no actions at all asks whether the tab was emptied or renamed, never "nobody has an action overdue"', () => {
    const plan = planAlerts({ today: '2025-03-10', actions: [], officers, settings: settings(), spreadsheetUrl: '', actionsSheetId: 0 });
    const s = buildSummary(plan, outcome);
    expect(s.text).toContain('the Actions tab has no actions. Was it emptied or renamed?');
    expect(s.text).not.toContain('Nobody has an action');
    expect(s.subject).toContain('no digests: please check the Actions tab');
  });

  it('with actions and nothing due says so plainly', () => {
    const plan = planAlerts({
      today: '2025-03-10',
      actions: [action({ ref: '01.01.02', responsible: 'Gary Bowman', dueDate: '2025-06-01' }, 3)],
      officers,
      settings: settings(),
      spreadsheetUrl: '',
      actionsSheetId: 0,
    });
    const s = buildSummary(plan, outcome);
    expect(s.text).toContain('Nobody has an action overdue or due soon.');
    expect(s.subject).not.toContain('no digests');
  });
});
