/**
 * Update selected recommendation…: a dated progress line, a new deadline (a day, a month or a
 * span, kept as written), or completion. The schema is shared by the dialog (src/client) and the
 * server, which checks again; the plan is pure.
 */
import * as z from 'zod/mini';
import { formatShort, type IsoDate } from '../dates';
import { appendCommentary, stampLine } from '../capture/commentary';
import { FormRejected } from '../capture/plan';
import { clip, dateField, textField } from '../capture/schemas';
import { dateCell } from '../import/dates';
import { parseBritishDate } from '../parse-date';
import { statusCells, type Recommendation } from './status';

/** A deadline as written: it must read as a day, a month or a span ("when funds allow" does not). */
export function deadlineField(label: string) {
  return z.pipe(
    textField(label, 100),
    z.transform((s: string, ctx) => {
      if (s === '' || parseBritishDate(s, { today: '2000-01-01' })) return s;
      ctx.issues.push({
        code: 'custom',
        message: `${label}: "${clip(s)}" is not a day, a month or a span. Write it as 31/03/2011, March 2011 or April to June 2011.`,
        input: s,
      });
      return z.NEVER;
    }),
  );
}

export const recommendationUpdateForm = z.pipe(
  z.object({
    /** The row the dialog was opened on, and the recommendation it held then (review and number). */
    row: z.number({ error: 'The row is missing.' }).check(z.int('The row is missing.'), z.gte(2, 'The row is missing.')),
    review: textField('Review', 500),
    number: textField('No.', 50),
    note: textField('Progress'),
    deadline: deadlineField('New deadline'),
    complete: z.boolean({ error: 'Completed must be ticked or not.' }),
    completedDate: dateField('Completed on'),
  }),
  z.transform((form, ctx) => {
    if (!form.note && !form.deadline && !form.complete) {
      ctx.issues.push({ code: 'custom', message: 'Nothing to save: add a progress line, a new deadline, or tick completed.', input: form, path: ['note'] });
    }
    return form;
  }),
);
export type RecommendationUpdateInput = z.input<typeof recommendationUpdateForm>;
export type RecommendationUpdate = z.output<typeof recommendationUpdateForm>;

export interface RecommendationChange {
  readonly progress?: string;
  readonly deadline?: string;
  readonly completedDate?: IsoDate;
  readonly status: string;
  readonly overdue: string;
  /** The progress lines added. */
  readonly added: readonly string[];
}

/** What the update changes in the row; refuses (FormRejected) a completion before the review was reported. */
export function planRecommendationUpdate(
  rec: Recommendation,
  form: RecommendationUpdate,
  today: IsoDate,
  meetings: readonly IsoDate[] = [],
): RecommendationChange {
  const lines: string[] = [];
  const deadlineChanges = form.deadline !== '' && form.deadline !== rec.deadline;
  if (form.note) lines.push(stampLine(today, form.note));
  else if (deadlineChanges)
    lines.push(stampLine(today, rec.deadline ? `Deadline moved from ${rec.deadline} to ${form.deadline}` : `Deadline set: ${form.deadline}`));
  else if (form.complete && !rec.completedDate) lines.push(stampLine(today, 'Completed'));
  let next: Recommendation = rec;
  const change: { -readonly [K in keyof RecommendationChange]?: RecommendationChange[K] } = {};
  if (lines.length) {
    change.progress = lines.reduce(appendCommentary, rec.progress);
    next = { ...next, progress: change.progress };
  }
  if (deadlineChanges) {
    const read = dateCell(form.deadline, { meetingDate: rec.dateReported, meetings });
    if (!read.date) {
      const message = `New deadline: ${read.unreadable ?? `“${form.deadline}” is not a date`}.`;
      throw new FormRejected(`Nothing was saved: ${message}`, { deadline: message });
    }
    change.deadline = form.deadline;
    next = { ...next, deadline: form.deadline, deadlineDate: read.date.date };
  }
  if (form.complete && !rec.completedDate) {
    const done = form.completedDate ?? today;
    if (rec.dateReported && done < rec.dateReported) {
      const message = `Completed on ${formatShort(done)} is before the review was reported on ${formatShort(rec.dateReported)}.`;
      throw new FormRejected(`Nothing was saved: ${message}`, { completedDate: message });
    }
    change.completedDate = done;
    next = { ...next, completedDate: done };
  }
  const [status, overdue] = statusCells(next, today);
  return { ...change, status, overdue, added: lines };
}

/** What the dialog shows of the recommendation under the cursor. */
export interface RecommendationDialogData {
  readonly today: IsoDate;
  readonly row: number;
  readonly review: string;
  readonly number: string;
  readonly recommendation: string;
  readonly lead: string;
  readonly deadline: string;
  readonly completedDate?: IsoDate | undefined;
  readonly status: string;
  readonly progress: string;
  readonly problems: string[];
}

export interface SavedRecommendation {
  readonly row: number;
  readonly name: string;
  readonly status: string;
  readonly overdue: boolean;
}
