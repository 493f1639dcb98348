/** Talking to the person at the sheet. Nothing here may run in a trigger (no UI there). */

export function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string, title = 'Action Log', seconds = 5): void {
  ss.toast(message, title, seconds);
}

export function alertUser(message: string, title = 'Action Log'): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** Errors the user can act on; their message is shown as it is. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** A readable message for any failure: never a stack trace. */
export function userMessage(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = (text.split('\n')[0] ?? '').replace(/^Exception:\s*/, '').trim();
  return firstLine ? `Something went wrong: ${firstLine}` : 'Something went wrong. Please try again.';
}

/**
 * Is this execution in the sheet (a menu item, a dialog, a trigger of the sheet)? A page served
 * by the web app can call any of the script's functions through google.script.run, running as
 * the deploying user; there Apps Script has no document lock (getDocumentLock() is null), so the
 * menu items and the dialogs' functions refuse to run.
 */
export function inTheSheet(): boolean {
  return LockService.getDocumentLock() !== null;
}

/** Runs a menu action; any failure becomes an alert rather than a red error bar. Never from the web app. */
export function withUserErrors(action: () => void): void {
  if (!inTheSheet()) {
    console.log('A menu item was called from outside the sheet (the web app page): nothing was done.');
    return;
  }
  try {
    action();
  } catch (error) {
    console.error(error);
    alertUser(userMessage(error));
  }
}
