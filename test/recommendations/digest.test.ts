/**
 * Lead officers' overdue recommendations in the same daily digest as their actions, in a section
 * of their own: through the bundle, the daily trigger over a fake clock.
 */
import { RECOMMENDATIONS } from '../../src/core/layout';
import { fillBoard } from '../alerts/board';
import { action, officer } from '../alerts/helpers';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { grid, RC } from './board';

const officers = [officer('Gary Bowman', 'gary@example.org', 2), officer('Janine Brown', 'janine@example.org', 3), officer('Joy Massey', 'joy@example.org', 4)];
// Gary has an overdue action too; Janine only recommendations; Joy only an action.
const actions = [
  action({ ref: '10.01.01', responsible: 'Gary Bowman', dueDate: '2011-01-20' }),
  action({ ref: '10.01.02', responsible: 'Joy Massey', dueDate: '2011-01-25' }),
];
const settings = { 'Secretariat emails': 'sec@example.org', 'Alert hour': '7', 'Alert days ahead': '7', 'Board name': 'Test Board' };

function setUp(): LoadedBundle {
  const clerk = loadBundle({ now: '2010-09-01T06:00:00Z', user: 'clerk@example.org' });
  clerk.call('menuSetUp');
  fillBoard(clerk.env.handles.workbook, { actions, officers, settings });
  clerk.env.handles.workbook.setValues(RECOMMENDATIONS.name, 2, 1, grid());
  clerk.call('menuInstallAlerts');
  return clerk;
}

const trigger = (clerk: LoadedBundle) => loadBundle({ mode: 'trigger', user: 'clerk@example.org', shareWith: clerk });

describe('overdue recommendations in the daily digest', () => {
  it('goes to each lead officer in a section of its own, beside their actions, once a day', () => {
    const clerk = setUp();
    // 1 February 2011: 01 (December 2010) and 05 (30/11/2010) are Gary's and Janine's, 08 (31/01/2011) Janine's.
    clerk.env.clock.set('2011-02-01T07:00:00Z');
    const run = trigger(clerk);
    run.call('runDailyAlerts');
    const mail = run.env.handles.mail;
    expect(mail.sent.map((m) => m.to).sort()).toEqual(['gary@example.org', 'janine@example.org', 'joy@example.org', 'sec@example.org']);
    const gary = mail.to('gary@example.org')[0]!;
    expect(gary.subject).toBe('Test Board: 1 action overdue, 1 recommendation overdue');
    expect(gary.body).toMatch(/OVERDUE \(1\)[\s\S]*10\.01\.01[\s\S]*RECOMMENDATIONS OVERDUE \(1\)/);
    expect(gary.body).toContain('Tackling Worklessness, recommendation 01');
    expect(gary.body).toContain('Deadline: December 2010 (Actions outstanding – no dates confirmed: 32 days late)');
    expect(gary.body).toContain('Latest progress: 14/10/2010: Two workshops held with partners');
    const sheetId = clerk.env.handles.workbook.sheet(RECOMMENDATIONS.name).sheetId;
    expect(gary.htmlBody).toContain(`#gid=${sheetId}&amp;range=A2`);
    expect(gary.htmlBody).toContain('Recommendations overdue (1)');
    // Not Gary's: 03 is not accepted (closed), 04, 07, 09, 12 are not yet due, 06 completed.
    for (const n of ['recommendation 03', 'recommendation 04', 'recommendation 06', 'recommendation 07']) expect(gary.body).not.toContain(n);
    const janine = mail.to('janine@example.org')[0]!;
    expect(janine.subject).toBe('Test Board: 2 recommendations overdue');
    expect(janine.body).toMatch(/recommendation 05[\s\S]*recommendation 08/); // most days late first
    expect(janine.body).not.toContain('recommendation 11'); // no deadline: not overdue
    const joy = mail.to('joy@example.org')[0]!;
    expect(joy.body).not.toContain('RECOMMENDATIONS OVERDUE');
    // The run wrote the recommendations' statuses too.
    const status = clerk.env.handles.workbook.cell(RECOMMENDATIONS.name, 6, RC('status')).value;
    expect(status).toBe('Actions outstanding – no dates confirmed');
    // A second run the same day sends nothing more.
    clerk.env.clock.set('2011-02-01T15:00:00Z');
    trigger(clerk).call('runDailyAlerts');
    expect(mail.sent).toHaveLength(4);
  });

  it('Preview alerts shows the recommendations section and writes nothing', () => {
    const clerk = setUp();
    clerk.env.clock.set('2011-02-01T09:00:00Z');
    const before = JSON.stringify(clerk.env.handles.workbook.sheet(RECOMMENDATIONS.name).values);
    clerk.call('menuPreviewAlerts');
    const dialog = clerk.env.handles.ui.dialogs.at(-1)!;
    expect(dialog.html).toContain('Recommendations overdue');
    expect(JSON.stringify(clerk.env.handles.workbook.sheet(RECOMMENDATIONS.name).values)).toBe(before);
    expect(clerk.env.handles.mail.sent).toHaveLength(0);
  });
});
