/**
 * What the Import dialog sends to `importPreview` and `importCommit`: both clipboard flavours of
 * a paste and/or a Google Doc URL, plus the corrections the preview lets the user make. Shared
 * by the page and the server (which checks again).
 */
import * as z from 'zod/mini';
import { dateField, textField } from '../capture/schemas';

/** A paste of a few thousand rows is a few megabytes of Word HTML. */
export const MAX_PASTE = 20_000_000;

const fieldName = z.enum([
  '',
  'refSubject',
  'ref',
  'item',
  'subject',
  'meeting',
  'text',
  'responsible',
  'commentary',
  'firstDueDate',
  'dueDate',
  'completed',
  'accepted',
  'source',
  'dateRaised',
  'completion',
  'number',
  'recommendation',
  'response',
  'proposedAction',
  'leadOfficer',
  'leadMember',
  'deadline',
  'actionTaken',
]);
const kind = z.enum(['actions', 'forwardPlan', 'recommendations', 'minutes', 'ignore']);

export const importInput = z.object({
  html: z.optional(z.string().check(z.maxLength(MAX_PASTE, 'The paste is too large to import at once: paste it in parts.'))),
  text: z.optional(z.string().check(z.maxLength(MAX_PASTE, 'The paste is too large to import at once: paste it in parts.'))),
  docUrl: z.optional(z.string().check(z.maxLength(2000, 'The Doc address is too long.'))),
  tables: z.optional(
    z.record(
      z.string(),
      z.object({
        kind: z.optional(kind),
        columns: z.optional(z.record(z.string(), fieldName)),
      }),
    ),
  ),
  statuses: z.optional(z.record(z.string(), z.enum(['noted', 'completed', 'recurring', 'action']))),
  addOfficers: z.optional(z.array(z.string().check(z.maxLength(200)))),
  /** The review a pasted recommendations table belongs to (Add review…'s fields); needed only when there is one. */
  review: z.optional(
    z.object({
      title: textField('Review', 500),
      body: textField('Review body', 500),
      dateReported: dateField('Date reported'),
    }),
  ),
});

export type ImportInput = z.output<typeof importInput>;

/** The id of a Google Doc in a URL ("…/document/d/<id>/edit") or the id itself. */
export function docIdOf(url: string): string | undefined {
  const t = url.trim();
  const m = /\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,})/.exec(t);
  if (m) return m[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(t) ? t : undefined;
}
