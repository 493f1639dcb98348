/**
 * Writes a day's alert mails to files (.html and .txt per recipient) so they can be looked at
 * without sending anything: `npm start` calls `writeSampleDigests('out/alerts')`, or run
 * `node scripts/run-ts.mjs test/alerts/digest-files.ts out/alerts`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from '../../src/core/alerts/html';
import type { Action } from '../../src/core/model';
import { sampleActions, sampleOfficers, sampleSettings, SAMPLE_TODAY } from '../fixtures/sample-board';
import { DIST_CODE, loadBundle } from '../harness/bundle';
import type { SentMail } from '../emulator/mail';
import { fillBoard } from './board';

export interface DigestFile {
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

export function digestsFromMail(sent: readonly SentMail[]): DigestFile[] {
  return sent.map((m) => ({ to: m.to, subject: m.subject, html: m.htmlBody ?? `<pre>${escapeHtml(m.body)}</pre>`, text: m.body }));
}

function slug(text: string): string {
  return (
    text
      .split(',')[0]!
      .trim()
      .toLowerCase()
      .replace(/@.*$/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'mail'
  );
}

/** One `<recipient>.html` (a standalone page) and `<recipient>.txt` per mail; returns the paths. */
export function writeDigestFiles(outDir: string, digests: readonly DigestFile[]): string[] {
  mkdirSync(outDir, { recursive: true });
  const used = new Map<string, number>();
  const paths: string[] = [];
  for (const d of digests) {
    const base = slug(d.to);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const name = n === 1 ? base : `${base}-${n}`;
    const head = `To: ${d.to}\nSubject: ${d.subject}\n`;
    const html =
      `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(d.subject)}</title></head><body>` +
      `<p style="font-family:monospace;color:#5f6368;white-space:pre-wrap">${escapeHtml(head)}</p><hr>${d.html}</body></html>`;
    const htmlPath = join(outDir, `${name}.html`);
    const textPath = join(outDir, `${name}.txt`);
    writeFileSync(htmlPath, html);
    writeFileSync(textPath, `${head}\n${d.text}\n`);
    paths.push(htmlPath, textPath);
  }
  return paths;
}

/**
 * The sample board's alerts for its demo day, exactly as the daily trigger sends them: the
 * bundle runs `runDailyAlerts` in trigger mode and the emulated MailApp's outbox is returned.
 */
export function sampleDayDigests(bundle = existsSync(DIST_CODE) ? DIST_CODE : join(process.cwd(), 'dist', 'Code.js')): {
  today: string;
  digests: DigestFile[];
} {
  const clerk = loadBundle({ file: bundle, now: `${SAMPLE_TODAY}T06:00:00Z`, user: 'clerk@example.org' });
  clerk.call('menuSetUp');
  fillBoard(clerk.env.handles.workbook, {
    actions: sampleActions.map((a) => ({ isDecision: false, commentary: '', ...a }) as Omit<Action, 'origin'>),
    officers: sampleOfficers,
    settings: sampleSettings,
  });
  clerk.env.clock.set(`${SAMPLE_TODAY}T07:00:00Z`);
  const run = loadBundle({ file: bundle, mode: 'trigger', user: 'clerk@example.org', shareWith: clerk });
  run.call('runDailyAlerts');
  return { today: SAMPLE_TODAY, digests: digestsFromMail(run.env.handles.mail.sent) };
}

export function writeSampleDigests(outDir: string): string[] {
  const { digests } = sampleDayDigests();
  return writeDigestFiles(outDir, digests);
}

export function main(args: string[]): void {
  const outDir = args[0] ?? join('out', 'alerts');
  const paths = writeSampleDigests(outDir);
  console.log(`Wrote ${paths.length / 2} alert mails to ${outDir}/ (.html and .txt).`);
}
