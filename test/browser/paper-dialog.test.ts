/**
 * The paper dialog in headless Chromium, google.script.run bridged to the bundle: the menu item's
 * page lists the meetings (the next one first), Make shows "Making…" and then the result — links
 * to the Doc and the PDF, what happened, what was left out and how to turn the Docs API on.
 */
import { generateThroughMenu, menuBoard, setSetting } from '../papers/menu-board';
import { actions, BOARD, forwardPlan, meetings } from '../papers/sample-board';
import { useDialogBrowser } from './dialog-harness';
import { RECOMMENDATIONS } from '../../src/core/layout';
import { loadBundle } from '../harness/bundle';
import { grid, LATE_REVIEW, REVIEW } from '../recommendations/board';

const dialogs = useDialogBrowser();

describe('the paper dialog (browser)', () => {
  it('lists the meetings, makes the paper chosen and shows the links and what was left out', async () => {
    const b = menuBoard({ meetings, actions, forwardPlan }, { docsApi: false });
    setSetting(b.workbook, 'Also save as PDF', 'Yes');
    b.bundle.call('menuGenerateActionLog');
    const output = b.ui.dialogs.at(-1)!;
    const open = await dialogs.open('paper', b.bundle, output.html);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    expect(await page.textContent('#save')).toBe('Make the action log');
    const options = await page.$$eval('#meeting option', (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options[0]).toEqual(['2012-03-15', `Thursday 15th March 2012 – ${BOARD} (next)`]);
    expect(options).toHaveLength(meetings.length);

    const held = open.hold('papersGenerate');
    await page.click('#save');
    await page.waitForSelector('#save[disabled]');
    expect(await page.textContent('#save')).toBe('Making the action log…');
    held.release();
    await page.waitForSelector('#doc-link');
    expect(open.calls).toEqual(['papersDialog', 'papersGenerate']);
    const docHref = await page.getAttribute('#doc-link', 'href');
    expect(docHref).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/emu-doc-\d+\/edit$/);
    expect(await page.getAttribute('#pdf-link', 'href')).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    const result = await page.textContent('#result');
    expect(result).toContain(`${BOARD} – Action Log – 15 March 2012`);
    expect(result).toContain('A new action log was made.');
    expect(result).toContain('Left out of this paper:');
    expect(result).toContain('the header row repeating at the top of each page');
    expect(result).toContain('Services (+) ▸ Google Docs API ▸ Add');
    expect(await page.textContent('#message')).toBe(`${BOARD} – Action Log – 15 March 2012 is ready.`);

    // Made again from the dialog: the same meeting is replaced (no Docs API) and the dialog says so.
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#result')?.textContent?.includes('replaced by a new Doc'));
    const again = generateThroughMenu(b, 'actionLog', '2012-03-15');
    expect(again.view.outcome).toBe('replaced');
    expect(b.docs.files().filter((f) => f.name === `${BOARD} – Action Log – 15 March 2012` && !f.trashed)).toHaveLength(1);
  });

  it('Generate monitoring report…: lists the reviews and the two shapes, and makes the shape chosen', async () => {
    const bundle = loadBundle({ now: '2011-02-01T09:00:00Z', docsAdvancedService: true });
    bundle.call('menuSetUp');
    bundle.env.handles.workbook.setValues(RECOMMENDATIONS.name, 2, 1, grid());
    bundle.call('menuRefreshStatuses');
    setSetting(bundle.env.handles.workbook, 'Output folder ID', bundle.env.handles.docs.addFolder('Scrutiny papers'));
    bundle.call('menuGenerateMonitoringReport');
    const output = bundle.env.handles.ui.dialogs.at(-1)!;
    expect(output.title).toBe('Generate monitoring report');
    const open = await dialogs.open('paper', bundle, output.html);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    expect(await page.textContent('#save')).toBe('Make the monitoring report');
    expect(await page.textContent('label[for="meeting"]')).toBe('Review from Recommendations');
    const reviews = await page.$$eval('#meeting option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(reviews).toEqual([REVIEW, LATE_REVIEW]);
    expect(await page.isVisible('#shape')).toBe(true);
    await page.selectOption('#shape', 'actionPlan');
    await page.click('#save');
    await page.waitForSelector('#doc-link');
    const result = await page.textContent('#result');
    expect(result).toContain(`${REVIEW} – Action Plan – as at 1 February 2011`);
    expect(result).toContain('12 recommendations: 11 accepted (in whole or in part), 2 completed, 9 outstanding, 3 overdue.');
    expect(bundle.env.handles.docs.files().filter((f) => f.name === `${REVIEW} – Action Plan – as at 1 February 2011`)).toHaveLength(1);
  });

  it('the action log dialog keeps its shape field hidden', async () => {
    const b = menuBoard({ meetings, actions, forwardPlan }, { docsApi: true });
    b.bundle.call('menuGenerateActionLog');
    const open = await dialogs.open('paper', b.bundle, b.ui.dialogs.at(-1)!.html);
    await open.page.waitForSelector('body[data-ready="yes"]');
    expect(await open.page.isVisible('#shape')).toBe(false);
  });
});
