/** What the paper dialog and the server say to each other (shared with the dialog's browser code). */
import type { PaperKind } from './placeholders';
import type { MeetingOption } from './choose';

/** Whether a paper was made new, updated in place (same Doc and link) or replaced by a new Doc. */
export type PaperOutcome = 'new' | 'updated' | 'replaced';

export interface PaperDialogData {
  readonly kind: PaperKind;
  /** "action log", "agenda", "draft minutes". */
  readonly paper: string;
  readonly meetings: readonly MeetingOption[];
  /** The monitoring report only: the shapes it can take (value and label); the review is in `meetings`. */
  readonly shapes?: readonly { readonly value: string; readonly label: string }[];
}

/** What the dialog shows when the paper is made. */
export interface PaperView {
  readonly name: string;
  readonly docUrl: string;
  readonly pdfUrl?: string;
  readonly outcome: PaperOutcome;
  /** What happened, in words: made, updated in place (same link), or replaced. */
  readonly outcomeText: string;
  readonly leftOut: readonly string[];
  /** Set when the paper was made without the Docs API: how to turn it on. */
  readonly docsApiHowTo?: string;
  /** Each cell that could not be read ("Actions!I7: Date for Report … is not a date; …"). */
  readonly unreadable: readonly string[];
  readonly notes: readonly string[];
}
