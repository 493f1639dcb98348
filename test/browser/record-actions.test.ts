import { ACTIONS, OFFICERS, entry, recordInput, refs, rows, setUpBook } from '../capture/helpers';
import { useDialogBrowser } from './dialog-harness';

const dialogs = useDialogBrowser();

describe('Record decisions and actions, in a real browser', () => {
  it('fill, save: the rows are in Actions with the next references, shown to the user', async () => {
    const book = setUpBook();
    book.call('captureSaveActions', recordInput([entry({ text: 'Earlier action' })])); // 28.01.01 exists
    const open = await dialogs.open('record-actions', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    expect(await page.inputValue('#meeting')).toBe('2010-01-28');
    const item = page.locator('fieldset.item').first();
    await item.locator('[data-field="agendaItem"]').fill('3.2');
    await item.locator('[data-field="subject"]').fill('Healthy weight');
    const first = item.locator('.entry').nth(0);
    await first.locator('[data-field="text"]').fill('Report back to the meeting of 18th March 2010 with the action plan');
    await first.locator('[data-field="responsible"]').fill('Gary Bowman / Janine Brown');
    await first.locator('[data-field="dueDate"]').fill('18/03/2010');
    expect(await first.locator('[data-field="reportBack"]').isChecked()).toBe(true); // offered from the words
    await item.locator('.add-decision').click();
    await item.locator('.entry').nth(1).locator('[data-field="text"]').fill('<script>alert(1)</script> agreed');
    await item.locator('.add-action').click();
    await item.locator('.entry').nth(2).locator('[data-field="text"]').fill('=SUM(1,2)');

    const held = open.hold('captureSaveActions');
    await page.click('#save');
    await page.waitForFunction(() => (document.getElementById('save') as HTMLButtonElement).disabled);
    expect(await page.textContent('#save')).toBe('Saving…');
    held.release();
    await page.waitForSelector('#saved li.ref');
    expect(await page.locator('#saved li.ref').allTextContents()).toEqual(['28.01.02', '28.01.03', '28.01.04']);
    expect(await page.textContent('#save')).toBe('Save');

    expect(refs(book)).toEqual(['28.01.01', '28.01.02', '28.01.03', '28.01.04']);
    const saved = rows(book, ACTIONS).slice(1);
    expect(saved.map((r) => [r.agendaItem, r.text, r.isDecision, r.responsible])).toEqual([
      ['3.2', 'Report back to the meeting of 18th March 2010 with the action plan', false, 'Gary Bowman / Janine Brown'],
      ['3.2', '<script>alert(1)</script> agreed', true, ''],
      ['3.2', '=SUM(1,2)', false, ''],
    ]);
    expect(book.env.handles.workbook.sheet('Forward Plan').values[1]).toContain('28.01.02');
    expect(open.calls).toEqual(['captureRecordDialog', 'captureSaveActions']);
  });

  it('an invalid date: the message is beside the field and nothing is written', async () => {
    const book = setUpBook();
    const open = await dialogs.open('record-actions', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    const entryEl = page.locator('.entry').first();
    await page.locator('[data-field="agendaItem"]').fill('4');
    await entryEl.locator('[data-field="text"]').fill('Circulate the compact');
    await entryEl.locator('[data-field="dueDate"]').fill('31/02/2010');
    await page.click('#save');
    const error = entryEl.locator('[data-field="dueDate"] + .error');
    await page.waitForFunction(() => document.querySelector('.entry .error[data-error-for$="dueDate"]')?.textContent !== '');
    expect(await error.textContent()).toBe('Date for report: "31/02/2010" is not a date. Write it as dd/mm/yyyy, e.g. 18/03/2010.');
    expect(await entryEl.locator('[data-field="dueDate"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.textContent('#message')).toMatch(/^Nothing was saved/);
    expect(open.calls).toEqual(['captureRecordDialog']); // the server was not asked
    expect(refs(book)).toEqual([]);
    // corrected, it saves
    await entryEl.locator('[data-field="dueDate"]').fill('18.3.10');
    expect(await error.textContent()).toBe('');
    await page.click('#save');
    await page.waitForSelector('#saved li.ref');
    expect(refs(book)).toEqual(['28.01.01']);
  });

  it('what only the server can know comes back beside the field, in words', async () => {
    const book = setUpBook();
    const open = await dialogs.open('record-actions', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    // The meeting row is deleted by someone else while the dialog is open.
    book.env.handles.workbook.setValues('Meetings', 2, 1, [['', '', '', '', '', '', '']]);
    await page.locator('.entry [data-field="text"]').first().fill('Anything');
    await page.locator('[data-field="subject"]').fill('AOB');
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('[data-error-for="meetingDate"]')?.textContent !== '');
    expect(await page.textContent('[data-error-for="meetingDate"]')).toContain('no meeting on 28/01/2010');
    expect(await page.isEnabled('#save')).toBe(true);
    expect(refs(book)).toEqual([]);
  });
});

describe('Update selected action, in a real browser', () => {
  it('shows user text as text (no markup runs) and saves a dated commentary line', async () => {
    const book = setUpBook();
    book.call(
      'captureSaveActions',
      recordInput([entry({ text: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>', dueDate: '18/03/2010' })]),
    );
    book.env.handles.workbook.setActiveCell('Actions', 2, 5);
    const open = await dialogs.open('update-action', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    expect(await page.textContent('#action')).toContain('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
    expect(
      await page.evaluate(() => [document.querySelectorAll('#action img, #action script').length, (window as unknown as { __pwned?: number }).__pwned]),
    ).toEqual([0, undefined]);
    await page.fill('#note', 'Deferred to 29th April');
    await page.fill('#dueDate', '29/04/2010');
    await page.click('#save');
    await page.waitForFunction(() => document.getElementById('message')?.className.includes('success'));
    expect(await page.textContent('#message')).toBe('28.01.01 saved: Not yet due.');
    expect(rows(book, ACTIONS)[0]!.commentary).toBe('29/01/2010: Deferred to 29th April');
    expect(await page.textContent('#action')).toContain('29/04/2010');
  });
});

describe('Add meeting and Add to forward plan, in a real browser', () => {
  it('adds a meeting with a new name offered to Officers (unticked; added once ticked)', async () => {
    const book = setUpBook();
    const open = await dialogs.open('add-meeting', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    await page.fill('#date', '29th April 2010');
    await page.fill('#board', 'LSP Executive Board');
    await page.fill('#attendee-name', 'Gary Bowman');
    await page.click('#add-attendee');
    await page.fill('#attendee-name', 'Ann New');
    await page.press('#attendee-name', 'Enter');
    expect(await page.locator('#attendees li').count()).toBe(2);
    expect(await page.locator('#attendees .add-officer').count()).toBe(1); // only the new name is offered
    expect(await page.isChecked('#attendees .add-officer')).toBe(false); // and adding it is an explicit choice
    await page.check('#attendees .add-officer');
    await page.click('#save');
    await page.waitForFunction(() => document.getElementById('message')?.className.includes('success'));
    expect(await page.textContent('#message')).toContain('Added to Officers: Ann New');
    expect(rows(book, OFFICERS).map((o) => o.name)).toContain('Ann New');
  });

  it('forward plan: a missing due date is shown beside the field; then it saves', async () => {
    const book = setUpBook();
    const open = await dialogs.open('forward-plan', book);
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    await page.fill('#source', 'Board');
    await page.fill('#item', 'Annual report');
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('[data-error-for="dueDate"]')?.textContent !== '');
    expect(open.calls).toEqual(['captureForwardPlanDialog']);
    await page.selectOption('#dueDate', '2010-03-18');
    await page.click('#save');
    await page.waitForFunction(() => document.getElementById('message')?.className.includes('success'));
    expect(book.env.handles.workbook.sheet('Forward Plan').values[1]).toContain('Annual report');
  });
});
