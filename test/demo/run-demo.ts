/**
 * `npm start`: the product's main job on the emulator with the sample board, as a newcomer
 * would see it, written to out/. Everything runs through the built bundle (dist/Code.js) in a
 * fresh vm context, driven through the menu and the daily trigger exactly as Apps Script would.
 */
import { MENU_ITEMS } from '../papers/menu-board';
import { CHROMIUM, screenshotHtml } from '../papers/screenshot';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatWithWeekday } from '../../src/core/dates';
import { ACTIONS, SETUP_TABS } from '../../src/core/layout';
import { UPDATES } from '../../src/core/updates/log';
import { doGetEvent } from '../emulator/webapp';
import { DIST_DIR, ROOT, loadBundle, type LoadedBundle } from '../harness/bundle';
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { loadSampleBoard } from '../fixtures/load-sample';
import { loadSampleReview } from '../fixtures/sample-review';
import { SAMPLE_TODAY, sampleMeetings } from '../fixtures/sample-board';
import type { SaveResult } from '../../src/core/capture/schemas';
import type { ImportPreview } from '../../src/core/import/plan';
import type { ImportResult } from '../../src/import/server';
import { wordActionLogHtml, wordActionLogText } from '../import/fixtures';
import { westmoorBook } from '../import/helpers';

const OUT = join(ROOT, 'out');

interface Link {
  readonly href: string;
  readonly label: string;
  readonly note?: string;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const SAMPLE_WEB_APP = 'https://script.google.com/macros/s/AKfy-sample-deployment/exec';

/**
 * The served update page, made to open from a file: google.script.run answered in the page
 * with what the script answered for the officer's items (saving is not possible here).
 */
function withSampleServer(page: string, data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const shim = `<script>(function(){var data=${json};function runner(ok,fail){return new Proxy({},{get:function(_,name){
if(name==='withSuccessHandler')return function(f){return runner(f,fail)};if(name==='withFailureHandler')return function(f){return runner(ok,f)};
return function(){setTimeout(function(){ok(name==='updatesPageData'?data:{ok:false,message:'This is a sample page written by npm start: nothing is saved here.',fields:{}})},0)}}})}
window.google={script:{run:runner(function(){},function(){})}};})();</script>`;
  return page.replace('<main>', () => `${shim}<main>`);
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
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
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

  const clerk = loadBundle({
    now: `${SAMPLE_TODAY}T09:00:00Z`,
    user: 'partnership.support@riverside.example.gov.uk',
    spreadsheet: { name: 'Riverside Partnership – Action Log' },
    webAppUrl: SAMPLE_WEB_APP,
  });
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
  // A scrutiny review's recommendations, typed into the Recommendations tab.
  loadSampleReview(workbook);
  // The board lists the review's outstanding recommendations in its action log (a setting).
  const settingRows = workbook.sheet('Settings').values;
  workbook.setValues('Settings', settingRows.findIndex((r) => r[0] === 'Recommendations in the action log') + 1, 2, [['Yes']]);
  step(clerk, 'Refresh statuses', log, () => clerk.call('menuRefreshStatuses'));

  const next = sampleMeetings.find((m) => m.date >= SAMPLE_TODAY)!.date;
  const previous = [...sampleMeetings].reverse().find((m) => m.date < SAMPLE_TODAY)!.date;
  const papers: [keyof typeof MENU_ITEMS, string | undefined, string][] = [
    ['actionLog', undefined, `Action log & forward plan for ${formatWithWeekday(next)}, with the review's outstanding recommendations`],
    ['agenda', undefined, `Agenda for ${formatWithWeekday(next)}`],
    ['minutes', previous, `Draft minutes of ${formatWithWeekday(previous)}`],
  ];
  for (const [kind, date, label] of papers) {
    const before = new Set(docs.files().map((f) => f.id));
    // As a person does it: the menu item opens the dialog, which lists the meetings (the next
    // one first); Make sends the one chosen.
    step(clerk, label, log, () => {
      clerk.call(MENU_ITEMS[kind]);
      const options = clerk.call<{ ok: boolean; value?: { meetings: { date: string }[] } }>('papersDialog', kind);
      const made = clerk.call<{ ok: boolean; message?: string }>('papersGenerate', kind, date ?? options.value?.meetings[0]?.date);
      if (!made.ok) throw new Error(`${label}: ${made.message}`);
    });
    const made = docs.files().filter((f) => !before.has(f.id) && f.mimeType === 'application/vnd.google-apps.document' && !/template/i.test(f.name));
    for (const file of made) {
      const href = `papers/${slug(file.name)}.html`;
      write(join(OUT, href), docs.toHtml(file.id));
      paperLinks.push({ href, label: file.name, note: label });
    }
  }

  // The sample review's monitoring report, as the full action plan: the menu item opens the
  // paper dialog, which lists the reviews (the first offered) and the shapes.
  {
    const before = new Set(docs.files().map((f) => f.id));
    const label = 'Monitoring report of the sample review (action plan)';
    step(clerk, label, log, () => {
      clerk.call('menuGenerateMonitoringReport');
      const options = clerk.call<{ ok: boolean; message?: string; value?: { meetings: { date: string }[]; shapes?: { value: string }[] } }>(
        'papersDialog',
        'monitoring',
      );
      if (!options.ok) throw new Error(`${label}: ${options.message}`);
      const shape = options.value?.shapes?.find((x) => x.value !== 'response')?.value ?? options.value?.shapes?.[0]?.value;
      const made = clerk.call<{ ok: boolean; message?: string }>('papersGenerate', 'monitoring', options.value?.meetings[0]?.date, shape);
      if (!made.ok) throw new Error(`${label}: ${made.message}`);
    });
    for (const file of docs.files().filter((f) => !before.has(f.id) && f.mimeType === 'application/vnd.google-apps.document' && !/template/i.test(f.name))) {
      const href = `papers/${slug(file.name)}.html`;
      write(join(OUT, href), docs.toHtml(file.id));
      paperLinks.push({ href, label: file.name, note: label });
    }
  }

  // Install alerts: the clerk allows the partners' domains (mail to any other is held back).
  ui.answerPrompt(
    'riverside.example.gov.uk, riversidehealth.example.nhs.uk, valleypolice.example.police.uk, valleyfire.example.gov.uk, riversidecva.example.org.uk',
    'OK',
  );
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

  // Update requests for the next meeting (the clerk deployed the web app), one officer's page,
  // and one update given through it (signed in the commentary; the Updates tab records it).
  const updateLinks: Link[] = [];
  // The sample's next meeting is three days off: updates due two working days before it.
  const settingsTab = workbook.sheet('Settings').values;
  workbook.setValues('Settings', settingsTab.findIndex((r) => r[0] === 'Updates due: working days before meeting') + 1, 2, [['2']]);
  const beforeRequests = mail.sent.length;
  ui.answerAlert('OK', 'OK');
  step(clerk, 'Request updates…', log, () => clerk.call('menuRequestUpdates'));
  const requests = mail.sent.slice(beforeRequests);
  for (const sent of requests) {
    const name = slug(sent.to);
    write(
      join(OUT, 'updates', `request-${name}.html`),
      `<!doctype html><meta charset="utf-8"><title>${escapeHtml(sent.subject)}</title>
<p style="font:13px sans-serif;color:#555">To: ${escapeHtml(sent.to)}<br>Subject: <b>${escapeHtml(sent.subject)}</b></p><hr>${sent.htmlBody ?? ''}`,
    );
    write(join(OUT, 'updates', `request-${name}.txt`), `To: ${sent.to}\nSubject: ${sent.subject}\n\n${sent.body}`);
    updateLinks.push({ href: `updates/request-${name}.html`, label: sent.subject, note: `${sent.to} · plain text: updates/request-${name}.txt` });
  }
  const sample = requests[0];
  const token = sample && /\?t=([A-Za-z0-9_.-]+)/.exec(sample.body)?.[1];
  if (token) {
    const web = () => loadBundle({ shareWith: clerk, mode: 'webapp', user: clerk.env.user, webAppUrl: SAMPLE_WEB_APP, htmlDir: DIST_DIR });
    const served = web()
      .call<GoogleAppsScript.HTML.HtmlOutput>('doGet', doGetEvent(sample.body.match(/https:\S+\?t=\S+/)![0]))
      .getContent();
    const data = web().call<{ ok: boolean; value?: { actions: { ref: string; version: string }[] } }>('updatesPageData', token);
    write(join(OUT, 'updates', 'update-page.html'), withSampleServer(served, data));
    updateLinks.push({
      href: 'updates/update-page.html',
      label: `The update page ${sample.to} opens from the link`,
      note: 'a sample: Save answers "nothing is saved here"',
    });
    write(
      join(OUT, 'updates', 'refused.html'),
      web()
        .call<GoogleAppsScript.HTML.HtmlOutput>('doGet', doGetEvent(`${SAMPLE_WEB_APP}?t=${token.slice(0, -2)}xx`))
        .getContent(),
    );
    updateLinks.push({ href: 'updates/refused.html', label: 'The page an altered link gets' });
    const first = data.value?.actions[0];
    if (first) {
      const officerCall = web();
      step(officerCall, 'An officer saves an update (web app)', log, () =>
        officerCall.call('updatesSave', token, {
          update: {
            row: 2,
            ref: first.ref,
            note: 'Draft circulated to partners; final version to the next meeting',
            dueDate: '',
            complete: false,
            completedDate: '',
          },
          version: first.version,
        }),
      );
    }
  }

  // The workbook last, so the sheet shows what the run wrote (statuses, overdue flags).
  for (const tab of [...SETUP_TABS, UPDATES]) {
    const href = `sheet/${slug(tab.name)}.html`;
    try {
      write(join(OUT, href), workbook.toHtml(tab.name));
    } catch {
      continue; // the Updates tab exists only once requests were sent
    }
    sheetLinks.push({ href, label: tab.name });
  }

  // Moving in: another board pastes its Word action log into Import…, previews, imports.
  const importLinks = demoImport(log);

  const shots = await screenshotSheet(join(OUT, 'sheet', `${slug(ACTIONS.name)}.html`));
  for (const shot of shots) sheetLinks.push({ href: `sheet/${shot.file}`, label: shot.label });

  const list = (links: Link[]) =>
    links.length
      ? `<ul>${links.map((l) => `<li><a href="${l.href}">${escapeHtml(l.label)}</a>${l.note ? ` <small>${escapeHtml(l.note)}</small>` : ''}</li>`).join('')}</ul>`
      : '<p><i>None.</i></p>';
  const toasts = workbook.toasts.map((t) => `<li>${escapeHtml(String(t.title ?? ''))}: ${escapeHtml(t.message)}</li>`).join('');
  const alerts = ui.alerts.map((a) => `<li><b>${escapeHtml(a.title ?? '')}</b><pre>${escapeHtml(a.prompt)}</pre></li>`).join('');
  write(
    join(OUT, 'index.html'),
    `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>Action Log — sample board</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}small{color:#666}</style>
<h1>Action Log — sample board</h1>
<p>The built bundle ran on the Apps Script emulator as at ${escapeHtml(formatWithWeekday(SAMPLE_TODAY))}: Set up, the sample board typed in, statuses refreshed, the papers generated and the daily alert run.</p>
<h2>The sheet</h2>${list(sheetLinks)}
<h2>The papers</h2>${list(paperLinks)}
<h2>Alert emails sent by the daily run</h2>${list(mailLinks)}
<h2>Moving in: a Word action log imported (Import…)</h2>${list(importLinks)}
<h2>Update requests and the officers' update page</h2>${list(updateLinks)}
<h2>What the user was told</h2><h3>Toasts</h3><ul>${toasts}</ul><h3>Alerts</h3><ul>${alerts}</ul>
<h2>Service calls per step</h2><pre>${escapeHtml(log.join('\n'))}</pre>
</html>`,
  );

  console.log(log.join('\n'));
  console.log(`\nWrote ${sheetLinks.length} sheet pages, ${paperLinks.length} papers and ${mailLinks.length} emails.`);
  console.log(`Open ${join(OUT, 'index.html')}`);
  // The papers photographed too (headings, status words, the header row repeated on each page),
  // when the machine has Chromium (npm test installs it; see the README).
  if (!existsSync(CHROMIUM)) {
    console.log(`No Chromium at ${CHROMIUM}: the papers are written as HTML only.`);
    return undefined;
  }
  return screenshotHtml(paperLinks.map((l) => join(OUT, l.href))).then((pngs) => {
    console.log(`Photographed the papers: ${pngs.map((p) => p.slice(OUT.length + 1)).join(', ')}`);
  });
}

/** Import… on a second board's sheet: the Word paste previewed, then imported; both written to out/import/. */
function demoImport(log: string[]): Link[] {
  const book = westmoorBook();
  const paste = { html: wordActionLogHtml, text: wordActionLogText };
  const previewed = step(book, 'Import… preview (Word action log)', log, () => book.call<SaveResult<ImportPreview>>('importPreview', paste));
  if (!previewed.ok) throw new Error(previewed.message);
  const p = previewed.value;
  const imported = step(book, 'Import… (one write per tab)', log, () =>
    book.call<SaveResult<ImportResult>>('importCommit', { ...paste, statuses: { t1r8: 'noted', t1r9: 'recurring' } }),
  );
  if (!imported.ok) throw new Error(imported.message);
  const again = book.call<SaveResult<ImportResult>>('importCommit', paste);
  const td = (s: string) => `<td>${escapeHtml(s).replace(/\n/g, '<br>')}</td>`;
  const dmy = (iso?: string) => (iso ? iso.split('-').reverse().join('/') : '');
  const rows = p.actions
    .map(
      (a) =>
        `<tr>${[
          a.where,
          a.ref,
          [a.agendaItem, a.subject].filter(Boolean).join(' · '),
          dmy(a.meetingDate),
          a.text,
          a.responsible,
          a.dates.map((d) => `${d.gives} ${dmy(d.date)}: “${d.phrase}” (${d.from})`).join('\n'),
          a.proposal ? `${a.proposal.label} (proposed: ${a.proposal.reason})` : 'Action',
        ]
          .map(td)
          .join('')}</tr>`,
    )
    .join('');
  write(
    join(OUT, 'import', 'preview.html'),
    `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>Import preview</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}th{background:#eee}</style>
<h1>Import… preview</h1><p><b>${escapeHtml(p.summary)}</b></p>
<p>Table 1: header repeated at row(s) ${p.tables[0]?.repeatedHeaders.join(', ')}; continued rows merged: ${p.tables[0]?.merged.map(([a, b]) => `${a} into ${b}`).join(', ')}.</p>
<h2>To check</h2><ul>${p.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>
<h2>Actions</h2><table><tr>${['Where', 'Ref No', 'Item · Subject', 'Meeting', 'Action', 'Responsible', 'Dates (from)', 'Status'].map((h) => `<th>${h}</th>`).join('')}</tr>${rows}</table>
<h2>New people proposed for Officers (unticked)</h2><ul>${p.newOfficers.map((o) => `<li>${escapeHtml(o.name)} (${escapeHtml(o.where)})</li>`).join('')}</ul>
<h2>Result</h2><p>${escapeHtml(imported.value.message)}</p><p>The same paste imported again: ${escapeHtml(again.ok ? again.value.message : again.message)}</p></html>`,
  );
  write(join(OUT, 'import', 'actions.html'), book.env.handles.workbook.toHtml('Actions'));
  console.log(`\nImport… of a Word action log: ${p.summary}`);
  for (const w of p.warnings) console.log(`  to check: ${w}`);
  console.log(`  ${imported.value.message} Again: ${again.ok ? again.value.message : again.message}`);
  return [
    { href: 'import/preview.html', label: 'The preview (rows, where each date came from, warnings)' },
    { href: 'import/actions.html', label: 'The Actions tab after the import', note: imported.value.message },
  ];
}
