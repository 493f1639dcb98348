/**
 * The dialogs match the people typed against Officers with the alerts' matcher, in a real
 * browser on the bundle: near misses are proposed ("Did you mean"), never added to Officers;
 * initials are the officer; several names are split; adding a new name is an unticked choice.
 */
import { MEETINGS, OFFICERS, rows, setUpBook } from '../capture/helpers';
import { useDialogBrowser } from './dialog-harness';

const dialogs = useDialogBrowser();

describe('Add meeting: names', () => {
  it('"G Bowman", "Garry Bowman" and "Gary Bowman / Janine Brown" are proposed, not added to Officers', async () => {
    const book = setUpBook();
    const officersBefore = rows(book, OFFICERS).map((o) => o.name);
    const open = await dialogs.open('add-meeting', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    await page.fill('#date', '29/04/2010');
    for (const name of ['G Bowman', 'Garry Bowman', 'Gary Bowman / Janine Brown', 'Zoe Quinn']) {
      await page.fill('#attendee-name', name);
      await page.press('#attendee-name', 'Enter');
    }
    const listed = await page.$$eval('#attendees li', (lis) =>
      lis.map((li) => ({
        name: (li as HTMLElement).dataset.name,
        match: (li as HTMLElement).dataset.match,
        ask: li.querySelector('.did-you-mean')?.textContent ?? '',
        box: li.querySelector<HTMLInputElement>('.add-officer')?.checked ?? null,
      })),
    );
    expect(listed).toEqual([
      { name: 'Gary Bowman', match: 'officer', ask: '', box: null },
      { name: 'Garry Bowman', match: 'near', ask: 'Did you mean Gary Bowman?', box: false },
      { name: 'Janine Brown', match: 'officer', ask: '', box: null },
      { name: 'Zoe Quinn', match: 'new', ask: '', box: false },
    ]);
    await page.click('#save');
    await page.waitForFunction(() => document.getElementById('message')?.className.includes('success'));
    expect(rows(book, OFFICERS).map((o) => o.name)).toEqual(officersBefore);
    expect(rows(book, MEETINGS)[2]).toMatchObject({ attendees: 'Gary Bowman\nGarry Bowman\nJanine Brown\nZoe Quinn' });
  });

  it('"Did you mean" puts the officer in place of the near miss; a ticked new name is added', async () => {
    const book = setUpBook();
    const open = await dialogs.open('add-meeting', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    await page.fill('#date', '29/04/2010');
    await page.fill('#apology-name', 'Janine Browne');
    await page.click('#add-apology');
    await page.click('#apologies .use-officer');
    await page.fill('#apology-name', 'Zoe Quinn');
    await page.press('#apology-name', 'Enter');
    await page.check('#apologies li[data-name="Zoe Quinn"] .add-officer');
    await page.click('#save');
    await page.waitForFunction(() => document.getElementById('message')?.className.includes('success'));
    expect(await page.textContent('#message')).toContain('Added to Officers: Zoe Quinn.');
    expect(rows(book, OFFICERS).map((o) => o.name)).toEqual(['Gary Bowman', 'Janine Brown', 'Zoe Quinn']);
    expect(rows(book, MEETINGS)[2]).toMatchObject({ apologies: 'Janine Brown\nZoe Quinn' });
  });
});

describe('Responsible Officer boxes: names', () => {
  it('forward-plan: a near miss is offered, and the offer puts the officer in the box', async () => {
    const open = await dialogs.open('forward-plan', setUpBook());
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    await page.fill('#responsible', 'Garry Bowman / J Brown');
    await page.press('#responsible', 'Tab');
    const hint = page.locator('#responsible + .names-hint');
    expect(await hint.textContent()).toBe('Officers: Janine Brown. "Garry Bowman" is not in Officers: did you mean Gary Bowman? ');
    await hint.locator('.use-officer').click();
    expect(await page.inputValue('#responsible')).toBe('Gary Bowman / J Brown');
    expect(await hint.textContent()).toBe('Officers: Gary Bowman, Janine Brown. ');
  });

  it('record-actions: a name that matches nobody is said so under the box', async () => {
    const open = await dialogs.open('record-actions', setUpBook());
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    const box = page.locator('[data-field="responsible"]').first();
    await box.fill('Zoe Quinn');
    await box.press('Tab');
    expect(await page.locator('.names-hint').first().textContent()).toBe('"Zoe Quinn" is not in Officers (saved as typed). ');
  });
});
