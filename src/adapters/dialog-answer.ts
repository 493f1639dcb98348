/**
 * How a dialog's google.script.run target answers: a value, or a readable message with the
 * fields at fault (never a stack trace), and never a thrown error. Only from the sheet: a page
 * served by the web app can call any of the script's functions too, and there they would run as
 * the deploying user, so a dialog's function does nothing there (see `inTheSheet`).
 */
import { FormRejected } from '../core/capture/plan';
import type { SaveResult } from '../core/capture/schemas';
import { inTheSheet, UserFacingError, userMessage } from './ui';

export const NOT_FROM_THE_WEB_APP = 'Nothing was changed: this works only from the sheet (Action Log menu), not from the update page.';

export const UNEXPECTED =
  "The script stopped on a problem it did not expect. Look at the sheet to see whether anything was saved before you try again; the details are in the script's execution log (Extensions ▸ Apps Script ▸ Executions).";

/**
 * `otherErrors`: what the page is told of an error that is neither ours (UserFacingError) nor a
 * rejected form: by default a plain sentence, never Apps Script's own text; the papers and the
 * import pass `userMessage`, whose first line of Drive's or Docs' refusal says what to fix.
 */
export function answerInTheSheet<T>(work: () => T, otherErrors: 'plain' | 'first line' = 'plain'): SaveResult<T> {
  if (!inTheSheet()) return { ok: false, message: NOT_FROM_THE_WEB_APP, fields: {} };
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof FormRejected) return { ok: false, message: error.message, fields: { ...error.fields } };
    console.error(error);
    if (error instanceof UserFacingError) return { ok: false, message: error.message, fields: {} };
    return { ok: false, message: otherErrors === 'plain' ? UNEXPECTED : userMessage(error), fields: {} };
  }
}
