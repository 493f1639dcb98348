/**
 * Add review… (issue 10, point 3): a review (title, body, date reported) and its
 * recommendations in one dialog. The schema is shared by the dialog (src/client) and the server,
 * which checks again; the plan — the rows to append, lead officers matched with the alerts'
 * matcher — is pure.
 */
import * as z from 'zod/mini';
import { type IsoDate } from '../dates';
import type { NameMatcher } from '../alerts/names';
import { MAX_ENTRIES, requiredDate, requiredText, textField } from '../capture/schemas';
import { dateCell } from '../import/dates';
import { OVERDUE_MARK } from '../status-block';
import { recommendationStatus, type Acceptance, type Recommendation } from './status';
import { deadlineField } from './update';

export const ACCEPTED_CHOICES = ['', 'Yes', 'No', 'In part'] as const;

export const reviewRecommendationForm = z.object({
  number: textField('No.', 50),
  recommendation: requiredText('Recommendation'),
  accepted: z.enum(ACCEPTED_CHOICES, { error: 'Accepted must be Yes, No, In part or left blank.' }),
  reason: textField('Reason'),
  leadOfficer: textField('Lead officer', 500),
  leadMember: textField('Lead member', 500),
  deadline: deadlineField('Deadline'),
});

export const addReviewForm = z.pipe(
  z.object({
    review: requiredText('Review', 500),
    reviewBody: textField('Review body', 500),
    dateReported: requiredDate('Date reported'),
    recommendations: z
      .array(reviewRecommendationForm)
      .check(z.minLength(1, 'Add at least one recommendation.'), z.maxLength(MAX_ENTRIES, `At most ${MAX_ENTRIES} recommendations can be saved at once.`)),
  }),
  z.transform((form, ctx) => {
    const seen = new Map<string, number>();
    form.recommendations.forEach((r, i) => {
      if ((r.accepted === 'No' || r.accepted === 'In part') && !r.reason)
        ctx.issues.push({
          code: 'custom',
          message: `Give the reason it is ${r.accepted === 'No' ? 'not accepted' : 'accepted in part'}.`,
          input: r,
          path: ['recommendations', i, 'reason'],
        });
      const key = r.number.toLowerCase();
      if (key && seen.has(key))
        ctx.issues.push({
          code: 'custom',
          message: `No. ${r.number} is also recommendation ${(seen.get(key) ?? 0) + 1} of this form: give each its own number.`,
          input: r,
          path: ['recommendations', i, 'number'],
        });
      if (key) seen.set(key, i);
    });
    return form;
  }),
);
export type AddReviewInput = z.input<typeof addReviewForm>;
export type AddReview = z.output<typeof addReviewForm>;

const ACCEPTANCE: Readonly<Record<string, Acceptance | undefined>> = { '': undefined, Yes: 'yes', No: 'no', 'In part': 'inPart' };

/** One row to append, by Recommendations key (text as typed; the date reported as a date on the review's first row). */
export type ReviewRow = Readonly<Record<string, string | IsoDate>>;

export interface ReviewPlan {
  readonly rows: ReviewRow[];
  /** Lead officer names that match nobody, or more than one person, on Officers (kept as typed). */
  readonly notes: string[];
}

/**
 * The rows to append for the review. Refuses (returns a message) a review already on the tab. A
 * lead officer matching one person on Officers is written as that person's name; otherwise as
 * typed, with a note.
 */
/** Add review…'s form, or the import's (core/import/recommendations.ts), which also brings the response, proposed action and progress. */
export type ReviewToAdd = Omit<AddReview, 'recommendations'> & {
  readonly recommendations: readonly (AddReview['recommendations'][number] & {
    readonly response?: string;
    readonly proposedAction?: string;
    readonly progress?: string;
  })[];
};

export function planAddReview(
  form: ReviewToAdd,
  existing: readonly Recommendation[],
  officers: readonly string[],
  match: NameMatcher,
  today: IsoDate,
  meetings: readonly IsoDate[] = [],
): ReviewPlan | { refused: string; field?: string } {
  const title = form.review.toLowerCase();
  if (existing.some((r) => r.review.trim().toLowerCase() === title))
    return {
      refused: `Nothing was saved: the Recommendations tab already holds a review called “${form.review}”. Add to it there, or give this review another title.`,
      field: 'review',
    };
  const notes: string[] = [];
  const rows = form.recommendations.map((r, i): ReviewRow => {
    let lead = r.leadOfficer;
    if (lead) {
      const m = match(lead);
      const person = m.officers.length === 1 && !m.unmatched.length && !m.ambiguous.length ? officers[m.officers[0] as number] : undefined;
      if (person) lead = person;
      else if (m.ambiguous.length) notes.push(`Recommendation ${r.number || i + 1}: “${lead}” fits more than one person on Officers; kept as typed.`);
      else if (!m.officers.length || m.unmatched.length)
        notes.push(`Recommendation ${r.number || i + 1}: “${lead}” is not on the Officers tab, so no digest will reach them; kept as typed.`);
    }
    const read = r.deadline ? dateCell(r.deadline, { meetingDate: form.dateReported, meetings }) : undefined;
    const rec: Recommendation = {
      row: 0,
      review: form.review,
      reviewBody: form.reviewBody,
      dateReported: form.dateReported,
      number: r.number,
      recommendation: r.recommendation,
      accepted: ACCEPTANCE[r.accepted],
      reason: r.reason,
      response: r.response ?? '',
      proposedAction: r.proposedAction ?? '',
      leadOfficer: lead,
      leadMember: r.leadMember,
      deadline: r.deadline,
      deadlineDate: read?.date?.date,
      progress: r.progress ?? '',
    };
    const s = recommendationStatus(rec, today);
    return {
      ...(i === 0 ? { review: form.review, reviewBody: form.reviewBody, dateReported: form.dateReported } : {}),
      number: r.number,
      recommendation: r.recommendation,
      accepted: r.accepted,
      reason: r.reason,
      ...(r.response ? { response: r.response } : {}),
      ...(r.proposedAction ? { proposedAction: r.proposedAction } : {}),
      leadOfficer: lead,
      leadMember: r.leadMember,
      deadline: r.deadline,
      ...(r.progress ? { progress: r.progress } : {}),
      status: s.label,
      overdue: s.overdue ? OVERDUE_MARK : '',
    };
  });
  return { rows, notes };
}

export interface AddReviewDialogData {
  readonly officers: readonly string[];
}

export interface SavedReview {
  readonly review: string;
  readonly rows: number;
  readonly firstRow: number;
  readonly notes: readonly string[];
}
