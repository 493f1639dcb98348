/**
 * The board's records, as the core sees them after an adapter has read and validated a row.
 * zod/mini keeps the bundle small (see README, "Bundle size"); types are inferred from the
 * schemas so the two cannot drift.
 */
import * as z from 'zod/mini';
import { isIsoDate } from './dates';
import { isEmailAddress } from './email';
import { isPastBound, MAX_REF_NUMBER, parseRef } from './refs';

export const isoDateSchema = z.string().check(z.refine((s) => isIsoDate(s), { message: 'must be a date (dd/mm/yyyy)' }));
const text = z.string();
const optionalDate = z.optional(isoDateSchema);

/** Where a record came from in the workbook, so every message can name a cell. */
export const rowOrigin = z.object({ sheet: z.string(), row: z.number() });
export type RowOrigin = z.infer<typeof rowOrigin>;

export const meetingSchema = z.object({
  date: isoDateSchema,
  board: text,
  title: text,
  time: text,
  venue: text,
  attendees: z.array(text),
  apologies: z.array(text),
});
export type Meeting = z.infer<typeof meetingSchema>;

/**
 * The kinds of item the log tracks. Only actions (and decisions, which are actions the board
 * agreed rather than a task) today; recommendations from a review will be a second kind
 * sharing the status key, alerts and reports.
 */
export const trackedKinds = ['action', 'decision'] as const;
export type TrackedKind = (typeof trackedKinds)[number];

/** Empty (not yet numbered) or a reference like 28.01.05. */
const refText = z.string().check(
  z.refine((s) => s === '' || parseRef(s) !== undefined, { message: 'is not a reference like 28.01.05 (meeting day.month.number)' }),
  z.refine((s) => !isPastBound(s), {
    message: `has a number above ${MAX_REF_NUMBER}, the most a meeting day can have, so it is ignored when new references are given; correct it to the reference this action should have`,
  }),
);

export const actionSchema = z.object({
  ref: refText,
  agendaItem: text,
  subject: text,
  meetingDate: optionalDate,
  text: text,
  /** As typed: "Gary Bowman / Janine Brown", "ALL Partners". */
  responsible: text,
  isDecision: z.boolean(),
  /** The first date for report agreed; kept when the date is later deferred. */
  firstDueDate: optionalDate,
  /** The current date for report. */
  dueDate: optionalDate,
  commentary: text,
  completedDate: optionalDate,
});
export type Action = z.infer<typeof actionSchema>;

export const forwardPlanItemSchema = z.object({
  source: text,
  dateRaised: optionalDate,
  item: text,
  responsible: text,
  /** The meeting the report is due at, when a date is known. */
  dueDate: optionalDate,
  /** Free text shown as "Completion Date": "Review at quarterly intervals". */
  dueText: text,
  /** The action this report answers, so the two never disagree. */
  linkedRef: text,
  done: z.boolean(),
});
export type ForwardPlanItem = z.infer<typeof forwardPlanItemSchema>;

export const officerSchema = z.object({
  name: z.string().check(z.minLength(1, 'a name is needed')),
  email: z.string().check(z.refine((s) => s === '' || isEmailAddress(s), { message: 'is not an email address' })),
  organisation: z.string(),
});
export type Officer = z.infer<typeof officerSchema>;

/** A record with the row it was read from. */
export type Located<T> = T & { origin: RowOrigin };
