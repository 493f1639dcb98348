/**
 * What the officers' update page and the script say to each other (shared by the page's
 * script and the server, which checks again), and the refusal page. An update is the same
 * form as Update selected action… (`updateForm`), with the version of the row the page showed.
 */
import * as z from 'zod/mini';
import { formatShort, formatWithWeekday, type IsoDate } from '../dates';
import { escapeHtml } from '../alerts/html';
import { updateForm } from '../capture/schemas';
import type { LinkCheck } from './link';
import type { OfficerAction, OfficerReport } from './items';

export const officerUpdateForm = z.object({
  update: updateForm,
  /** The version of the row the officer saw (items.ts `actionVersion`). */
  version: z.string({ error: 'The page is out of date: reload it.' }).check(z.maxLength(40, 'The page is out of date: reload it.')),
});
export type OfficerUpdateInput = z.input<typeof officerUpdateForm>;
export type OfficerUpdate = z.output<typeof officerUpdateForm>;

export interface UpdatePageData {
  readonly officer: string;
  readonly meeting: IsoDate;
  readonly meetingLabel: string;
  readonly today: IsoDate;
  readonly deadline?: string;
  readonly actions: OfficerAction[];
  readonly reports: OfficerReport[];
}

export type OfficerSaveResult =
  | {
      readonly kind: 'saved';
      readonly ref: string;
      readonly status: string;
      readonly overdue: boolean;
      readonly added: string[];
      readonly item?: OfficerAction;
    }
  /** Someone changed the row since the page was loaded: nothing written; here is the row now. */
  | { readonly kind: 'changed'; readonly ref: string; readonly item: OfficerAction };

/** The plain words of a refusal: nothing is said about whose link it was unless it was genuine. */
export function refusalText(check: Exclude<LinkCheck, { ok: true }>): string {
  switch (check.reason) {
    case 'missing':
      return 'This page needs the personal link from your update request email. Open the link from the email (copy the whole address if it is split over two lines).';
    case 'malformed':
    case 'forged':
      return 'This link is not one the Action Log issued: it may have been altered or copied incompletely. Nothing has been changed. Open the link from your email again, or ask the secretariat for a new one.';
    case 'expired':
      return `This link was for the meeting of ${formatShort(check.claims!.meeting)} and expired after it. Nothing has been changed. Ask the secretariat for a link for the next meeting.`;
  }
}

/** The page shown instead of the update page when a link is refused. */
export function refusalPage(message: string, boardName = 'Action Log'): string {
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(boardName)}: link not accepted</title>
<style>body{font:15px/1.5 Arial,sans-serif;color:#202124;max-width:640px;margin:40px auto;padding:0 16px}h1{font-size:20px}</style>
</head><body><h1>This link cannot be used</h1><p id="refusal">${escapeHtml(message)}</p></body></html>`;
}

export function meetingTitle(meeting: IsoDate, board: string): string {
  return `${board ? `${board}, ` : ''}${formatWithWeekday(meeting)}`;
}
