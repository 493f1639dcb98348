/**
 * WCAG 2.2 AA for every dialog: axe-core (from npm) runs in the page, in headless Chromium on
 * the bundle, in each dialog's loaded, filled, error and saved states, and must find nothing of
 * impact serious or critical. The WCAG 2.0–2.2 A and AA rules run, with the check that a
 * control's accessible name contains its visible label (2.5.3, off in axe by default) turned on.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { entry, recordInput, setUpBook } from '../capture/helpers';
import { useDialogBrowser, type OpenDialog } from './dialog-harness';
import { RECOMMENDATIONS } from '../../src/core/layout';
import { grid } from '../recommendations/board';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const dialogs = useDialogBrowser();

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[];
  passes: { id: string }[];
  incomplete: { id: string }[];
}

async function axe(page: Page): Promise<AxeResult> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }).axe
      .run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
        rules: { 'label-content-name-mismatch': { enabled: true } },
        resultTypes: ['violations', 'passes', 'incomplete'],
      })
      .then((r) => ({
        violations: r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
        })),
        passes: r.passes.map((p) => ({ id: p.id })),
        incomplete: r.incomplete.map((p) => ({ id: p.id })),
      })),
  );
}

/** The serious and critical findings, in a form a failing test prints readably. */
async function seriousFindings(page: Page): Promise<string[]> {
  const result = await axe(page);
  // The check can fail: contrast and names were looked at on this page.
  expect([...result.passes, ...result.incomplete].map((r) => r.id)).toEqual(expect.arrayContaining(['color-contrast', 'label']));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

const success = (page: Page) => page.waitForFunction(() => document.getElementById('message')?.className.includes('success'));
const errorShown = (page: Page) => page.waitForSelector('[aria-invalid="true"]');

type State = 'loaded' | 'filled' | 'error' | 'saved';
interface Scenario {
  readonly book: () => ReturnType<typeof setUpBook>;
  readonly fill: (page: Page) => Promise<void>;
  readonly breakIt: (page: Page) => Promise<void>;
}

function bookWithAction() {
  const book = setUpBook();
  book.call('captureSaveActions', recordInput([entry({ text: 'Circulate the compact', dueDate: '18/03/2010' })]));
  book.env.handles.workbook.setActiveCell('Actions', 2, 5);
  return book;
}

function bookWithRecommendations() {
  const book = setUpBook();
  book.env.handles.workbook.setValues(RECOMMENDATIONS.name, 2, 1, grid());
  book.env.handles.workbook.setActiveCell(RECOMMENDATIONS.name, 2, 3);
  return book;
}

const SCENARIOS: Record<string, Scenario> = {
  'add-meeting': {
    book: setUpBook,
    async fill(page) {
      await page.fill('#date', '29/04/2010');
      await page.fill('#time', '2.00pm');
      await page.fill('#venue', 'County Hall');
      for (const name of ['G Bowman', 'Garry Bowman', 'Zoe Quinn']) {
        await page.fill('#attendee-name', name);
        await page.press('#attendee-name', 'Enter');
      }
    },
    async breakIt(page) {
      await page.fill('#date', '31/02/2010');
    },
  },
  'record-actions': {
    book: setUpBook,
    async fill(page) {
      const item = page.locator('#items > .item').first();
      await item.locator('[data-field="agendaItem"]').fill('3.2');
      await item.locator('[data-field="subject"]').fill('Healthy weight');
      await item.locator('[data-field="text"]').fill('Circulate the plan');
      await item.locator('[data-field="responsible"]').fill('Garry Bowman / J Brown');
      await item.locator('[data-field="responsible"]').press('Tab');
      await item.locator('[data-field="dueDate"]').fill('18/03/2010');
    },
    async breakIt(page) {
      await page.locator('[data-field="text"]').first().fill('');
      await page.locator('[data-field="dueDate"]').first().fill('next month');
    },
  },
  'update-action': {
    book: bookWithAction,
    async fill(page) {
      await page.fill('#note', 'Chased by phone');
      await page.fill('#dueDate', '29/04/2010');
    },
    async breakIt(page) {
      await page.fill('#note', '');
      await page.fill('#dueDate', 'soon');
    },
  },
  'update-recommendation': {
    book: bookWithRecommendations,
    async fill(page) {
      await page.fill('#note', 'Two workshops held with partners');
      await page.fill('#deadline', 'April to June 2011');
    },
    async breakIt(page) {
      await page.fill('#note', '');
      await page.fill('#deadline', 'soon');
    },
  },
  'add-review': {
    book: setUpBook,
    async fill(page) {
      await page.fill('#review', 'Library Services');
      await page.fill('#dateReported', '10/01/2011');
      await page.locator('[data-field="number"]').first().fill('01');
      await page.locator('[data-field="recommendation"]').first().fill('Open on Sundays');
      await page.locator('[data-field="deadline"]').first().fill('March 2011');
      await page.click('#add-rec');
      await page.locator('[data-field="recommendation"]').nth(1).fill('Close the mobile library');
      await page.locator('[data-field="accepted"]').nth(1).selectOption('No');
      await page.locator('[data-field="reason"]').nth(1).fill('Rural users rely on it');
    },
    async breakIt(page) {
      await page.fill('#dateReported', 'soon');
      await page.locator('[data-field="deadline"]').first().fill('when funds allow');
    },
  },
  'forward-plan': {
    book: setUpBook,
    async fill(page) {
      await page.fill('#item', 'Annual report');
      await page.fill('#source', 'Board');
      await page.fill('#responsible', 'Garry Bowman');
      await page.press('#responsible', 'Tab');
      await page.selectOption('#dueDate', '2010-03-18');
    },
    async breakIt(page) {
      await page.fill('#source', '');
      await page.fill('#linkedRef', 'xyz');
    },
  },
};

async function reach(open: OpenDialog, name: string, state: State): Promise<void> {
  const { page } = open;
  const s = SCENARIOS[name]!;
  await page.waitForSelector('body[data-ready="yes"]');
  if (state === 'loaded') return;
  await s.fill(page);
  if (state === 'filled') return;
  if (state === 'error') {
    await s.breakIt(page);
    await page.click('#save');
    await errorShown(page);
    return;
  }
  await page.click('#save');
  await success(page);
}

describe('axe-core finds nothing serious or critical in any dialog', () => {
  const cases = Object.keys(SCENARIOS).flatMap((name) => (['loaded', 'filled', 'error', 'saved'] as const).map((state) => [name, state] as const));
  it.each(cases)('%s, %s', async (name, state) => {
    const open = await dialogs.open(name, SCENARIOS[name]!.book());
    await reach(open, name, state);
    expect(await seriousFindings(open.page)).toEqual([]);
  });

  it.each(Object.keys(SCENARIOS))('%s: placeholders (which axe does not measure) are at least 4.5:1 on their box', async (name) => {
    const open = await dialogs.open(name, SCENARIOS[name]!.book());
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    const ratios = await page.$$eval('input[placeholder], textarea[placeholder]', (els) =>
      els.map((el) => {
        const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c)
            .map((v) => v / 255)
            .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const fg = lum(getComputedStyle(el, '::placeholder').color);
        const bg = lum(getComputedStyle(el).backgroundColor);
        return Math.round(((Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)) * 100) / 100;
      }),
    );
    expect(ratios.length).toBeGreaterThan(0);
    expect(ratios.filter((r) => r < 4.5)).toEqual([]);
  });

  it('the check is not blind: grey placeholder-like text, a name unlike its label and an unlabelled box are each found', async () => {
    const open = await dialogs.open('forward-plan', setUpBook());
    const { page } = open;
    await page.waitForSelector('body[data-ready="yes"]');
    await page.evaluate(() => {
      const content = document.querySelector('.content')!;
      const p = document.createElement('p');
      p.textContent = 'Faint text';
      p.style.color = '#b0b0b0';
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'Remove item';
      b.setAttribute('aria-label', 'Delete this agenda entry');
      const i = document.createElement('input');
      content.append(p, b, i);
    });
    const ids = (await axe(page)).violations.map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'label-content-name-mismatch', 'label']));
  });
});
