/**
 * The self-test report as the dialog shows it: each scenario passed or failed with its
 * differences, its calls and its time; the wall time of each call kind; what went to the bin;
 * and the whole report as JSON in a box to copy (README: "Check it on your own account").
 * Pure.
 */
import { escapeHtml } from '../core/alerts/html';
import type { SelfTestReport } from './runner';

export const REPORT_TITLE = 'Action Log self-test';

function total(calls: Record<string, { count: number }>): number {
  return Object.values(calls).reduce((n, c) => n + c.count, 0);
}

export function reportLines(report: SelfTestReport): string[] {
  const lines = [`${report.passed} of ${report.scenarios.length} scenarios passed.`];
  if (report.setupError) lines.push(report.setupError);
  for (const s of report.scenarios) {
    if (s.outcome === 'passed') continue;
    lines.push(`${s.outcome === 'failed' ? 'FAILED' : 'NOT RUN'}: ${s.title}`);
    if (s.error) lines.push(`  stopped: ${s.error}`);
    for (const d of s.differences) lines.push(`  ${d.what}: expected ${d.expected}, got ${d.actual}`);
  }
  if (report.scratch.notBinned.length) lines.push(`Not moved to the bin (please delete by hand): ${report.scratch.notBinned.join('; ')}`);
  return lines;
}

export function reportHtml(report: SelfTestReport): string {
  const rows = report.scenarios.map((s) => {
    const mark =
      s.outcome === 'passed' ? '<b style="color:#0b5d1e">passed</b>' : s.outcome === 'failed' ? '<b style="color:#990000">FAILED</b>' : '<b>not run</b>';
    const detail = [
      ...(s.error ? [`<div>Stopped half way: ${escapeHtml(s.error)}</div>`] : []),
      ...s.differences.map(
        (d) => `<div>${escapeHtml(d.what)}: expected <code>${escapeHtml(d.expected)}</code>, got <code>${escapeHtml(d.actual)}</code></div>`,
      ),
      ...(s.settles?.length ? [`<div class="settles">Settles: ${s.settles.map(escapeHtml).join('; ')}</div>`] : []),
      ...(total(s.calls)
        ? [
            `<div class="calls">Calls: ${Object.entries(s.calls)
              .map(([k, c]) => `${escapeHtml(k)} ×${c.count} (${c.ms} ms)`)
              .join(', ')}</div>`,
          ]
        : []),
    ].join('');
    return `<tr><td>${mark}</td><td>${escapeHtml(s.title)}${detail}</td><td>${s.checks}</td><td>${total(s.calls)}</td><td>${s.ms} ms</td></tr>`;
  });
  const kinds = Object.entries(report.callKinds).map(
    ([k, v]) => `<tr><td><code>${escapeHtml(k)}</code></td><td>${v.count}</td><td>${v.meanMs} ms</td><td>${v.totalMs} ms</td><td>${v.rows || ''}</td></tr>`,
  );
  const json = JSON.stringify(report, null, 1);
  return `<!DOCTYPE html><html><head><base target="_top"><style>
body{font:13px Arial,sans-serif;margin:12px}table{border-collapse:collapse;width:100%;margin:8px 0}
td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}code{font-size:12px}
.settles,.calls{color:#555;font-size:12px}textarea{width:100%;height:140px;font:11px monospace}
</style></head><body>
<p><b>${report.passed} of ${report.scenarios.length} scenarios passed</b> (${escapeHtml(report.startedAt)}, time zone ${escapeHtml(report.timeZone)}).</p>
${report.setupError ? `<p style="color:#990000">${escapeHtml(report.setupError)}</p>` : ''}
<table><tr><th></th><th>Scenario</th><th>Checks</th><th>Calls</th><th>Time</th></tr>${rows.join('')}</table>
<p>Wall time of each call kind:</p>
<table><tr><th>Call</th><th>Calls</th><th>Mean</th><th>Total</th><th>Rows moved</th></tr>${kinds.join('')}</table>
${report.unmetered.length ? `<p>Calls product code made through ${escapeHtml(report.unmetered.join(', '))} could not be counted (Apps Script would not let the global be wrapped).</p>` : ''}
<p>Scratch files moved to the bin: ${report.scratch.binned.length}.${report.scratch.notBinned.length ? ` <b>Not moved (please delete by hand):</b> ${escapeHtml(report.scratch.notBinned.join('; '))}` : ''}</p>
<p>The report as JSON: select all in the box, copy, and save it as a file (e.g. <code>selftest-report.json</code>) for <code>npm run bench</code>.</p>
<textarea id="report-json" readonly>${escapeHtml(json)}</textarea>
</body></html>`;
}
