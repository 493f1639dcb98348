/**
 * Import…: the menu item that opens the dialog, and its two google.script.run targets.
 *
 * - `importPreview(input)` reads the paste (or the Doc) and the workbook and says what would be
 *   added, where every date came from and every warning in words. It writes nothing.
 * - `importCommit(input)` does the same under the document lock and then appends, one batch per
 *   tab (Meetings, Officers, Actions, Forward Plan); what is already in the sheet (by reference,
 *   else by meeting date and text) is left out, so importing the same input twice adds nothing.
 *
 * Both return `{ ok: true, value }` or `{ ok: false, message, fields }` and never throw.
 */
import { ACTIONS, FORWARD_PLAN, MEETINGS, OFFICERS, type TabSpec } from '../core/layout';
import { checkForm, type FieldErrors, type SaveResult } from '../core/capture/schemas';
import { FormRejected } from '../core/capture/plan';
import { blocksFromHtml, blocksFromText, type Block } from '../core/import/blocks';
import { planImport, type ImportPreview, type WorkbookState } from '../core/import/plan';
import { docIdOf, importInput, type ImportInput } from '../core/import/schema';
import { todayIn } from '../adapters/clock';
import type { ImportResult } from '../core/import/result';
import { answerInTheSheet } from '../adapters/dialog-answer';
import { withDocumentLock } from '../adapters/lock';
import { readRefRegister, writeRefRegister } from '../adapters/ref-register';
import { raiseRegister } from '../core/ref-register';
import { appendRecords, readWorkbook, type WorkbookRead } from '../adapters/sheets/workbook';
import { UserFacingError, withUserErrors } from '../adapters/ui';
import { readDocBlocks } from './doc';

export const IMPORT_DIALOG = { file: 'import', title: 'Import an action log, forward plan or minutes', width: 980, height: 720 } as const;

export function menuImport(): void {
  withUserErrors(() => {
    const html = HtmlService.createHtmlOutputFromFile(IMPORT_DIALOG.file).setWidth(IMPORT_DIALOG.width).setHeight(IMPORT_DIALOG.height);
    SpreadsheetApp.getUi().showModalDialog(html, IMPORT_DIALOG.title);
  });
}

export type { ImportResult } from '../core/import/result';

/** Runs the dialog's request (adapters/dialog-answer): only from the sheet, never a thrown error. */
function answer<T>(work: () => T): SaveResult<T> {
  return answerInTheSheet(work, 'first line');
}

function checked(input: unknown): ImportInput {
  const result = checkForm(importInput, input ?? {});
  if (!result.ok) throw new FormRejected(result.message.replace(/^Nothing was saved/, 'Nothing was imported'), result.fields as FieldErrors);
  return result.value;
}

/** The paste's HTML flavour when it holds anything, else its plain text; else the Doc. */
function readInput(input: ImportInput): Block[] {
  const fromHtml = input.html && input.html.trim() ? blocksFromHtml(input.html) : [];
  if (fromHtml.length) return fromHtml;
  if (input.text && input.text.trim()) return blocksFromText(input.text);
  if (input.docUrl && input.docUrl.trim()) {
    const id = docIdOf(input.docUrl);
    if (!id)
      throw new FormRejected('Nothing was imported: that is not the address of a Google Doc (it looks like https://docs.google.com/document/d/…/edit).', {
        docUrl: 'Paste the address of a Google Doc.',
      });
    return readDocBlocks(id);
  }
  throw new FormRejected('Nothing was imported: paste a table or minutes into the box, or give the address of a Google Doc.', {
    paste: 'Paste here, or give a Doc address below.',
  });
}

function stateOf(wb: WorkbookRead, register: ReadonlyMap<string, number>): WorkbookState {
  return {
    register,
    today: todayIn(wb.timeZone),
    actions: wb.actions.map((a) => ({ ref: a.ref, meetingDate: a.meetingDate, agendaItem: a.agendaItem, text: a.text })),
    meetings: wb.meetings.map((m) => ({ date: m.date, board: m.board, attendees: m.attendees, apologies: m.apologies })),
    forwardPlan: wb.forwardPlan.map((p) => ({ item: p.item, dueDate: p.dueDate, dueText: p.dueText })),
    officers: wb.officers.map((o) => o.name),
  };
}

const TABS_READ = ['actions', 'meetings', 'forwardPlan', 'officers'] as const;

export function importPreview(input: unknown): SaveResult<ImportPreview> {
  return answer(() => {
    const form = checked(input);
    const blocks = readInput(form);
    const wb = readWorkbook(SpreadsheetApp.getActiveSpreadsheet(), TABS_READ);
    return planImport(blocks, stateOf(wb, readRefRegister()), form).preview;
  });
}

/** The columns each tab's write needs, checked on every tab before anything is written. */
const NEEDS: readonly [TabSpec, 'actions' | 'forwardPlan' | 'meetings' | 'officers', readonly string[]][] = [
  [MEETINGS, 'meetings', ['date']],
  [OFFICERS, 'officers', ['name']],
  [ACTIONS, 'actions', ['ref', 'meetingDate', 'text', 'responsible', 'firstDueDate', 'dueDate', 'commentary']],
  [FORWARD_PLAN, 'forwardPlan', ['item', 'dueDate', 'dueText']],
];

export function importCommit(input: unknown): SaveResult<ImportResult> {
  return answer(() => {
    const form = checked(input);
    const blocks = readInput(form);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return withDocumentLock(() => {
      const wb = readWorkbook(ss, TABS_READ);
      const register = readRefRegister();
      const { preview, writes } = planImport(blocks, stateOf(wb, register), form);
      for (const [tab, key, needed] of NEEDS) {
        if (writes[key].length === 0) continue;
        const found = wb.problems.some((p) => p.sheet === tab.name && /tab is missing/.test(p.message));
        if (found) throw new UserFacingError(`Nothing was imported: the "${tab.name}" tab is missing. Run Action Log ▸ Set up this sheet to recreate it.`);
        const missing = (wb.missing?.[key] ?? []).filter((k) => needed.includes(k));
        if (missing.length) {
          const headers = missing.map((k) => tab.columns.find((c) => c.key === k)?.header ?? k);
          throw new UserFacingError(
            `Nothing was imported: the ${tab.name} tab has no "${headers.join('", "')}" column. Run Action Log ▸ Set up this sheet to restore it.`,
          );
        }
      }
      // The register first (as a save does): a failure after it leaves a gap, never a reuse.
      writeRefRegister(
        raiseRegister(
          register,
          writes.actions.map((a) => String(a.ref ?? '')),
        ),
        register,
      );
      const rows: Record<string, number> = {};
      for (const [tab, key] of NEEDS) {
        if (writes[key].length) rows[tab.name] = appendRecords(ss, tab, writes[key]).firstRow;
      }
      const c = preview.counts;
      const added = { actions: c.actions, forwardPlan: c.forwardPlan, meetings: c.meetings, officers: c.officers };
      const message = preview.summary.startsWith('Nothing') ? preview.summary : preview.summary.replace(/^Import adds/, 'Imported');
      ss.toast(message, 'Action Log', 8);
      const refs = writes.actions.map((a) => String(a.ref ?? '')).filter(Boolean);
      return { added, duplicates: c.duplicates, refs, rows, message, warnings: preview.warnings };
    });
  });
}
