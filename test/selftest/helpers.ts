/**
 * Runs the self-test the way a user does — Action Log ▸ Help ▸ Run self-test, through the built
 * bundle on the emulator — and reads the report back from the dialog's JSON box (the text the
 * README tells a user to copy).
 */
import type { SelfTestReport } from '../../src/selftest/runner';
import type { LoadedBundle } from '../harness/bundle';

function unescapeHtml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The report in a self-test dialog's JSON box. */
export function reportOf(html: string): SelfTestReport {
  const m = /<textarea id="report-json" readonly>([\s\S]*?)<\/textarea>/.exec(html);
  if (!m) throw new Error(`no report box in the dialog:\n${html.slice(0, 500)}`);
  return JSON.parse(unescapeHtml(m[1]!)) as SelfTestReport;
}

export function runSelfTestMenu(bundle: LoadedBundle): { report: SelfTestReport; title: string } {
  const before = bundle.env.handles.ui.dialogs.length;
  bundle.call('menuRunSelfTest');
  const dialogs = bundle.env.handles.ui.dialogs;
  if (dialogs.length !== before + 1) {
    const alerts = bundle.env.handles.ui.alerts.map((a) => a.prompt).join('\n');
    throw new Error(`Run self-test showed no report dialog. Alerts: ${alerts || 'none'}`);
  }
  const dialog = dialogs[dialogs.length - 1]!;
  return { report: reportOf(dialog.html), title: dialog.title };
}

/** What a scenario's failure says, for a readable jest message. */
export function failureText(report: SelfTestReport, id: string): string {
  const s = report.scenarios.find((x) => x.id === id);
  if (!s) return `no scenario ${id} in the report`;
  return [s.error ? `stopped: ${s.error}` : '', ...s.differences.map((d) => `${d.what}: expected ${d.expected}, got ${d.actual}`)].filter(Boolean).join('\n');
}
