/**
 * `npm start`: the product's main job on the emulator with the sample board, as a newcomer
 * would see it, written to out/. Everything runs through the built bundle (dist/Code.js) in a
 * fresh vm context, driven through the menu and the daily trigger exactly as Apps Script would.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatWithWeekday } from '../../src/core/dates';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { ACTIONS, TABS } from '../../src/core/layout';
import { CHROMIUM } from '../papers/screenshot';
import { ROOT, loadBundle, type LoadedBundle } from '../harness/bundle';
import { loadSampleBoard } from '../fixtures/load-sample';
import { SAMPLE_TODAY, sampleMeetings } from '../fixtures/sample-board';

const OUT = join(ROOT, 'out');

interface Link { readonly href: string; readonly label: string; readonly note?: string }

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function write(path: string, content: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

function step<T>(bundle: LoadedBundle, label: string, log: string[], run: () => T): T {
  bundle.env.calls.reset();
  const result = run();
  const spreadsheet = bundle.env.calls.total('SpreadsheetApp');
  const docs = bundle.env.calls.total('DocumentApp') + bundle.env.calls.total('DriveApp') + bundle.env.calls.total('Docs.');
  const mail = bundle.env.calls.total('MailApp');
  log.push(`${label.padEnd(38)} Spreadsheet calls: ${String(spreadsheet).padStart(3)}  Docs/Drive: ${String(docs).padStart(4)}  Mail: ${mail}`);
  return result;
}

/**
 * The Actions tab as a laptop shows it (1366×768; Sheets' menus and toolbar take about 170 px,
 * so the grid is photographed at 1366×600): the first screen, and the same with the Status
 * header's note (the key) open, as when the pointer rests on it. Skipped without Chromium.
 */
async function screenshotSheet(html: string): Promise<{ file: string; label: string }[]> {
  if (!existsSync(CHROMIUM)) {
    console.log(`No Chromium at ${CHROMIUM}: the 1366×768 screenshots of the sheet were not taken.`);
    return [];
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 600 } });
    await page.goto(pathToFileURL(html).href);
    const dir = join(html, '..');
    await page.screenshot({ path: join(dir, 'actions-1366x768.png') });
    const status = ACTIONS.columns.findIndex((c) => c.key === 'status') + 1;
    await page.evaluate((cell) => document.querySelector(`td[data-cell="${cell}"]`)?.classList.add('open'), `${String.fromCharCode(64 + status)}1`);
    await page.screenshot({ path: join(dir, 'actions-1366x768-key.png') });
    // Scrolled right to the Commentary: Ref No and Subject stay.
    await page.evaluate(() => window.scrollTo(900, 0));
    await page.evaluate(() => document.querySelectorAll('td.open').forEach((td) => td.classList.remove('open')));
    await page.screenshot({ path: join(dir, 'actions-1366x768-scrolled.png') });
    return [
      { file: 'actions-1366x768.png', label: 'Actions at 1366×768: the first screen (Ref No, Subject, Status in its key colour)' },
      { file: 'actions-1366x768-key.png', label: 'Actions at 1366×768 with the pointer on the Status header: the key in its note' },
      { file: 'actions-1366x768-scrolled.png', label: 'Actions at 1366×768 scrolled right: Ref No and Subject stay' },
    ];
  } finally {
    await browser.close();
  }
}

export async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const log: string[] = [];
  const sheetLinks: Link[] = [];
  const paperLinks: Link[] = [];
  const mailLinks: Link[] = [];

  const clerk = loadBundle({ now: `${SAMPLE_TODAY}T09:00:00Z`, user: 'partnership.support@riverside.example.gov.uk', spreadsheet: { name: 'Riverside Partnership – Action Log' } });
  const { workbook, ui, docs, mail } = clerk.env.handles;
  step(clerk, 'onOpen (menu)', log, () => clerk.call('onOpen'));
  step(clerk, 'Set up this sheet', log, () => clerk.call('menuSetUp'));
  loadSampleBoard(workbook);
  // The sample actions arrive as a paste would: Sheets calls onEdit with the pasted range.
  step(clerk, 'Paste the sample actions (onEdit)', log, () => {
    const ss = (clerk.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName(ACTIONS.name)!;
    const range = sheet.getRange(2, 1, sheet.getLastRow() - 1, ACTIONS.columns.length);
    clerk.call('onEdit', { range, source: ss, authMode: 'LIMITED', user: { getEmail: () => '' }, triggerUid: '' });
  });
  step(clerk, 'Refresh statuses', log, () => clerk.call('menuRefreshStatuses'));

  const next = sampleMeetings.find((m) => m.date >= SAMPLE_TODAY)!.date;
  const previous = [...sampleMeetings].reverse().find((m) => m.date < SAMPLE_TODAY)!.date;
  const papers: [string, string, string][] = [
    ['menuGenerateActionLog', '', `Action log & forward plan for ${formatWithWeekday(next)}`],
    ['menuGenerateAgenda', '', `Agenda for ${formatWithWeekday(next)}`],
    ['menuDraftMinutes', previous.split('-').reverse().join('/'), `Draft minutes of ${formatWithWeekday(previous)}`],
  ];
  for (const [fn, answer, label] of papers) {
    const before = new Set(docs.files().map((f) => f.id));
    ui.answerPrompt(answer, 'OK');
    step(clerk, label, log, () => clerk.call(fn));
    const made = docs.files().filter((f) => !before.has(f.id) && f.mimeType === 'application/vnd.google-apps.document' && !/template/i.test(f.name));
    for (const file of made) {
      const href = `papers/${slug(file.name)}.html`;
      write(join(OUT, href), docs.toHtml(file.id));
      paperLinks.push({ href, label: file.name, note: label });
    }
  }

  // Install alerts: the clerk allows the partners' domains (mail to any other is held back).
  ui.answerPrompt('riverside.example.gov.uk, riversidehealth.example.nhs.uk, valleypolice.example.police.uk, valleyfire.example.gov.uk, riversidecva.example.org.uk', 'OK');
  step(clerk, 'Install alerts', log, () => clerk.call('menuInstallAlerts'));

  // The daily alert run, as the time-driven trigger runs it (as its installer): no UI in that context.
  const trigger = loadBundle({ shareWith: clerk, mode: 'trigger', user: clerk.env.user });
  step(trigger, 'Daily alert run (trigger)', log, () => trigger.call('runDailyAlerts'));
  for (const sent of mail.sent) {
    const name = slug(sent.to.split(',')[0] ?? 'mail');
    const body = `<!doctype html><meta charset="utf-8"><title>${escapeHtml(sent.subject)}</title>
<p style="font:13px sans-serif;color:#555">To: ${escapeHtml(sent.to)}<br>Subject: <b>${escapeHtml(sent.subject)}</b></p><hr>${sent.htmlBody ?? `<pre>${escapeHtml(sent.body)}</pre>`}`;
    write(join(OUT, 'alerts', `${name}.html`), body);
    write(join(OUT, 'alerts', `${name}.txt`), `To: ${sent.to}\nSubject: ${sent.subject}\n\n${sent.body}`);
    mailLinks.push({ href: `alerts/${name}.html`, label: sent.subject, note: `${sent.to} · plain text: alerts/${name}.txt` });
  }

  // The workbook last, so the sheet shows what the run wrote (statuses, overdue flags).
  for (const tab of TABS) {
    const href = `sheet/${slug(tab.name)}.html`;
    write(join(OUT, href), workbook.toHtml(tab.name));
    sheetLinks.push({ href, label: tab.name });
  }

  const shots = await screenshotSheet(join(OUT, 'sheet', `${slug(ACTIONS.name)}.html`));
  for (const shot of shots) sheetLinks.push({ href: `sheet/${shot.file}`, label: shot.label });

  const list = (links: Link[]) => links.length
    ? `<ul>${links.map((l) => `<li><a href="${l.href}">${escapeHtml(l.label)}</a>${l.note ? ` <small>${escapeHtml(l.note)}</small>` : ''}</li>`).join('')}</ul>`
    : '<p><i>None.</i></p>';
  const toasts = workbook.toasts.map((t) => `<li>${escapeHtml(String(t.title ?? ''))}: ${escapeHtml(t.message)}</li>`).join('');
  const alerts = ui.alerts.map((a) => `<li><b>${escapeHtml(a.title ?? '')}</b><pre>${escapeHtml(a.prompt)}</pre></li>`).join('');
  write(join(OUT, 'index.html'), `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>Action Log — sample board</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}small{color:#666}</style>
<h1>Action Log — sample board</h1>
<p>The built bundle ran on the Apps Script emulator as at ${escapeHtml(formatWithWeekday(SAMPLE_TODAY))}: Set up, the sample board typed in, statuses refreshed, the papers generated and the daily alert run.</p>
<h2>The sheet</h2>${list(sheetLinks)}
<h2>The papers</h2>${list(paperLinks)}
<h2>Alert emails sent by the daily run</h2>${list(mailLinks)}
<h2>What the user was told</h2><h3>Toasts</h3><ul>${toasts}</ul><h3>Alerts</h3><ul>${alerts}</ul>
<h2>Service calls per step</h2><pre>${escapeHtml(log.join('\n'))}</pre>
</html>`);

  console.log(log.join('\n'));
  console.log(`\nWrote ${sheetLinks.length} sheet pages, ${paperLinks.length} papers and ${mailLinks.length} emails.`);
  console.log(`Open ${join(OUT, 'index.html')}`);
}
