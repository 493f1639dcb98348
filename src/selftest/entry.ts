/**
 * Action Log ▸ Help ▸ Run self-test, and the handler of the trigger its trigger scenario
 * installs (and removes at once; if it ever fires, it removes itself and does nothing).
 */
import { todayIn } from '../adapters/clock';
import { removeDaily } from '../adapters/triggers';
import { withUserErrors } from '../adapters/ui';
import { reportHtml, reportLines, REPORT_TITLE } from './report';
import { runSelfTest } from './runner';
import { SELFTEST_TRIGGER_HANDLER } from './scenarios';

export function menuRunSelfTest(): void {
  withUserErrors(() => {
    const active = SpreadsheetApp.getActiveSpreadsheet();
    active.toast('Running the self-test on a scratch spreadsheet of its own: this takes a few minutes. Your sheet is not touched.', REPORT_TITLE, 30);
    const report = runSelfTest({
      services: {
        SpreadsheetApp,
        DriveApp,
        DocumentApp,
        MailApp,
        ScriptApp,
        LockService,
        // An advanced service that is not enabled is no global at all.
        Docs: typeof Docs === 'undefined' ? undefined : Docs,
      },
      global: globalThis as unknown as Record<string, unknown>,
      now: () => Date.now(),
      today: todayIn,
      timeZone: active.getSpreadsheetTimeZone(),
      locale: active.getSpreadsheetLocale(),
      activeSpreadsheetId: active.getId(),
    });
    console.log(`${REPORT_TITLE}:\n${reportLines(report).join('\n')}`);
    const output = HtmlService.createHtmlOutput(reportHtml(report)).setWidth(900).setHeight(640);
    SpreadsheetApp.getUi().showModalDialog(output, `${REPORT_TITLE}: ${report.passed} of ${report.scenarios.length} passed`);
  });
}

/** Only the self-test installs this trigger, and removes it at once; should it fire, it removes itself. */
export function selfTestTrigger(): void {
  removeDaily(ScriptApp, SELFTEST_TRIGGER_HANDLER);
}
